// Court measures (maatregelen) and their legal deadlines (issue 12 item 3). Rules only, no I/O.
// Every term is a setting (MeasurePolicy) with its article beside it, because law changes
// (LEGAL_FACTS.md, "Court measures and the decisions around them"). Nothing here is a score,
// a prediction or a ranking: a deadline is a date the law sets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access.h"
#include "domain/error.h"
#include "domain/field_error.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

enum class MeasureKind {
  kOts,                // ondertoezichtstelling, BW 1:255
  kVoorlopigeOts,      // voorlopige OTS, BW 1:257
  kUithuisplaatsing,   // machtiging uithuisplaatsing, BW 1:265b
  kSpoedmachtiging,    // spoedmachtiging (emergency order), Rv 800(3)
  kSchorsingGezag,     // schorsing gezag, BW 1:266-268
  kGezagsbeeindiging,  // gezagsbeëindiging, BW 1:266
};
inline constexpr MeasureKind kAllMeasureKinds[] = {MeasureKind::kOts,
                                                   MeasureKind::kVoorlopigeOts,
                                                   MeasureKind::kUithuisplaatsing,
                                                   MeasureKind::kSpoedmachtiging,
                                                   MeasureKind::kSchorsingGezag,
                                                   MeasureKind::kGezagsbeeindiging};
// "ots", "voorlopige_ots", "uithuisplaatsing", "spoedmachtiging", "schorsing_gezag",
// "gezagsbeeindiging".
std::string_view ToString(MeasureKind v);
std::optional<MeasureKind> ParseMeasureKind(std::string_view s);

// The terms of the law, as settings with their default from LEGAL_FACTS.md.
struct MeasurePolicy {
  int ots_max_months = 12;            // BW 1:258: at most 1 year
  int ots_extension_max_months = 12;  // BW 1:260: by at most 1 year each time
  int vots_max_months = 3;            // BW 1:257: at most 3 months
  int placement_max_months = 12;      // BW 1:265b: at most 1 year, extendable
  int placement_use_months = 3;       // BW 1:265c: lapses when not used within 3 months
  int emergency_max_months = 3;       // Rv 800(3): as long as the voorlopige OTS it goes with
  int emergency_hearing_days = 14;    // Rv 800(3), 809(3): heard within 2 weeks
  int suspension_months = 3;          // BW 1:268: lapses after 3 months unless ending is asked
  int raad_months_before_end = 2;     // BW 1:265j: the Raad is told 2 months before the end
  // Practice (not law): the extension request is at the court this long before the end, so the
  // judge can hear the family in time.
  int extension_request_months_before_end = 1;
  // Early warnings: the deadline shows on Mijn werk from this many days before it.
  int warning_days = 42;        // extension request, the Raad, 18th birthday, "use by"
  int short_warning_days = 14;  // the end of a short measure, the custody request
};

// One step in a measure's history.
enum class MeasureStepKind { kRecorded, kExtended, kEnded };
std::string_view ToString(MeasureStepKind v);  // "recorded", "extended", "ended"

struct MeasureStep {
  MeasureStepKind kind = MeasureStepKind::kRecorded;
  std::int64_t seq = 0;
  Date ruling_date;         // recorded, extended: the judge's ruling
  std::optional<Date> end;  // recorded, extended: the (new) end; ended: the day it ended
  std::string reason;       // extended (optional), ended (required)
  std::string by;           // user id
  Millis at = 0;
};

enum class DeadlineKind;

// A deadline marked done (measure.deadline_done): the hearing was held, the placement used, the
// request filed. Tied to the deadline's kind and due date, so a later deadline of the same kind
// (after an extension) is open again.
struct DeadlineDone {
  DeadlineKind kind{};
  Date due;
  Date done_on;
  std::string note;
  std::string by;
  Millis at = 0;
};

