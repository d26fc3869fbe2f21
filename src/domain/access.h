// The access engine: who may see and do what in a family file on a given day (DESIGN.md §2
// rules 4 and 8, §4, LEGAL_FACTS). Pure rules without I/O; every page and API route asks here.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/error.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

// What a viewer may want to do in a family file.
enum class Action {
  kViewFile,             // open the file: "Ons gezin" for the family, the file page for staff
  kViewSummary,          // the summary of important information
  kViewEntries,          // the list of entries; each entry is then judged by DecideEntry
  kViewChildView,        // a child-friendly view; per child: DecideChildView
  kViewAccessLog,        // who read the file, when and why
  kReact,                // understood, disagreement or own statement on a visible entry
  kRequestCorrection,    // ask to correct a fact in a visible entry
  kObjectToWithholding,  // object to a withholding towards oneself
  kDownloadCopy,         // download everything one may see (JSON, printable page)
  kManageConsent,        // a young person of 16+ gives or ends consent for a parent
  kAddEntry,             // write an entry
  kAnswerCorrection,     // answer a family member's correction request
  kWithhold,             // withhold an entry from a family member on a legal ground
  kAnswerObjection,      // answer an objection; per withholding: DecideObjectionAnswer
  kInviteMember,         // invite a family member to an account
  // Issue 10.
  kChangeHousehold,     // add a member, record a departure, correct a birth date, change custody
  kManageInvolvements,  // start or end another professional's involvement (the lead)
  // Issue 10: network members (naasten).
  kShareWithNetwork,  // invite a network member and decide what they see (custody, or 16+)
  kViewShared,        // a network member reads what the family shared with them
};

inline constexpr std::array kAllActions{
    Action::kViewFile,           Action::kViewSummary,
    Action::kViewEntries,        Action::kViewChildView,
    Action::kViewAccessLog,      Action::kReact,
    Action::kRequestCorrection,  Action::kObjectToWithholding,
    Action::kDownloadCopy,       Action::kManageConsent,
    Action::kAddEntry,           Action::kAnswerCorrection,
    Action::kWithhold,           Action::kAnswerObjection,
    Action::kInviteMember,       Action::kChangeHousehold,
    Action::kManageInvolvements, Action::kShareWithNetwork,
    Action::kViewShared,
};

// Why the engine said yes, or why it said no. Stable codes (ToString) go to logs and tests.
enum class Reason {
  // Yes.
  kInvolved,            // a professional with an active involvement in the file
  kEmergency,           // break the glass: allowed, flagged in the access log and reviewed
  kOwnAccess,           // the member's own access (a child of 12+, an adult in the household)
  kParentWithCustody,   // a parent or carer with custody (gezag) of a child under 16
  kYoungPersonConsent,  // a young person of 16+ recorded consent for this parent or carer
  kSummaryRight,        // a parent without custody: the right to important information
  kChildView,           // a child's own child-friendly view
  // No.
  kUnknownViewer,               // not a member of this family, or no user
  kNotInvolved,                 // a professional without an involvement (or not started yet)
  kInvolvementEnded,            // the professional's involvement has ended
  kEmergencyNeedsReason,        // break the glass without a written reason
  kEmergencyReadOnly,           // emergency access reads; it never changes the file
  kLeadOnly,                    // only the lead professional (vast gezicht) does this
  kProfessionalsOnly,           // only an involved professional does this
  kFamilyOnly,                  // only a family member does this
  kUnder12ChildView,            // under 12: the child view; parents read and react for the child
  kSummaryOnly,                 // a parent without custody gets the summary, not the file
  kNotConcerned,                // the entry or view does not concern this member
  kYoungPersonsOwnInformation,  // needs the consent of the young person (16+) it belongs to
  kWithheld,                    // a withholding towards this member is in force
  kUnder16CannotConsent,        // consent is given by a young person from 16
  kNotTheYoungPerson,           // only the young person gives consent about their information
  kDecidedItYourself,           // an objection goes to a second professional
  // Issue 10.
  kSecondOpinionAdvises,  // a behavioural scientist reads and writes entries, changes no more
  // Issue 10: network members.
  kNetworkConsent,        // a network member: a consent in force shares this with them
  kSharedOnly,            // a network member sees only what is shared with them, nothing else
  kCannotShare,           // only a parent with custody, or a young person of 16+, shares
  kWrittenBeforeJoining,  // about the household, written before this member joined it
  kWrittenAfterLeaving,   // about the household, written after this member left it
};

