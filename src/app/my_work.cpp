// "Mijn werk" (issue 10 item 7): the files a professional leads or shares with what is due in
// each, from the same rules (domain/my_work.h) that the mail digest counts with.
#include <algorithm>
#include <charconv>
#include <iterator>

#include "app/help_internal.h"
#include "app/stip.h"
#include "domain/child_voice.h"
#include "domain/household.h"
#include "domain/local_time.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

// A whole number from `min` to `max` typed as text; "" is `fallback`. Adds a field error else.
int WholeNumber(const std::string& text, const char* field, int min, int max, int fallback,
                std::vector<domain::FieldError>& errors) {
  if (text.empty()) return fallback;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    errors.push_back(
        {field,
         domain::FieldCode::kOutOfRange,
         "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max),
         {{"min", std::int64_t{min}}, {"max", std::int64_t{max}}}});
    return fallback;
  }
  return value;
}

// Files with something due first (the earliest first), then the quiet rest by name.
bool Sooner(const MyWorkFile& a, const MyWorkFile& b) {
  if (a.items.empty() != b.items.empty()) return !a.items.empty();
  if (!a.items.empty() && a.items.front().due != b.items.front().due) {
    return a.items.front().due < b.items.front().due;
  }
  if (a.family.name != b.family.name) return a.family.name < b.family.name;
  return a.family.id < b.family.id;
}

}  // namespace

MyWorkCounts SuppressSmallCells(MyWorkCounts counts) {
  for (std::int64_t* n :
       {&counts.files, &counts.leads, &counts.correction_requests, &counts.objections,
        &counts.withholding_reviews, &counts.no_contact, &counts.measure_deadlines,
        &counts.destruction_requests, &counts.overdue}) {
    if (*n > 0 && *n < kSmallestCell) *n = kFewerThanTen;
  }
  // Files and leads both shown: their difference (the files where the professional is duo,
  // behavioural scientist, ...) must not be a small cell either.
  if (counts.files >= kSmallestCell && counts.leads >= kSmallestCell &&
      counts.files - counts.leads > 0 && counts.files - counts.leads < kSmallestCell) {
    counts.leads = kNotShown;
  }
  return counts;
}

MyWorkCounts CountWork(const std::vector<MyWorkFile>& files) {
  MyWorkCounts c;
  c.files = static_cast<std::int64_t>(files.size());
  for (const auto& f : files) {
    if (f.family.my_role == "lead") ++c.leads;
    for (const auto& item : f.items) {
      switch (item.kind) {
        case domain::WorkKind::kCorrectionRequest:
          ++c.correction_requests;
          break;
        case domain::WorkKind::kObjection:
          ++c.objections;
          break;
        case domain::WorkKind::kWithholdingReview:
          ++c.withholding_reviews;
          break;
        case domain::WorkKind::kNoContact:
          ++c.no_contact;
          break;
        case domain::WorkKind::kMeasureDeadline:
          ++c.measure_deadlines;
          break;
        case domain::WorkKind::kDestructionRequest:
          ++c.destruction_requests;
          break;
      }
      if (item.overdue) ++c.overdue;
    }
  }
  return c;
}

