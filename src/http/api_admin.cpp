// Administration of professional accounts (issue 14): the accounts per team, adding one,
// changing its team, disabling and enabling it, and its active sessions and tokens. For
// administrators only (the use cases check); administrators never see a family.
#include <boost/json/array.hpp>

#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

json::object EncodeTeamRow(const domain::Team& team) {
  return json::object{{"id", team.id},       {"organisation_id", team.organisation_id},
                      {"name", team.name},   {"kind", std::string(domain::ToString(team.kind))},
                      {"phone", team.phone}, {"email", team.email}};
}

Response ListUsers(app::Stip& stip, Request& request) {
  // The teams first: ListTeams refuses everyone but administrators.
  auto teams = stip.ListTeams(Caller(request));
  if (!teams) return Response::FromError(teams.error());
  auto users = stip.ListProfessionals(Caller(request));
  if (!users) return Response::FromError(users.error());
  json::array team_list;
  for (const auto& t : *teams) team_list.push_back(EncodeTeamRow(t));
  json::array user_list;
  for (const auto& p : *users) {
    json::object row = EncodeProfessional(p);
    row["disabled_reason"] = p.user.disabled_reason;
    user_list.push_back(std::move(row));
  }
  return Response::Json(
      200, json::object{{"teams", std::move(team_list)}, {"users", std::move(user_list)}});
}

Response CreateUser(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewUser user;
  user.username = reader.RequiredString("username");
  user.display_name = reader.RequiredString("display_name");
  user.team_id = reader.RequiredString("team_id");
  user.password = reader.RequiredString("password");
  user.admin = reader.OptionalBool("admin", false);
  user.phone = reader.OptionalString("phone");
  user.email = reader.OptionalString("email");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.CreateUser(Caller(request), user);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response Disable(app::Stip& stip, Request& request) {
  auto reason = ParseSingleString(request, "reason");
  if (!reason) return std::move(reason.error());
  auto done = stip.DisableUser(Caller(request), request.params.at("id"), *reason);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"ok", true}});
}

Response Enable(app::Stip& stip, Request& request) {
  auto reason = ParseSingleString(request, "reason");
  if (!reason) return std::move(reason.error());
  auto done = stip.EnableUser(Caller(request), request.params.at("id"), *reason);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"ok", true}});
}

Response ChangeTeam(app::Stip& stip, Request& request) {
  auto team = ParseSingleString(request, "team_id");
  if (!team) return std::move(team.error());
  auto done = stip.ChangeTeam(Caller(request), request.params.at("id"), *team);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"ok", true}});
}

json::value EncodeReset(const std::optional<app::AccountSecurity::Reset>& reset) {
  if (!reset) return nullptr;
  return json::object{{"id", reset->id},
                      {"requested_by", reset->requested_by},
                      {"requested_at", domain::FormatTimestamp(reset->requested_at)},
                      {"expires_at", domain::FormatTimestamp(reset->expires_at)},
                      {"state", reset->state}};
}

Response Access(app::Stip& stip, Request& request) {
  const std::string& id = request.params.at("id");
  auto tokens = stip.ListTokens(Caller(request), id);
  if (!tokens) return Response::FromError(tokens.error());
  auto sessions = stip.ListSessions(Caller(request), id, request.session_token);
  if (!sessions) return Response::FromError(sessions.error());
  json::object out{
      {"user_id", id}, {"sessions", EncodeSessions(*sessions)}, {"tokens", EncodeTokens(*tokens)}};
  // Issue 14 item 1: administrators also see the second step and the newest reset link.
  if (Caller(request).user.admin) {
    auto security = stip.ReadAccountSecurity(Caller(request), id);
    if (!security) return Response::FromError(security.error());
    out["second_step"] = security->second_step;
    out["password_reset"] = EncodeReset(security->last_reset);
  }
  return Response::Json(200, std::move(out));
}

// --- issue 14 item 1: a reset link, a lost second step, organisations and teams -------------

