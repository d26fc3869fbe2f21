#include "domain/access.h"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/emergency_actions.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

constexpr Millis kMillisPerDay = 86'400'000;

// Where the viewer stands in this file today. Every decision starts from here, so the age and
// custody rules are applied in one place.
enum class Standing {
  kUnknown,
  kNotInvolved,
  kInvolvementEnded,
  kEmergencyNeedsReason,
  kInvolved,
  kEmergency,
  kYoungChild,            // under the own-access age (12)
  kChildWithOwnAccess,    // 12 to 15
  kYoungPerson,           // 16 and older: decides about own information
  kParentWithCustody,     // parent or carer with custody of a child under 18
  kParentWithoutCustody,  // a parent without custody: summary only
  kOtherAdult,            // other adults, and carers without custody
};

struct Who {
  Standing standing = Standing::kUnknown;
  InvolvementRole role = InvolvementRole::kLead;  // kInvolved only
  const Member* member = nullptr;                 // member standings only
};

Decision Yes(Reason reason, bool emergency = false) { return {true, reason, emergency}; }
Decision No(Reason reason) { return {false, reason, false}; }

const Member* FindMember(const Family& family, std::string_view id) {
  for (const auto& m : family.members) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

bool IsParentOrCarer(const Member& m) {
  return m.role == MemberRole::kParent || m.role == MemberRole::kCarer;
}

bool IsYoungPerson(const Member& m, const Date& today, const AccessPolicy& policy) {
  return m.role == MemberRole::kChild &&
         AgeOn(m.birth_date, today) >= policy.young_person_decides_age;
}

// Custody counts for a child under 18 only: gezag ends at majority even if the record lingers.
bool HasCustodyOf(const Family& family, const Member& parent, const Member& child,
                  const AccessQuery& query) {
  if (!IsParentOrCarer(parent) || child.role != MemberRole::kChild ||
      AgeOn(child.birth_date, query.today) >= query.policy.majority_age) {
    return false;
  }
  return std::any_of(family.custody.begin(), family.custody.end(), [&](const Custody& c) {
    return c.has_custody && c.parent_id == parent.id && c.child_id == child.id;
  });
}

bool HasCustodyOfAnyChild(const Family& family, const Member& parent, const AccessQuery& query) {
  return std::any_of(family.members.begin(), family.members.end(),
                     [&](const Member& m) { return HasCustodyOf(family, parent, m, query); });
}

bool HasConsent(const AccessQuery& query, std::string_view young_person_id,
                std::string_view member_id) {
  return std::any_of(query.consents.begin(), query.consents.end(), [&](const Consent& c) {
    return c.young_person_id == young_person_id && c.member_id == member_id &&
           Holds(c, query.today);
  });
}

bool IsActive(const Involvement& involvement, Millis now) {
  return involvement.started_at <= now && (!involvement.ended_at || now < *involvement.ended_at);
}

Who IdentifyProfessional(const Family& family, const ProfessionalViewer& viewer,
                         const AccessQuery& query) {
  Who who;
  if (viewer.user_id.empty()) return who;
  bool ended = false;
  for (const auto& inv : family.involvements) {
    if (inv.user_id != viewer.user_id) continue;
    if (IsActive(inv, query.now)) {
      // A lead involvement outranks a duo one if both are on record.
      if (who.standing != Standing::kInvolved || inv.role == InvolvementRole::kLead) {
        who.standing = Standing::kInvolved;
        who.role = inv.role;
      }
    } else if (inv.ended_at && *inv.ended_at <= query.now) {
      ended = true;
    }
  }
  if (who.standing == Standing::kInvolved) return who;
  if (viewer.break_glass && query.policy.allow_emergency_access) {
    who.standing = Trim(viewer.emergency_reason).empty() ? Standing::kEmergencyNeedsReason
                                                         : Standing::kEmergency;
    return who;
  }
  who.standing = ended ? Standing::kInvolvementEnded : Standing::kNotInvolved;
  return who;
}

bool HasLeft(const Member& m, const Date& today) { return m.left_on && *m.left_on <= today; }

Who IdentifyMember(const Family& family, const MemberViewer& viewer, const AccessQuery& query) {
  Who who;
  who.member = FindMember(family, viewer.member_id);
  if (!who.member) return who;
  const Member& m = *who.member;
  if (HasLeft(m, query.today) && m.role != MemberRole::kChild) {
    // An adult who left the household reads its file no more from that day; custody (gezag)
    // does not end by moving out, so a parent or carer keeps what custody gives, and a legal
    // parent keeps the right to important information (DESIGN.md §4). A child who left (placed
    // elsewhere, moved out at 17) keeps their own access to what is about them: EntryBasis
    // leaves out what is written about the household after they left.
    if (m.role == MemberRole::kParent || m.role == MemberRole::kCarer) {
      if (HasCustodyOfAnyChild(family, m, query)) {
        who.standing = Standing::kParentWithCustody;
      } else if (m.role == MemberRole::kParent) {
        who.standing = Standing::kParentWithoutCustody;
      }
    }
    return who;
  }
  const int age = AgeOn(m.birth_date, query.today);
  switch (m.role) {
    case MemberRole::kChild:
      who.standing = age < query.policy.own_access_age             ? Standing::kYoungChild
                     : age < query.policy.young_person_decides_age ? Standing::kChildWithOwnAccess
                                                                   : Standing::kYoungPerson;
      break;
    case MemberRole::kParent:
      who.standing = HasCustodyOfAnyChild(family, m, query) ? Standing::kParentWithCustody
                                                            : Standing::kParentWithoutCustody;
      break;
    case MemberRole::kCarer:
      // The summary right is a legal parent's; a carer without custody is another adult.
      who.standing = HasCustodyOfAnyChild(family, m, query) ? Standing::kParentWithCustody
                                                            : Standing::kOtherAdult;
      break;
    case MemberRole::kOtherAdult:
      who.standing = Standing::kOtherAdult;
      break;
  }
  return who;
}

Who Identify(const Family& family, const AccessQuery& query) {
  if (const auto* pro = std::get_if<ProfessionalViewer>(&query.viewer)) {
    return IdentifyProfessional(family, *pro, query);
  }
  return IdentifyMember(family, std::get<MemberViewer>(query.viewer), query);
}

std::optional<Reason> StandingDenial(Standing standing) {
  switch (standing) {
    case Standing::kUnknown:
      return Reason::kUnknownViewer;
    case Standing::kNotInvolved:
      return Reason::kNotInvolved;
    case Standing::kInvolvementEnded:
      return Reason::kInvolvementEnded;
    case Standing::kEmergencyNeedsReason:
      return Reason::kEmergencyNeedsReason;
    default:
      return std::nullopt;
  }
}

bool IsProfessional(Standing s) { return s == Standing::kInvolved || s == Standing::kEmergency; }

bool IsFamilyAction(Action a) {
  return a == Action::kReact || a == Action::kRequestCorrection ||
         a == Action::kObjectToWithholding || a == Action::kDownloadCopy ||
         a == Action::kManageConsent || a == Action::kShareWithNetwork || a == Action::kViewShared;
}

bool IsProfessionalAction(Action a) {
  return a == Action::kAddEntry || a == Action::kAnswerCorrection || a == Action::kWithhold ||
         a == Action::kAnswerObjection || a == Action::kInviteMember ||
         a == Action::kChangeHousehold || a == Action::kManageInvolvements;
}

Decision DecideProfessional(const Who& who, Action action) {
  if (IsFamilyAction(action)) return No(Reason::kFamilyOnly);
  if (who.standing == Standing::kEmergency) {
    // Breaking the glass is for reading in an emergency, never for changing the file: only the
    // reads on the allow-list (domain/emergency_actions.h), whatever actions are added later.
    if (!IsEmergencyReadAction(action)) return No(Reason::kEmergencyReadOnly);
    return Yes(Reason::kEmergency, true);
  }
  // No default: a new involvement role (second opinion, legal aid, trusted person) must be
  // decided here, and -Wswitch with -Werror points at this line until it is.
  switch (who.role) {
    case InvolvementRole::kLead:
      return Yes(Reason::kInvolved);
    case InvolvementRole::kDuo:
      // The duo runs the file beside the lead (household facts too); who else joins is the
      // lead's, like who gets an account.
      return action == Action::kInviteMember || action == Action::kManageInvolvements
                 ? No(Reason::kLeadOnly)
                 : Yes(Reason::kInvolved);
    case InvolvementRole::kSecondOpinion:
      // The second opinion (tegenspraak) needs the whole file and is written as an entry; it
      // is not a say in who reads what or who belongs to the household.
      if (IsProfessionalAction(action) && action != Action::kAddEntry) {
        return No(Reason::kSecondOpinionAdvises);
      }
      return Yes(Reason::kInvolved);
    case InvolvementRole::kPreviousLead:
      // The old fixed face during a warm handover: reads and writes (the joint meeting, what
      // the new lead should know); running the file is the new lead's.
      if (IsProfessionalAction(action) && action != Action::kAddEntry) {
        return No(Reason::kLeadOnly);
      }
      return Yes(Reason::kInvolved);
  }
  return No(Reason::kNotInvolved);
}

Decision ChildViewFor(const Family& family, const AccessQuery& query, const Who& who,
                      const Member& child) {
  if (IsProfessional(who.standing)) return DecideProfessional(who, Action::kViewChildView);
  const Member& viewer = *who.member;
  if (viewer.id == child.id) return Yes(Reason::kChildView);
  if (who.standing == Standing::kParentWithoutCustody) return No(Reason::kSummaryOnly);
  if (!IsParentOrCarer(viewer)) return No(Reason::kNotConcerned);
  if (IsYoungPerson(child, query.today, query.policy)) {
    if (HasConsent(query, child.id, viewer.id)) return Yes(Reason::kYoungPersonConsent);
    return No(HasCustodyOf(family, viewer, child, query) ? Reason::kYoungPersonsOwnInformation
                                                         : Reason::kNotConcerned);
  }
  if (HasCustodyOf(family, viewer, child, query)) return Yes(Reason::kParentWithCustody);
  return No(Reason::kNotConcerned);
}

// The file-level child view: allowed when at least one child's view is.
Decision AnyChildView(const Family& family, const AccessQuery& query, const Who& who) {
  std::optional<Decision> first_no;
  for (const auto& m : family.members) {
    if (m.role != MemberRole::kChild) continue;
    const Decision d = ChildViewFor(family, query, who, m);
    if (d.allowed) return d;
    if (!first_no) first_no = d;
  }
  return first_no.value_or(No(Reason::kNotConcerned));
}

Decision DecideMember(const Family& family, const AccessQuery& query, const Who& who,
                      Action action) {
  if (IsProfessionalAction(action)) return No(Reason::kProfessionalsOnly);
  if (action == Action::kViewChildView) return AnyChildView(family, query, who);
  // Issue 10: a parent or carer with custody shares with the network; a young person of 16+
  // shares their own information. The shared page is the network member's, not a member's.
  if (action == Action::kViewShared) return No(Reason::kNotConcerned);
  if (action == Action::kShareWithNetwork) {
    if (who.standing == Standing::kParentWithCustody) return Yes(Reason::kParentWithCustody);
    if (who.standing == Standing::kYoungPerson) return Yes(Reason::kOwnAccess);
    return No(Reason::kCannotShare);
  }
  if (action == Action::kManageConsent) {
    if (who.standing == Standing::kYoungPerson) return Yes(Reason::kOwnAccess);
    if (who.member->role == MemberRole::kChild) return No(Reason::kUnder16CannotConsent);
    return No(Reason::kNotTheYoungPerson);
  }
  switch (who.standing) {
    case Standing::kYoungChild:
      return No(Reason::kUnder12ChildView);
    case Standing::kChildWithOwnAccess:
    case Standing::kYoungPerson:
      return Yes(Reason::kOwnAccess);
    case Standing::kParentWithCustody:
      return Yes(Reason::kParentWithCustody);
    case Standing::kParentWithoutCustody:
      // A copy of what they may see is a copy of the summary.
      if (action == Action::kViewSummary || action == Action::kDownloadCopy) {
        return Yes(Reason::kSummaryRight);
      }
      return No(Reason::kSummaryOnly);
    case Standing::kOtherAdult:
      // The summary is important information about the children; another adult has no
      // right to it, only to the entries that concern them.
      if (action == Action::kViewSummary) return No(Reason::kNotConcerned);
      return Yes(Reason::kOwnAccess);
    default:
      return No(Reason::kUnknownViewer);
  }
}

// A confidential mark counts only for a young person of 16+ on the day of reading; for a
// younger child a legal ground (a Withholding) is needed instead.
const Member* ConfidentialOwner(const Family& family, const AccessQuery& query,
                                const EntryAudience& entry) {
  if (!entry.confidential_of) return nullptr;
  const Member* owner = FindMember(family, *entry.confidential_of);
  return owner && IsYoungPerson(*owner, query.today, query.policy) ? owner : nullptr;
}

// Why this member may read this entry, before withholdings: it concerns them, they hold
// custody of a child under 16 it concerns, or a young person of 16+ it concerns consented.
// An entry about the whole household is for who lived in it when it was written: not for a
// member who joined later (a new partner does not read the family's history), nor, for what is
// written from the day they left, for a member who moved out. What names them, or a child of
// theirs, they still read (EntryBasis).
Decision HouseholdEntryBasis(const AccessQuery& query, const Member& viewer,
                             const EntryAudience& entry) {
  if (entry.seq > 0 && viewer.joined_seq > 0 && entry.seq < viewer.joined_seq) {
    return No(Reason::kWrittenBeforeJoining);
  }
  const Date written = entry.written_on.value_or(query.today);
  if (viewer.left_on && *viewer.left_on <= written) return No(Reason::kWrittenAfterLeaving);
  return Yes(Reason::kOwnAccess);
}

Decision EntryBasis(const Family& family, const AccessQuery& query, const Member& viewer,
                    const EntryAudience& entry) {
  if (const Member* owner = ConfidentialOwner(family, query, entry)) {
    if (owner->id == viewer.id) return Yes(Reason::kOwnAccess);
    if (IsParentOrCarer(viewer) && HasConsent(query, owner->id, viewer.id)) {
      return Yes(Reason::kYoungPersonConsent);
    }
    return No(Reason::kYoungPersonsOwnInformation);
  }
  const auto& c = entry.concerns;
  if (c.empty()) return HouseholdEntryBasis(query, viewer, entry);
  if (std::find(c.begin(), c.end(), viewer.id) != c.end()) return Yes(Reason::kOwnAccess);
  if (!IsParentOrCarer(viewer)) return No(Reason::kNotConcerned);
  Reason denial = Reason::kNotConcerned;
  bool consented = false;
  for (const auto& id : c) {
    const Member* child = FindMember(family, id);
    if (!child || child->role != MemberRole::kChild) continue;
    if (!IsYoungPerson(*child, query.today, query.policy)) {
      if (HasCustodyOf(family, viewer, *child, query)) return Yes(Reason::kParentWithCustody);
    } else if (HasConsent(query, child->id, viewer.id)) {
      consented = true;
    } else if (HasCustodyOf(family, viewer, *child, query)) {
      denial = Reason::kYoungPersonsOwnInformation;
    }
  }
  return consented ? Yes(Reason::kYoungPersonConsent) : No(denial);
}

bool Concerns(const Family& family, const EntryAudience& entry, const Member& m) {
  if (entry.concerns.empty()) return FindMember(family, m.id) != nullptr;
  return std::find(entry.concerns.begin(), entry.concerns.end(), m.id) != entry.concerns.end();
}

void AddIf(std::vector<FieldError>& out, std::string field, std::optional<Problem> p) {
  if (p) out.emplace_back(std::move(field), std::move(*p));
}

Problem NotYoungPerson(int age) {
  return {FieldCode::kNotYoungPerson,
          "must be a young person of " + std::to_string(age) + " or older in this family",
          {{"age", std::int64_t{age}}}};
}

// Whom a withholding names: the whole household, or one or more distinct members. A ground that
// protects a third party holds for everyone unless a written reason says why fewer will do:
// one member left reading is enough to pass the reporter's name on.
void CheckWithheldFrom(const Family& family, const Withholding& w,
                       std::vector<FieldError>& errors) {
  const bool named = !w.member_id.empty() || !w.member_ids.empty();
  if (w.whole_household && named) {
    errors.push_back({w.member_ids.empty() ? "member_id" : "member_ids", FieldCode::kInvalid,
                      "name no members when it is withheld from the whole household"});
  }
  std::set<std::string> seen;
  if (!w.member_id.empty() || (!w.whole_household && w.member_ids.empty())) {
    if (!FindMember(family, w.member_id)) errors.push_back({"member_id", NotAMember()});
    seen.insert(w.member_id);
  }
  for (std::size_t i = 0; i < w.member_ids.size(); ++i) {
    const std::string at = "member_ids[" + std::to_string(i) + "]";
    if (!FindMember(family, w.member_ids[i])) {
      errors.push_back({at, NotAMember()});
    } else if (!seen.insert(w.member_ids[i]).second) {
      errors.push_back({at, FieldCode::kDuplicate, "is listed twice"});
    }
  }
}

// Checked last, so the errors of before issue 13 keep their order.
void CheckNarrowing(const Withholding& w, std::vector<FieldError>& errors) {
  const bool named = !w.member_id.empty() || !w.member_ids.empty();
  AddIf(errors, "narrowing_reason",
        CheckText(w.narrowing_reason, kMaxWithholdingReasonChars, false, true));
  if (w.ground == WithholdingGround::kProtectsThirdPerson && !w.whole_household && named &&
      Trim(w.narrowing_reason).empty()) {
    errors.push_back({"narrowing_reason", FieldCode::kNarrowingNeedsReason,
                      "this ground protects someone else and holds for the whole household; "
                      "say why it is withheld from these members only"});
  }
}

}  // namespace

