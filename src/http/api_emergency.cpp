// Emergency access over JSON (issue 10 item 4): a professional who is not involved opens a file
// read-only with a reason, lists and ends their uses; the team lead lists and judges them.
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response Open(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string family_id = reader.RequiredString("family_id");
  const std::string reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto use = stip.OpenEmergencyAccess(Caller(request), family_id, reason);
  if (!use) return Response::FromError(use.error());
  return Response::Json(201, EncodeEmergencyUse(*use));
}

Response Mine(app::Stip& stip, Request& request) {
  auto uses = stip.MyEmergencyAccess(Caller(request));
  if (!uses) return Response::FromError(uses.error());
  json::array items;
  for (const auto& use : *uses) items.push_back(EncodeEmergencyUse(use));
  return Response::Json(200, json::object{{"emergency_access", std::move(items)}});
}

Response End(app::Stip& stip, Request& request) {
  return Done(stip.EndEmergencyAccess(Caller(request), request.params.at("id")));
}

Response Reviews(app::Stip& stip, Request& request) {
  auto reviews = stip.EmergencyReviewsFor(Caller(request));
  if (!reviews) return Response::FromError(reviews.error());
  json::array items;
  for (const auto& item : reviews->items) items.push_back(EncodeEmergencyReview(item));
  return Response::Json(
      200, json::object{{"team_lead", reviews->team_lead}, {"reviews", std::move(items)}});
}

Response Review(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string outcome = reader.RequiredString("outcome");
  const std::string words = reader.RequiredString("words");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.ReviewEmergencyAccess(Caller(request), request.params.at("id"), outcome, words));
}

}  // namespace

void AddEmergencyRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/emergency-access", "api.emergency.mine", false, Auth::kApi,
              bind(&Mine)});
  router.Add({verb::post, "/api/v1/emergency-access", "api.emergency.open", true, Auth::kApi,
              bind(&Open)});
  router.Add({verb::post, "/api/v1/emergency-access/{id}/end", "api.emergency.end", true,
              Auth::kApi, bind(&End)});
  router.Add({verb::get, "/api/v1/emergency-access/reviews", "api.emergency.reviews", false,
              Auth::kApi, bind(&Reviews)});
  router.Add({verb::post, "/api/v1/emergency-access/{id}/review", "api.emergency.review", true,
              Auth::kApi, bind(&Review)});
}

}  // namespace stip::http::api
