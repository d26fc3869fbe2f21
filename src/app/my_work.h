// "Mijn werk" (issue 10 item 7): what a professional has to do in the files they lead or share,
// and for a team lead the same per team with each professional's caseload.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/known_elsewhere.h"
#include "domain/my_work.h"
#include "domain/reads.h"

namespace stip::app {

// The query as the caller typed it ("" = the default); Stip checks it (field errors "weeks",
// "page", "limit").
struct MyWorkQuery {
  std::string weeks;  // no contact for this many weeks (1..WorkPolicy::max_quiet_weeks)
  std::string page;   // 1-based
  std::string limit;  // files per page (1..Options::max_page)
};

// One file with what is to do in it, earliest due first (may be empty: nothing due).
struct MyWorkFile {
  domain::FamilySummary family;  // my_role: the professional's role in the file
  std::vector<domain::WorkItem> items;
  // Issue 11 item 5: a file the caller leads where a child has no explanation yet (names).
  std::vector<std::string> children_without_explanation = {};
};

// Totals over every file of the list, not only the page shown.
struct MyWorkCounts {
  std::int64_t files = 0;
  std::int64_t leads = 0;  // files the professional leads (the caseload as fixed face)
  std::int64_t correction_requests = 0;
  std::int64_t objections = 0;
  std::int64_t withholding_reviews = 0;
  std::int64_t no_contact = 0;
  std::int64_t measure_deadlines = 0;     // issue 12 item 3: deadlines of court measures
  std::int64_t destruction_requests = 0;  // issue 14 item 3 part C: requests to destroy
  std::int64_t overdue = 0;               // items past their date, of every kind
  // Issue 10 item 4: uses of emergency access the professional judges as team lead.
  std::int64_t emergency_reviews = 0;
};

struct MyWorkView {
  domain::Date today;
  int weeks = 0;
  int page = 1;
  int limit = 0;
  int pages = 1;  // at least 1
  // The page: files with something due first (earliest first), then the rest by name.
  std::vector<MyWorkFile> files;
  MyWorkCounts counts;
  bool team_lead = false;  // the caller leads a team: "Werk van mijn team" is theirs too
  // Ask to join (issue 10 item 6): open requests to files the caller leads, and the caller's
  // own requests with the answer.
  std::vector<domain::JoinRequest> join_requests = {};
  std::vector<domain::JoinRequest> my_join_requests = {};
};

// The totals of a list of files.
MyWorkCounts CountWork(const std::vector<MyWorkFile>& files);

// DESIGN.md §4: aggregated counts never show fewer than 10 families in a cell. A team lead's
// counts of 1 to 9 are kFewerThanTen instead (0 and 10 or more are shown as they are). A count
// that would give a small cell away by subtraction (the files a professional does not lead:
// files minus leads) is kNotShown.
inline constexpr std::int64_t kFewerThanTen = -1;
inline constexpr std::int64_t kNotShown = -2;
inline constexpr std::int64_t kSmallestCell = 10;
MyWorkCounts SuppressSmallCells(MyWorkCounts counts);

// One professional of a team as the team lead sees them: counts only, no family.
struct Caseload {
  domain::User user;
  MyWorkCounts counts;
};

// A team the caller leads, with each professional's caseload.
struct TeamWork {
  domain::Team team;
  std::vector<Caseload> professionals;  // by name
};

// The team lead's view: the same counts per professional, for every team the caller leads.
// It names no family (DESIGN.md §1: a team lead never sees a family file), so it leaves no
// access-log line.
struct TeamWorkView {
  domain::Date today;
  int weeks = 0;
  std::vector<TeamWork> teams;  // empty: the caller leads no team
  // Issue 10 item 4: uses of emergency access that wait for the caller's judgement.
  std::int64_t emergency_reviews = 0;
};

}  // namespace stip::app