Decision Decide(const Family& family, const AccessQuery& query, Action action) {
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    return DecideNetwork(family, query, action);
  }
  const Who who = Identify(family, query);
  if (auto denial = StandingDenial(who.standing)) return No(*denial);
  if (IsProfessional(who.standing)) return DecideProfessional(who, action);
  return DecideMember(family, query, who, action);
}

Decision DecideChildView(const Family& family, const AccessQuery& query,
                         std::string_view child_id) {
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    return DecideNetwork(family, query, Action::kViewChildView);
  }
  const Who who = Identify(family, query);
  if (auto denial = StandingDenial(who.standing)) return No(*denial);
  const Member* child = FindMember(family, child_id);
  if (!child || child->role != MemberRole::kChild) return No(Reason::kNotConcerned);
  return ChildViewFor(family, query, who, *child);
}

EntryDecision DecideEntry(const Family& family, const AccessQuery& query,
                          const EntryAudience& entry, std::span<const Withholding> withholdings) {
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    return DecideNetworkEntry(family, query, entry, withholdings);
  }
  EntryDecision out;
  const Who who = Identify(family, query);
  if (auto denial = StandingDenial(who.standing)) {
    out.reason = *denial;
    return out;
  }
  // Withholdings are towards family members; involved professionals read every entry.
  if (IsProfessional(who.standing)) {
    const Decision d = DecideProfessional(who, Action::kViewEntries);
    out.visibility = Visibility::kVisible;
    out.reason = d.reason;
    out.emergency = d.emergency;
    return out;
  }
  const Decision file = DecideMember(family, query, who, Action::kViewEntries);
  if (!file.allowed) {
    out.reason = file.reason;
    return out;
  }
  // An entry the member may not read at all gets no placeholder: that would tell them it
  // exists. Only an entry they would otherwise see shows as withheld.
  const Decision basis = EntryBasis(family, query, *who.member, entry);
  if (!basis.allowed) {
    out.reason = basis.reason;
    return out;
  }
  for (const auto& w : withholdings) {
    if (w.entry_id == entry.entry_id && AppliesTo(w, who.member->id) &&
        InForce(w, query.today, query.policy)) {
      out.withholdings.push_back(w);
    }
  }
  if (!out.withholdings.empty()) {
    out.visibility = Visibility::kWithheld;
    out.reason = Reason::kWithheld;
    out.may_object = DecideMember(family, query, who, Action::kObjectToWithholding).allowed;
    return out;
  }
  out.visibility = Visibility::kVisible;
  out.reason = basis.reason;
  out.may_react = DecideMember(family, query, who, Action::kReact).allowed;
  out.may_request_correction = DecideMember(family, query, who, Action::kRequestCorrection).allowed;
  return out;
}

