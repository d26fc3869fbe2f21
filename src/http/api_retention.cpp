// Retention and legal hold over JSON (issue 14 item 3): the file's regime, the first day it may
// be destroyed and any legal hold; the lead or the team lead sets and lifts the hold.
#include <utility>

#include "domain/destruction.h"
#include "domain/local_time.h"
#include "domain/time.h"
#include "http/api.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

json::object EncodeRequest(const domain::DestructionRequest& r) {
  json::object out{
      {"id", r.id},
      {"member_id", r.member_id},
      {"scope", std::string(domain::ToString(r.scope))},
      {"reason", r.reason},
      {"requested_at", domain::FormatTimestamp(r.requested_at)},
      {"answer_due",
       domain::FormatDate(domain::ThreeMonthsAfter(domain::AmsterdamDate(r.requested_at)))},
      {"status", r.open() ? "open" : "answered"},
  };
  if (r.answer) {
    out["answer"] = std::string(domain::ToString(*r.answer));
    out["answer_reasons"] = r.answer_reasons;
    out["answered_at"] = domain::FormatTimestamp(r.answered_at);
  } else {
    out["answer"] = nullptr;
  }
  return out;
}

json::array EncodeRequests(const std::vector<domain::DestructionRequest>& all) {
  json::array out;
  for (const auto& r : all) out.push_back(EncodeRequest(r));
  return out;
}

std::string_view RefusalName(domain::AskRefusal why) {
  switch (why) {
    case domain::AskRefusal::kOk:
      return "";
    case domain::AskRefusal::kNotAMember:
      return "not_a_member";
    case domain::AskRefusal::kUnderTwelve:
      return "under_twelve";
    case domain::AskRefusal::kAlreadyOpen:
      return "already_open";
    case domain::AskRefusal::kFileNotShown:
      return "file_not_shown";
  }
  return "";
}

json::object Encode(const app::FileRetention& r) {
  json::object out{
      {"family_id", r.family_id},
      {"regime", std::string(domain::ToString(r.retention.regime))},
      {"destroy_from", domain::FormatDate(r.retention.destroy_from)},
      {"help_ended", r.retention.help_ended},
      {"reason", r.retention.reason},
      {"may_hold", r.may_hold},
  };
  if (r.hold) {
    out["legal_hold"] = json::object{{"set_at", domain::FormatTimestamp(r.hold->set_at)},
                                     {"set_by", r.hold->set_by},
                                     {"reason", r.hold->reason}};
  } else {
    out["legal_hold"] = nullptr;
  }
  out["destruction_requests"] = EncodeRequests(r.requests);
  return out;
}

Response Read(app::Stip& stip, Request& request) {
  auto r = stip.RetentionOf(Caller(request), request.params.at("id"));
  if (!r) return Response::FromError(r.error());
  return Response::Json(200, Encode(*r));
}

Response Hold(app::Stip& stip, Request& request, bool set) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.ChangeLegalHold(Caller(request), request.params.at("id"), set, reason));
}

// A family member: their own requests and what they may ask; a professional: every request of
// the file (as on GET /retention).
Response ListRequests(app::Stip& stip, Request& request) {
  const auto& who = Caller(request);
  const std::string& id = request.params.at("id");
  if (!who.IsFamily()) {
    auto r = stip.RetentionOf(who, id);
    if (!r) return Response::FromError(r.error());
    return Response::Json(200, json::object{{"family_id", id},
                                            {"destruction_requests", EncodeRequests(r->requests)},
                                            {"may_answer", r->may_hold}});
  }
  auto mine = stip.MyDestructionRequestsOf(who, id);
  if (!mine) return Response::FromError(mine.error());
  json::object may{};
  const std::pair<const char*, domain::AskRefusal> scopes[] = {{"file", mine->file},
                                                               {"own_data", mine->own_data}};
  for (const auto& [scope, why] : scopes) {
    may[scope] = why == domain::AskRefusal::kOk ? json::value(nullptr)
                                                : json::value(std::string(RefusalName(why)));
  }
  return Response::Json(200, json::object{{"family_id", id},
                                          {"destruction_requests", EncodeRequests(mine->requests)},
                                          {"refused", may}});
}

Response AskDestruction(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewDestructionRequest input;
  input.scope = reader.RequiredString("scope");
  input.reason = reader.OptionalString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto made = stip.RequestDestruction(Caller(request), request.params.at("id"), input);
  if (!made) return Response::FromError(made.error());
  return Response::Json(201, EncodeRequest(*made));
}

Response AnswerDestruction(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::DestructionAnswerInput input;
  input.answer = reader.RequiredString("answer");
  input.reasons = reader.OptionalString("reasons");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto done = stip.AnswerDestruction(Caller(request), request.params.at("id"),
                                     request.params.at("request"), input);
  if (!done) return Response::FromError(done.error());
  json::object out = EncodeRequest(done->request);
  if (done->destroyed) {
    out["destroyed"] =
        json::object{{"seq", done->destroyed->seq}, {"events", done->destroyed->events}};
  } else {
    out["destroyed"] = nullptr;
  }
  return Response::Json(200, out);
}

Response SetHold(app::Stip& stip, Request& request) { return Hold(stip, request, true); }
Response LiftHold(app::Stip& stip, Request& request) { return Hold(stip, request, false); }

}  // namespace

void AddRetentionRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/retention", "api.retention.read", false, Auth::kApi,
              bind(&Read)});
  router.Add({verb::post, "/api/v1/families/{id}/legal-hold", "api.legal_hold.set", true,
              Auth::kApi, bind(&SetHold)});
  router.Add({verb::post, "/api/v1/families/{id}/legal-hold/lift", "api.legal_hold.lift", true,
              Auth::kApi, bind(&LiftHold)});
  // Issue 14 item 3 part C: the family's request to destroy, and the answer.
  router.Add({verb::get, "/api/v1/families/{id}/destruction-requests",
              "api.destruction_requests.list", false, Auth::kApi, bind(&ListRequests)});
  router.Add({verb::post, "/api/v1/families/{id}/destruction-requests",
              "api.destruction_requests.create", true, Auth::kApi, bind(&AskDestruction)});
  router.Add({verb::post, "/api/v1/families/{id}/destruction-requests/{request}/answer",
              "api.destruction_requests.answer", true, Auth::kApi, bind(&AnswerDestruction)});
}

}  // namespace stip::http::api
