// The safety map over JSON (issue 11): read it with every round and series; open a round; add
// a worry, a strength, a goal or a disagreement; give an answer.
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response Created(const domain::Result<std::string>& id) {
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response Get(app::Stip& stip, Request& request) {
  auto view = stip.SafetyMapOf(Caller(request), request.params.at("id"), QueryPurpose(request));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, WithOwnObjections(stip, Caller(request), request.params.at("id"),
                                               EncodeSafetyMap(*view)));
}

Response OpenRound(app::Stip& stip, Request& request) {
  auto round = stip.OpenSafetyRound(Caller(request), request.params.at("id"));
  if (!round) return Response::FromError(round.error());
  return Response::Json(201, json::object{{"round", *round}});
}

Response AddDanger(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewDanger danger;
  danger.who_worried = reader.RequiredString("who_worried");
  danger.worry = reader.RequiredString("worry");
  danger.if_nothing_changes = reader.RequiredString("if_nothing_changes");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Created(stip.AddDanger(Caller(request), request.params.at("id"), danger));
}

Response AddStrength(app::Stip& stip, Request& request) {
  auto words = ParseSingleString(request, "words");
  if (!words) return std::move(words.error());
  return Created(stip.AddStrength(Caller(request), request.params.at("id"), *words));
}

Response AddGoal(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string danger_id = reader.RequiredString("danger_id");
  const std::string words = reader.RequiredString("words");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Created(stip.AddSafetyGoal(Caller(request), request.params.at("id"), danger_id, words));
}

Response AddDisagreement(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewDisagreement d;
  d.danger_id = reader.RequiredString("danger_id");
  d.member_id = reader.OptionalString("member_id");
  d.words = reader.RequiredString("words");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Created(stip.AddDisagreement(Caller(request), request.params.at("id"), d));
}

Response GiveScore(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewScore score;
  score.danger_id = reader.RequiredString("danger_id");
  const auto value = reader.OptionalInt("score");
  if (value && *value >= domain::kMinScore && *value <= domain::kMaxScore) {
    score.score = static_cast<int>(*value);
  } else if (value) {
    score.score = -1;  // out of range: the use case says so with the other fields
  }
  score.words = reader.OptionalString("words");
  score.recorded_for = reader.OptionalString("recorded_for");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Created(stip.GiveScore(Caller(request), request.params.at("id"), score));
}

}  // namespace

void AddSafetyMapRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/safety-map", "api.safety_map.get", false,
              Auth::kApi, bind(&Get)});
  router.Add({verb::post, "/api/v1/families/{id}/safety-map/rounds", "api.safety_map.round", true,
              Auth::kApi, bind(&OpenRound)});
  router.Add({verb::post, "/api/v1/families/{id}/safety-map/dangers", "api.safety_map.danger", true,
              Auth::kApi, bind(&AddDanger)});
  router.Add({verb::post, "/api/v1/families/{id}/safety-map/strengths", "api.safety_map.strength",
              true, Auth::kApi, bind(&AddStrength)});
  router.Add({verb::post, "/api/v1/families/{id}/safety-map/goals", "api.safety_map.goal", true,
              Auth::kApi, bind(&AddGoal)});
  router.Add({verb::post, "/api/v1/families/{id}/safety-map/disagreements",
              "api.safety_map.disagreement", true, Auth::kApi, bind(&AddDisagreement)});
  router.Add({verb::post, "/api/v1/families/{id}/safety-map/scores", "api.safety_map.score", true,
              Auth::kApi, bind(&GiveScore)});
}

}  // namespace stip::http::api
