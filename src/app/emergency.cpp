// Emergency access (noodtoegang, break the glass; issue 10 item 4): a professional who is not
// involved opens a file read-only with a written reason for a limited time; every use waits for
// the judgement of the team lead of the professional's team. Access itself is the access
// engine's (domain/access.h, kEmergency): app/authorize.cpp hands it the running use.
#include <algorithm>
#include <utility>
#include <variant>
#include <vector>

#include "app/emergency_internal.h"
#include "app/events.h"
#include "app/stip.h"
#include "domain/emergency.h"
#include "domain/local_time.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

Status RequireProfessional(const Principal& who) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "Emergency access is for professionals.");
  }
  return {};
}

domain::Error NoSuchUse() {
  // The same answer whether the use exists or is someone else's to see.
  return domain::Error{Code::kNotFound, "No emergency access with this id is yours to see.", {}};
}

}  // namespace

std::vector<EmergencyUseView> UsesForReader(const Access& access,
                                            std::vector<EmergencyUseView> uses) {
  const auto* member = std::get_if<domain::MemberViewer>(&access.query.viewer);
  if (!member) return uses;
  const domain::Member* me = nullptr;
  for (const auto& m : access.family.members) {
    if (m.id == member->member_id) me = &m;
  }
  if (!me) return {};
  std::erase_if(uses, [&](const EmergencyUseView& v) {
    if (me->joined_seq > 0 && v.use.seq < me->joined_seq) return true;  // before they joined
    return me->left_on && *me->left_on <= domain::AmsterdamDate(v.use.opened_at);  // after leaving
  });
  return uses;
}

Result<EmergencyUseView> Stip::ViewOfUse(domain::EmergencyAccess use) {
  auto professional = LoadProfessional(use.user_id);
  if (!professional) return tl::unexpected(professional.error());
  EmergencyUseView view;
  view.professional = std::move(*professional);
  if (!use.reviewed_by.empty()) {
    auto reviewer = admin_.FindUser(use.reviewed_by);
    if (!reviewer) return tl::unexpected(reviewer.error());
    view.reviewer_name = *reviewer ? (*reviewer)->display_name : use.reviewed_by;
  }
  view.active = domain::IsActive(use, clock_.Now());
  view.use = std::move(use);
  return view;
}

Result<std::vector<EmergencyUseView>> Stip::EmergencyUsesOf(const std::string& family_id) {
  auto uses = families_.ListEmergencyAccess(family_id);
  if (!uses) return tl::unexpected(uses.error());
  std::vector<EmergencyUseView> out;
  for (auto it = uses->rbegin(); it != uses->rend(); ++it) {
    auto view = ViewOfUse(std::move(*it));
    if (!view) return tl::unexpected(view.error());
    out.push_back(std::move(*view));
  }
  return out;
}

Result<EmergencyUseView> Stip::OpenEmergencyAccess(const Principal& who,
                                                   const std::string& family_id,
                                                   const std::string& reason) {
  if (auto r = RequireProfessional(who); !r) return tl::unexpected(r.error());
  auto team = admin_.FindTeam(who.user.team_id);
  if (!team) return tl::unexpected(team.error());
  if (auto problem = domain::CheckMayBreakGlass(who.user, *team)) {
    return Fail(Code::kPermissionDenied,
                "You may not use emergency access: " + problem->message + ".");
  }
  if (auto errors = domain::CheckEmergencyReason(reason); !errors.empty()) {
    return Fail(domain::Error::Invalid(
        "Write why you need this file now (at most 1000 characters).", std::move(errors)));
  }
  const std::string id = ids_.NewId("nood");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*family) {
      return Fail(Code::kNotFound, "No family file has number '" + family_id +
                                       "'. Check the number with whoever gave it to you.");
    }
    const auto now = clock_.Now();
    domain::AccessQuery query;
    query.viewer = domain::ProfessionalViewer{who.user.id, false, ""};
    query.now = now;
    query.today = domain::AmsterdamDate(now);
    if (!domain::AccessRole(**family, query).empty()) {
      return Fail(Code::kConflict,
                  "You are involved in this file: open it as usual, without emergency access.");
    }
    auto uses = families_.ListEmergencyAccess(family_id);
    if (!uses) return tl::unexpected(uses.error());
    if (const auto* running = domain::ActiveUse(*uses, who.user.id, now)) {
      return Fail(Code::kConflict, "You have emergency access to this file already, until " +
                                       domain::FormatTimestamp(running->until) + ".");
    }
    store::AppendRequest req{family_id, (*family)->head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, now,
                                   events::EmergencyAccessOpened{
                                       .id = id,
                                       .team_id = who.user.team_id,
                                       .reason = domain::Trim(reason),
                                       .until = domain::FormatTimestamp(
                                           now + domain::EmergencyWindow(options_.emergency_hours)),
                                   }));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  auto use = families_.FindEmergencyAccess(id);
  if (!use) return tl::unexpected(use.error());
  if (!*use) return Fail(Code::kInternal, "The emergency access was not recorded.");
  return ViewOfUse(std::move(**use));
}

