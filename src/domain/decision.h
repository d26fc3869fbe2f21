// Decisions (besluiten) with their legal safeguards and the second opinion (tegenspraak) of a
// behavioural scientist on a heavy decision (issue 12 items 1, 2 and 7). Rules only, no I/O.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access.h"
#include "domain/error.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

// What is decided, from a fixed list. Light decisions change the way of working with the
// family; heavy ones touch a child's home, custody or contact, or go to the judge, and need a
// second opinion before they are taken (DESIGN.md rule 9; Richtlijn Uithuisplaatsing).
enum class DecisionKind {
  kPlanChange,          // light: a change of the plan
  kHelpChange,          // light: other help is started or stopped
  kOutOfHomePlacement,  // heavy: uithuisplaatsing
  kRequestMeasure,      // heavy: a request to the judge for a measure (OTS, ...)
  kRequestExtension,    // heavy: a request to extend a measure
  kRequestEndCustody,   // heavy: a request to end custody (gezagsbeëindiging)
  kEndContact,          // heavy: ending or limiting contact between a parent and a child
  // heavy: a written instruction (schriftelijke aanwijzing, BW 1:263-264) of the family
  // guardian during an OTS; the parents may ask the judge to annul it within 2 weeks of the
  // day it is taken (given), which the family's page shows with its date.
  kWrittenInstruction,
};
inline constexpr DecisionKind kAllDecisionKinds[] = {
    DecisionKind::kPlanChange,         DecisionKind::kHelpChange,
    DecisionKind::kOutOfHomePlacement, DecisionKind::kRequestMeasure,
    DecisionKind::kRequestExtension,   DecisionKind::kRequestEndCustody,
    DecisionKind::kEndContact,         DecisionKind::kWrittenInstruction};
std::string_view ToString(DecisionKind v);  // "plan_change", "out_of_home_placement", ...
std::optional<DecisionKind> ParseDecisionKind(std::string_view s);
bool IsHeavy(DecisionKind kind);

enum class DecisionState { kDraft, kShared, kTaken };
std::string_view ToString(DecisionState v);  // "draft", "shared", "taken"
std::optional<DecisionState> ParseDecisionState(std::string_view s);

// The behavioural scientist's verdict.
enum class Verdict { kAgree, kAgreeWithConditions, kDisagree };
std::string_view ToString(Verdict v);  // "agree", "agree_with_conditions", "disagree"
std::optional<Verdict> ParseVerdict(std::string_view s);

// A fact, kept apart from opinions: what happened, who or what it comes from, and when;
// `entry_id` links it to an entry of the same file (optional, checked to exist).
struct DecisionFact {
  std::string text;
  std::string source;
  std::string date;  // YYYY-MM-DD
  std::string entry_id;
  bool operator==(const DecisionFact&) const = default;
};

// An opinion, marked as such, with whose it is.
struct DecisionOpinion {
  std::string text;
  std::string whose;
  bool operator==(const DecisionOpinion&) const = default;
};

// An alternative that was weighed, and why it was not chosen.
struct Alternative {
  std::string what;
  std::string why_not;
  bool operator==(const Alternative&) const = default;
};

// Whether and how a child was heard, or why not.
struct ChildHearing {
  std::string member_id;
  bool heard = false;
  std::string how;  // how the child was heard, or why not
  bool operator==(const ChildHearing&) const = default;
};

// The draft: everything the professional writes and the second opinion reads. Its canonical
// form (ledger/decision_content.h) is hashed; a second opinion is tied to that hash.
struct DecisionContent {
  DecisionKind kind = DecisionKind::kPlanChange;
  std::string what;          // what is decided, in plain words
  std::string legal_ground;  // the article, e.g. "BW 1:255"
  std::vector<DecisionFact> facts;
  std::vector<DecisionOpinion> opinions;
  std::vector<Alternative> alternatives;
  std::vector<std::string> present;    // who was there when it was weighed
  std::vector<ChildHearing> children;  // one per child of the household
  std::string decider;                 // user id of the professional who takes it
  bool operator==(const DecisionContent&) const = default;
};

// A family member's view (zienswijze), in their own words, unedited. Written by the member
// from their own account (written_by an account id), or taken down by a professional with them
// (written_by a user id: `recorded`).
struct FamilyView {
  std::string id;
  std::int64_t seq = 0;
  std::string member_id;
  std::string words;
  std::string written_by;
  bool recorded = false;
  int version = 0;  // the version of the draft the member read
  Millis written_at = 0;
};