std::vector<EntryReader> EntryReaders(const Family& family, const AccessQuery& query,
                                      const EntryAudience& entry,
                                      std::span<const Withholding> withholdings) {
  std::vector<EntryReader> out;
  AccessQuery as_member = query;
  for (const auto& m : family.members) {
    as_member.viewer = MemberViewer{m.id};
    const EntryDecision d = DecideEntry(family, as_member, entry, withholdings);
    out.push_back({m.id, d.visibility, d.reason});
  }
  return out;
}

bool AppliesTo(const Withholding& withholding, std::string_view member_id) {
  if (member_id.empty()) return false;
  if (withholding.whole_household || withholding.member_id == member_id) return true;
  const auto& ids = withholding.member_ids;
  return std::find(ids.begin(), ids.end(), member_id) != ids.end();
}

std::vector<Withholding> WithheldTowards(const AccessQuery& query, std::string_view item_id,
                                         std::span<const Withholding> withholdings) {
  std::vector<Withholding> out;
  const auto* member = std::get_if<MemberViewer>(&query.viewer);
  if (!member) return out;
  for (const auto& w : withholdings) {
    if (w.entry_id == item_id && AppliesTo(w, member->member_id) &&
        InForce(w, query.today, query.policy)) {
      out.push_back(w);
    }
  }
  return out;
}