Response PasswordReset(app::Stip& stip, Request& request) {
  // No body, or an empty object: there is nothing to choose.
  if (!request.body.empty()) {
    auto body = ParseJsonObject(request);
    if (!body) return std::move(body.error());
    std::vector<domain::FieldError> problems;
    ObjectReader reader(*body, problems);
    reader.Finish();
    if (!problems.empty()) return InvalidBody(std::move(problems));
  }
  auto reset = stip.RequestPasswordReset(Caller(request), request.params.at("id"));
  if (!reset) return Response::FromError(reset.error());
  json::object out = EncodeReset(*reset).as_object();
  // Where the mail went: "sent" (SMTP), or "outbox_directory" in demo mode, where the mail
  // lies as a file on the server and nothing is sent.
  if (reset->mail) out["mail"] = std::string(app::ToString(*reset->mail));
  return Response::Json(202, std::move(out));
}

Response SecondStepReset(app::Stip& stip, Request& request) {
  auto reason = ParseSingleString(request, "reason");
  if (!reason) return std::move(reason.error());
  auto done = stip.ResetSecondStepOf(Caller(request), request.params.at("id"), *reason);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200,
                        json::object{{"ok", true}, {"mail", std::string(app::ToString(*done))}});
}

// Issue 14 item 1 (privacy review): the link from the mail, used over the API (no login), with
// the page's rules: 400 for a password the rule refuses (the link keeps working), 404 for a link
// Stip never sent, 410 for one that no longer works (what to do is in the message).
Response UseGone(const app::PasswordResetLink& link) {
  using S = app::PasswordResetLink::State;
  std::string why = "This link no longer works: ";
  switch (link.state) {
    case S::kExpired:
      why += "it is older than 24 hours. Ask your administrator for a new link.";
      break;
    case S::kUsed:
      why +=
          "a new password was made with it already (a link works once). Was that not you? "
          "Call your administrator at once.";
      break;
    case S::kReplaced:
      why += "a newer link was sent. Use the link from the newest mail.";
      break;
    case S::kEnded:
    case S::kOpen:
      why += "the account is disabled now. Ask your administrator.";
      break;
  }
  Response r = Response::FromError(domain::Error{domain::Code::kFailedPrecondition, why, {}});
  r.status = 410;
  return r;
}

Response UsePasswordReset(app::Stip& stip, Request& request) {
  const std::string& token = request.params.at("token");
  auto link = stip.CheckPasswordReset(token);
  if (!link) return Response::FromError(link.error());
  if (link->state != app::PasswordResetLink::State::kOpen) return UseGone(*link);
  auto password = ParseSingleString(request, "password");
  if (!password) return std::move(password.error());
  auto done = stip.ResetPassword(token, *password);
  if (!done) {
    if (done.error().code == domain::Code::kFailedPrecondition) {
      if (auto again = stip.CheckPasswordReset(token)) return UseGone(*again);
    }
    return Response::FromError(done.error());
  }
  return Response::Json(200, json::object{{"ok", true}});
}

Response ListOrganisations(app::Stip& stip, Request& request) {
  auto orgs = stip.ListOrganisations(Caller(request));
  if (!orgs) return Response::FromError(orgs.error());
  auto teams = stip.ListTeams(Caller(request));
  if (!teams) return Response::FromError(teams.error());
  json::array list;
  for (const auto& o : *orgs) {
    json::array team_list;
    for (const auto& t : *teams) {
      if (t.organisation_id == o.id) team_list.push_back(EncodeTeamRow(t));
    }
    list.push_back(json::object{{"id", o.id}, {"name", o.name}, {"teams", std::move(team_list)}});
  }
  return Response::Json(200, json::object{{"organisations", std::move(list)}});
}

