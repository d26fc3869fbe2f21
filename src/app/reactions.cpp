// Use cases of reactions and corrections (DESIGN.md §2 rules 5 and 6): a family member reacts to
// an entry they can see; a professional answers a correction request, and an accepted one adds a
// correcting entry while the old one stays, marked corrected.
#include <utility>

#include "app/events.h"
#include "app/reactions_internal.h"
#include "app/stip.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

Result<std::string> Stip::React(const Principal& who, const std::string& family_id,
                                const std::string& entry_id, const NewReaction& input) {
  const auto kind = domain::ParseReactionKind(input.kind);
  std::vector<domain::FieldError> errors;
  if (!kind) {
    errors.push_back({"kind", domain::NotOneOf(domain::ValueList::kReactionKind)});
  }
  // "Dit klopt" needs no words; every other reaction says what is wrong or what the person says.
  const bool needs_text = kind && *kind != domain::ReactionKind::kUnderstood;
  if (auto p = domain::CheckText(input.text, kMaxReactionChars, needs_text, true)) {
    errors.push_back({"text", *p});
  }
  if (!errors.empty()) return Fail(domain::Error::Invalid("The reaction is not valid.", errors));
  const auto action = *kind == domain::ReactionKind::kCorrectionRequest
                          ? domain::Action::kRequestCorrection
                          : domain::Action::kReact;

  const std::string id = ids_.NewId("rea");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, action);
    if (!access) return tl::unexpected(access.error());
    const auto not_found = [&] {
      return Fail(Code::kNotFound, "There is no entry '" + entry_id + "' that you can see.");
    };
    auto entry = families_.FindEntry(family_id, entry_id);
    if (!entry) return tl::unexpected(entry.error());
    if (!*entry) return not_found();
    auto withholdings = reactions_.ListWithholdings(family_id);
    if (!withholdings) return tl::unexpected(withholdings.error());
    auto applicable = WithholdingsFor(families_, **entry, *withholdings);
    if (!applicable) return tl::unexpected(applicable.error());
    // Placed as the page places it: a correction reads for who read its first version.
    auto audience = AudienceFor(families_, **entry);
    if (!audience) return tl::unexpected(audience.error());
    const auto decision =
        domain::DecideEntry(access->family, access->query, *audience, *applicable);
    // Reactions only on an entry the person can read: a withheld or hidden entry takes none.
    if (decision.visibility == domain::Visibility::kNotShown) return not_found();
    if (decision.visibility == domain::Visibility::kWithheld) {
      return Fail(Code::kPermissionDenied,
                  "This entry is withheld from you, so you cannot react to it. You can object "
                  "to the withholding.");
    }
    const bool may = action == domain::Action::kRequestCorrection ? decision.may_request_correction
                                                                  : decision.may_react;
    if (!may) {
      return Fail(Code::kPermissionDenied, "You may not react to this entry (" +
                                               std::string(domain::ToString(decision.reason)) +
                                               ").");
    }
    events::ReactionAdded reaction{.id = id,
                                   .entry_id = entry_id,
                                   .member_id = MemberOf(who),
                                   .kind = std::string(domain::ToString(*kind)),
                                   .text = domain::Trim(input.text)};
    if (*kind == domain::ReactionKind::kCorrectionRequest) {
      reaction.deadline = domain::FormatDate(AddOneMonth(access->query.today));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now, reaction));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<std::string> Stip::AnswerCorrection(const Principal& who, const std::string& family_id,
                                           const std::string& reaction_id,
                                           const CorrectionAnswer& input) {
  std::vector<domain::FieldError> errors;
  if (auto p = domain::CheckText(input.answer, kMaxReactionChars, true, true)) {
    errors.push_back({"answer", *p});
  }
  std::optional<domain::EntryKind> kind;
  if (input.accepted && !input.kind.empty()) {
    kind = domain::ParseEntryKind(input.kind);
    if (!kind) {
      errors.push_back({"kind", domain::NotOneOf(domain::ValueList::kEntryKind)});
    }
  }
  if (input.accepted) {
    // The source may be left empty to keep the old one; it is checked once known.
    for (auto& e : domain::CheckEntry(input.source.empty() ? "-" : input.source, input.text,
                                      options_.max_text)) {
      errors.push_back(std::move(e));
    }
  }
  if (!errors.empty()) {
    return Fail(
        domain::Error::Invalid("The answer to the correction request is not valid.", errors));
  }
  const std::string correction_id = input.accepted ? ids_.NewId("ent") : std::string();
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAnswerCorrection);
    if (!access) return tl::unexpected(access.error());
    auto reaction = reactions_.FindReaction(family_id, reaction_id);
    if (!reaction) return tl::unexpected(reaction.error());
    if (!*reaction || (*reaction)->kind != domain::ReactionKind::kCorrectionRequest) {
      return Fail(Code::kNotFound,
                  "There is no correction request '" + reaction_id + "' in this family file.");
    }
    if ((*reaction)->status != domain::RequestStatus::kOpen) {
      return Fail(Code::kFailedPrecondition, "This correction request was answered already.");
    }
    const auto now = access->query.now;
    events::CorrectionAnswered answered{.reaction_id = reaction_id,
                                        .answer = domain::Trim(input.answer),
                                        .accepted = input.accepted};
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    if (!input.accepted) {
      req.events.push_back(MakeEvent(family_id, who.user.id, now, answered));
      return req;
    }
    auto old = families_.FindEntry(family_id, (*reaction)->entry_id);
    if (!old) return tl::unexpected(old.error());
    if (!*old) return Fail(Code::kInternal, "The entry of this correction request is missing.");
    if (!(*old)->corrected_by.empty()) {
      return Fail(Code::kFailedPrecondition,
                  "This entry was corrected already; answer the request without a new "
                  "correction, or correct the newest version.");
    }
    answered.correction_entry_id = correction_id;
    req.events.push_back(MakeEvent(family_id, who.user.id, now, answered));
    req.events.push_back(
        MakeEvent(family_id, who.user.id, now,
                  events::EntryCorrected{
                      .id = correction_id,
                      .corrects = (*old)->id,
                      .kind = std::string(domain::ToString(kind.value_or((*old)->kind))),
                      .source = input.source.empty() ? (*old)->source : domain::Trim(input.source),
                      .text = input.text}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  // The corrected entry is new for whoever reads it (SendEntryMails checks who does).
  if (input.accepted) MailNewEntry(family_id, correction_id);
  return correction_id;
}

}  // namespace stip::app
