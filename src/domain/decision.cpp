#include "domain/decision.h"

#include <algorithm>
#include <set>
#include <utility>
#include <variant>

#include "domain/household.h"
#include "domain/local_time.h"
#include "domain/safety_map.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

void CheckWords(std::vector<FieldError>& out, const std::string& field, const std::string& words,
                std::size_t max, bool required) {
  if (auto p = CheckText(words, max, required, max > kMaxDecisionLineChars)) {
    out.emplace_back(field, std::move(*p));
  }
}

std::string At(std::string_view list, std::size_t i, std::string_view field) {
  return std::string(list) + "[" + std::to_string(i) + "]." + std::string(field);
}

}  // namespace

bool MayDecide(const Family& family, const std::string& user_id, Millis now) {
  return std::any_of(family.involvements.begin(), family.involvements.end(), [&](const auto& inv) {
    return inv.user_id == user_id &&
           (inv.role == InvolvementRole::kLead || inv.role == InvolvementRole::kDuo ||
            inv.role == InvolvementRole::kSecondOpinion) &&
           inv.started_at <= now && (!inv.ended_at || *inv.ended_at > now);
  });
}

namespace {}  // namespace

std::string_view ToString(DecisionKind v) {
  switch (v) {
    case DecisionKind::kPlanChange:
      return "plan_change";
    case DecisionKind::kHelpChange:
      return "help_change";
    case DecisionKind::kOutOfHomePlacement:
      return "out_of_home_placement";
    case DecisionKind::kRequestMeasure:
      return "request_measure";
    case DecisionKind::kRequestExtension:
      return "request_extension";
    case DecisionKind::kRequestEndCustody:
      return "request_end_custody";
    case DecisionKind::kEndContact:
      return "end_contact";
    case DecisionKind::kWrittenInstruction:
      return "written_instruction";
  }
  return "";
}

std::optional<DecisionKind> ParseDecisionKind(std::string_view s) {
  for (const auto k : kAllDecisionKinds) {
    if (ToString(k) == s) return k;
  }
  return std::nullopt;
}

bool IsHeavy(DecisionKind kind) {
  return kind != DecisionKind::kPlanChange && kind != DecisionKind::kHelpChange;
}

std::string_view ToString(DecisionState v) {
  switch (v) {
    case DecisionState::kDraft:
      return "draft";
    case DecisionState::kShared:
      return "shared";
    case DecisionState::kTaken:
      return "taken";
  }
  return "";
}

std::optional<DecisionState> ParseDecisionState(std::string_view s) {
  if (s == "draft") return DecisionState::kDraft;
  if (s == "shared") return DecisionState::kShared;
  if (s == "taken") return DecisionState::kTaken;
  return std::nullopt;
}

std::string_view ToString(Verdict v) {
  switch (v) {
    case Verdict::kAgree:
      return "agree";
    case Verdict::kAgreeWithConditions:
      return "agree_with_conditions";
    case Verdict::kDisagree:
      return "disagree";
  }
  return "";
}

std::optional<Verdict> ParseVerdict(std::string_view s) {
  if (s == "agree") return Verdict::kAgree;
  if (s == "agree_with_conditions") return Verdict::kAgreeWithConditions;
  if (s == "disagree") return Verdict::kDisagree;
  return std::nullopt;
}

