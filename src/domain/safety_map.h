// The safety map (veiligheidstaxatie, Signs of Safety; issue 11 item 1): worries, what goes well
// and what must happen, with every participant's own 0-10 answer per worry per round.
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

// A round of the map: opened by a professional, asked again at every review. Answers go to the
// newest round only; an older round is closed as it stands.
struct SafetyRound {
  int number = 0;  // 1, 2, ...
  Millis opened_at = 0;
  std::string opened_by;  // user id
};

// Waar maken we ons zorgen over: who is worried, about what, and what will happen to the child
// if nothing changes, in plain words.
struct DangerStatement {
  std::string id;
  std::int64_t seq = 0;
  std::string who_worried;
  std::string worry;
  std::string if_nothing_changes;
  std::string added_by;  // user id
  Millis added_at = 0;
};

// A family member's disagreement with a danger statement, word for word. Written by the member
// from their own account, or taken down by a professional (written_by then names them).
struct Disagreement {
  std::string id;
  std::int64_t seq = 0;  // its place in the family's chain
  std::string danger_id;
  std::string member_id;
  std::string words;
  std::string written_by;  // account or user id of who typed it
  Millis added_at = 0;
};

// Wat gaat er goed: strengths and the safety that is there already.
struct Strength {
  std::string id;
  std::int64_t seq = 0;  // its place in the family's chain
  std::string words;
  std::string added_by;
  Millis added_at = 0;
};

// Wat moet er gebeuren: a safety goal, paired with one danger statement.
struct SafetyGoal {
  std::string id;
  std::int64_t seq = 0;  // its place in the family's chain
  std::string danger_id;
  std::string words;
  std::string added_by;
  Millis added_at = 0;
};

enum class ParticipantKind { kMember, kProfessional };
std::string_view ToString(ParticipantKind v);  // "member", "professional"
std::optional<ParticipantKind> ParseParticipantKind(std::string_view s);

// One participant's answer (schaalvraag) to one danger statement in one round: 0 = the
// children are not safe at home, 10 = safe enough to close the file; with the participant's own
// words and the wording of 0 and 10 they were shown. Never averaged, never combined.
struct ScaleAnswer {
  std::string id;
  std::int64_t seq = 0;  // its place in the family's chain
  std::string danger_id;
  int round = 0;
  ParticipantKind kind = ParticipantKind::kMember;
  std::string participant_id;  // member id, or user id for a professional
  int score = 0;
  std::string words;
  std::string scale_0;   // the wording of 0 that was shown
  std::string scale_10;  // the wording of 10 that was shown
  // A younger child's answer, taken down by a professional with the child: marked as such.
  bool recorded = false;
  std::string given_by;  // account or user id of who entered it
  Millis given_at = 0;
};

// One family's map: everything in ledger order.
struct SafetyMap {
  std::vector<SafetyRound> rounds;
  std::vector<DangerStatement> dangers;
  std::vector<Disagreement> disagreements;
  std::vector<Strength> strengths;
  std::vector<SafetyGoal> goals;
  std::vector<ScaleAnswer> answers;
  // Issue 11 item 6: per danger statement, strength or goal id, the withholdings shown with it.
  // For a member a withheld item keeps its place without its words; what hangs on a withheld
  // danger statement (goals, disagreements, scores) is not shown to them.
  WithheldItems withheld = {};
};

inline constexpr int kMinScore = 0;
inline constexpr int kMaxScore = 10;
inline constexpr std::size_t kMaxSafetyLineChars = 200;   // who is worried
inline constexpr std::size_t kMaxSafetyTextChars = 2000;  // the worry, a strength, a goal, words

// The wording of 0 and 10 (Dutch, as shown): for adults, and a child-friendly one for children.
struct ScaleWording {
  std::string_view zero;
  std::string_view ten;
};
ScaleWording ScaleWordingFor(bool child);

// The newest round's number, 0 before the first round was opened.
int CurrentRound(const SafetyMap& map);
const DangerStatement* FindDanger(const SafetyMap& map, std::string_view id);
// The participant's answer to this statement in this round, if given.
const ScaleAnswer* FindAnswer(const SafetyMap& map, std::string_view danger_id, int round,
                              std::string_view participant_id);

