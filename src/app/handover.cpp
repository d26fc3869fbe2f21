// The handover of the fixed face (issue 10): the lead proposes a colleague with a reason, the
// colleague accepts or declines, the lead may withdraw. The family reads who and why before it
// takes effect; access follows the involvements that handover.accepted changes.
#include <algorithm>
#include <utility>

#include "app/events.h"
#include "app/stip.h"
#include "domain/handover.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

// The handover `id` of the file that waits for an answer, or nullptr.
const domain::Handover* Waiting(const std::vector<domain::Handover>& all, const std::string& id) {
  for (const auto& h : all) {
    if (h.id == id && h.status == domain::HandoverStatus::kProposed) return &h;
  }
  return nullptr;
}

domain::Error NotOffered() {
  // The same answer whether the file exists, the handover exists, or it is someone else's:
  // a file is private to who has standing in it.
  return domain::Error{Code::kNotFound, "No handover waits for your answer here.", {}};
}

}  // namespace

Result<FixedFaceHistory> Stip::LoadFixedFace(const domain::Family& family) {
  auto all = families_.ListHandovers(family.id);
  if (!all) return tl::unexpected(all.error());
  FixedFaceHistory out;
  out.counts = domain::LeadHistoryOf(family, *all, clock_.Now());
  for (auto it = all->rbegin(); it != all->rend(); ++it) {
    auto from = LoadProfessional(it->from_user);
    if (!from) return tl::unexpected(from.error());
    auto to = LoadProfessional(it->to_user);
    if (!to) return tl::unexpected(to.error());
    HandoverView view{*it, std::move(*from), std::move(*to)};
    if (it->status == domain::HandoverStatus::kProposed && !out.pending) out.pending = view;
    if (it->status == domain::HandoverStatus::kAccepted && !out.last_accepted) {
      out.last_accepted = view;
    }
    out.all.push_back(std::move(view));
  }
  return out;
}

Result<std::string> Stip::ProposeHandover(const Principal& who, const std::string& family_id,
                                          const NewHandover& input) {
  const std::string id = ids_.NewId("hov");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kManageInvolvements);
    if (!access) return tl::unexpected(access.error());
    auto handovers = families_.ListHandovers(family_id);
    if (!handovers) return tl::unexpected(handovers.error());
    domain::HandoverProposal proposal;
    proposal.to_user_id = domain::Trim(input.to_user_id);
    if (!proposal.to_user_id.empty() && !proposal.to_user_id.starts_with("acc")) {
      auto pro = LoadProfessional(proposal.to_user_id);
      if (!pro && pro.error().code != Code::kNotFound) return tl::unexpected(pro.error());
      if (pro) {
        proposal.to_exists = true;
        proposal.to_team = pro->team;
        proposal.barred = domain::CheckMayBeInvolved(pro->user);
      }
    }
    proposal.reason = domain::ParseHandoverReason(domain::Trim(input.reason));
    proposal.words = input.words;
    proposal.warm = input.warm;
    proposal.meeting_date_text = input.meeting_date;
    auto errors = domain::CheckHandover(access->family, *handovers, proposal, access->query.today);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The handover cannot be proposed like this.", errors));
    }
    const bool warm = *input.warm;
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::HandoverProposed{.id = id,
                                 .to_user_id = proposal.to_user_id,
                                 .reason = std::string(domain::ToString(*proposal.reason)),
                                 .words = domain::Trim(input.words),
                                 .warm = warm,
                                 .meeting_date = warm ? domain::FormatDate(*domain::ParseDate(
                                                            domain::Trim(input.meeting_date)))
                                                      : std::string()}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Status Stip::AcceptHandover(const Principal& who, const std::string& family_id,
                            const std::string& handover_id) {
  if (who.IsFamily()) return Fail(NotOffered());
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*family) return Fail(NotOffered());
    auto handovers = families_.ListHandovers(family_id);
    if (!handovers) return tl::unexpected(handovers.error());
    const auto* h = Waiting(*handovers, handover_id);
    if (!h || h->to_user != who.user.id) return Fail(NotOffered());
    // The colleague may have moved team or been disabled since the proposal.
    auto me = LoadProfessional(who.user.id);
    if (!me) return tl::unexpected(me.error());
    if (domain::CheckMayBeInvolved(me->user) || !me->team ||
        me->team->kind != domain::TeamKind::kLocal) {
      return Fail(Code::kFailedPrecondition,
                  "Only a professional of a local team can become the fixed face.");
    }
    if (domain::ActiveRole(**family, who.user.id)) {
      return Fail(Code::kFailedPrecondition, "You are involved in this file already.");
    }
    store::AppendRequest req{family_id, (*family)->head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, clock_.Now(),
                                   events::HandoverAccepted{.id = handover_id}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::DeclineHandover(const Principal& who, const std::string& family_id,
                             const std::string& handover_id, const std::string& words) {
  if (who.IsFamily()) return Fail(NotOffered());
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*family) return Fail(NotOffered());
    auto handovers = families_.ListHandovers(family_id);
    if (!handovers) return tl::unexpected(handovers.error());
    const auto* h = Waiting(*handovers, handover_id);
    if (!h || h->to_user != who.user.id) return Fail(NotOffered());
    auto errors = domain::CheckHandoverAnswer(words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The handover cannot be declined like this.", errors));
    }
    store::AppendRequest req{family_id, (*family)->head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, clock_.Now(),
                  events::HandoverDeclined{.id = handover_id, .words = domain::Trim(words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::WithdrawHandover(const Principal& who, const std::string& family_id,
                              const std::string& handover_id, const std::string& words) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kManageInvolvements);
    if (!access) return tl::unexpected(access.error());
    auto handovers = families_.ListHandovers(family_id);
    if (!handovers) return tl::unexpected(handovers.error());
    if (!Waiting(*handovers, handover_id)) {
      return Fail(Code::kNotFound, "No handover with this id waits for an answer in this file.");
    }
    auto errors = domain::CheckHandoverAnswer(words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The handover cannot be withdrawn like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::HandoverWithdrawn{.id = handover_id, .words = domain::Trim(words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<std::vector<HandoverView>> Stip::HandoversOfferedTo(const Principal& who) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "Handovers are offered to professionals.");
  }
  auto offered = families_.ListHandoversTo(who.user.id);
  if (!offered) return tl::unexpected(offered.error());
  std::vector<HandoverView> out;
  for (auto& h : *offered) {
    auto from = LoadProfessional(h.from_user);
    if (!from) return tl::unexpected(from.error());
    auto to = LoadProfessional(h.to_user);
    if (!to) return tl::unexpected(to.error());
    // The family's name and the lead's words are about the family: on the record, like every
    // read of family data, with the purpose of a handover.
    if (auto r = LogRead(who, h.family_id, "proposed_lead", "handover_offer", "overdracht"); !r) {
      return tl::unexpected(r.error());
    }
    out.push_back({std::move(h), std::move(*from), std::move(*to)});
  }
  return out;
}

}  // namespace stip::app
