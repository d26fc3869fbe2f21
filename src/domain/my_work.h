// What a professional has to do in the files they work on ("Mijn werk", issue 10 item 7): pure
// rules over what the store holds, so the page, the API and the mail digest agree on what is due.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access.h"
#include "domain/destruction.h"
#include "domain/measure.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

// Settings of the work list (practice, not law: LEGAL_FACTS.md sets the answer terms).
struct WorkPolicy {
  // A withholding shows this many days before its review date, so it can be renewed in time
  // (after that date it no longer holds: renewing is refused and a new decision is needed).
  int review_warning_days = 14;
  // A file without a new entry for this many weeks shows as "no contact" (?weken=N overrides).
  int default_quiet_weeks = 6;
  int max_quiet_weeks = 104;
  // Issue 12 item 3: the legal terms of court measures and their early warnings.
  MeasurePolicy measure = {};
};

enum class WorkKind {
  kCorrectionRequest,  // a family member asked to correct an entry: answer within a month
  kObjection,          // a family member objected to a withholding: a second professional answers
  kWithholdingReview,  // a withholding's review date is near or past: renew or lift it
  kNoContact,          // no new entry in the file for the chosen number of weeks
  kMeasureDeadline,    // issue 12 item 3: a legal deadline of a court measure, from its warning
  // Issue 14 item 3 part C: a family member asked for destruction: the lead answers within
  // three months.
  kDestructionRequest,
};

struct WorkItem {
  WorkKind kind = WorkKind::kNoContact;
  std::string id;        // the reaction, objection or withholding ("" for no contact)
  std::string entry_id;  // the entry it is about ("" for no contact)
  // Answer by (requests), the first day it no longer holds (a withholding: its review date or
  // the legal limit), or the day the file became quiet (no contact).
  Date due;
  bool overdue = false;  // a request past its term, a lapsed withholding, a quiet file
  // kMeasureDeadline: which deadline of which kind of measure (`id` is the measure's id).
  DeadlineKind deadline = DeadlineKind::kEnds;
  MeasureKind measure_kind = MeasureKind::kOts;
  // kObjection, kWithholdingReview: what the withholding holds back (issue 11 item 6): an entry
  // (entry_id) or an item of the safety map, the plan, a meeting or a child's words.
  WithheldKind withheld_kind = WithheldKind::kEntry;
};

// What the store holds about one file that the rules read.
struct FileFacts {
  const Family* family = nullptr;
  std::vector<Reaction> open_corrections;
  std::vector<Objection> objections;
  std::vector<Withholding> withholdings;
  std::optional<Millis> last_entry_at;  // the newest entry; none: the file's opening counts
  std::vector<MeasureRecord> measures;  // issue 12 item 3: the file's court measures
  std::vector<DestructionRequest> destruction_requests;  // issue 14 item 3 part C
};

// The answer term of a correction request or an objection: one month (LEGAL_FACTS: inspection
// and correction, AVG art. 12(3)); 31 January -> 28 or 29 February.
Date OneMonthAfter(const Date& date);

// The work in one file for the professional in `query`: only what the access engine lets them
// do themselves (the lead and duo answer corrections and renew withholdings; an objection goes
// to a professional who did not decide the withholding), earliest due first. `quiet_weeks`
// (1..policy.max_quiet_weeks) decides "no contact".
std::vector<WorkItem> WorkInFile(const FileFacts& facts, const AccessQuery& query, int quiet_weeks,
                                 const WorkPolicy& policy = {});

// Stable lowercase names for JSON and tests: "correction_request", "objection",
// "withholding_review", "no_contact", "measure_deadline", "destruction_request".
std::string_view ToString(WorkKind kind);

}  // namespace stip::domain
