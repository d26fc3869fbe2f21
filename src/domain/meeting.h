// Meetings (overleg) and the family's feedback after them (issue 11 items 3 and 4): who plans,
// who adds to the agenda, what is recorded afterwards, and the rules for "hoe was het overleg?".
#pragma once

#include <array>
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

// A point or a question for the agenda, added beforehand by a family member (their own words)
// or by a professional.
struct AgendaItem {
  std::string id;
  std::int64_t seq = 0;
  std::string kind;       // "point" | "question"
  std::string member_id;  // the family member who added it; "" for a professional
  std::string words;
  std::string added_by;  // account or user id
  Millis added_at = 0;
};

// How a child was there or heard at the meeting (DESIGN.md rule 9: whether and how).
enum class ChildHeard { kPresent, kHeardBefore, kOwnWords, kNotHeard };
std::string_view ToString(ChildHeard v);  // "present", "heard_before", "own_words", "not_heard"
std::optional<ChildHeard> ParseChildHeard(std::string_view s);

struct ChildHeardRecord {
  std::string child_id;
  ChildHeard how = ChildHeard::kNotHeard;
  std::string words;  // how, or why not
};

// An agreement made at the meeting. TODO(plan): "make it a plan action with one click" hooks
// in here once the plan exists (issue 11 item 2): the agreement's id is the action's source.
struct Agreement {
  std::string id;
  std::int64_t seq = 0;
  std::string words;
};

// What the lead records afterwards.
struct MeetingRecord {
  std::int64_t seq = 0;
  Millis recorded_at = 0;
  std::string recorded_by;
  std::vector<std::string> present_members;        // member ids
  std::vector<std::string> present_professionals;  // user ids
  std::vector<std::string> present_network;        // network member ids
  std::vector<ChildHeardRecord> children;
  std::string summary_entry_id;  // the summary: a normal entry of the file
  std::optional<Date> next_date;
};

struct Meeting {
  std::string id;
  std::int64_t seq = 0;
  Date date;
  std::string time;  // "HH:MM" or ""
  std::string place;
  std::string team_id;                     // the planner's team: feedback is aggregated per team
  std::vector<std::string> members;        // invited household members
  std::vector<std::string> professionals;  // invited professionals (user ids)
  std::vector<std::string> network;        // invited network members
  std::string planned_by;
  Millis planned_at = 0;
  std::vector<AgendaItem> agenda;
  std::optional<MeetingRecord> record;  // set once held
  std::vector<Agreement> agreements;
  // Issue 11 item 6: per agreement id, the withholdings shown with it (a member: placeholders,
  // the agreement's words then empty; a professional: every withholding of the agreement).
  WithheldItems withheld = {};
};

// "Hoe was het overleg?": four short questions, each 1-5, and optional words.
inline constexpr int kFeedbackMin = 1;
inline constexpr int kFeedbackMax = 5;
inline constexpr std::size_t kFeedbackQuestions = 4;
// heard, understood, safe, next_step: the order of every array below.
inline constexpr std::array<std::string_view, kFeedbackQuestions> kFeedbackFields = {
    "heard", "understood", "safe", "next_step"};

struct Feedback {
  std::string id;
  std::int64_t seq = 0;
  std::string meeting_id;
  std::string member_id;
  std::array<int, kFeedbackQuestions> answers = {};
  std::string words;
  bool child_wording = false;  // shown the version for children
  Millis given_at = 0;         // first given: the 7 days count from here
  Millis changed_at = 0;       // last changed (== given_at when never changed)
};

// A family member may change their own answer for 7 days after first giving it.
inline constexpr int kFeedbackChangeDays = 7;
inline constexpr Millis kFeedbackChangeWindow = kFeedbackChangeDays * 24LL * 3600 * 1000;
bool FeedbackChangeable(const Feedback& feedback, Millis now);

// The wording of the four questions (Dutch, as shown), for adults and for children under 16.
struct FeedbackWording {
  std::array<std::string_view, kFeedbackQuestions> questions;
  std::string_view low;   // what 1 means
  std::string_view high;  // what 5 means
};
FeedbackWording FeedbackWordingFor(bool child);
// The version for children: a child of the household under 16.
bool ChildWording(const Member& member, Date today);