// The fixed list of legal grounds for withholding an entry from a person (rule 4).
enum class WithholdingGround {
  kProtectsThirdPerson,      // e.g. who reported a concern
  kSeriousHarmToChild,       // reading it would seriously harm the child
  kYoungPersonConfidential,  // the young person's own confidential information (16+)
  kRunningInvestigation,     // a running investigation; time-limited (AccessPolicy)
};

enum class Visibility { kVisible, kWithheld, kNotShown };

// What a withholding holds back (issue 11 item 6): an entry, or one item of the safety map (a
// danger statement, a strength or a safety goal), of the plan (a professional's comment, a set
// of safety conditions), of a meeting (an agreement), or a record of a child's own words. The
// item's id is the withholding's entry_id; ids are unique across kinds.
enum class WithheldKind {
  kEntry,
  kSafetyMapItem,
  kPlanComment,
  kPlanConditions,
  kMeetingAgreement,
  kChildVoice,
};
inline constexpr std::array kAllWithheldKinds{
    WithheldKind::kEntry,          WithheldKind::kSafetyMapItem,    WithheldKind::kPlanComment,
    WithheldKind::kPlanConditions, WithheldKind::kMeetingAgreement, WithheldKind::kChildVoice,
};

// Ages and limits that law sets. Kept as settings with a source note because law changes
// (LEGAL_FACTS.md); the defaults are the rules as of 2026.
struct AccessPolicy {
  int own_access_age = 12;            // a child of 12 has own access (Jeugdwet, WGBO)
  int young_person_decides_age = 16;  // from 16 the young person decides about own information
  int majority_age = 18;              // custody (gezag) ends at 18
  // A withholding for a running investigation lasts at most this long after it was first
  // decided, renewals included: the 10-week Veilig Thuis investigation norm.
  int investigation_max_days = 70;
  bool allow_emergency_access = true;  // break the glass; always flagged and reviewed
};

// A professional (a User). `break_glass` asks for emergency access with a written reason; it
// only matters without an active involvement, and then it only reads.
struct ProfessionalViewer {
  std::string user_id;
  bool break_glass = false;
  std::string emergency_reason;
};

// A family member with an account: a Member of the family.
struct MemberViewer {
  std::string member_id;
};

// A network member (naaste: grandmother, neighbour, coach) with an account: not a member of the
// household; sees only what a consent in force shares with them (AccessQuery::network_consents).
struct NetworkViewer {
  std::string network_member_id;
};

using Viewer = std::variant<ProfessionalViewer, MemberViewer, NetworkViewer>;

// What a family shares with a network member, item by item. Entries today; a task of the safety
// plan ("task") is meant to be a further kind, so a consent's items and the events that carry
// them ("entry:ent_1") need no new shape when the plan arrives.
enum class SharedKind { kEntry };

struct SharedItem {
  SharedKind kind = SharedKind::kEntry;
  std::string id;
  bool operator==(const SharedItem&) const = default;
};

// On which ground a family member shares: as a parent or carer with custody, or as a young
// person of 16+ about their own information.
enum class NetworkGround { kParentWithCustody, kYoungPersonOwn };

// A consent record (toestemming): what (items) is shared, with whom (network member), by whom
// (given_by, a member), on which ground and until when. Ending it, or its last day passing, ends
// the network member's access at once.
struct NetworkConsent {
  std::string id;
  std::string network_member_id;
  std::string given_by;  // member id
  NetworkGround ground = NetworkGround::kParentWithCustody;
  std::vector<SharedItem> items;
  Date given_on;
  std::optional<Date> valid_until;  // the last day it holds; none: until it is ended
  bool ended = false;
};

// A young person's (16+) recorded consent that a parent or carer may see the young person's
// own information.
struct Consent {
  std::string young_person_id;
  std::string member_id;  // the parent or carer who may see it
  Date given_on;
  std::optional<Date> valid_until;  // the last day it holds; none: until it is ended
};