struct MeasureRecord {
  std::string id;  // "mtr_..."
  std::int64_t seq = 0;
  MeasureKind kind = MeasureKind::kOts;
  std::vector<std::string> children;  // member ids of the children it concerns
  // The parents (or carers) whose custody or place it concerns: named, they read the measure's
  // summary even without custody or the consent of a young person of 16+ (the right to
  // important information). Required for a schorsing gezag and a gezagsbeëindiging.
  std::vector<std::string> parents;
  Date ruling_date;  // the newest ruling (recorded or extended)
  Date start;
  // The day it ends (it holds up to, not including, this day): set by the judge, moved by an
  // extension. None: until the child is 18 (gezagsbeëindiging).
  std::optional<Date> end;
  std::string threats;           // the threats the judge named, in words
  std::string decision_id;       // the taken decision it follows from ("" none)
  std::optional<Date> ended_on;  // ended early
  std::string ended_reason;
  std::string recorded_by;
  Millis recorded_at = 0;
  std::vector<MeasureStep> history;  // oldest first
  std::vector<DeadlineDone> done;    // deadlines marked done, oldest first
  // Set by VisibleMeasures for a named parent who may not read the children's file: the kind,
  // the dates and the children's names only (threats, decision, history and reasons cleared).
  bool summary_only = false;
};

inline constexpr std::size_t kMaxMeasureTextChars = 4000;
inline constexpr std::size_t kMaxMeasureReasonChars = 2000;

// The first day of `date` plus `months` calendar months, clamped to the month's end
// (31 January + 1 month: 28 or 29 February). Negative months go back.
Date AddMonths(const Date& date, int months);
// The 18th birthday (born 29 February: 1 March in a year without it, as AgeOn counts).
Date EighteenthBirthday(const Date& birth);

// Is the measure in `kind` extendable by the judge (OTS, uithuisplaatsing)?
bool IsExtendable(MeasureKind kind);
// The longest a measure of `kind` may run from its start, in months (0: no end, until 18).
int MaxMonths(MeasureKind kind, const MeasurePolicy& policy = {});

// The day a measure stops holding: its end, its early end, or the day its last child turns 18
// (a measure never runs past 18), whichever comes first. None only for a gezagsbeëindiging of a
// child without a known birth date.
std::optional<Date> EffectiveEnd(const MeasureRecord& m, const Family& family);
// True when the judge's end lies after the last child's 18th birthday (the page shows it).
bool ClampedAtEighteen(const MeasureRecord& m, const Family& family);

enum class MeasureState { kScheduled, kRunning, kEnded };
std::string_view ToString(MeasureState v);  // "scheduled", "running", "ended"
MeasureState StateOn(const MeasureRecord& m, const Family& family, const Date& today);

// The frame of the file: compulsory (gedwongen kader) while any measure runs, else voluntary.
enum class Frame { kVoluntary, kCompulsory };
std::string_view ToString(Frame v);  // "voluntary", "compulsory"
Frame FrameOn(const std::vector<MeasureRecord>& measures, const Family& family, const Date& today);

enum class DeadlineKind {
  kExtensionRequest,  // ask the judge to extend before the end (OTS, uithuisplaatsing)
  kRaadNoExtension,   // no extension wanted: tell the Raad 2 months before the end (BW 1:265j)
  kUseBy,             // a placement authorisation lapses when not used within 3 months
  kHearing,           // after an emergency order: the judge hears parents and child in 2 weeks
  kCustodyRequest,    // a suspension of custody lapses after 3 months unless ending is asked
  kEnds,              // the measure ends (no extension possible)
  kEighteen,          // the child turns 18: the measure ends for them
};
// "extension_request", "raad_no_extension", "use_by", "hearing", "custody_request", "ends",
// "eighteen".
std::string_view ToString(DeadlineKind v);

// One legal deadline as a dated item.
struct MeasureDeadline {
  DeadlineKind kind = DeadlineKind::kEnds;
  std::string measure_id;
  MeasureKind measure_kind = MeasureKind::kOts;
  Date due;
  Date warn_from;         // the early warning: shown on Mijn werk from this day
  std::string child_id;   // kEighteen: whose birthday
  std::string_view what;  // what to do, in English (front-ends word it by kind)
  std::string_view article;
  bool overdue = false;         // due before today (never when done)
  std::optional<Date> done_on;  // marked done on this day (measure.deadline_done)
};