std::vector<FieldError> CheckDraft(const Family& family, const DecisionContent& draft, Date today,
                                   Millis now,
                                   const std::function<bool(const std::string&)>& entry_exists) {
  std::vector<FieldError> errors;
  CheckWords(errors, "what", draft.what, kMaxDecisionTextChars, true);
  CheckWords(errors, "legal_ground", draft.legal_ground, kMaxDecisionLineChars, true);
  const auto too_many = [&](std::string_view field, std::size_t n) {
    if (n <= kMaxDecisionItems) return false;
    errors.push_back({std::string(field),
                      FieldCode::kTooMany,
                      "holds at most " + std::to_string(kMaxDecisionItems) + " items",
                      {{"max", static_cast<std::int64_t>(kMaxDecisionItems)}}});
    return true;
  };
  if (draft.facts.empty()) {
    errors.push_back({"facts", FieldCode::kTooFew, "needs at least one fact", {{"min", 1}}});
  } else if (!too_many("facts", draft.facts.size())) {
    for (std::size_t i = 0; i < draft.facts.size(); ++i) {
      const auto& f = draft.facts[i];
      CheckWords(errors, At("facts", i, "text"), f.text, kMaxDecisionTextChars, true);
      CheckWords(errors, At("facts", i, "source"), f.source, kMaxDecisionLineChars, true);
      const auto date = ParseDate(f.date);
      if (Trim(f.date).empty()) {
        errors.push_back({At("facts", i, "date"), Required()});
      } else if (!date) {
        errors.push_back({At("facts", i, "date"), NotADate()});
      } else if (*date > today) {
        errors.push_back({At("facts", i, "date"), DateInFuture()});
      }
      if (!Trim(f.entry_id).empty() && !entry_exists(Trim(f.entry_id))) {
        errors.push_back({At("facts", i, "entry_id"), UnknownId("entry of this file")});
      }
    }
  }
  if (!too_many("opinions", draft.opinions.size())) {
    for (std::size_t i = 0; i < draft.opinions.size(); ++i) {
      CheckWords(errors, At("opinions", i, "text"), draft.opinions[i].text, kMaxDecisionTextChars,
                 true);
      CheckWords(errors, At("opinions", i, "whose"), draft.opinions[i].whose, kMaxDecisionLineChars,
                 true);
    }
  }
  if (draft.alternatives.empty()) {
    errors.push_back(
        {"alternatives", FieldCode::kTooFew, "needs at least one alternative", {{"min", 1}}});
  } else if (!too_many("alternatives", draft.alternatives.size())) {
    for (std::size_t i = 0; i < draft.alternatives.size(); ++i) {
      CheckWords(errors, At("alternatives", i, "what"), draft.alternatives[i].what,
                 kMaxDecisionTextChars, true);
      CheckWords(errors, At("alternatives", i, "why_not"), draft.alternatives[i].why_not,
                 kMaxDecisionTextChars, true);
    }
  }
  if (draft.present.empty()) {
    errors.push_back({"present", FieldCode::kTooFew, "names at least one person", {{"min", 1}}});
  } else if (!too_many("present", draft.present.size())) {
    for (std::size_t i = 0; i < draft.present.size(); ++i) {
      CheckWords(errors, "present[" + std::to_string(i) + "]", draft.present[i],
                 kMaxDecisionLineChars, true);
    }
  }
  // Every child living in the household now: heard, or why not; once each.
  std::set<std::string> seen;
  for (std::size_t i = 0; i < draft.children.size(); ++i) {
    const auto& c = draft.children[i];
    const Member* m = FindMemberIn(family, Trim(c.member_id));
    const std::string field = At("children", i, "member_id");
    if (Trim(c.member_id).empty()) {
      errors.push_back({field, Required()});
    } else if (!m) {
      errors.push_back({field, NotAMember()});
    } else if (m->role != MemberRole::kChild) {
      errors.push_back({field, FieldCode::kInvalid, "is not a child of this family"});
    } else if (!seen.insert(m->id).second) {
      errors.push_back({field, FieldCode::kDuplicate, "is listed twice"});
    }
    CheckWords(errors, At("children", i, "how"), c.how, kMaxDecisionTextChars, true);
  }
  for (const auto& m : family.members) {
    if (m.role != MemberRole::kChild || m.left_on || seen.count(m.id)) continue;
    errors.push_back({"children", FieldCode::kInvalid,
                      "must say for every child whether and how they were heard, or why not: " +
                          m.id + " (" + m.name + ") is missing"});
  }
  if (Trim(draft.decider).empty()) {
    errors.push_back({"decider", Required()});
  } else if (!MayDecide(family, Trim(draft.decider), now)) {
    errors.push_back({"decider",
                      FieldCode::kUnknownId,
                      "must be a professional involved in this file as lead, duo or behavioural "
                      "scientist",
                      {{"of", std::string("professional involved in this file")}}});
  }
  return errors;
}