// One entry withheld from some family members (rule 4): from the members named, or from the
// whole household, which covers members added later too. A withholding lapses on its review
// date unless a professional renews it, which moves the review date.
struct Withholding {
  std::string id;
  std::string entry_id;  // the entry, or the item of `kind` (issue 11 item 6)
  WithheldKind kind = WithheldKind::kEntry;
  // Withheld from this one member (withholding.decided, as before issue 13), and/or from the
  // members in member_ids (withholding.decided_for), or from the whole household: every member,
  // also one added later (then neither is set). The store reads one member as member_id.
  std::string member_id;
  std::vector<std::string> member_ids;
  bool whole_household = false;
  WithholdingGround ground = WithholdingGround::kProtectsThirdPerson;
  std::string reason;      // written reason, in words the member can read
  std::string decided_by;  // user id of the professional who decided
  Millis decided_at = 0;   // the first decision; a renewal keeps it
  Date review_date;        // not in force from this date on, unless renewed before it
  bool lifted = false;     // ended early, e.g. after an upheld objection
  // Why a ground that protects a third party covers fewer than all members (required then).
  std::string narrowing_reason;
};

// Does this withholding name this member (directly or as one of the whole household)?
bool AppliesTo(const Withholding& withholding, std::string_view member_id);
// The members a withholding names: member_id, then member_ids (empty for the whole household).
std::vector<std::string> NamedMembers(const Withholding& withholding);

// Whom an entry concerns: the facts about an entry that decide who may read it.
struct EntryAudience {
  std::string entry_id;
  std::vector<std::string> concerns;  // member ids; empty: the whole household
  // The young person (16+) whose own confidential information this is, if marked so.
  std::optional<std::string> confidential_of;
  // When it was written: its place in the family's chain and its date. An entry about the whole
  // household is read by who was in the household then. 0 / none: not written yet (a preview),
  // as if written now.
  std::int64_t seq = 0;
  std::optional<Date> written_on = {};
};

// Everything the engine needs besides the Family: who asks, when, and the consents on record.
struct AccessQuery {
  Viewer viewer;
  Millis now = 0;  // the instant: decides whether an involvement is active
  Date today;      // the calendar date in the Netherlands at `now`: ages, reviews, consents
  std::vector<Consent> consents;  // this family's consents (the engine picks what applies)
  AccessPolicy policy;
  // Issue 10: this family's consents for network members (the engine checks dates and ends).
  std::vector<NetworkConsent> network_consents;
};

struct Decision {
  bool allowed = false;
  Reason reason = Reason::kUnknownViewer;
  bool emergency = false;  // allowed only by breaking the glass: flag it in the access log
};

struct EntryDecision {
  Visibility visibility = Visibility::kNotShown;
  Reason reason = Reason::kUnknownViewer;
  bool emergency = false;
  // kWithheld: the withholdings in force towards the viewer, for the placeholder (ground,
  // decided by whom and when, review date).
  std::vector<Withholding> withholdings;
  bool may_react = false;
  bool may_request_correction = false;
  bool may_object = false;  // kWithheld: the viewer may object to the withholding
};

// May the viewer do `action` in this file? Actions about one entry, child or withholding
// need the narrower functions below as well.
Decision Decide(const Family& family, const AccessQuery& query, Action action);

// May the viewer see the child-friendly view of this child?
Decision DecideChildView(const Family& family, const AccessQuery& query, std::string_view child_id);

// How one entry shows to the viewer. `withholdings` are this entry's (others are ignored).
EntryDecision DecideEntry(const Family& family, const AccessQuery& query,
                          const EntryAudience& entry, std::span<const Withholding> withholdings);

// The withholdings in force towards the member viewer of `query` on the item `item_id` (any
// kind; none for a professional or network viewer). A member who may read the item otherwise
// sees a placeholder in its place: the ground, the review date and how to object.
std::vector<Withholding> WithheldTowards(const AccessQuery& query, std::string_view item_id,
                                         std::span<const Withholding> withholdings);
// Every withholding of the item `item_id` (in force, lapsed or lifted), for professionals.
std::vector<Withholding> WithholdingsOf(std::string_view item_id,
                                        std::span<const Withholding> withholdings);
// Per item id: the withholdings shown with it (placeholders for a member, all for a
// professional). An item with an entry here shows no content to a member.
using WithheldItems = std::map<std::string, std::vector<Withholding>, std::less<>>;
// Notes item `item_id` in `out` as the viewer sees it: for a member with a withholding in force
// the placeholders (true: show no content), each naming only that member, for a professional
// every withholding of the item (false: they read it and see what is withheld from whom).
bool MarkWithheld(const AccessQuery& query, const std::string& item_id,
                  std::span<const Withholding> withholdings, WithheldItems& out);