Status Stip::EndEmergencyAccess(const Principal& who, const std::string& use_id) {
  if (auto r = RequireProfessional(who); !r) return r;
  std::string family_id;
  {
    auto use = families_.FindEmergencyAccess(use_id);
    if (!use) return tl::unexpected(use.error());
    if (!*use || (*use)->user_id != who.user.id) return Fail(NoSuchUse());
    family_id = (*use)->family_id;
  }
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto use = families_.FindEmergencyAccess(use_id);
    if (!use) return tl::unexpected(use.error());
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*use || !*family) return Fail(NoSuchUse());
    const auto now = clock_.Now();
    if (!domain::IsActive(**use, now)) {
      return Fail(Code::kFailedPrecondition, "This emergency access has ended already.");
    }
    store::AppendRequest req{family_id, (*family)->head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, now, events::EmergencyAccessEnded{.id = use_id}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<std::vector<EmergencyUseView>> Stip::MyEmergencyAccess(const Principal& who) {
  if (auto r = RequireProfessional(who); !r) return tl::unexpected(r.error());
  auto uses = families_.ListEmergencyAccessBy(who.user.id);
  if (!uses) return tl::unexpected(uses.error());
  auto leads = admin_.ListTeamLeads();
  if (!leads) return tl::unexpected(leads.error());
  auto teams = admin_.ListTeams();
  if (!teams) return tl::unexpected(teams.error());
  std::vector<EmergencyUseView> out;
  for (auto& use : *uses) {
    const auto lead = domain::LeadOf(use.team_id, *leads);
    std::string judged_by = !lead ? "none" : *lead == who.user.id ? "other_lead" : "team_lead";
    if (judged_by == "other_lead" && !use.outcome) {
      // Promise a lead of another team only when there is one who may judge it (privacy review).
      bool any = false;
      for (const auto& l : *leads) {
        if (any || l.team_id == use.team_id) continue;
        auto other = admin_.FindUser(l.user_id);
        if (!other) return tl::unexpected(other.error());
        any = *other && domain::MayReview(use, **other, *teams, *leads);
      }
      if (!any) judged_by = "no_other_lead";
    }
    auto view = ViewOfUse(std::move(use));
    if (!view) return tl::unexpected(view.error());
    view->judged_by = std::move(judged_by);
    out.push_back(std::move(*view));
  }
  return out;
}

Result<EmergencyReviews> Stip::EmergencyReviewsFor(const Principal& who) {
  if (auto r = RequireProfessional(who); !r) return tl::unexpected(r.error());
  auto teams = admin_.ListTeams();
  if (!teams) return tl::unexpected(teams.error());
  auto leads = admin_.ListTeamLeads();
  if (!leads) return tl::unexpected(leads.error());
  auto uses = families_.ListUnreviewedEmergencyAccess();
  if (!uses) return tl::unexpected(uses.error());
  EmergencyReviews out;
  out.team_lead = std::any_of(leads->begin(), leads->end(), [&](const domain::TeamLead& l) {
    return l.user_id == who.user.id && l.team_id == who.user.team_id && !who.user.disabled;
  });
  for (auto& use : *uses) {
    if (!domain::MayReview(use, who.user, *teams, *leads)) continue;
    EmergencyReviewItem item;
    item.may_review = true;
    // What the professional read during the use: the lines of the file's access log that
    // broke the glass, what and when, never the content.
    // Read by this professional in this file by emergency access from the opening to the end of
    // the use, however much else the family's log holds since (privacy review).
    auto lines =
        families_.ListAccessLogOf(use.family_id, use.user_id, use.opened_at, domain::EndOf(use),
                                  true, EmergencyReviewItem::kMaxLinesRead + 1);
    if (!lines) return tl::unexpected(lines.error());
    if (static_cast<int>(lines->size()) > EmergencyReviewItem::kMaxLinesRead) {
      lines->pop_back();
      item.lines_more = true;
    }
    item.lines_read = std::move(*lines);
    // The reason and the lines read are about the family: on its record, as a check, once per
    // team lead and use: when the lead first reads the use, not at every load of the queue
    // (review). A line by this lead for this file's check since the use opened is that line.
    auto logged = families_.ListAccessLogOf(use.family_id, who.user.id, use.opened_at, clock_.Now(),
                                            false, EmergencyReviewItem::kMaxLinesRead);
    if (!logged) return tl::unexpected(logged.error());
    if (std::none_of(logged->begin(), logged->end(), [](const domain::AccessRecord& line) {
          return line.what == "emergency_review";
        })) {
      if (auto r =
              LogRead(who, use.family_id, "team_lead", "emergency_review", "kwaliteitstoetsing");
          !r) {
        return tl::unexpected(r.error());
      }
    }
    auto view = ViewOfUse(std::move(use));
    if (!view) return tl::unexpected(view.error());
    item.view = std::move(*view);
    out.items.push_back(std::move(item));
  }
  return out;
}

Result<std::int64_t> Stip::CountEmergencyReviews(const Principal& who) {
  if (who.IsFamily()) return std::int64_t{0};
  auto teams = admin_.ListTeams();
  if (!teams) return tl::unexpected(teams.error());
  auto leads = admin_.ListTeamLeads();
  if (!leads) return tl::unexpected(leads.error());
  if (std::none_of(leads->begin(), leads->end(),
                   [&](const domain::TeamLead& l) { return l.user_id == who.user.id; })) {
    return std::int64_t{0};
  }
  auto uses = families_.ListUnreviewedEmergencyAccess();
  if (!uses) return tl::unexpected(uses.error());
  return static_cast<std::int64_t>(
      std::count_if(uses->begin(), uses->end(), [&](const domain::EmergencyAccess& use) {
        return domain::MayReview(use, who.user, *teams, *leads);
      }));
}

Status Stip::ReviewEmergencyAccess(const Principal& who, const std::string& use_id,
                                   const std::string& outcome, const std::string& words) {
  if (auto r = RequireProfessional(who); !r) return r;
  auto teams = admin_.ListTeams();
  if (!teams) return tl::unexpected(teams.error());
  auto leads = admin_.ListTeamLeads();
  if (!leads) return tl::unexpected(leads.error());
  std::string family_id;
  {
    auto use = families_.FindEmergencyAccess(use_id);
    if (!use) return tl::unexpected(use.error());
    if (!*use) return Fail(NoSuchUse());
    if ((*use)->user_id == who.user.id) {
      return Fail(Code::kPermissionDenied,
                  "You do not judge your own emergency access: a team lead of another team of "
                  "your organisation does.");
    }
    if (!domain::MayReview(**use, who.user, *teams, *leads)) return Fail(NoSuchUse());
    if ((*use)->outcome) {
      return Fail(Code::kConflict, "This emergency access has been judged already.");
    }
    family_id = (*use)->family_id;
  }
  const auto parsed = domain::ParseEmergencyOutcome(outcome);
  if (auto errors = domain::CheckEmergencyReview(parsed, words); !errors.empty()) {
    return Fail(domain::Error::Invalid("Choose justified or not justified, and write why.",
                                       std::move(errors)));
  }
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto use = families_.FindEmergencyAccess(use_id);
    if (!use) return tl::unexpected(use.error());
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*use || !*family) return Fail(NoSuchUse());
    if ((*use)->outcome) {
      return Fail(Code::kConflict, "This emergency access has been judged already.");
    }
    store::AppendRequest req{family_id, (*family)->head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, clock_.Now(),
                  events::EmergencyAccessReviewed{.id = use_id,
                                                  .outcome = std::string(domain::ToString(*parsed)),
                                                  .words = domain::Trim(words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

}  // namespace stip::app
