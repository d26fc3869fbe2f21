// The family's own plan first (familiegroepsplan, Jeugdwet 4.1.2 and 4.1.3; issue 11 item 2).
// A dated offer to the family to make their own plan with their network, with its outcome; the
// plan the family writes, version by version; the professionals' safety conditions, kept apart;
// and the professionals' comments. Professionals never write the family's plan.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access.h"
#include "domain/error.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

// What became of the offer: none yet, accepted (the family makes its plan, expected by a date),
// declined by the family, or waived by the professionals on a stated ground.
enum class OfferOutcome { kOpen, kAccepted, kDeclined, kWaived };
std::string_view ToString(OfferOutcome v);  // "open", "accepted", "declined", "waived"
std::optional<OfferOutcome> ParseOfferOutcome(std::string_view s);  // not "open"

// Jeugdwet 4.1.2: the offer is skipped only when concrete threats require it or the child's
// interest would be harmed (the parents' own "no" is a decline, not a waiver).
enum class WaiverGround { kConcreteThreat, kChildInterest };
std::string_view ToString(WaiverGround v);  // "concrete_threat", "child_interest"
std::optional<WaiverGround> ParseWaiverGround(std::string_view s);

// A family plan, or a safety plan (which adds rules, who watches them, and warning signs).
enum class PlanKind { kFamily, kSafety };
std::string_view ToString(PlanKind v);  // "family", "safety"
std::optional<PlanKind> ParsePlanKind(std::string_view s);

// Who holds an action: a family member, a network member (naaste) or a professional.
enum class OwnerKind { kMember, kNetwork, kProfessional };
std::string_view ToString(OwnerKind v);  // "member", "network", "professional"
std::optional<OwnerKind> ParseOwnerKind(std::string_view s);

struct PlanOffer {
  std::int64_t seq = 0;  // the offer's place in the family's chain
  Date offered_on;
  std::string words;  // how it was offered (optional)
  std::string offered_by;
  Millis offered_at = 0;
  OfferOutcome outcome = OfferOutcome::kOpen;
  // Once answered:
  std::int64_t answered_seq = 0;
  std::optional<Date> decided_on;
  std::optional<Date> expected_by;     // accepted: when the family's plan is expected
  std::optional<WaiverGround> ground;  // waived
  std::string reason;  // waived: why (required); declined: the family's words (optional)
  std::string answered_by;
  Millis answered_at = 0;
};

struct PlanAction {
  std::string what;
  OwnerKind owner_kind = OwnerKind::kMember;
  std::string owner;  // the name, as the family writes it
  Date due_on;
  bool operator==(const PlanAction&) const = default;
};

struct PlanWatcher {
  std::string name;   // a named network member
  std::string reach;  // how to reach them
  bool operator==(const PlanWatcher&) const = default;
};

// What the family writes: the whole plan, each time. A new version never changes an old one.
struct PlanContent {
  PlanKind kind = PlanKind::kFamily;
  std::vector<std::string> goals;  // in the family's own words
  std::vector<PlanAction> actions;
  std::optional<Date> evaluation_on;
  std::string if_not_working;  // what happens if it does not work
  // A safety plan only:
  std::vector<std::string> rules;
  std::vector<PlanWatcher> watchers;
  std::vector<std::string> warning_signs;
};

struct PlanVersion {
  int number = 0;  // 1, 2, ...
  std::int64_t seq = 0;
  PlanContent content;
  std::string member_id;   // the family member who wrote it
  std::string written_by;  // their account id
  Millis written_at = 0;
};

// The professionals' safety conditions: set as a whole by the lead or the duo, apart from the
// family's text. The newest set holds.
struct SafetyConditions {
  std::int64_t seq = 0;
  std::vector<std::string> conditions;
  std::string set_by;
  Millis set_at = 0;
};

// A professional's comment on one version: beside it, never in it.
struct PlanComment {
  std::string id;
  std::int64_t seq = 0;
  int version = 0;
  std::string words;
  std::string added_by;
  Millis added_at = 0;
};

// The id of a set of safety conditions, as a withholding names it: "plan_c<seq>".
std::string ConditionsId(const SafetyConditions& conditions);

