// The team lead's side of "Mijn werk" (issue 10 item 7): an administrator names a team's team
// lead (event team.lead_set), who sees each professional's caseload and what is due, in counts.
#include <algorithm>
#include <charconv>
#include <utility>

#include "app/admin_internal.h"
#include "app/events.h"
#include "app/stip.h"
#include "domain/local_time.h"
#include "domain/text.h"
#include "ledger/event.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

constexpr std::size_t kMaxReasonChars = 500;

}  // namespace

Status Stip::SetTeamLead(const Principal& who, const std::string& team_id,
                         const std::string& user_id, const std::string& reason) {
  if (auto r = RequireAdmin(who); !r) return r;
  if (auto problem = domain::CheckText(reason, kMaxReasonChars, true, false)) {
    return Fail(domain::Error::Invalid("Give a reason.", {{"reason", *problem}}));
  }
  const auto now = clock_.Now();
  return AppendToSystem([&]() -> Result<std::vector<ledger::Event>> {
    auto team = KnownTeam(admin_, team_id);
    if (!team) return tl::unexpected(team.error());
    if (!user_id.empty()) {
      auto user = admin_.FindUser(user_id);
      if (!user) return tl::unexpected(user.error());
      std::optional<domain::Problem> problem;
      if (!*user) {
        problem = domain::UnknownId("professional");
      } else if ((*user)->disabled) {
        problem =
            domain::Problem{domain::FieldCode::kAccountDisabled, "the account is disabled", {}};
      } else if ((*user)->admin || (*user)->team_id != team_id) {
        // A team lead leads their own team; an administrator sees no casework at all.
        problem = domain::Problem{
            domain::FieldCode::kDoesNotMatch, "is not a professional of this team", {}};
      }
      if (problem) {
        return Fail(domain::Error::Invalid("This professional cannot lead this team.",
                                           {{"user_id", *problem}}));
      }
    }
    auto leads = admin_.ListTeamLeads();
    if (!leads) return tl::unexpected(leads.error());
    const auto current = std::find_if(leads->begin(), leads->end(),
                                      [&](const auto& l) { return l.team_id == team_id; });
    if ((current == leads->end() && user_id.empty()) ||
        (current != leads->end() && current->user_id == user_id)) {
      return std::vector<ledger::Event>{};  // that lead already
    }
    return std::vector{
        SystemEvent(who.user.id, now,
                    events::TeamLeadSet{
                        .team_id = team_id, .user_id = user_id, .reason = domain::Trim(reason)})};
  });
}

Result<std::vector<domain::TeamLead>> Stip::ListTeamLeads(const Principal& who) {
  if (auto r = RequireAdmin(who); !r) return tl::unexpected(r.error());
  return admin_.ListTeamLeads();
}

Result<TeamWorkView> Stip::ReadTeamWork(const Principal& who, const MyWorkQuery& query) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "The team's work is for team leads.");
  }
  std::vector<domain::FieldError> errors;
  TeamWorkView view;
  // The installation's number of weeks only: counts for two numbers of one's own choosing
  // could be subtracted into a small cell (the files quiet for exactly one week more).
  view.weeks = options_.work.default_quiet_weeks;
  if (!query.weeks.empty() && query.weeks != std::to_string(view.weeks)) {
    const std::int64_t weeks = view.weeks;
    errors.push_back({"weeks",
                      domain::FieldCode::kOutOfRange,
                      "the team's view counts files without contact for " + std::to_string(weeks) +
                          " weeks, set by the installation",
                      {{"min", weeks}, {"max", weeks}}});
  }
  if (!errors.empty()) {
    return Fail(domain::Error::Invalid("The question for the team's work is not valid.", errors));
  }
  view.today = domain::AmsterdamDate(clock_.Now());
  auto emergency = CountEmergencyReviews(who);  // issue 10 item 4
  if (!emergency) return tl::unexpected(emergency.error());
  view.emergency_reviews = *emergency;
  auto leads = admin_.ListTeamLeads();
  if (!leads) return tl::unexpected(leads.error());
  std::vector<domain::User> users;  // read once, only when the caller leads a team
  for (const auto& lead : *leads) {
    if (lead.user_id != who.user.id) continue;
    auto team = admin_.FindTeam(lead.team_id);
    if (!team) return tl::unexpected(team.error());
    // A team lead who moved to another team (or was disabled) no longer sees the old one.
    if (!*team || lead.team_id != who.user.team_id || who.user.disabled) continue;
    if (users.empty()) {
      auto all = admin_.ListUsers();
      if (!all) return tl::unexpected(all.error());
      users = std::move(*all);
    }
    TeamWork work;
    work.team = std::move(**team);
    for (const auto& user : users) {
      if (user.team_id != work.team.id || user.admin) continue;
      Principal as;
      as.user = user;
      auto files = WorkOf(as, view.weeks);
      if (!files) return tl::unexpected(files.error());
      // Counts about families, for someone who never sees a family: no small cells.
      work.professionals.push_back({user, SuppressSmallCells(CountWork(*files))});
    }
    std::sort(work.professionals.begin(), work.professionals.end(),
              [](const Caseload& a, const Caseload& b) {
                return a.user.display_name < b.user.display_name;
              });
    view.teams.push_back(std::move(work));
  }
  return view;
}

}  // namespace stip::app
