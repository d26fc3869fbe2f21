// The family file: create, list, open (overview and entries), add an entry, read the access log.
#include <boost/json/array.hpp>

#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

std::string Purpose(const Request& request) {
  std::string purpose = QueryPurpose(request);
  return purpose.empty() ? std::string(kDefaultPurpose) : purpose;
}

// The body of POST /api/v1/families; every problem is collected before anything is created.
tl::expected<app::NewFamily, Response> DecodeNewFamily(const Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return tl::unexpected(std::move(body.error()));
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewFamily family;
  family.name = reader.RequiredString("name");
  for (auto& m : reader.Objects("members", true)) {
    app::NewMember member;
    member.ref = m.OptionalString("ref");
    member.name = m.RequiredString("name");
    member.role = m.RequiredString("role");
    member.birth_date = m.RequiredString("birth_date");
    member.bsn = m.OptionalString("bsn");  // issue 10 item 6: children only, never stored
    m.Finish();
    family.members.push_back(std::move(member));
  }
  for (auto& c : reader.Objects("custody", false)) {
    app::NewCustody custody;
    custody.parent_ref = c.RequiredString("parent_ref");
    custody.child_ref = c.RequiredString("child_ref");
    custody.has_custody = c.OptionalBool("has_custody", true);
    c.Finish();
    family.custody.push_back(std::move(custody));
  }
  family.lead_user_id = reader.RequiredString("lead_user_id");
  family.duo_user_id = reader.OptionalString("duo_user_id");
  family.known_elsewhere_seen = reader.OptionalBool("known_elsewhere_seen", false);
  family.known_elsewhere_reason = reader.OptionalString("known_elsewhere_reason");
  reader.Finish();
  if (!problems.empty()) return tl::unexpected(InvalidBody(std::move(problems)));
  return family;
}

Response CreateFamily(app::Stip& stip, Request& request) {
  auto family = DecodeNewFamily(request);
  if (!family) return std::move(family.error());
  auto id = stip.CreateFamily(Caller(request), *family);
  if (!id) return Response::FromError(id.error());
  Response response = Response::Json(201, json::object{{"id", *id}});
  response.headers.emplace_back("Location", "/api/v1/families/" + *id);
  return response;
}

Response ListFamilies(app::Stip& stip, Request& request) {
  auto families = stip.MyFamilies(Caller(request));
  if (!families) return Response::FromError(families.error());
  json::array out;
  for (const auto& f : *families) out.push_back(EncodeFamilySummary(f));
  return Response::Json(200, json::object{{"families", std::move(out)}});
}

Response OpenFamily(app::Stip& stip, const domain::Clock& clock, Request& request) {
  auto page = PageFromQuery(request, stip.options().max_page);
  if (!page) return Response::FromError(page.error());
  auto overview =
      stip.OpenFamily(Caller(request), request.params.at("id"), *page, Purpose(request));
  if (!overview) return Response::FromError(overview.error());
  return Response::Json(200, EncodeOverview(*overview, clock.Now()));
}

Response AddEntry(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewEntry entry;
  // Issue 3: "concerns" is an array of member ids (ObjectReader reads strings and objects).
  entry.concerns = TakeStringArray(*body, "concerns", problems);
  ObjectReader reader(*body, problems);
  entry.kind = reader.RequiredString("kind");
  entry.source = reader.RequiredString("source");
  entry.text = reader.RequiredString("text");
  entry.confidential_of = reader.OptionalString("confidential_of");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));

  const std::string& family_id = request.params.at("id");
  auto added = stip.AddEntry(Caller(request), family_id, entry);
  if (!added) return Response::FromError(added.error());
  return Response::Json(201, json::object{{"id", *added}});
}

// Issue 13: who of the family would read an entry with this audience, before it is saved.
Response PreviewReaders(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewEntry entry;
  entry.concerns = TakeStringArray(*body, "concerns", problems);
  ObjectReader reader(*body, problems);
  entry.confidential_of = reader.OptionalString("confidential_of");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto readers = stip.PreviewReaders(Caller(request), request.params.at("id"), entry);
  if (!readers) return Response::FromError(readers.error());
  return Response::Json(200, json::object{{"readers", EncodeReaders(*readers)}});
}

Response ReadAccessLog(app::Stip& stip, Request& request) {
  auto page = PageFromQuery(request, stip.options().max_page);
  if (!page) return Response::FromError(page.error());
  auto view = stip.ReadAccessLog(Caller(request), request.params.at("id"), *page, Purpose(request));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, EncodeAccessLog(*view));
}

}  // namespace

void AddFamilyRoutes(Router& router, app::Stip& stip, const domain::Clock& clock) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::post, "/api/v1/families", "api.families.create", true, Auth::kApi,
              bind(&CreateFamily)});
  router.Add(
      {verb::get, "/api/v1/families", "api.families.list", false, Auth::kApi, bind(&ListFamilies)});
  router.Add({verb::get, "/api/v1/families/{id}", "api.families.get", false, Auth::kApi,
              [&stip, &clock](Request& request) { return OpenFamily(stip, clock, request); }});
  router.Add({verb::post, "/api/v1/families/{id}/entries", "api.entries.create", true, Auth::kApi,
              bind(&AddEntry)});
  router.Add({verb::get, "/api/v1/families/{id}/access-log", "api.access_log.get", false,
              Auth::kApi, bind(&ReadAccessLog)});
  router.Add({verb::post, "/api/v1/families/{id}/entries/readers-preview",
              "api.entries.readers_preview", true, Auth::kApi, bind(&PreviewReaders)});
}

}  // namespace stip::http::api