inline constexpr std::size_t kMaxMeetingLineChars = 200;   // place
inline constexpr std::size_t kMaxMeetingTextChars = 2000;  // agenda point, agreement, words
inline constexpr std::size_t kMaxAgreements = 50;
inline constexpr std::size_t kMaxParticipants = 50;

struct NewMeetingPlan {
  std::string date;  // YYYY-MM-DD
  std::string time;  // HH:MM, optional
  std::string place;
  std::vector<std::string> members;
  std::vector<std::string> professionals;
  std::vector<std::string> network;
};
// `network_ids`: the family's network members; `involved`: user ids involved now.
std::vector<FieldError> CheckMeetingPlan(const Family& family, const NewMeetingPlan& plan,
                                         std::span<const std::string> network_ids, Millis now);

std::vector<FieldError> CheckAgendaItem(const std::string& kind, const std::string& words);

struct NewMeetingRecord {
  std::vector<std::string> present_members;
  std::vector<std::string> present_professionals;
  std::vector<std::string> present_network;
  std::vector<ChildHeardRecord> children;
  std::vector<std::string> agreements;
  std::string next_date;  // YYYY-MM-DD, optional
};
// The children: every child of the household who has not left, each with how they were heard.
// The next date, when given, lies after the meeting.
std::vector<FieldError> CheckMeetingRecord(const Family& family, const Meeting& meeting,
                                           const NewMeetingRecord& record,
                                           std::span<const std::string> network_ids);

// One answer per question: nullopt when missing or not a whole number.
std::vector<FieldError> CheckFeedback(
    const std::array<std::optional<int>, kFeedbackQuestions>& answers, const std::string& words);

const Meeting* FindMeeting(std::span<const Meeting> meetings, std::string_view id);

// May the viewer read the meetings of the file (whoever reads its entries; not a network member)?
Decision DecideMeetings(const Family& family, const AccessQuery& query);
// May the viewer plan meetings and record them: the lead and the duo (as the safety map).
Decision DecideMeetingEditor(const Family& family, const AccessQuery& query);
// May the viewer add to the agenda: a member who reads the file and has not left the household,
// or an involved professional who writes entries.
Decision DecideAgenda(const Family& family, const AccessQuery& query);
// May the member viewer give feedback on `meeting`: they were there (present) and have not left.
// Not for professionals or network members.
Decision DecideFeedback(const Family& family, const AccessQuery& query, const Meeting& meeting);

// The meetings the viewer reads: a member reads a meeting planned while they lived in the
// household (as any entry about the whole household).
std::vector<Meeting> VisibleMeetings(const Family& family, const AccessQuery& query,
                                     std::vector<Meeting> meetings,
                                     std::span<const Withholding> withholdings = {});

// One answer as the team's counts read it: which family (to count families, never shown), when
// it was given, and the four values.
struct TeamAnswer {
  std::string family_id;
  Millis given_at = 0;
  std::array<int, kFeedbackQuestions> answers = {};
};

// The answers to the four questions across a team's meetings: never per family, never one
// combined score, and never a table that one answer changes. Counted are the answers of closed
// quarters only (given before the first day of the current quarter, minus the 7 days in which an
// answer may still change), so the table changes once a quarter; shown only with at least
// kMinFeedbackCell answers from at least kMinFeedbackCell families (DESIGN.md §4).
inline constexpr int kMinFeedbackCell = 10;
struct FeedbackAggregate {
  int answers = 0;
  int families = 0;
  bool suppressed = true;  // too few answers or families: no distribution shown
  Date counted_before;     // answers given before this day count
  // per question, the number of answers 1..5 (index 0 = 1); all zero when suppressed
  std::array<std::array<int, kFeedbackMax>, kFeedbackQuestions> distribution = {};
};
// The day before which answers count, for `today` (Amsterdam): the quarter's first day - 7.
Date FeedbackCountedBefore(const Date& today);
FeedbackAggregate AggregateFeedback(std::span<const TeamAnswer> answers, const Date& today);

}  // namespace stip::domain
