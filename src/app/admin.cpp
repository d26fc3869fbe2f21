// Administration use cases: organisations, teams and professional accounts (the system chain).
#include <utility>

#include "app/admin_internal.h"
#include "app/events.h"
#include "app/stip.h"
#include "app/system.h"
#include "domain/password_policy.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

bool IsUsername(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

// Issue 14 item 1 (admin_web.cpp): names compare without regard to ASCII case.
bool SameName(std::string_view a, std::string_view b);
domain::Error TeamNameTaken();

Result<std::string> Stip::CreateOrganisation(const Principal& who, const std::string& name) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  if (auto problem = domain::CheckText(name, domain::kMaxNameChars, true, false)) {
    return Fail(domain::Error::Invalid("The organisation needs a name.", {{"name", *problem}}));
  }
  const std::string id = ids_.NewId("org");
  const auto now = clock_.Now();
  auto appended = AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto orgs = admin_.ListOrganisations();
    if (!orgs) return tl::unexpected(orgs.error());
    for (const auto& o : *orgs) {
      if (SameName(o.name, name)) {
        return Fail(
            domain::Error{Code::kAlreadyExists,
                          "An organisation with that name exists already; choose another name.",
                          {domain::FieldError{"name", domain::FieldCode::kAlreadyUsed,
                                              "is the name of another organisation"}}});
      }
    }
    std::vector<ledger::Event> added;
    added.push_back(
        SystemEvent(who.user.id, now, events::OrganisationCreated{.id = id, .name = name}));
    return added;
  });
  if (!appended) return tl::unexpected(appended.error());
  return id;
}

Result<std::string> Stip::CreateTeam(const Principal& who, const domain::Team& team) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  std::vector<domain::FieldError> errors;
  if (auto p = domain::CheckText(team.name, domain::kMaxNameChars, true, false)) {
    errors.push_back({"name", *p});
  }
  if (auto p = domain::CheckText(team.phone, 40, false, false)) errors.push_back({"phone", *p});
  if (auto p = domain::CheckText(team.email, 200, false, false)) errors.push_back({"email", *p});
  if (!errors.empty()) return Fail(domain::Error::Invalid("The team is not valid.", errors));
  const std::string id = ids_.NewId("team");
  const auto now = clock_.Now();
  auto appended = AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto org = admin_.FindOrganisation(team.organisation_id);
    if (!org) return tl::unexpected(org.error());
    if (!*org) {
      return Fail(domain::Error::Invalid("Unknown organisation.",
                                         {{"organisation_id", domain::UnknownId("organisation")}}));
    }
    auto teams = admin_.ListTeams();
    if (!teams) return tl::unexpected(teams.error());
    for (const auto& t : *teams) {
      if (t.organisation_id == team.organisation_id && SameName(t.name, team.name)) {
        return Fail(TeamNameTaken());
      }
    }
    std::vector<ledger::Event> added;
    added.push_back(
        SystemEvent(who.user.id, now,
                    events::TeamCreated{.id = id,
                                        .organisation_id = team.organisation_id,
                                        .name = team.name,
                                        .kind = std::string(domain::ToString(team.kind)),
                                        .phone = team.phone,
                                        .email = team.email}));
    return added;
  });
  if (!appended) return tl::unexpected(appended.error());
  return id;
}

Result<std::string> Stip::CreateUser(const Principal& who, const NewUser& user) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  std::vector<domain::FieldError> errors;
  if (!IsUsername(user.username)) {
    errors.push_back({"username",
                      domain::FieldCode::kBadFormat,
                      "use 1-64 characters: lowercase letters, digits, . - _",
                      {{"format", "username"}}});
  }
  if (auto p = domain::CheckText(user.display_name, domain::kMaxNameChars, true, false)) {
    errors.push_back({"display_name", *p});
  }
  // Issue 14: the demo's documented accounts keep "demo", in demo mode only, as the console
  // seeds them; an administrator on the web or the API follows the rule in demo mode too.
  const bool demo_password =
      options_.demo && who.via == Principal::Via::kCli && user.password == "demo";
  if (!demo_password) {
    if (auto problem = domain::CheckNewPassword(user.password, user.username)) {
      errors.push_back(std::move(*problem));
    }
  }
  if (auto p = domain::CheckText(user.phone, 40, false, false)) errors.push_back({"phone", *p});
  if (auto p = domain::CheckText(user.email, 200, false, false)) errors.push_back({"email", *p});
  if (!errors.empty()) return Fail(domain::Error::Invalid("The account is not valid.", errors));

  auto password_hash = HashPassword(user.password);
  if (!password_hash) return tl::unexpected(password_hash.error());
  const std::string id = ids_.NewId("usr");
  const auto now = clock_.Now();
  auto appended = AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto existing = admin_.FindUserByUsername(user.username);
    if (!existing) return tl::unexpected(existing.error());
    if (*existing) {
      return Fail(Code::kAlreadyExists, "An account with username '" + user.username +
                                            "' exists already; choose another username.");
    }
    auto team = admin_.FindTeam(user.team_id);
    if (!team) return tl::unexpected(team.error());
    if (!*team) {
      return Fail(
          domain::Error::Invalid("Unknown team.", {{"team_id", domain::UnknownId("team")}}));
    }
    std::vector<ledger::Event> added;
    added.push_back(SystemEvent(who.user.id, now,
                                events::UserCreated{.id = id,
                                                    .username = user.username,
                                                    .display_name = user.display_name,
                                                    .team_id = user.team_id,
                                                    .phone = user.phone,
                                                    .email = user.email,
                                                    .admin = user.admin}));
    added.push_back(SystemEvent(who.user.id, now, events::PasswordSet{.user_id = id}));
    return added;
  });
  if (!appended) return tl::unexpected(appended.error());
  if (auto r = credentials_.SetPasswordHash(id, *password_hash); !r)
    return tl::unexpected(r.error());
  return id;
}

Result<Professional> Stip::LoadProfessional(const std::string& user_id) {
  auto user = admin_.FindUser(user_id);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(Code::kNotFound, "No professional has id '" + user_id + "'.");
  Professional p{**user, std::nullopt, std::nullopt};
  auto team = admin_.FindTeam(p.user.team_id);
  if (!team) return tl::unexpected(team.error());
  p.team = *team;
  if (p.team) {
    auto org = admin_.FindOrganisation(p.team->organisation_id);
    if (!org) return tl::unexpected(org.error());
    p.organisation = *org;
  }
  return p;
}

Result<std::vector<Professional>> Stip::ListProfessionals(const Principal& who) {
  // Every professional may see who their colleagues are, to choose a duo partner; a family
  // member sees their own fixed face on "Ons gezin" instead.
  if (who.IsFamily()) {
    return domain::Fail(domain::Code::kPermissionDenied, "This list is for professionals.");
  }
  auto users = admin_.ListUsers();
  if (!users) return tl::unexpected(users.error());
  std::vector<Professional> out;
  out.reserve(users->size());
  for (const auto& u : *users) {
    auto p = LoadProfessional(u.id);
    if (!p) return tl::unexpected(p.error());
    out.push_back(std::move(*p));
  }
  return out;
}

Result<Professional> Stip::Me(const Principal& who) {
  // The CLI operator and a family member (user = account id and member name) have no team.
  if (who.via == Principal::Via::kCli || who.IsFamily()) {
    return Professional{who.user, std::nullopt, std::nullopt};
  }
  return LoadProfessional(who.user.id);
}

}  // namespace stip::app
