// "Mijn werk" over JSON (issue 10 item 7): GET /api/v1/my-work?weeks=&page=&limit=, the team
// lead's GET /api/v1/my-work/team?weeks=, and an administrator's POST /api/v1/teams/{id}/lead.
#include <string>

#include "domain/digest.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

json::array JoinRequests(const std::vector<domain::JoinRequest>& all) {
  json::array out;
  for (const auto& r : all) out.push_back(EncodeJoinRequest(r));
  return out;
}

json::object EncodeItem(const domain::WorkItem& item) {
  json::object out{{"kind", std::string(domain::ToString(item.kind))},
                   {"due", domain::FormatDate(item.due)},
                   {"overdue", item.overdue}};
  if (!item.id.empty()) out["id"] = item.id;
  if (!item.entry_id.empty()) out["entry_id"] = item.entry_id;
  if (item.kind == domain::WorkKind::kMeasureDeadline) {
    // Issue 12 item 3: which legal deadline of which kind of measure (id: the measure).
    out["deadline"] = std::string(domain::ToString(item.deadline));
    out["measure_kind"] = std::string(domain::ToString(item.measure_kind));
  }
  return out;
}

json::object EncodeCounts(const app::MyWorkCounts& c) {
  return json::object{{"files", c.files},
                      {"leads", c.leads},
                      {"correction_requests", c.correction_requests},
                      {"objections", c.objections},
                      {"withholding_reviews", c.withholding_reviews},
                      {"no_contact", c.no_contact},
                      {"measure_deadlines", c.measure_deadlines},
                      {"destruction_requests", c.destruction_requests},
                      {"overdue", c.overdue},
                      {"emergency_reviews", c.emergency_reviews}};
}

// A team lead's count: null for 1 to 9 (a small cell, not shown: DESIGN.md §4), and for a
// count that would give one away by subtraction.
json::value Cell(std::int64_t n) {
  return n == app::kFewerThanTen || n == app::kNotShown ? json::value(nullptr) : json::value(n);
}

json::object EncodeTeamCounts(const app::MyWorkCounts& c) {
  return json::object{{"files", Cell(c.files)},
                      {"leads", Cell(c.leads)},
                      {"correction_requests", Cell(c.correction_requests)},
                      {"objections", Cell(c.objections)},
                      {"withholding_reviews", Cell(c.withholding_reviews)},
                      {"no_contact", Cell(c.no_contact)},
                      {"overdue", Cell(c.overdue)}};
}

json::object EncodeTeamWork(const app::TeamWorkView& view) {
  json::array teams;
  for (const auto& t : view.teams) {
    json::array pros;
    for (const auto& p : t.professionals) {
      pros.push_back(json::object{{"user_id", p.user.id},
                                  {"display_name", p.user.display_name},
                                  {"disabled", p.user.disabled},
                                  {"counts", EncodeTeamCounts(p.counts)}});
    }
    teams.push_back(json::object{
        {"team_id", t.team.id}, {"team_name", t.team.name}, {"professionals", std::move(pros)}});
  }
  return json::object{{"today", domain::FormatDate(view.today)},
                      {"weeks", view.weeks},
                      {"teams", std::move(teams)},
                      {"emergency_reviews", view.emergency_reviews}};
}

Response SetTeamLead(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string user_id = reader.OptionalString("user_id");
  const std::string reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto done = stip.SetTeamLead(Caller(request), request.params.at("id"), user_id, reason);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"ok", true}});
}

Response SetDigest(app::Stip& stip, Request& request) {
  auto frequency = ParseSingleString(request, "frequency");
  if (!frequency) return std::move(frequency.error());
  auto done = stip.SetDigestFrequency(Caller(request), *frequency);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"frequency", *frequency}});
}

Response SetEntryMail(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  const json::value* given = body->if_contains("on");
  if (given == nullptr || given->is_null()) problems.push_back({"on", domain::Required()});
  ObjectReader reader(*body, problems);
  const bool on = reader.OptionalBool("on", false);  // a wrong type is reported here
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto done = stip.SetEntryMail(Caller(request), request.params.at("id"), on);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"on", on}});
}

