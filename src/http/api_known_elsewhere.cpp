// "Al bekend?" over JSON (issue 10 item 6): before opening a file, a professional checks whether
// the children are known in another file of this installation. The answer names only teams and
// how to reach them.
#include <boost/json/array.hpp>

#include "domain/time.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response Check(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  std::vector<app::KnownChild> children;
  for (auto& c : reader.Objects("children", true)) {
    app::KnownChild child;
    child.bsn = c.OptionalString("bsn");
    child.name = c.OptionalString("name");
    child.birth_date = c.OptionalString("birth_date");
    c.Finish();
    children.push_back(std::move(child));
  }
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto check = stip.CheckKnownElsewhere(Caller(request), children);
  if (!check) return Response::FromError(check.error());
  json::array teams;
  for (const auto& t : check->teams) {
    teams.push_back(
        json::object{{"id", t.id}, {"name", t.name}, {"phone", t.phone}, {"email", t.email}});
  }
  return Response::Json(200, json::object{{"check_id", check->id},
                                          {"known", !check->teams.empty()},
                                          {"teams", std::move(teams)}});
}

Response Ask(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewJoinRequest input;
  input.check_id = reader.RequiredString("check_id");
  input.team_id = reader.OptionalString("team_id");
  input.role = reader.RequiredString("role");
  input.message = reader.RequiredString("message");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto ids = stip.AskToJoin(Caller(request), input);
  if (!ids) return Response::FromError(ids.error());
  json::array out;
  for (const auto& id : *ids) out.push_back(json::value(id));
  return Response::Json(201, json::object{{"ids", std::move(out)}});
}

Response List(app::Stip& stip, Request& request) {
  std::vector<domain::JoinRequest> to_answer;
  std::vector<domain::JoinRequest> mine;
  if (auto r = stip.ReadJoinRequests(Caller(request), to_answer, mine); !r) {
    return Response::FromError(r.error());
  }
  json::array a;
  for (const auto& r : to_answer) a.push_back(EncodeJoinRequest(r));
  json::array m;
  for (const auto& r : mine) m.push_back(EncodeJoinRequest(r));
  return Response::Json(200, json::object{{"to_answer", std::move(a)}, {"mine", std::move(m)}});
}

Response Accept(app::Stip& stip, Request& request) {
  return Done(stip.AcceptJoinRequest(Caller(request), request.params.at("id"),
                                     request.params.at("request")));
}

Response Decline(app::Stip& stip, Request& request) {
  auto words = ParseSingleString(request, "words");
  if (!words) return std::move(words.error());
  return Done(stip.DeclineJoinRequest(Caller(request), request.params.at("id"),
                                      request.params.at("request"), *words));
}

}  // namespace

json::object EncodeJoinRequest(const domain::JoinRequest& r) {
  json::object o{{"id", r.id},
                 {"check_id", r.check_id},
                 {"user_id", r.user_id},
                 {"role", r.role},
                 {"message", r.message},
                 {"status", r.status},
                 {"asked_at", domain::FormatTimestamp(r.asked_at)},
                 {"lead_team_id", r.lead_team}};
  // The file is named only to its lead, and to the asker once accepted.
  o["family_id"] = r.family_id.empty() ? json::value(nullptr) : json::value(r.family_id);
  o["family_name"] = r.family_name.empty() ? json::value(nullptr) : json::value(r.family_name);
  o["decided_at"] =
      r.decided_at == 0 ? json::value(nullptr) : json::value(domain::FormatTimestamp(r.decided_at));
  o["answer"] = r.answer;
  return o;
}

void AddKnownElsewhereRoutes(Router& router, app::Stip& stip) {
  // A check changes state: it is on the ledger, with its outcome.
  router.Add({verb::post, "/api/v1/known-elsewhere/check", "api.known_elsewhere.check", true,
              Auth::kApi, [&stip](Request& request) { return Check(stip, request); }});
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add(
      {verb::post, "/api/v1/join-requests", "api.join_requests.ask", true, Auth::kApi, bind(&Ask)});
  router.Add({verb::get, "/api/v1/join-requests", "api.join_requests.list", false, Auth::kApi,
              bind(&List)});
  router.Add({verb::post, "/api/v1/families/{id}/join-requests/{request}/accept",
              "api.join_requests.accept", true, Auth::kApi, bind(&Accept)});
  router.Add({verb::post, "/api/v1/families/{id}/join-requests/{request}/decline",
              "api.join_requests.decline", true, Auth::kApi, bind(&Decline)});
}

}  // namespace stip::http::api
