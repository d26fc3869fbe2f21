// The family's own plan over JSON (issue 11 item 2): read it, compare two versions, make the
// offer and record its outcome (the lead and the duo), write a version (the family), set the
// safety conditions (the lead and the duo) and comment (an involved professional).
#include <algorithm>
#include <charconv>

#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response Get(app::Stip& stip, Request& request) {
  auto view =
      stip.FamilyPlanOf(Caller(request), request.params.at("id"), QueryValue(request, "purpose"));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, WithOwnObjections(stip, Caller(request), request.params.at("id"),
                                               EncodeFamilyPlan(*view)));
}

// A version number from the query: a whole number from 1.
std::optional<int> VersionOf(const std::string& text) {
  int v = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (text.empty() || ec != std::errc() || ptr != end || v < 1) return std::nullopt;
  return v;
}

Response Compare(app::Stip& stip, Request& request) {
  // A missing or malformed number is 0: the use case asks for access first, then says so.
  auto view = stip.ComparePlan(
      Caller(request), request.params.at("id"), VersionOf(QueryValue(request, "from")).value_or(0),
      VersionOf(QueryValue(request, "to")).value_or(0), QueryValue(request, "purpose"));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, EncodePlanCompare(*view));
}

Response Offer(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewPlanOffer offer;
  offer.offered_on = reader.RequiredString("offered_on");
  offer.words = reader.OptionalString("words");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.OfferFamilyPlan(Caller(request), request.params.at("id"), offer));
}

Response Outcome(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::PlanOfferOutcome outcome;
  outcome.outcome = reader.RequiredString("outcome");
  outcome.decided_on = reader.RequiredString("decided_on");
  outcome.expected_by = reader.OptionalString("expected_by");
  outcome.ground = reader.OptionalString("ground");
  outcome.reason = reader.OptionalString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.AnswerPlanOffer(Caller(request), request.params.at("id"), outcome));
}

Response WriteVersion(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewPlanVersion v;
  v.goals = TakeStringArray(*body, "goals", problems);
  v.rules = TakeStringArray(*body, "rules", problems);
  v.warning_signs = TakeStringArray(*body, "warning_signs", problems);
  ObjectReader reader(*body, problems);
  v.kind = reader.OptionalString("kind");
  for (auto& a : reader.Objects("actions", false)) {
    app::NewPlanAction action;
    action.what = a.RequiredString("what");
    action.owner_kind = a.RequiredString("owner_kind");
    action.owner = a.RequiredString("owner");
    action.due_on = a.RequiredString("due_on");
    a.Finish();
    v.actions.push_back(std::move(action));
  }
  v.evaluation_on = reader.OptionalString("evaluation_on");
  v.if_not_working = reader.OptionalString("if_not_working");
  for (auto& w : reader.Objects("watchers", false)) {
    app::NewPlanWatcher watcher;
    watcher.name = w.RequiredString("name");
    watcher.reach = w.RequiredString("reach");
    w.Finish();
    v.watchers.push_back(std::move(watcher));
  }
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto version = stip.WritePlanVersion(Caller(request), request.params.at("id"), v);
  if (!version) return Response::FromError(version.error());
  return Response::Json(201, json::object{{"version", *version}});
}

Response Conditions(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  auto conditions = TakeStringArray(*body, "conditions", problems);
  ObjectReader reader(*body, problems);
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.SetPlanConditions(Caller(request), request.params.at("id"), conditions));
}

Response Comment(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const auto version = reader.OptionalInt("version");
  const std::string words = reader.RequiredString("words");
  reader.Finish();
  if (!version && problems.empty()) {
    problems.push_back({"version", domain::Required()});
  }
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id =
      stip.CommentOnPlan(Caller(request), request.params.at("id"),
                         static_cast<int>(std::clamp<std::int64_t>(*version, -1, 1000000)), words);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

}  // namespace

void AddPlanRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add(
      {verb::get, "/api/v1/families/{id}/plan", "api.plan.get", false, Auth::kApi, bind(&Get)});
  router.Add({verb::get, "/api/v1/families/{id}/plan/compare", "api.plan.compare", false,
              Auth::kApi, bind(&Compare)});
  router.Add({verb::post, "/api/v1/families/{id}/plan/offer", "api.plan.offer", true, Auth::kApi,
              bind(&Offer)});
  router.Add({verb::post, "/api/v1/families/{id}/plan/offer/outcome", "api.plan.outcome", true,
              Auth::kApi, bind(&Outcome)});
  router.Add({verb::post, "/api/v1/families/{id}/plan/versions", "api.plan.version", true,
              Auth::kApi, bind(&WriteVersion)});
  router.Add({verb::post, "/api/v1/families/{id}/plan/conditions", "api.plan.conditions", true,
              Auth::kApi, bind(&Conditions)});
  router.Add({verb::post, "/api/v1/families/{id}/plan/comments", "api.plan.comment", true,
              Auth::kApi, bind(&Comment)});
}

}  // namespace stip::http::api