bool MarkWithheld(const AccessQuery& query, const std::string& item_id,
                  std::span<const Withholding> withholdings, WithheldItems& out) {
  if (withholdings.empty()) return false;
  if (std::holds_alternative<ProfessionalViewer>(query.viewer)) {
    auto all = WithholdingsOf(item_id, withholdings);
    if (!all.empty()) out[item_id] = std::move(all);
    return false;
  }
  auto held = WithheldTowards(query, item_id, withholdings);
  if (held.empty()) return false;
  // The member sees a withholding as it concerns them, not whom else it names.
  for (auto& w : held) {
    w.member_id = std::get<MemberViewer>(query.viewer).member_id;
    w.member_ids.clear();
    w.whole_household = false;
    w.narrowing_reason.clear();
  }
  out[item_id] = std::move(held);
  return true;
}

std::vector<Withholding> WithholdingsOf(std::string_view item_id,
                                        std::span<const Withholding> withholdings) {
  std::vector<Withholding> out;
  for (const auto& w : withholdings) {
    if (w.entry_id == item_id) out.push_back(w);
  }
  return out;
}

std::vector<std::string> NamedMembers(const Withholding& withholding) {
  std::vector<std::string> out;
  if (!withholding.member_id.empty()) out.push_back(withholding.member_id);
  out.insert(out.end(), withholding.member_ids.begin(), withholding.member_ids.end());
  return out;
}