struct FamilyPlan {
  std::optional<PlanOffer> offer;
  std::vector<PlanVersion> versions;         // oldest first
  std::vector<SafetyConditions> conditions;  // oldest first; the last one holds
  std::vector<PlanComment> comments;         // in ledger order
  // Issue 11 item 6: per comment id or ConditionsId, the withholdings shown with it. For a
  // member the item is then a placeholder: its words (conditions) are empty.
  WithheldItems withheld = {};
};

inline constexpr std::size_t kMaxPlanLineChars = 200;   // an owner, a name, how to reach
inline constexpr std::size_t kMaxPlanTextChars = 2000;  // a goal, an action, a rule, words
inline constexpr std::size_t kMaxPlanItems = 50;        // per list
inline constexpr int kProfessionalPlanDays = 42;        // Jeugdwet 4.1.3: within 6 weeks

// Jeugdwet 4.1.3: when the family makes no plan of its own (the offer declined or waived), the
// professionals' plan is due 6 weeks after that day; nullopt while the offer is open or accepted.
std::optional<Date> ProfessionalPlanDue(const PlanOffer& offer);

// Field errors for the offer (`today`: no date in the future).
std::vector<FieldError> CheckOffer(const std::optional<Date>& offered_on, const std::string& words,
                                   const Date& today);
// Field errors for the outcome of `offer`. `outcome`/`ground`: nullopt when missing or unknown
// (`outcome_given`/`ground_given`: whether a value was sent, for required vs not one of).
struct OfferAnswer {
  std::optional<OfferOutcome> outcome = {};
  bool outcome_given = false;
  std::optional<Date> decided_on = {};
  bool decided_on_given = false;
  std::optional<Date> expected_by = {};
  bool expected_by_given = false;
  std::optional<WaiverGround> ground = {};
  bool ground_given = false;
  std::string reason = {};
};
std::vector<FieldError> CheckOfferAnswer(const PlanOffer& offer, const OfferAnswer& answer,
                                         const Date& today);

// Field errors for a version's content (paths as in the API: "goals[0]", "actions[1].due_on").
// A version needs at least one goal; a family plan carries no rules, watchers or warning signs.
std::vector<FieldError> CheckPlanContent(const PlanContent& content);

// May the viewer of `query` read the plan: whoever reads the file's entries (professionals,
// members with own access, parents with custody), not a network member (yet).
Decision DecidePlanRead(const Family& family, const AccessQuery& query);

// May the viewer write a version of the family's plan: a family member who reads the file
// (a parent or carer with custody, a child of 12+), not another adult, not a member who has
// left the household, never a professional (they comment).
Decision DecidePlanWriter(const Family& family, const AccessQuery& query);

// May the viewer manage the offer and the safety conditions: the lead and the duo.
Decision DecidePlanManager(const Family& family, const AccessQuery& query);

// May the viewer comment: an involved professional who may add entries.
Decision DecidePlanCommenter(const Family& family, const AccessQuery& query);

// The plan as the viewer may read it: a member reads what was written while they lived in the
// household (as for any entry about the whole household; HouseholdEntryBasis).
// `withholdings`: the family's (issue 11 item 6); a comment or a set of conditions withheld
// from the member shows as a placeholder (FamilyPlan::withheld), never its words.
FamilyPlan VisiblePlan(const Family& family, const AccessQuery& query, const FamilyPlan& plan,
                       std::span<const Withholding> withholdings = {});

// Issue 11 item 6: a withholding of a set of safety conditions holds for every later set as well
// (a new set starts from the withheld words): `withholdings` plus, for each withholding of a
// set that is not lifted, a copy (same id, so renewing, lifting and objecting act on the
// decision itself) naming each later set.
std::vector<Withholding> WithConditionsCarried(const FamilyPlan& plan,
                                               std::span<const Withholding> withholdings);

const PlanVersion* FindVersion(const FamilyPlan& plan, int number);

// What changed from version `from` to version `to`, per field: the lines that went and the
// lines that came (a list field line by line; a single field as one line).
struct FieldChange {
  std::string field;  // "kind", "goals", "actions", "evaluation_on", "if_not_working", "rules",
                      // "watchers", "warning_signs"
  std::vector<std::string> removed;
  std::vector<std::string> added;
  bool changed() const { return !removed.empty() || !added.empty(); }
};
std::vector<FieldChange> ComparePlanVersions(const PlanContent& from, const PlanContent& to);
// One line per action and per watcher, as the compare shows them.
std::string ActionLine(const PlanAction& action);
std::string WatcherLine(const PlanWatcher& watcher);

}  // namespace stip::domain