const SecondOpinion* CurrentSecondOpinion(const DecisionRecord& d) {
  const SecondOpinion* out = nullptr;
  for (const auto& o : d.opinions) {
    if (o.content_hash == d.content_hash && o.given_by != d.content.decider) out = &o;
  }
  return out;
}

std::optional<TakeBlock> WhyNotTake(const DecisionRecord& d) {
  if (d.state == DecisionState::kTaken) return TakeBlock::kTaken;
  if (d.state == DecisionState::kDraft) return TakeBlock::kNotShared;
  if (!IsHeavy(d.content.kind) || CurrentSecondOpinion(d)) return std::nullopt;
  const bool by_decider = std::any_of(d.opinions.begin(), d.opinions.end(), [&](const auto& o) {
    return o.content_hash == d.content_hash && o.given_by == d.content.decider;
  });
  if (by_decider) return TakeBlock::kOnlyByDecider;
  if (!d.opinions.empty()) return TakeBlock::kVoidedByChange;
  return TakeBlock::kNoSecondOpinion;
}

std::optional<Error> CheckMayTake(const DecisionRecord& d) {
  const auto block = WhyNotTake(d);
  if (!block) return std::nullopt;
  if (block == TakeBlock::kTaken) {
    return Error{Code::kFailedPrecondition, "This decision was taken already.", {}};
  }
  if (block == TakeBlock::kNotShared) {
    return Error{Code::kFailedPrecondition,
                 "Share the draft with the family first, so that they can give their view; a "
                 "decision is taken only after it was shared.",
                 {}};
  }
  if (block == TakeBlock::kOnlyByDecider) {
    return Error{Code::kFailedPrecondition,
                 "A heavy decision needs a second opinion (tegenspraak) by a behavioural "
                 "scientist who is not the decider; the only one on this version was given by "
                 "the decider.",
                 {}};
  }
  if (block == TakeBlock::kVoidedByChange) {
    return Error{Code::kFailedPrecondition,
                 "The second opinion (tegenspraak) was given on version " +
                     std::to_string(d.opinions.back().version) +
                     " of the draft; the draft changed since (now version " +
                     std::to_string(d.version) +
                     "), so that opinion no longer counts: ask the behavioural scientist for a "
                     "new second opinion on this version.",
                 {}};
  }
  return Error{Code::kFailedPrecondition,
               "A heavy decision cannot be taken without a second opinion (tegenspraak): a "
               "behavioural scientist involved in this file, who is not the decider, records it "
               "first (POST .../decisions/{id}/second-opinions).",
               {}};
}

std::optional<Error> CheckSecondOpinionGiver(const Family& family, const AccessQuery& query,
                                             const DecisionRecord& d) {
  const auto* pro = std::get_if<ProfessionalViewer>(&query.viewer);
  const bool scientist =
      pro && Decide(family, query, Action::kAddEntry).allowed &&
      std::any_of(family.involvements.begin(), family.involvements.end(), [&](const auto& inv) {
        return inv.user_id == pro->user_id && inv.role == InvolvementRole::kSecondOpinion &&
               inv.started_at <= query.now && (!inv.ended_at || *inv.ended_at > query.now);
      });
  if (!scientist) {
    return Error{Code::kPermissionDenied,
                 "Only a behavioural scientist (gedragswetenschapper) involved in this file as "
                 "second opinion gives a second opinion.",
                 {}};
  }
  if (pro->user_id == d.content.decider) {
    return Error{Code::kFailedPrecondition,
                 "The decider cannot give the second opinion on their own decision: another "
                 "behavioural scientist gives it, or the draft names another decider.",
                 {}};
  }
  if (d.state == DecisionState::kTaken) {
    return Error{Code::kFailedPrecondition, "This decision was taken already.", {}};
  }
  return std::nullopt;
}