Result<std::vector<MyWorkFile>> Stip::WorkOf(const Principal& as, int weeks) {
  std::vector<MyWorkFile> out;
  // An administrator has no families (see AccessTo).
  if (as.user.admin && as.via != Principal::Via::kCli) return out;
  auto families = families_.ListFamiliesOf(as.user.id);
  if (!families) return tl::unexpected(families.error());
  for (auto& summary : *families) {
    // One snapshot per file: the family, its withholdings and objections, the open correction
    // requests and the newest entry (the last contact on record).
    auto read = families_.ReadFamilyFile(summary.id, domain::Page{0, 1},
                                         domain::FamilyFileParts{.open_corrections = true});
    if (!read) return tl::unexpected(read.error());
    if (!*read) continue;  // gone between the two reads: nothing to do there
    domain::FamilyFile& file = **read;
    auto access = AccessTo(as, std::move(file.family), std::move(file.consents));
    if (!access) {
      if (access.error().code == Code::kNotFound) continue;  // the involvement just ended
      return tl::unexpected(access.error());
    }
    domain::FileFacts facts;
    facts.family = &access->family;
    facts.open_corrections = std::move(file.open_corrections);
    facts.objections = std::move(file.objections);
    facts.withholdings = std::move(file.withholdings);
    if (!file.entries.empty()) facts.last_entry_at = file.entries.front().created_at;
    // Issue 12 item 3: the court measures, whose deadlines the lead and the duo act on.
    if (domain::DecideMeasureEditor(access->family, access->query).allowed) {
      auto measures = families_.ListMeasures(summary.id);
      if (!measures) return tl::unexpected(measures.error());
      facts.measures = std::move(*measures);
    }
    // Issue 14 item 3 part C: the family's requests to destroy, which the lead answers.
    if (summary.my_role == "lead") {
      auto requests = retention_.ListDestructionRequests(summary.id);
      if (!requests) return tl::unexpected(requests.error());
      facts.destruction_requests = std::move(*requests);
    }
    MyWorkFile work;
    work.items = domain::WorkInFile(facts, access->query, weeks, options_.work);
    // Issue 11 item 5: the lead sees which children still wait for an explanation.
    if (summary.my_role == "lead") {
      auto voices = families_.LoadChildVoices(summary.id);
      if (!voices) return tl::unexpected(voices.error());
      for (const auto& id : domain::ChildrenWithoutExplanation(access->family, *voices)) {
        if (const auto* m = domain::FindMemberIn(access->family, id)) {
          work.children_without_explanation.push_back(m->name);
        }
      }
    }
    work.family = std::move(summary);
    out.push_back(std::move(work));
  }
  // Finding 6 of the privacy review: once help has ended no lead runs the file, and the last
  // lead's team lead answers a request to destroy (MayHold): it is on their work list, with the
  // three-month date, as it was on the lead's while help ran. Only for a team lead; the files
  // are found through their chains (as the retention run does).
  if (auto leads = admin_.ListTeamLeads(); !leads) {
    return tl::unexpected(leads.error());
  } else if (std::any_of(leads->begin(), leads->end(),
                         [&](const auto& l) { return l.user_id == as.user.id; })) {
    auto chains = history_.ListChains();
    if (!chains) return tl::unexpected(chains.error());
    const domain::Millis now = clock_.Now();
    const domain::Date today = domain::AmsterdamDate(now);
    for (const std::string& id : *chains) {
      if (id == ledger::kSystemChain) continue;
      if (std::any_of(out.begin(), out.end(), [&](const auto& f) { return f.family.id == id; })) {
        continue;  // involved: the file's own work list has it when the caller is its lead
      }
      auto requests = retention_.ListDestructionRequests(id);
      if (!requests) return tl::unexpected(requests.error());
      if (std::none_of(requests->begin(), requests->end(),
                       [](const auto& r) { return r.open(); })) {
        continue;
      }
      auto family = families_.FindFamily(id);
      if (!family) return tl::unexpected(family.error());
      if (!*family) continue;
      const domain::Family& f = **family;
      // While help runs (any professional still involved), the lead answers (MayAnswerNow).
      if (HelpRuns(f, now)) continue;
      std::string last_lead;
      domain::Millis last_start = -1;
      for (const auto& inv : f.involvements) {
        if (inv.role != domain::InvolvementRole::kLead || inv.started_at > now) continue;
        if (inv.started_at > last_start) {
          last_start = inv.started_at;
          last_lead = inv.user_id;
        }
      }
      auto may = MayHold(as, f, now);
      if (!may) return tl::unexpected(may.error());
      if (!*may) continue;
      MyWorkFile work;
      for (const auto& r : *requests) {
        if (!r.open()) continue;
        const domain::Date due = domain::ThreeMonthsAfter(domain::AmsterdamDate(r.requested_at));
        domain::WorkItem item;
        item.kind = domain::WorkKind::kDestructionRequest;
        item.id = r.id;
        item.due = due;
        item.overdue = due < today;
        work.items.push_back(std::move(item));
      }
      work.family.id = f.id;
      work.family.name = f.name;
      work.family.my_role = "team_lead";
      work.family.lead_user_id = last_lead;
      out.push_back(std::move(work));
    }
  }
  std::sort(out.begin(), out.end(), Sooner);
  return out;
}

Result<MyWorkView> Stip::ReadMyWork(const Principal& who, const MyWorkQuery& query) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied,
                "My work is for professionals; your family's page is "
                "\"Ons gezin\".");
  }
  std::vector<domain::FieldError> errors;
  MyWorkView view;
  view.weeks = WholeNumber(query.weeks, "weeks", 1, options_.work.max_quiet_weeks,
                           options_.work.default_quiet_weeks, errors);
  view.page = WholeNumber(query.page, "page", 1, 1000000, 1, errors);
  view.limit = WholeNumber(query.limit, "limit", 1, options_.max_page, 50, errors);
  if (!errors.empty()) {
    return Fail(domain::Error::Invalid("The question for my work is not valid.", errors));
  }
  view.today = domain::AmsterdamDate(clock_.Now());
  auto all = WorkOf(who, view.weeks);
  if (!all) return tl::unexpected(all.error());

  view.counts = CountWork(*all);
  auto emergency = CountEmergencyReviews(who);  // issue 10 item 4
  if (!emergency) return tl::unexpected(emergency.error());
  view.counts.emergency_reviews = *emergency;
  auto leads = admin_.ListTeamLeads();
  if (!leads) return tl::unexpected(leads.error());
  for (const auto& l : *leads) view.team_lead = view.team_lead || l.user_id == who.user.id;
  // No silent cap: every file is on some page, and the page says how many there are.
  const auto total = static_cast<int>(all->size());
  view.pages = std::max(1, (total + view.limit - 1) / view.limit);
  const int first = std::min(total, (view.page - 1) * view.limit);
  const int last = std::min(total, first + view.limit);
  view.files.assign(std::make_move_iterator(all->begin() + first),
                    std::make_move_iterator(all->begin() + last));

  // The page shows names and due dates of these files: each read is on their access log.
  std::vector<domain::AccessRecord> lines;
  const domain::Millis now = clock_.Now();
  for (const auto& f : view.files) {
    domain::AccessRecord r;
    r.family_id = f.family.id;
    r.time = now;
    r.user_id = who.user.id;
    r.role = f.family.my_role;
    r.what = "my_work";
    r.purpose = "hulpverlening";
    lines.push_back(std::move(r));
  }
  if (!lines.empty()) {
    auto logged = committer_->LogAll(std::move(lines));
    if (!logged) return tl::unexpected(logged.error());
  }
  if (auto r = ReadJoinRequests(who, view.join_requests, view.my_join_requests); !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

}  // namespace stip::app
