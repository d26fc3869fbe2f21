// The child's own words over JSON (issue 11 item 5): read them, write them (a child of 12+ their
// own, a professional with the child), change with whom they are shared; read and write a
// child's explanation.
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response List(app::Stip& stip, Request& request) {
  auto view = stip.ChildVoicesOf(Caller(request), request.params.at("id"), QueryPurpose(request));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, WithOwnObjections(stip, Caller(request), request.params.at("id"),
                                               EncodeChildVoices(*view)));
}

Response Write(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewChildVoice voice;
  voice.share_with = TakeStringArray(*body, "share_with", problems);
  ObjectReader reader(*body, problems);
  voice.child_id = reader.OptionalString("child_id");
  voice.good_things = reader.OptionalString("good_things");
  voice.worries = reader.OptionalString("worries");
  voice.dreams = reader.OptionalString("dreams");
  voice.share = reader.OptionalString("share", "professionals");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.WriteChildVoice(Caller(request), request.params.at("id"), voice);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response Sharing(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  const auto share_with = TakeStringArray(*body, "share_with", problems);
  ObjectReader reader(*body, problems);
  const std::string share = reader.RequiredString("share");
  const std::string reason = reader.OptionalString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto done = stip.ChangeVoiceSharing(Caller(request), request.params.at("id"),
                                      request.params.at("voice"), share, share_with, reason);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"id", request.params.at("voice")}, {"share", share}});
}

Response GetExplanation(app::Stip& stip, Request& request) {
  auto view = stip.ExplanationOf(Caller(request), request.params.at("id"),
                                 request.params.at("member"), QueryPurpose(request));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, EncodeChildExplanation(*view));
}

Response WriteExplanation(app::Stip& stip, Request& request) {
  auto text = ParseSingleString(request, "text");
  if (!text) return std::move(text.error());
  auto version = stip.WriteExplanation(Caller(request), request.params.at("id"),
                                       request.params.at("member"), *text);
  if (!version) return Response::FromError(version.error());
  return Response::Json(201, json::object{{"version", *version}});
}

}  // namespace

void AddChildVoiceRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/child-voice", "api.child_voice.list", false,
              Auth::kApi, bind(&List)});
  router.Add({verb::post, "/api/v1/families/{id}/child-voice", "api.child_voice.write", true,
              Auth::kApi, bind(&Write)});
  router.Add({verb::post, "/api/v1/families/{id}/child-voice/{voice}/sharing",
              "api.child_voice.sharing", true, Auth::kApi, bind(&Sharing)});
  router.Add({verb::get, "/api/v1/families/{id}/children/{member}/explanation",
              "api.child_explanation.get", false, Auth::kApi, bind(&GetExplanation)});
  router.Add({verb::post, "/api/v1/families/{id}/children/{member}/explanation",
              "api.child_explanation.write", true, Auth::kApi, bind(&WriteExplanation)});
}

}  // namespace stip::http::api
