// Family accounts over JSON (issue 3): invite, log in with a code, consent, the family's own
// view ("Ons gezin") and their download of everything they may see.
#include <boost/json/array.hpp>

#include "domain/local_time.h"
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/cookies.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response Invite(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewInvitation invitation;
  invitation.member_id = reader.RequiredString("member_id");
  invitation.contact = reader.RequiredString("contact");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.InviteMember(Caller(request), request.params.at("id"), invitation);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response RevokeAccount(app::Stip& stip, Request& request) {
  auto reason = ParseSingleString(request, "reason");
  if (!reason) return std::move(reason.error());
  auto done = stip.RevokeAccount(Caller(request), request.params.at("id"),
                                 request.params.at("account"), *reason);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"ok", true}});
}

Response RequestCode(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string contact = reader.RequiredString("contact");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  if (auto sent = stip.BeginFamilyLogin(contact, request.client); !sent)
    return Response::FromError(sent.error());
  // The same answer for every address: no one learns who has an account.
  return Response::Json(
      202, json::object{{"message",
                         "Als dit adres bij Stip bekend is, is er een code naartoe gestuurd. / "
                         "If this address is known to Stip, a code was sent to it."}});
}

Response CodeLogin(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string contact = reader.RequiredString("contact");
  const std::string code = reader.RequiredString("code");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto login = stip.CompleteFamilyLogin(contact, code, request.client);
  if (!login) return Response::FromError(login.error());
  return SessionResponse(stip, request, *login);
}

// Issue 10: the other families the caller's address has an account in, and changing to one.
Response OtherFamilies(app::Stip& stip, Request& request) {
  auto others = stip.OtherFamiliesOf(Caller(request));
  if (!others) return Response::FromError(others.error());
  json::array out;
  for (const auto& f : *others) {
    out.push_back(json::object{
        {"account_id", f.account_id}, {"family_name", f.family_name}, {"network", f.network}});
  }
  return Response::Json(200, json::object{{"families", std::move(out)}});
}

Response SwitchFamily(app::Stip& stip, Request& request) {
  auto login = stip.SwitchFamily(Caller(request), request.params.at("account"),
                                 request.Cookie(std::string(kSessionCookie)));
  if (!login) return Response::FromError(login.error());
  return SessionResponse(stip, request, *login);
}

Response GiveConsent(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewConsent consent;
  consent.member_id = reader.RequiredString("member_id");
  consent.valid_until = reader.OptionalString("valid_until");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.GiveConsent(Caller(request), request.params.at("id"), consent);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response EndConsent(app::Stip& stip, Request& request) {
  auto done =
      stip.EndConsent(Caller(request), request.params.at("id"), request.params.at("consent_id"));
  if (!done) return Response::FromError(done.error());
  return Response::Text(204, "", "");
}

Response Home(app::Stip& stip, Request& request, const char* what) {
  auto home = stip.OpenFamilyHome(Caller(request), request.params.at("id"), what);
  if (!home) return Response::FromError(home.error());
  if (std::string_view(what) == "export") {
    auto records = stip.FamilyRecordsOf(Caller(request), request.params.at("id"));
    if (!records) return Response::FromError(records.error());
    auto own = stip.OwnObjections(Caller(request), request.params.at("id"));
    if (!own) return Response::FromError(own.error());
    return FamilyDownload(*home, *records, *own);
  }
  return Response::Json(200, EncodeFamilyHome(*home));
}

}  // namespace

void AddFamilyAccountRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::post, "/api/v1/families/{id}/accounts", "api.accounts.invite", true, Auth::kApi,
              bind(&Invite)});
  router.Add({verb::get, "/api/v1/me/families", "api.me.families", false, Auth::kApi,
              bind(&OtherFamilies)});
  router.Add({verb::post, "/api/v1/me/families/{account}/switch", "api.me.families.switch", true,
              Auth::kApi, bind(&SwitchFamily)});
  router.Add({verb::post, "/api/v1/families/{id}/accounts/{account}/revoke", "api.accounts.revoke",
              true, Auth::kApi, bind(&RevokeAccount)});
  // Codes and sessions are operational state; marked state-changing like api.session.create.
  router.Add({verb::post, "/api/v1/family-session/code", "api.family_session.code", true,
              Auth::kPublic, bind(&RequestCode)});
  router.Add({verb::post, "/api/v1/family-session", "api.family_session.create", true,
              Auth::kPublic, bind(&CodeLogin)});
  router.Add({verb::post, "/api/v1/families/{id}/consents", "api.consents.create", true, Auth::kApi,
              bind(&GiveConsent)});
  router.Add({verb::delete_, "/api/v1/families/{id}/consents/{consent_id}", "api.consents.delete",
              true, Auth::kApi, bind(&EndConsent)});
  router.Add({verb::get, "/api/v1/families/{id}/home", "api.families.home", false, Auth::kApi,
              [&stip](Request& request) { return Home(stip, request, "ons_gezin"); }});
  router.Add({verb::get, "/api/v1/families/{id}/export", "api.families.export", false, Auth::kApi,
              [&stip](Request& request) { return Home(stip, request, "export"); }});
}

}  // namespace stip::http::api
