// Reactions, corrections and withholding (issue 3): thin handlers, decode -> one app::Stip call
// -> encode. Every use case asks the access engine through Stip::Authorize.
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

// A required true/false field, taken out of `body` (ObjectReader has no required booleans).
bool RequiredBool(json::object& body, std::string_view key,
                  std::vector<domain::FieldError>& problems) {
  const auto* value = body.if_contains(key);
  const bool ok = value != nullptr && value->is_bool();
  const bool out = ok && value->get_bool();
  if (!ok) {
    const std::string message = "is required and must be true or false";
    if (value == nullptr) {
      problems.push_back({std::string(key), domain::Required(message)});
    } else {
      problems.push_back(
          {std::string(key), domain::FieldCode::kWrongType, message, {{"expected", "boolean"}}});
    }
  }
  body.erase(key);
  return out;
}

Response Created(const std::string& id) { return Response::Json(201, json::object{{"id", id}}); }

Response AddReaction(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewReaction reaction;
  reaction.kind = reader.RequiredString("kind");
  reaction.text = reader.OptionalString("text");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id =
      stip.React(Caller(request), request.params.at("id"), request.params.at("entry"), reaction);
  if (!id) return Response::FromError(id.error());
  return Created(*id);
}

Response AnswerCorrection(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::CorrectionAnswer answer;
  answer.accepted = RequiredBool(*body, "accepted", problems);
  ObjectReader reader(*body, problems);
  answer.answer = reader.RequiredString("answer");
  answer.kind = reader.OptionalString("kind");
  answer.source = reader.OptionalString("source");
  answer.text = reader.OptionalString("text");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.AnswerCorrection(Caller(request), request.params.at("id"),
                                  request.params.at("reaction"), answer);
  if (!id) return Response::FromError(id.error());
  return Response::Json(200, json::object{{"correction_entry_id",
                                           id->empty() ? json::value(nullptr) : json::value(*id)}});
}

Response Withhold(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewWithholding w;
  // Issue 13: member_id (one), member_ids (several) or whole_household; none names the whole
  // household for a ground that protects a third party.
  w.member_ids = TakeStringArray(*body, "member_ids", problems);
  ObjectReader reader(*body, problems);
  w.member_id = reader.OptionalString("member_id");
  w.whole_household = reader.OptionalBool("whole_household", false);
  w.narrowing_reason = reader.OptionalString("narrowing_reason");
  w.ground = reader.RequiredString("ground");
  w.reason = reader.RequiredString("reason");
  w.review_date = reader.RequiredString("review_date");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.Withhold(Caller(request), request.params.at("id"), request.params.at("entry"), w);
  if (!id) return Response::FromError(id.error());
  return Created(*id);
}

// Issue 11 item 6: withhold an item of any kind: {"target_kind","target_id", ...as an entry}.
Response WithholdItem(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewWithholding w;
  w.member_ids = TakeStringArray(*body, "member_ids", problems);
  ObjectReader reader(*body, problems);
  const std::string kind = reader.RequiredString("target_kind");
  const std::string target = reader.RequiredString("target_id");
  w.member_id = reader.OptionalString("member_id");
  w.whole_household = reader.OptionalBool("whole_household", false);
  w.narrowing_reason = reader.OptionalString("narrowing_reason");
  w.ground = reader.RequiredString("ground");
  w.reason = reader.RequiredString("reason");
  w.review_date = reader.RequiredString("review_date");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.WithholdItem(Caller(request), request.params.at("id"), kind, target, w);
  if (!id) return Response::FromError(id.error());
  return Created(*id);
}

Response RenewWithholding(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string review_date = reader.RequiredString("review_date");
  const std::string reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.RenewWithholding(Caller(request), request.params.at("id"),
                                    request.params.at("w"), review_date, reason));
}

Response LiftWithholding(app::Stip& stip, Request& request) {
  auto reason = ParseSingleString(request, "reason");
  if (!reason) return std::move(reason.error());
  return Done(stip.LiftWithholding(Caller(request), request.params.at("id"), request.params.at("w"),
                                   *reason));
}

Response ObjectToWithholding(app::Stip& stip, Request& request) {
  auto text = ParseSingleString(request, "text");
  if (!text) return std::move(text.error());
  auto id = stip.ObjectToWithholding(Caller(request), request.params.at("id"),
                                     request.params.at("w"), *text);
  if (!id) return Response::FromError(id.error());
  return Created(*id);
}

Response AnswerObjection(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  const bool upheld = RequiredBool(*body, "upheld", problems);
  ObjectReader reader(*body, problems);
  const std::string answer = reader.RequiredString("answer");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.AnswerObjection(Caller(request), request.params.at("id"), request.params.at("o"),
                                   upheld, answer));
}

}  // namespace

void AddReactionRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  const std::string base = "/api/v1/families/{id}";
  router.Add({verb::post, base + "/entries/{entry}/reactions", "api.reactions.create", true,
              Auth::kApi, bind(&AddReaction)});
  router.Add({verb::post, base + "/reactions/{reaction}/answer", "api.corrections.answer", true,
              Auth::kApi, bind(&AnswerCorrection)});
  router.Add({verb::post, base + "/entries/{entry}/withholdings", "api.withholdings.create", true,
              Auth::kApi, bind(&Withhold)});
  router.Add({verb::post, base + "/withholdings", "api.withholdings.create_item", true, Auth::kApi,
              bind(&WithholdItem)});
  router.Add({verb::post, base + "/withholdings/{w}/renew", "api.withholdings.renew", true,
              Auth::kApi, bind(&RenewWithholding)});
  router.Add({verb::post, base + "/withholdings/{w}/lift", "api.withholdings.lift", true,
              Auth::kApi, bind(&LiftWithholding)});
  router.Add({verb::post, base + "/withholdings/{w}/objections", "api.objections.create", true,
              Auth::kApi, bind(&ObjectToWithholding)});
  router.Add({verb::post, base + "/objections/{o}/answer", "api.objections.answer", true,
              Auth::kApi, bind(&AnswerObjection)});
}

}  // namespace stip::http::api