// Field errors for what a professional adds.
std::vector<FieldError> CheckDanger(const std::string& who_worried, const std::string& worry,
                                    const std::string& if_nothing_changes);
std::vector<FieldError> CheckStrength(const std::string& words);
std::vector<FieldError> CheckGoal(const SafetyMap& map, const std::string& danger_id,
                                  const std::string& words);
// A disagreement of `member_id` (a current member of `family`) with a statement of the map.
std::vector<FieldError> CheckDisagreement(const Family& family, const SafetyMap& map,
                                          const std::string& danger_id,
                                          const std::string& member_id, const std::string& words);
// An answer: the statement exists, the score is a whole number 0-10 (nullopt: not given or not
// a number), the words fit.
std::vector<FieldError> CheckScore(const SafetyMap& map, const std::string& danger_id,
                                   std::optional<int> score, const std::string& words);

// Who answers, as the access engine sees the viewer of `query`: a family member answers for
// themselves (a parent or carer with custody, a child of 12+, another adult of the household:
// whoever reads the file's entries); an involved professional for themselves (never on
// emergency access). A network member does not answer here (yet).
struct ScorerDecision {
  bool allowed = false;
  Reason reason = Reason::kUnknownViewer;
  ParticipantKind kind = ParticipantKind::kMember;
  std::string participant_id;
  bool child = false;  // a child: shown the child-friendly wording
};
ScorerDecision DecideScorer(const Family& family, const AccessQuery& query);

// May the viewer of `query` shape the map: open a round, add a worry, what goes well, a goal,
// or take down a disagreement? The lead and the duo, who run the file. A second opinion and
// the previous lead write entries but do not shape the map (kLeadOnly); they answer with their
// own score (DecideScorer).
Decision DecideMapEditor(const Family& family, const AccessQuery& query);

// May the viewer of `query` (a professional who may add entries) record the answer of
// `child_id`, a child of the family under the own-access age, taken down with the child?
std::vector<FieldError> CheckRecordedFor(const Family& family, const AccessQuery& query,
                                         const std::string& child_id);

// May the viewer read the map at all (whoever reads the file's entries: professionals, members
// with own access, parents with custody; not a parent without custody, not a child under 12 on
// their own account, not a network member)?
Decision DecideSafetyMap(const Family& family, const AccessQuery& query);

// A young person's (16+) own answers and disagreements are theirs: another family member reads
// them only with the young person's consent on record. Professionals read everything.
bool MayReadVoiceOf(const Family& family, const AccessQuery& query, ParticipantKind kind,
                    const std::string& participant_id);

// A member who has left the household (left_on set) no longer writes in the map: no answer, no
// disagreement, nothing taken down for them. One rule for all three.
bool HasLeftHousehold(const Member& member);

// What the viewer of `query` reads of the map (the same map without what is not theirs). The
// map is about the whole household: a member reads what was written while they lived in it,
// as HouseholdEntryBasis decides for any entry (not what was written before they joined, nor
// what was written from the day they left).
SafetyMap VisibleMap(const Family& family, const AccessQuery& query, const SafetyMap& map,
                     std::span<const Withholding> withholdings = {});

// The stable order of the participants' series: family members first (parents and carers,
// then children, then other adults; by name), then professionals (by name). Never by score.
struct Participant {
  ParticipantKind kind = ParticipantKind::kMember;
  std::string id;
  std::string name;
  int rank = 0;  // 0 parent/carer, 1 child, 2 other adult, 3 professional
};
bool ParticipantBefore(const Participant& a, const Participant& b);

// One participant's series for one statement: the score they gave in each round (none where
// they did not answer). The points are the given values as they are: nothing is computed.
struct SeriesPoint {
  int round = 0;
  std::optional<int> score;
  const ScaleAnswer* answer = nullptr;
};
struct Series {
  Participant participant;
  std::vector<SeriesPoint> points;  // one per round, in round order
};
// For each statement, the series of each participant who answered it, in ParticipantBefore
// order. `participants` names everyone who may appear (ids not in it are named by id).
std::vector<Series> SeriesOf(const SafetyMap& map, const std::string& danger_id,
                             std::span<const Participant> participants);

}  // namespace stip::domain