Decision DecideObjectionAnswer(const Family& family, const AccessQuery& query,
                               const Withholding& withholding) {
  const Decision d = Decide(family, query, Action::kAnswerObjection);
  if (!d.allowed) return d;
  const auto& pro = std::get<ProfessionalViewer>(query.viewer);
  if (pro.user_id == withholding.decided_by) return No(Reason::kDecidedItYourself);
  return d;
}

std::string_view AccessRole(const Family& family, const AccessQuery& query) {
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    return DecideNetwork(family, query, Action::kViewShared).allowed ? "network" : "";
  }
  const Who who = Identify(family, query);
  if (StandingDenial(who.standing)) return "";
  if (who.standing == Standing::kInvolved) return ToString(who.role);
  if (who.standing == Standing::kEmergency) return "emergency";
  return ToString(who.member->role);
}

Date LapseDate(const Withholding& withholding, const AccessPolicy& policy) {
  if (withholding.ground != WithholdingGround::kRunningInvestigation) {
    return withholding.review_date;
  }
  // Counted from the UTC date of the first decision: at worst a few hours early, never late.
  const Date limit =
      DateOf(withholding.decided_at + Millis{policy.investigation_max_days} * kMillisPerDay);
  return std::min(withholding.review_date, limit);
}

bool InForce(const Withholding& withholding, const Date& today, const AccessPolicy& policy) {
  return !withholding.lifted && today < LapseDate(withholding, policy);
}