// May a deadline of this kind be marked done? Not the end of a measure or an 18th birthday:
// those happen by themselves.
bool CanBeMarkedDone(DeadlineKind kind);
std::optional<DeadlineKind> ParseDeadlineKind(std::string_view s);

// Every legal deadline of a running (or scheduled) measure, earliest first; none once it has
// ended. `today` decides `overdue` and which measures still run.
std::vector<MeasureDeadline> MeasureDeadlines(const MeasureRecord& m, const Family& family,
                                              const Date& today, const MeasurePolicy& policy = {});
// The deadlines of every measure, earliest first.
std::vector<MeasureDeadline> AllDeadlines(const std::vector<MeasureRecord>& measures,
                                          const Family& family, const Date& today,
                                          const MeasurePolicy& policy = {});

// What a new measure holds, as typed (dates as text, so a bad date is a field error).
struct NewMeasureInput {
  std::string kind;
  std::vector<std::string> children;
  std::string ruling_date;
  std::string start;
  std::string end;
  std::string threats;
  std::string decision_id;
  std::vector<std::string> parents;
};

// Checks a new measure; fills `out` when there are no errors. `decision_taken` says whether a
// decision id is a taken decision of this file.
std::vector<FieldError> CheckNewMeasure(const Family& family, const NewMeasureInput& in,
                                        const Date& today, bool decision_taken, MeasureRecord& out,
                                        const MeasurePolicy& policy = {});

// Checks an extension of `m`: the new ruling date (not in the future, not before the newest
// ruling) and new end (after the current end, at most one extension term later).
// FailedPrecondition (as `precondition`) when the measure cannot be extended at all.
std::vector<FieldError> CheckExtension(const MeasureRecord& m, const Family& family,
                                       const std::string& ruling_date, const std::string& new_end,
                                       const std::string& reason, const Date& today,
                                       std::optional<Error>& precondition, Date& ruling_out,
                                       Date& end_out, const MeasurePolicy& policy = {});
// Checks an early end: the day (from the start up to today) and a reason.
std::vector<FieldError> CheckEnd(const MeasureRecord& m, const Family& family,
                                 const std::string& ended_on, const std::string& reason,
                                 const Date& today, std::optional<Error>& precondition,
                                 Date& ended_out);

// Checks marking a deadline of `m` done: `deadline` (a kind) and `due` name an open deadline of
// the measure that can be marked done, `done_on` is a date not after today, `note` optional.
// FailedPrecondition (as `precondition`) when that deadline was marked done already.
std::vector<FieldError> CheckDeadlineDone(const MeasureRecord& m, const Family& family,
                                          const std::string& deadline, const std::string& due,
                                          const std::string& done_on, const std::string& note,
                                          const Date& today, std::optional<Error>& precondition,
                                          DeadlineDone& out, const MeasurePolicy& policy = {});

// The parents a new measure names by default on the form: those with custody of a child of the
// family on `today` (a schorsing or a gezagsbeëindiging concerns their custody).
std::vector<std::string> DefaultParents(const Family& family);

// Who records, extends and ends measures: the lead and the duo.
Decision DecideMeasureEditor(const Family& family, const AccessQuery& query);
// Who reads measures at all: whoever reads the file's entries (no network member).
Decision DecideMeasures(const Family& family, const AccessQuery& query);
// The same, knowing the measures: a family member named as a parent on one of them reads it
// too (kSummaryRight), even without custody or a young person's consent.
Decision DecideMeasures(const Family& family, const AccessQuery& query,
                        const std::vector<MeasureRecord>& all);
// What the viewer reads: professionals everything; a family member the measures concerning
// them under the entry rules (a parent with custody of a child it concerns, a child of 12+
// about themselves), as an entry about those children written when it was recorded; and, as a
// summary (summary_only), the measures that name them as a parent that they may not read so.
std::vector<MeasureRecord> VisibleMeasures(const Family& family, const AccessQuery& query,
                                           const std::vector<MeasureRecord>& all);

const MeasureRecord* FindMeasure(const std::vector<MeasureRecord>& all, std::string_view id);

}  // namespace stip::domain