std::vector<FieldError> CheckSecondOpinion(std::optional<Verdict> verdict,
                                           const std::string& reasons,
                                           const std::string& conditions) {
  std::vector<FieldError> errors;
  if (!verdict) errors.push_back({"verdict", NotOneOf(ValueList::kVerdict)});
  CheckWords(errors, "reasons", reasons, kMaxDecisionTextChars, true);
  CheckWords(errors, "conditions", conditions, kMaxDecisionTextChars,
             verdict == Verdict::kAgreeWithConditions);
  if (verdict && verdict != Verdict::kAgreeWithConditions && !Trim(conditions).empty()) {
    errors.push_back(
        {"conditions", FieldCode::kInvalid, "is only for the verdict agree_with_conditions"});
  }
  return errors;
}

std::optional<Error> CheckMayWriteView(const DecisionRecord& d) {
  if (d.state == DecisionState::kTaken) {
    return Error{Code::kFailedPrecondition,
                 "This decision was taken already: a view is written while it is shared with "
                 "the family. You may still react to it or object (see your rights).",
                 {}};
  }
  if (d.state == DecisionState::kDraft) {
    return Error{Code::kFailedPrecondition,
                 "This decision is not shared with the family yet: a view is written once it is "
                 "shared.",
                 {}};
  }
  return std::nullopt;
}

std::vector<FieldError> CheckView(const Family& family, const std::string& member_id,
                                  const std::string& words) {
  std::vector<FieldError> errors;
  const Member* m = FindMemberIn(family, Trim(member_id));
  if (Trim(member_id).empty()) {
    errors.push_back({"member_id", Required()});
  } else if (!m) {
    errors.push_back({"member_id", NotAMember()});
  } else if (HasLeftHousehold(*m)) {
    errors.push_back({"member_id", FieldCode::kMemberHasLeft, "has left the household already"});
  }
  CheckWords(errors, "words", words, kMaxDecisionTextChars, true);
  return errors;
}

Decision DecideDecisionEditor(const Family& family, const AccessQuery& query) {
  return DecideMapEditor(family, query);
}

Decision DecideDecisions(const Family& family, const AccessQuery& query) {
  return DecideSafetyMap(family, query);
}

std::vector<DecisionRecord> VisibleDecisions(const Family& family, const AccessQuery& query,
                                             const std::vector<DecisionRecord>& all) {
  std::vector<DecisionRecord> out;
  const bool member = std::holds_alternative<MemberViewer>(query.viewer);
  for (const auto& d : all) {
    if (member) {
      if (d.state == DecisionState::kDraft) continue;
      // As an entry about the whole household, written when it was shared with the family.
      const EntryAudience entry{d.id, {}, std::nullopt, d.seq, AmsterdamDate(d.shared_at)};
      if (DecideEntry(family, query, entry, {}).visibility != Visibility::kVisible) continue;
    }
    DecisionRecord copy = d;
    std::erase_if(copy.views, [&](const FamilyView& v) {
      return !MayReadVoiceOf(family, query, ParticipantKind::kMember, v.member_id);
    });
    if (member) {
      // How a young person of 16+ was heard is theirs, as their own view is.
      for (auto& ch : copy.content.children) {
        if (!MayReadVoiceOf(family, query, ParticipantKind::kMember, ch.member_id)) ch.how.clear();
      }
      // The file's own entries are linked for professionals; to a member a link would tell that
      // an entry exists, also one withheld from them. The fact itself stays.
      for (auto& f : copy.content.facts) f.entry_id.clear();
      // Second opinions on drafts the family never saw (before it was shared) are not theirs.
      std::erase_if(copy.opinions, [&](const SecondOpinion& o) {
        return o.version != copy.version && o.given_at < copy.shared_at;
      });
    }
    out.push_back(std::move(copy));
  }
  return out;
}

const DecisionRecord* FindDecision(const std::vector<DecisionRecord>& all, std::string_view id) {
  for (const auto& d : all) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

}  // namespace stip::domain