bool Holds(const Consent& consent, const Date& today) {
  return consent.given_on <= today && (!consent.valid_until || today <= *consent.valid_until);
}

std::vector<FieldError> CheckEntryAudience(const Family& family, const EntryAudience& entry,
                                           const Date& today, const AccessPolicy& policy) {
  std::vector<FieldError> errors;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < entry.concerns.size(); ++i) {
    const std::string at = "concerns[" + std::to_string(i) + "]";
    if (!FindMember(family, entry.concerns[i])) {
      errors.push_back({at, NotAMember()});
    } else if (!seen.insert(entry.concerns[i]).second) {
      errors.push_back({at, FieldCode::kDuplicate, "is listed twice"});
    }
  }
  if (entry.confidential_of) {
    const Member* owner = FindMember(family, *entry.confidential_of);
    if (!owner || !IsYoungPerson(*owner, today, policy)) {
      errors.push_back({"confidential_of", NotYoungPerson(policy.young_person_decides_age)});
    } else if (!Concerns(family, entry, *owner)) {
      errors.push_back({"confidential_of", FieldCode::kNotConcerned,
                        "the entry must concern this young person"});
    }
  }
  return errors;
}

std::vector<FieldError> CheckWithholding(const Family& family, const EntryAudience& entry,
                                         const Withholding& withholding, const Date& today,
                                         const AccessPolicy& policy) {
  std::vector<FieldError> errors;
  const Withholding& w = withholding;
  if (w.entry_id != entry.entry_id) {
    errors.push_back({"entry_id", FieldCode::kDoesNotMatch, "does not match the entry"});
  }
  CheckWithheldFrom(family, w, errors);
  AddIf(errors, "reason", CheckText(w.reason, kMaxWithholdingReasonChars, true, true));
  if (Trim(w.decided_by).empty()) {
    errors.push_back({"decided_by", Required("is required: the professional who decides")});
  }
  if (w.review_date <= today) {
    errors.push_back({"review_date",
                      FieldCode::kDateNotAfterToday,
                      "must lie after today",
                      {{"today", FormatDate(today)}}});
  } else if (w.ground == WithholdingGround::kRunningInvestigation &&
             LapseDate(w, policy) < w.review_date) {
    errors.push_back({"review_date",
                      FieldCode::kInvestigationTooLong,
                      "a withholding for a running investigation lasts at most " +
                          std::to_string(policy.investigation_max_days) +
                          " days after it was first decided",
                      {{"max_days", std::int64_t{policy.investigation_max_days}}}});
  }
  const auto concerned_child = [&](bool young_person_only) {
    return std::any_of(family.members.begin(), family.members.end(), [&](const Member& m) {
      return m.role == MemberRole::kChild && Concerns(family, entry, m) &&
             (!young_person_only || (IsYoungPerson(m, today, policy) && !AppliesTo(w, m.id)));
    });
  };
  if (w.ground == WithholdingGround::kYoungPersonConfidential && !concerned_child(true)) {
    errors.push_back({"ground",
                      FieldCode::kGroundNeedsYoungPerson,
                      "is only for information of a young person of " +
                          std::to_string(policy.young_person_decides_age) +
                          " or older, withheld from someone else",
                      {{"age", std::int64_t{policy.young_person_decides_age}}}});
  }
  if (w.ground == WithholdingGround::kSeriousHarmToChild && !concerned_child(false)) {
    errors.push_back(
        {"ground", FieldCode::kGroundNeedsChild, "needs an entry that concerns a child"});
  }
  CheckNarrowing(w, errors);
  return errors;
}

std::vector<FieldError> CheckConsent(const Family& family, const Consent& consent,
                                     const Date& today, const AccessPolicy& policy) {
  std::vector<FieldError> errors;
  const Member* young_person = FindMember(family, consent.young_person_id);
  if (!young_person || !IsYoungPerson(*young_person, today, policy)) {
    errors.push_back({"young_person_id", NotYoungPerson(policy.young_person_decides_age)});
  }
  const Member* member = FindMember(family, consent.member_id);
  if (!member || !IsParentOrCarer(*member)) {
    errors.push_back(
        {"member_id", FieldCode::kNotParentOrCarer, "must be a parent or carer in this family"});
  }
  if (consent.given_on > today) errors.push_back({"given_on", DateInFuture()});
  if (consent.valid_until && *consent.valid_until < consent.given_on) {
    errors.push_back({"valid_until",
                      FieldCode::kDateBeforeStart,
                      "lies before the day the consent was given",
                      {{"start", FormatDate(consent.given_on)}}});
  }
  return errors;
}

}  // namespace stip::domain
