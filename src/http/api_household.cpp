// The household and who is involved over JSON (issue 10): members join and leave, a birth date
// is corrected, custody changes on a court ruling, professionals join and leave the file.
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response AddMember(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewHouseholdMember member;
  member.name = reader.RequiredString("name");
  member.role = reader.RequiredString("role");
  member.birth_date = reader.RequiredString("birth_date");
  member.reason = reader.RequiredString("reason");
  member.bsn = reader.OptionalString("bsn");  // issue 10 item 6: a child's, never stored
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.AddMember(Caller(request), request.params.at("id"), member);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response MemberLeft(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string left_on = reader.RequiredString("left_on");
  const std::string reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.RecordDeparture(Caller(request), request.params.at("id"),
                                   request.params.at("member"), left_on, reason));
}

Response BirthDate(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string birth_date = reader.RequiredString("birth_date");
  const std::string reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.CorrectBirthDate(Caller(request), request.params.at("id"),
                                    request.params.at("member"), birth_date, reason));
}

Response Custody(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::CustodyChange change;
  change.parent_id = reader.RequiredString("parent_id");
  change.child_id = reader.RequiredString("child_id");
  if (const auto* value = body->if_contains("has_custody"); value && value->is_bool()) {
    change.has_custody = value->as_bool();
  }
  reader.OptionalBool("has_custody", false);  // known field; a wrong type is reported here
  change.ruling_date = reader.RequiredString("ruling_date");
  change.reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.ChangeCustody(Caller(request), request.params.at("id"), change));
}

Response StartInvolvement(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewInvolvement involvement;
  involvement.user_id = reader.RequiredString("user_id");
  involvement.role = reader.RequiredString("role");
  involvement.reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto done = stip.StartInvolvement(Caller(request), request.params.at("id"), involvement);
  if (!done) return Response::FromError(done.error());
  return Response::Json(201, json::object{{"ok", true}});
}

Response EndInvolvement(app::Stip& stip, Request& request) {
  auto reason = ParseSingleString(request, "reason");
  if (!reason) return std::move(reason.error());
  return Done(stip.EndInvolvement(Caller(request), request.params.at("id"),
                                  request.params.at("user"), *reason));
}

}  // namespace

void AddHouseholdRoutes(Router& router, app::Stip& stip, const domain::Clock& clock) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/household", "api.household.get", false, Auth::kApi,
              [&stip, &clock](Request& request) {
                auto view = stip.ReadHousehold(Caller(request), request.params.at("id"));
                if (!view) return Response::FromError(view.error());
                return Response::Json(200, EncodeHousehold(*view, clock.Now()));
              }});
  router.Add({verb::post, "/api/v1/families/{id}/members", "api.members.create", true, Auth::kApi,
              bind(&AddMember)});
  router.Add({verb::post, "/api/v1/families/{id}/members/{member}/left", "api.members.left", true,
              Auth::kApi, bind(&MemberLeft)});
  router.Add({verb::post, "/api/v1/families/{id}/members/{member}/birth-date",
              "api.members.birth_date", true, Auth::kApi, bind(&BirthDate)});
  router.Add({verb::post, "/api/v1/families/{id}/custody", "api.custody.set", true, Auth::kApi,
              bind(&Custody)});
  router.Add({verb::post, "/api/v1/families/{id}/involvements", "api.involvements.create", true,
              Auth::kApi, bind(&StartInvolvement)});
  router.Add({verb::post, "/api/v1/families/{id}/involvements/{user}/end", "api.involvements.end",
              true, Auth::kApi, bind(&EndInvolvement)});
}

}  // namespace stip::http::api