// A behavioural scientist's second opinion, tied to the version (and its hash) they read.
struct SecondOpinion {
  std::string id;
  std::int64_t seq = 0;
  std::string given_by;  // user id
  Verdict verdict = Verdict::kAgree;
  std::string reasons;
  std::string conditions;  // agree_with_conditions only
  int version = 0;
  std::string content_hash;
  Millis given_at = 0;
};

struct DecisionRecord {
  std::string id;
  std::int64_t seq = 0;  // where it was drafted in the family's chain
  int version = 1;
  DecisionContent content;
  std::string content_hash;
  DecisionState state = DecisionState::kDraft;
  std::string drafted_by;
  Millis drafted_at = 0;
  Millis changed_at = 0;  // the newest version
  Millis shared_at = 0;   // 0: not shared yet
  std::string taken_by;
  Millis taken_at = 0;  // 0: not taken
  std::vector<FamilyView> views;
  std::vector<SecondOpinion> opinions;
};

inline constexpr std::size_t kMaxDecisionLineChars = 200;
inline constexpr std::size_t kMaxDecisionTextChars = 4000;
inline constexpr std::size_t kMaxDecisionItems = 30;

// Who may be named the decider: a professional involved in the file now as lead, duo or
// behavioural scientist (second_opinion); not a previous lead.
bool MayDecide(const Family& family, const std::string& user_id, Millis now);

// Field errors for a draft of `family` (today: `today`). `entry_exists` says whether an entry
// id is one of this file's entries. Every current child of the household must appear once in
// `children`. The decider: MayDecide.
std::vector<FieldError> CheckDraft(const Family& family, const DecisionContent& draft, Date today,
                                   Millis now,
                                   const std::function<bool(const std::string&)>& entry_exists);

// The second opinion that counts for the decision as it stands now: the newest one given on
// the current content hash by someone other than the decider; nullptr when there is none.
const SecondOpinion* CurrentSecondOpinion(const DecisionRecord& d);

// What stands in the way of taking `d` now, if anything (the order in which CheckMayTake
// reports them).
enum class TakeBlock { kTaken, kNotShared, kNoSecondOpinion, kOnlyByDecider, kVoidedByChange };
std::optional<TakeBlock> WhyNotTake(const DecisionRecord& d);

// Why `d` cannot be taken now (FailedPrecondition, with a message a person can act on), or
// nullopt when it can: it is shared with the family and not taken yet, and a heavy decision has
// a current second opinion (missing, only by the decider, or voided by a later change: refused).
std::optional<Error> CheckMayTake(const DecisionRecord& d);

// May the viewer of `query` give a second opinion on `d`? A professional with an active
// second-opinion involvement (gedragswetenschapper) who is not the decider, on a decision not
// taken yet. PermissionDenied for the wrong role, FailedPrecondition for the decider or a taken
// decision.
std::optional<Error> CheckSecondOpinionGiver(const Family& family, const AccessQuery& query,
                                             const DecisionRecord& d);
std::vector<FieldError> CheckSecondOpinion(std::optional<Verdict> verdict,
                                           const std::string& reasons,
                                           const std::string& conditions);

// A view may be written while the decision is shared with the family, not before (the family
// does not see a draft) and not after it is taken.
std::optional<Error> CheckMayWriteView(const DecisionRecord& d);
std::vector<FieldError> CheckView(const Family& family, const std::string& member_id,
                                  const std::string& words);

// Who drafts, revises, shares and takes decisions: the lead and the duo (DecideMapEditor's rule).
Decision DecideDecisionEditor(const Family& family, const AccessQuery& query);
// Who reads decisions: whoever reads the file's entries (no network member).
Decision DecideDecisions(const Family& family, const AccessQuery& query);

// What the viewer of `query` reads: a family member reads only decisions shared with the family,
// within their membership window (as any entry about the household), and not the views of a
// young person of 16+ without consent. Professionals read everything.
std::vector<DecisionRecord> VisibleDecisions(const Family& family, const AccessQuery& query,
                                             const std::vector<DecisionRecord>& all);

const DecisionRecord* FindDecision(const std::vector<DecisionRecord>& all, std::string_view id);

}  // namespace stip::domain
