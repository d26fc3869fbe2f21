// Session, tokens, the caller and the list of professionals.
#include <boost/json/array.hpp>

#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/cookies.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

Response SessionResponse(const app::Stip& stip, const Request& request,
                         const app::LoginResult& login) {
  Response response =
      Response::Json(200, json::object{{"csrf", login.csrf},
                                       {"user", EncodeUser(login.user)},
                                       {"expires_at", domain::FormatTimestamp(login.expires_at)},
                                       {"second_step_missing", login.second_step_missing}});
  response.headers.emplace_back(
      "Set-Cookie",
      SessionCookie(login.session_token, stip.options().session_ttl, request.secure_cookies));
  return response;
}

namespace {

Response Login(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string username = reader.RequiredString("username");
  const std::string password = reader.RequiredString("password");
  const std::string code = reader.OptionalString("code");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));

  auto login = stip.Login(username, password, request.client, code);
  if (!login) return Response::FromError(login.error());
  return SessionResponse(stip, request, *login);
}

Response Logout(app::Stip& stip, Request& request) {
  // A token-authenticated caller has no session to end; clearing the cookie is still harmless.
  if (!request.session_token.empty()) {
    if (auto done = stip.Logout(request.session_token); !done) {
      return Response::FromError(done.error());
    }
  }
  Response response = Response::Text(204, "", "");
  response.headers.emplace_back("Set-Cookie", ClearSessionCookie(request.secure_cookies));
  return response;
}

Response Me(app::Stip& stip, Request& request) {
  auto me = stip.Me(Caller(request));
  if (!me) return Response::FromError(me.error());
  return Response::Json(200, EncodeProfessional(*me));
}

Response IssueToken(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string name = reader.RequiredString("name");
  const auto days = reader.OptionalInt("expires_in_days");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));

  auto token = stip.IssueToken(Caller(request), name, days);
  if (!token) return Response::FromError(token.error());
  return Response::Json(201,
                        json::object{{"id", token->id},
                                     {"token", token->token},
                                     {"expires_at", domain::FormatTimestamp(token->expires_at)}});
}

// Issue 14: the caller's own tokens, never their secrets.
Response ListTokens(app::Stip& stip, Request& request) {
  auto tokens = stip.ListTokens(Caller(request));
  if (!tokens) return Response::FromError(tokens.error());
  return Response::Json(200, json::object{{"tokens", EncodeTokens(*tokens)}});
}

Response RevokeToken(app::Stip& stip, Request& request) {
  auto done = stip.RevokeToken(Caller(request), request.params.at("id"));
  if (!done) return Response::FromError(done.error());
  return Response::Text(204, "", "");
}

// Issue 14 item 2: the caller's own second login step (TOTP).
json::object EncodeSecondStep(const app::TotpState& state) {
  json::object out{{"enrolled", state.enrolled}, {"required", state.required}};
  if (!state.pending_secret.empty()) {
    out["secret"] = state.pending_secret;
    out["otpauth_uri"] = state.pending_uri;
  }
  return out;
}

Response SecondStep(app::Stip& stip, Request& request) {
  auto state = stip.SecondStep(Caller(request));
  if (!state) return Response::FromError(state.error());
  return Response::Json(200, EncodeSecondStep(*state));
}

Response StartSecondStep(app::Stip& stip, Request& request) {
  auto state = stip.StartSecondStep(Caller(request));
  if (!state) return Response::FromError(state.error());
  return Response::Json(201, EncodeSecondStep(*state));
}

// {"code": "123456"}: confirming (after a start) or turning off (with a current code).
template <auto Use>
Response WithCode(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string code = reader.RequiredString("code");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto done = (stip.*Use)(Caller(request), code);
  if (!done) return Response::FromError(done.error());
  return Response::Text(204, "", "");
}

Response Professionals(app::Stip& stip, Request& request) {
  auto list = stip.ListProfessionals(Caller(request));
  if (!list) return Response::FromError(list.error());
  json::array out;
  for (const auto& p : *list) out.push_back(EncodeProfessional(p));
  return Response::Json(200, json::object{{"professionals", std::move(out)}});
}

}  // namespace

void AddAccountRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  // Logging in and out change sessions (operational state), not the ledger; they are marked as
  // state-changing so that logout needs the CSRF token.
  router.Add(
      {verb::post, "/api/v1/session", "api.session.create", true, Auth::kPublic, bind(&Login)});
  router.Add(
      {verb::delete_, "/api/v1/session", "api.session.delete", true, Auth::kApi, bind(&Logout)});
  router.Add({verb::get, "/api/v1/me", "api.me", false, Auth::kApi, bind(&Me)});
  router.Add(
      {verb::post, "/api/v1/tokens", "api.tokens.create", true, Auth::kApi, bind(&IssueToken)});
  router.Add(
      {verb::get, "/api/v1/tokens", "api.tokens.list", false, Auth::kApi, bind(&ListTokens)});
  router.Add({verb::delete_, "/api/v1/tokens/{id}", "api.tokens.revoke", true, Auth::kApi,
              bind(&RevokeToken)});
  // Issue 14 item 2: the second login step. Starting changes operational state only; confirming
  // and turning off append totp.enrolled / totp.disabled.
  router.Add({verb::get, "/api/v1/totp", "api.totp.get", false, Auth::kApi, bind(&SecondStep)});
  router.Add(
      {verb::post, "/api/v1/totp", "api.totp.start", true, Auth::kApi, bind(&StartSecondStep)});
  router.Add({verb::post, "/api/v1/totp/confirm", "api.totp.confirm", true, Auth::kApi,
              bind(&WithCode<&app::Stip::ConfirmSecondStep>)});
  router.Add({verb::post, "/api/v1/totp/disable", "api.totp.disable", true, Auth::kApi,
              bind(&WithCode<&app::Stip::DisableSecondStep>)});
  router.Add({verb::get, "/api/v1/professionals", "api.professionals.list", false, Auth::kApi,
              bind(&Professionals)});
}

}  // namespace stip::http::api
