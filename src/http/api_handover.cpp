// The handover of the fixed face over JSON (issue 10): the lead proposes or withdraws, the
// colleague it is offered to lists, accepts or declines.
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response Propose(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewHandover handover;
  handover.to_user_id = reader.RequiredString("to_user_id");
  handover.reason = reader.RequiredString("reason");
  handover.words = reader.RequiredString("words");
  // Required, and never guessed: warm keeps the old lead in the file, cold ends their access.
  if (const auto* value = body->if_contains("warm"); value && value->is_bool()) {
    handover.warm = value->as_bool();
  }
  reader.OptionalBool("warm", false);  // known field; a wrong type is reported here
  handover.meeting_date = reader.OptionalString("meeting_date");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.ProposeHandover(Caller(request), request.params.at("id"), handover);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response Accept(app::Stip& stip, Request& request) {
  return Done(
      stip.AcceptHandover(Caller(request), request.params.at("id"), request.params.at("handover")));
}

Response Decline(app::Stip& stip, Request& request) {
  auto words = ParseSingleString(request, "words");
  if (!words) return std::move(words.error());
  return Done(stip.DeclineHandover(Caller(request), request.params.at("id"),
                                   request.params.at("handover"), *words));
}

Response Withdraw(app::Stip& stip, Request& request) {
  auto words = ParseSingleString(request, "words");
  if (!words) return std::move(words.error());
  return Done(stip.WithdrawHandover(Caller(request), request.params.at("id"),
                                    request.params.at("handover"), *words));
}

Response Offered(app::Stip& stip, Request& request) {
  auto offered = stip.HandoversOfferedTo(Caller(request));
  if (!offered) return Response::FromError(offered.error());
  json::array items;
  for (const auto& h : *offered) items.push_back(EncodeHandover(h, false));
  return Response::Json(200, json::object{{"handovers", std::move(items)}});
}

}  // namespace

void AddHandoverRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add(
      {verb::get, "/api/v1/handovers", "api.handovers.offered", false, Auth::kApi, bind(&Offered)});
  router.Add({verb::post, "/api/v1/families/{id}/handovers", "api.handovers.propose", true,
              Auth::kApi, bind(&Propose)});
  router.Add({verb::post, "/api/v1/families/{id}/handovers/{handover}/accept",
              "api.handovers.accept", true, Auth::kApi, bind(&Accept)});
  router.Add({verb::post, "/api/v1/families/{id}/handovers/{handover}/decline",
              "api.handovers.decline", true, Auth::kApi, bind(&Decline)});
  router.Add({verb::post, "/api/v1/families/{id}/handovers/{handover}/withdraw",
              "api.handovers.withdraw", true, Auth::kApi, bind(&Withdraw)});
}

}  // namespace stip::http::api