// One family member's access to one entry, as DecideEntry decides it for that member: reads it
// (kVisible), sees that something is withheld (kWithheld), or does not see it (kNotShown), and
// why (withheld, no custody: kSummaryOnly, confidential 16+: kYoungPersonsOwnInformation, age:
// kUnder12ChildView, not concerned).
struct EntryReader {
  std::string member_id;
  Visibility visibility = Visibility::kNotShown;
  Reason reason = Reason::kNotConcerned;
};

// Who of the family can read this entry, for the professional who writes or withholds it:
// every member in family order. The viewer in `query` is ignored; the rest counts (the day,
// the consents, the policy).
std::vector<EntryReader> EntryReaders(const Family& family, const AccessQuery& query,
                                      const EntryAudience& entry,
                                      std::span<const Withholding> withholdings);

// May the viewer answer an objection to this withholding? Not the professional who decided it.
Decision DecideObjectionAnswer(const Family& family, const AccessQuery& query,
                               const Withholding& withholding);

// The viewer's role for the access log: "lead", "duo", "emergency", "parent", "carer",
// "child", "other_adult"; empty when the viewer has no standing in the file.
std::string_view AccessRole(const Family& family, const AccessQuery& query);

// The first day a withholding is no longer in force (review date, or the investigation limit).
Date LapseDate(const Withholding& withholding, const AccessPolicy& policy = {});
bool InForce(const Withholding& withholding, const Date& today, const AccessPolicy& policy = {});
bool Holds(const Consent& consent, const Date& today);

inline constexpr std::size_t kMaxWithholdingReasonChars = 2000;

// Field errors for a new or renewed withholding of `entry`, checked on `today`.
std::vector<FieldError> CheckWithholding(const Family& family, const EntryAudience& entry,
                                         const Withholding& withholding, const Date& today,
                                         const AccessPolicy& policy = {});
// Field errors for whom an entry concerns and its confidential mark.
std::vector<FieldError> CheckEntryAudience(const Family& family, const EntryAudience& entry,
                                           const Date& today, const AccessPolicy& policy = {});
// Field errors for a consent as it is recorded on `today`.
std::vector<FieldError> CheckConsent(const Family& family, const Consent& consent,
                                     const Date& today, const AccessPolicy& policy = {});

// --- network members (issue 10; access_network.cpp) ------------------------------------------

// A network member's access: kViewShared while a consent in force names them and its giver may
// still share on its ground; every other action is refused (kSharedOnly).
Decision DecideNetwork(const Family& family, const AccessQuery& query, Action action);
// One entry for a network member: visible only when a consent in force lists it, no withholding
// is in force on it (towards anyone), its giver still reads it, and, for a young person's
// consent, it is about that young person. Never a placeholder, never a reaction.
EntryDecision DecideNetworkEntry(const Family& family, const AccessQuery& query,
                                 const EntryAudience& entry,
                                 std::span<const Withholding> withholdings);
// The ground on which the member viewer of `query` may share today, if any.
std::optional<NetworkGround> SharingGround(const Family& family, const AccessQuery& query);
// May the member viewer of `query` share this entry on `ground` (the same test DecideNetworkEntry
// applies to the giver, so what is shared can always be shown)?
bool MayShareEntry(const Family& family, const AccessQuery& query, NetworkGround ground,
                   const EntryAudience& entry, std::span<const Withholding> withholdings);
bool Holds(const NetworkConsent& consent, const Date& today);
// "entry:ent_1" and back.
std::string ToString(const SharedItem& item);
std::optional<SharedItem> ParseSharedItem(std::string_view s);
std::string_view ToString(NetworkGround v);
std::optional<NetworkGround> ParseNetworkGround(std::string_view s);

// Stable lowercase names ("view_file", "not_involved", "protects_third_person", "withheld").
std::string_view ToString(Action v);
std::string_view ToString(Reason v);
std::string_view ToString(WithholdingGround v);
std::string_view ToString(Visibility v);
std::string_view ToString(WithheldKind v);  // "entry", "safety_map_item", "plan_comment", ...
std::optional<WithheldKind> ParseWithheldKind(std::string_view s);
std::optional<Action> ParseAction(std::string_view s);
std::optional<WithholdingGround> ParseWithholdingGround(std::string_view s);
// The ground in plain Dutch (B1), for the placeholder the member sees.
std::string_view GroundExplanation(WithholdingGround v);

}  // namespace stip::domain
