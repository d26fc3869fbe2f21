// Ask to join (issue 10 item 6): a professional who got a match asks the lead of the matched
// file to be added instead of opening a second file. The lead sees it on Mijn werk and accepts
// (the asker's involvement starts at once, with the existing involvement.started) or declines
// with words the asker reads. Until accepted the asker learns nothing of the file.
#include <algorithm>
#include <utility>

#include "app/events.h"
#include "app/stip.h"
#include "domain/handover.h"
#include "domain/known_elsewhere.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

// The reason on involvement.started that the family reads among the household changes: true
// for them (the asker's message was written to the lead, not to the family).
constexpr const char* kJoinedReason = "Op eigen verzoek toegevoegd door de regisseur.";

domain::Error NoMatch() {
  // The same answer for an unknown check, someone else's check and a check without a match:
  // only who got the match may ask.
  return domain::Error{Code::kNotFound, "No match of yours in this check to ask about.", {}};
}

domain::Error NoRequest() {
  return domain::Error{Code::kNotFound, "No join request waits for your answer here.", {}};
}

}  // namespace

// A check answers for a while: after kCheckValidDays the asker checks again (the signal may
// have lapsed, the file may have moved on), so an old match cannot be asked on for ever.
domain::Millis Stip::CheckValidSince() const {
  constexpr domain::Millis kMillisPerDay = 86'400'000;
  return clock_.Now() - static_cast<domain::Millis>(kCheckValidDays) * kMillisPerDay;
}

namespace {

const domain::JoinRequest* Open(const std::vector<domain::JoinRequest>& all,
                                const std::string& id) {
  for (const auto& r : all) {
    if (r.id == id && r.status == "open") return &r;
  }
  return nullptr;
}

}  // namespace

Result<std::vector<std::string>> Stip::AskToJoin(const Principal& who,
                                                 const NewJoinRequest& input) {
  if (who.IsFamily() || who.user.admin) {
    return Fail(Code::kPermissionDenied,
                "Only a professional of a team asks to be added to a file.");
  }
  auto me = LoadProfessional(who.user.id);
  if (!me) return tl::unexpected(me.error());
  if (!me->team) {
    return Fail(Code::kPermissionDenied,
                "Only a professional of a team asks to be added to a file.");
  }
  const std::string check_id = domain::Trim(input.check_id);
  if (check_id.empty()) {
    return Fail(domain::Error::Invalid("The request cannot be made like this.",
                                       {{"check_id", domain::Required()}}));
  }
  auto families = signals_.MatchedFamilies(check_id, who.user.id, domain::Trim(input.team_id),
                                           CheckValidSince());
  if (!families) return tl::unexpected(families.error());
  if (families->empty()) return Fail(NoMatch());
  // Only what the asker says is checked here (their team, the role, the message): whether the
  // file has a duo partner already is the lead's to weigh when answering, so that the answer
  // tells the asker nothing about the matched files. Every file is checked before any request
  // is written, so a request is made to all of them or to none.
  const auto errors_for = [&](const domain::Family& family) {
    auto errors = domain::CheckJoinRequest(family, who.user.id, me->team, domain::Trim(input.role),
                                           input.message);
    std::erase_if(
        errors, [](const domain::FieldError& e) { return e.code == domain::FieldCode::kDuoTaken; });
    return errors;
  };
  const auto asked_already = [&](const std::vector<domain::JoinRequest>& requests) {
    return std::any_of(requests.begin(), requests.end(), [&](const domain::JoinRequest& r) {
      return r.user_id == who.user.id && r.status == "open";
    });
  };
  for (const auto& family_id : *families) {
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*family) return Fail(NoMatch());
    auto errors = errors_for(**family);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The request cannot be made like this.", errors));
    }
    auto requests = signals_.ListJoinRequests(family_id);
    if (!requests) return tl::unexpected(requests.error());
    if (asked_already(*requests)) {
      return Fail(Code::kAlreadyExists,
                  "You asked to be added to this file already; the lead has not answered yet.");
    }
  }
  std::vector<std::string> ids;
  for (const auto& family_id : *families) {
    const std::string id = ids_.NewId("jrq");
    auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
      auto family = families_.FindFamily(family_id);
      if (!family) return tl::unexpected(family.error());
      if (!*family) return Fail(NoMatch());
      auto requests = signals_.ListJoinRequests(family_id);
      if (!requests) return tl::unexpected(requests.error());
      auto errors = errors_for(**family);
      if (!errors.empty()) {
        return Fail(domain::Error::Invalid("The request cannot be made like this.", errors));
      }
      if (asked_already(*requests)) {
        return Fail(Code::kAlreadyExists,
                    "You asked to be added to this file already; the lead has not answered "
                    "yet.");
      }
      store::AppendRequest req{family_id, (*family)->head_seq, {}};
      req.events.push_back(
          MakeEvent(family_id, who.user.id, clock_.Now(),
                    events::JoinRequestMade{.id = id,
                                            .check_id = check_id,
                                            .role = domain::Trim(input.role),
                                            .message = domain::Trim(input.message)}));
      return req;
    });
    if (!head) return tl::unexpected(head.error());
    ids.push_back(id);
  }
  return ids;
}