Response CreateOrganisation(app::Stip& stip, Request& request) {
  auto name = ParseSingleString(request, "name");
  if (!name) return std::move(name.error());
  auto id = stip.CreateOrganisation(Caller(request), *name);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response CreateTeam(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  domain::Team team;
  team.organisation_id = request.params.at("id");
  team.name = reader.RequiredString("name");
  const std::string kind = reader.OptionalString("kind", "local");
  team.phone = reader.OptionalString("phone");
  team.email = reader.OptionalString("email");
  reader.Finish();
  if (auto parsed = domain::ParseTeamKind(kind)) {
    team.kind = *parsed;
  } else {
    problems.push_back({"kind", domain::FieldCode::kInvalid, "must be local or regional_safety"});
  }
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.CreateTeam(Caller(request), team);
  if (!id) {
    // The organisation of the path: unknown is 404, not a field of the body.
    if (id.error().code == domain::Code::kInvalidArgument && !id.error().fields.empty() &&
        id.error().fields.front().field == "organisation_id") {
      return Response::FromError(domain::Error::NotFound("No such organisation."));
    }
    return Response::FromError(id.error());
  }
  return Response::Json(201, json::object{{"id", *id}});
}

Response RenameTeam(app::Stip& stip, Request& request) {
  auto name = ParseSingleString(request, "name");
  if (!name) return std::move(name.error());
  auto done = stip.RenameTeam(Caller(request), request.params.at("id"), *name);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"ok", true}});
}

// Issue 14 item 4: the operators' log ("access:system"), newest first, paged like an access log
// (?before=&limit=); administrators only.
Response OperatorLog(app::Stip& stip, Request& request) {
  auto page = PageFromQuery(request, stip.options().max_page);
  if (!page) return Response::FromError(page.error());
  auto view = stip.ListOperatorLog(Caller(request), *page);
  if (!view) return Response::FromError(view.error());
  json::array lines;
  for (const auto& r : view->lines) {
    lines.push_back(json::object{{"seq", r.seq},
                                 {"time", domain::FormatTimestamp(r.time)},
                                 {"user", r.user_id},
                                 {"command", r.what},
                                 {"target", r.purpose}});
  }
  return Response::Json(
      200, json::object{{"lines", std::move(lines)}, {"next_before", view->next_before}});
}

}  // namespace

void AddAdminRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/users", "api.users.list", false, Auth::kApi, bind(&ListUsers)});
  router.Add(
      {verb::post, "/api/v1/users", "api.users.create", true, Auth::kApi, bind(&CreateUser)});
  router.Add({verb::post, "/api/v1/users/{id}/disable", "api.users.disable", true, Auth::kApi,
              bind(&Disable)});
  router.Add({verb::post, "/api/v1/users/{id}/enable", "api.users.enable", true, Auth::kApi,
              bind(&Enable)});
  router.Add({verb::post, "/api/v1/users/{id}/team", "api.users.team", true, Auth::kApi,
              bind(&ChangeTeam)});
  router.Add({verb::get, "/api/v1/users/{id}/access", "api.users.access", false, Auth::kApi,
              bind(&Access)});
  // Issue 14 item 1.
  router.Add({verb::post, "/api/v1/users/{id}/password-reset", "api.users.password_reset", true,
              Auth::kApi, bind(&PasswordReset)});
  router.Add({verb::post, "/api/v1/users/{id}/second-step/reset", "api.users.second_step_reset",
              true, Auth::kApi, bind(&SecondStepReset)});
  // No login: whoever holds the link from the mail (the token is the credential).
  router.Add({verb::post, "/api/v1/password-reset/{token}", "api.password_reset.use", true,
              Auth::kPublic, bind(&UsePasswordReset)});
  router.Add({verb::get, "/api/v1/organisations", "api.organisations.list", false, Auth::kApi,
              bind(&ListOrganisations)});
  router.Add({verb::post, "/api/v1/organisations", "api.organisations.create", true, Auth::kApi,
              bind(&CreateOrganisation)});
  router.Add({verb::post, "/api/v1/organisations/{id}/teams", "api.teams.create", true, Auth::kApi,
              bind(&CreateTeam)});
  router.Add({verb::post, "/api/v1/teams/{id}/name", "api.teams.rename", true, Auth::kApi,
              bind(&RenameTeam)});
  router.Add({verb::get, "/api/v1/operator-log", "api.operator_log.list", false, Auth::kApi,
              bind(&OperatorLog)});
}

}  // namespace stip::http::api