json::object EncodeMyWork(const app::MyWorkView& view) {
  json::array files;
  for (const auto& f : view.files) {
    json::object file = EncodeFamilySummary(f.family);
    json::array items;
    for (const auto& item : f.items) items.push_back(EncodeItem(item));
    file["next_due"] = f.items.empty() ? json::value(nullptr)
                                       : json::value(domain::FormatDate(f.items.front().due));
    file["items"] = std::move(items);
    // Issue 11 item 5: the lead sees the children who have no explanation yet.
    json::array unexplained;
    for (const auto& name : f.children_without_explanation) unexplained.emplace_back(name);
    file["children_without_explanation"] = std::move(unexplained);
    files.push_back(std::move(file));
  }
  const app::MyWorkCounts& c = view.counts;
  return json::object{{"today", domain::FormatDate(view.today)},
                      {"weeks", view.weeks},
                      {"page", view.page},
                      {"limit", view.limit},
                      {"pages", view.pages},
                      {"team_lead", view.team_lead},
                      {"counts", EncodeCounts(c)},
                      {"files", std::move(files)},
                      {"join_requests", JoinRequests(view.join_requests)},
                      {"my_join_requests", JoinRequests(view.my_join_requests)}};
}

}  // namespace

void AddMyWorkRoutes(Router& router, app::Stip& stip) {
  router.Add({verb::get, "/api/v1/my-work", "api.my_work.get", false, Auth::kApi,
              [&stip](Request& request) {
                app::MyWorkQuery query{QueryValue(request, "weeks"), QueryValue(request, "page"),
                                       QueryValue(request, "limit")};
                auto view = stip.ReadMyWork(Caller(request), query);
                if (!view) return Response::FromError(view.error());
                return Response::Json(200, EncodeMyWork(*view));
              }});
  router.Add({verb::get, "/api/v1/my-work/team", "api.my_work.team", false, Auth::kApi,
              [&stip](Request& request) {
                app::MyWorkQuery query{QueryValue(request, "weeks"), "", ""};
                auto view = stip.ReadTeamWork(Caller(request), query);
                if (!view) return Response::FromError(view.error());
                return Response::Json(200, EncodeTeamWork(*view));
              }});
  router.Add({verb::post, "/api/v1/teams/{id}/lead", "api.teams.lead", true, Auth::kApi,
              [&stip](Request& request) { return SetTeamLead(stip, request); }});
  // Issue 10 item 8: the professional's digest, and a family member's mail about new entries.
  router.Add(
      {verb::get, "/api/v1/me/digest", "api.digest.get", false, Auth::kApi,
       [&stip](Request& request) {
         auto f = stip.DigestFrequencyOf(Caller(request));
         if (!f) return Response::FromError(f.error());
         return Response::Json(200, json::object{{"frequency", std::string(domain::ToString(*f))}});
       }});
  router.Add({verb::post, "/api/v1/me/digest", "api.digest.set", true, Auth::kApi,
              [&stip](Request& request) { return SetDigest(stip, request); }});
  router.Add({verb::get, "/api/v1/families/{id}/entry-mail", "api.entry_mail.get", false,
              Auth::kApi, [&stip](Request& request) {
                const auto& who = Caller(request);
                if (who.IsFamily() && who.account->family_id != request.params.at("id")) {
                  return Response::FromError(domain::Error::NotFound("There is no such family."));
                }
                if (!who.IsFamily()) {
                  return Response::FromError(
                      domain::Error::Denied("Only a family member chooses their own mails."));
                }
                auto on = stip.EntryMailOn(who, request.params.at("id"));
                if (!on) return Response::FromError(on.error());
                return Response::Json(200, json::object{{"on", *on}});
              }});
  router.Add({verb::post, "/api/v1/families/{id}/entry-mail", "api.entry_mail.set", true,
              Auth::kApi, [&stip](Request& request) { return SetEntryMail(stip, request); }});
}

}  // namespace stip::http::api