Result<std::vector<domain::Team>> Stip::KnownCheckTeams(const Principal& who,
                                                        const std::string& check_id) {
  std::vector<domain::Team> teams;
  if (who.IsFamily() || who.user.admin || domain::Trim(check_id).empty()) return teams;
  auto families =
      signals_.MatchedFamilies(domain::Trim(check_id), who.user.id, "", CheckValidSince());
  if (!families) return tl::unexpected(families.error());
  for (const auto& family_id : *families) {
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*family) continue;
    const auto lead = domain::CurrentLead(**family);
    if (!lead) continue;
    auto pro = LoadProfessional(lead->user_id);
    if (!pro) return tl::unexpected(pro.error());
    if (!pro->team) continue;
    if (std::none_of(teams.begin(), teams.end(),
                     [&](const domain::Team& t) { return t.id == pro->team->id; })) {
      teams.push_back(*pro->team);
    }
  }
  return teams;
}

Status Stip::AcceptJoinRequest(const Principal& who, const std::string& family_id,
                               const std::string& request_id) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kManageInvolvements);
    if (!access) return tl::unexpected(access.error());
    auto requests = signals_.ListJoinRequests(family_id);
    if (!requests) return tl::unexpected(requests.error());
    const auto* r = Open(*requests, request_id);
    if (!r) return Fail(NoRequest());
    // The asker may have moved team, been disabled or joined since they asked.
    auto pro = LoadProfessional(r->user_id);
    if (!pro) return tl::unexpected(pro.error());
    auto errors =
        domain::CheckJoinRequest(access->family, r->user_id, pro->team, r->role, r->message);
    if (auto barred = domain::CheckMayBeInvolved(pro->user)) {
      errors.push_back({"user_id", std::move(*barred)});
    }
    if (!errors.empty()) {
      return Fail(Code::kFailedPrecondition,
                  "The professional cannot be added like this any more: " + errors.front().field +
                      " " + errors.front().message + ".");
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::JoinRequestAccepted{.id = request_id}));
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::InvolvementStarted{
                      .user_id = r->user_id, .role = r->role, .reason = kJoinedReason}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::DeclineJoinRequest(const Principal& who, const std::string& family_id,
                                const std::string& request_id, const std::string& words) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kManageInvolvements);
    if (!access) return tl::unexpected(access.error());
    auto requests = signals_.ListJoinRequests(family_id);
    if (!requests) return tl::unexpected(requests.error());
    if (!Open(*requests, request_id)) return Fail(NoRequest());
    auto errors = domain::CheckHandoverAnswer(words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The request cannot be declined like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::JoinRequestDeclined{.id = request_id, .words = domain::Trim(words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::ReadJoinRequests(const Principal& who, std::vector<domain::JoinRequest>& to_answer,
                              std::vector<domain::JoinRequest>& mine) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "Join requests are for professionals.");
  }
  auto to_lead = signals_.ListJoinRequestsToLead(who.user.id);
  if (!to_lead) return Fail(to_lead.error());
  for (const auto& r : *to_lead) {
    // The lead reads the family's name with the request: on the record.
    if (auto s = LogRead(who, r.family_id, "lead", "join_request", "verzoek om toe te voegen");
        !s) {
      return s;
    }
  }
  to_answer = std::move(*to_lead);
  auto by = signals_.ListJoinRequestsBy(who.user.id);
  if (!by) return Fail(by.error());
  mine = std::move(*by);
  for (auto& r : mine) {
    // Until the lead accepts, the asker learns nothing of the file but the team that holds it.
    if (r.status != "accepted") {
      r.family_id.clear();
      r.family_name.clear();
    }
    r.decided_by.clear();
  }
  return {};
}

}  // namespace stip::app
