// "Ons gezin": what a family member sees of their own file (fixed face, what is new, the
// entries the access engine shows them), their download, and the access log by period.
#include <algorithm>
#include <utility>

#include "app/emergency_internal.h"
#include "app/stip.h"
#include "domain/local_time.h"
#include "domain/rules.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

constexpr int kHomeEntries = 500;  // newest entries on the home page and in the download
constexpr int kLogScanPages = 20;  // pages of 200 lines searched for the previous visit
constexpr int kLogPageSize = 200;

}  // namespace

Status Stip::NameReaders(const std::string& family_id, std::vector<domain::AccessRecord> records,
                         AccessLogView& view) {
  std::map<std::string, std::pair<std::string, std::string>> names;  // reader -> (name, team)
  std::optional<std::map<std::string, std::string>> account_names;   // account -> member name
  for (auto& record : records) {
    auto it = names.find(record.user_id);
    if (it == names.end()) {
      std::pair<std::string, std::string> name{record.user_id, ""};
      if (record.user_id.starts_with("acc_")) {
        if (!account_names) {
          account_names.emplace();
          auto accounts = accounts_.ListAccounts(family_id);
          if (!accounts) return tl::unexpected(accounts.error());
          auto family = families_.FindFamily(family_id);
          if (!family) return tl::unexpected(family.error());
          for (const auto& a : *accounts) {
            for (const auto& m : *family ? (*family)->members : std::vector<domain::Member>{}) {
              if (m.id == a.member_id) (*account_names)[a.id] = m.name;
            }
          }
          // Issue 10: what a network member read is on the family's log under their name.
          auto network = accounts_.ListNetworkMembers(family_id);
          if (!network) return tl::unexpected(network.error());
          for (const auto& n : *network) (*account_names)[n.account_id] = n.name;
        }
        if (auto n = account_names->find(record.user_id); n != account_names->end()) {
          name.first = n->second;
        }
      } else {
        auto pro = LoadProfessional(record.user_id);
        if (pro) {
          name.first = pro->user.display_name;
          if (pro->team) name.second = pro->team->name;
        } else if (pro.error().code != Code::kNotFound) {
          return tl::unexpected(pro.error());
        }
      }
      it = names.emplace(record.user_id, std::move(name)).first;
    }
    view.lines.push_back({std::move(record), it->second.first, it->second.second});
  }
  return {};
}

// A member who joined the household later or left it reads the access log of their time in
// it: reads before they came or after they left were of a file that was not theirs then (and
// of entries they cannot read). Their own reads they always see.
struct Stip::LogWindow {
  std::optional<domain::Millis> joined_at;
  std::optional<domain::Date> left_on;
  bool Holds(const domain::AccessRecord& line, const std::string& own_id) const {
    if (line.user_id == own_id) return true;
    if (joined_at && line.time < *joined_at) return false;
    return !left_on || domain::AmsterdamDate(line.time) < *left_on;
  }
};

Result<Stip::LogWindow> Stip::MembershipWindow(const Principal& who, const Access& access) {
  LogWindow window;
  if (!who.IsFamily() || who.IsNetwork()) return window;
  const std::string& me = who.account->member_id;
  bool joined_later = false;
  for (const auto& m : access.family.members) {
    if (m.id != me) continue;
    window.left_on = m.left_on;
    joined_later = m.joined_seq > 0;
  }
  if (joined_later) {
    auto changes = families_.ListHouseholdChanges(access.family.id);
    if (!changes) return tl::unexpected(changes.error());
    for (const auto& c : *changes) {
      if (c.kind == "member.added" && c.subject == me) window.joined_at = c.at;
    }
  }
  return window;
}

Result<FamilyHome> Stip::OpenFamilyHome(const Principal& who, const std::string& family_id,
                                        const std::string& what) {
  if (!who.IsFamily()) {
    return Fail(Code::kPermissionDenied,
                "This page is for the family; professionals open the file under /gezinnen.");
  }
  // Every standing in the file has one of these: the file, a child's view (under 12), or the
  // summary (a parent without custody). The first the engine allows decides what is shown.
  const bool copy = what == "export" || what == "copy_pdf";
  const domain::Action entry_action =
      copy ? domain::Action::kDownloadCopy : domain::Action::kViewFile;
  auto access = Authorize(who, family_id, entry_action);
  if (!access && access.error().code == Code::kPermissionDenied) {
    access = Authorize(who, family_id, domain::Action::kViewChildView);
  }
  if (!access && access.error().code == Code::kPermissionDenied) {
    access = Authorize(who, family_id, domain::Action::kViewSummary);
  }
  if (!access) return tl::unexpected(access.error());

  FamilyHome home;
  home.account = *who.account;
  home.my_role = access->role;
  for (const auto& m : access->family.members) {
    if (m.id == who.account->member_id) home.me = m;
  }
  const auto allowed = [&](domain::Action a) {
    return domain::Decide(access->family, access->query, a).allowed;
  };
  const bool sees_entries = allowed(domain::Action::kViewEntries);
  home.summary_only = !sees_entries && allowed(domain::Action::kViewSummary);
  home.child_view = home.me.role == domain::MemberRole::kChild;
  home.may_view_access_log = allowed(domain::Action::kViewAccessLog);

  auto lead = domain::CurrentLead(access->family);
  if (!lead) return Fail(Code::kInternal, "This family file has no lead professional.");
  auto lead_pro = LoadProfessional(lead->user_id);
  if (!lead_pro) return tl::unexpected(lead_pro.error());
  home.lead = std::move(*lead_pro);
  if (auto duo = domain::CurrentDuo(access->family)) {
    auto duo_pro = LoadProfessional(duo->user_id);
    if (!duo_pro) return tl::unexpected(duo_pro.error());
    home.duo = std::move(*duo_pro);
  }
  // Issue 10: who is involved now, and (for who reads the file) what changed in the household.
  auto involved = LoadInvolved(access->family);
  if (!involved) return tl::unexpected(involved.error());
  home.involved = std::move(*involved);
  // Issue 10: every member who reads the fixed face reads who the next one will be and why.
  auto fixed_face = LoadFixedFace(access->family);
  if (!fixed_face) return tl::unexpected(fixed_face.error());
  home.fixed_face = std::move(*fixed_face);
  if (!sees_entries) {
    // The right to important information: a measure that names this parent.
    auto measures = families_.ListMeasures(family_id);
    if (!measures) return tl::unexpected(measures.error());
    for (const auto& m : domain::VisibleMeasures(access->family, access->query, *measures)) {
      if (m.summary_only) home.named_in_measure = true;
    }
  }
  if (sees_entries) {
    // Issue 12 item 3: the compulsory frame while a measure concerning this member runs.
    auto measures = families_.ListMeasures(family_id);
    if (!measures) return tl::unexpected(measures.error());
    home.frame = domain::FrameOn(domain::VisibleMeasures(access->family, access->query, *measures),
                                 access->family, access->query.today);
    auto changes = families_.ListHouseholdChanges(family_id);
    if (!changes) return tl::unexpected(changes.error());
    home.changes = std::move(*changes);
    // A member reads a change only when it is about them, about a child in their custody, or
    // about who helps the family: a custody ruling or a departure with its reason is not for
    // siblings, other adults or a parent without custody of that child.
    const std::string& me = home.me.id;
    const auto in_my_custody = [&](const std::string& member) {
      for (const auto& c : access->family.custody) {
        if (c.parent_id == me && c.child_id == member && c.has_custody) return true;
      }
      return false;
    };
    std::erase_if(home.changes, [&](const domain::HouseholdChange& c) {
      if (c.kind.starts_with("involvement.") || c.kind.starts_with("handover.")) return false;
      if (c.subject == me || c.other == me) return false;
      return !in_my_custody(c.subject) && !in_my_custody(c.other);
    });
    if (auto named = NameChanges(access->family, home.changes, home.names); !named) {
      return tl::unexpected(named.error());
    }
  }

  // The previous visit: this account's newest earlier "ons_gezin" line in the access log.
  std::int64_t before = 0;
  for (int i = 0; i < kLogScanPages && !home.previous_visit; ++i) {
    auto lines = families_.ListAccessLog(family_id, domain::Page{before, kLogPageSize});
    if (!lines) return tl::unexpected(lines.error());
    for (const auto& line : *lines) {
      if (line.user_id == who.user.id && line.what == "ons_gezin") {
        home.previous_visit = line.time;
        break;
      }
    }
    if (static_cast<int>(lines->size()) < kLogPageSize) break;
    before = lines->back().seq;
  }

  if (sees_entries) {
    // The same views as the professional's file page and the API: reactions, corrections and
    // withheld placeholders, so a reaction shows next to its entry wherever the entry appears.
    // A copy pages on to the oldest entry: it holds the whole file the member may see.
    std::int64_t older = 0;
    do {
      std::int64_t next = 0;
      const int limit = copy ? std::min(kHomeEntries, options_.max_page) : kHomeEntries;
      auto views = EntryViews(*access, domain::Page{older, limit}, &next);
      if (!views) return tl::unexpected(views.error());
      for (auto& view : *views) {
        HomeEntry item;
        item.is_new = home.previous_visit && view.entry.created_at > *home.previous_visit;
        static_cast<EntryView&>(item) = std::move(view);
        home.entries.push_back(std::move(item));
      }
      older = next;
    } while (copy && older > 0);
    home.more_entries = older > 0;  // the page shows the newest; a copy has them all
  }
  home.may_manage_consent = allowed(domain::Action::kManageConsent);
  if (home.may_manage_consent) {
    auto consents = accounts_.ListConsents(family_id);
    if (!consents) return tl::unexpected(consents.error());
    for (auto& c : *consents) {
      if (c.consent.young_person_id == home.me.id) home.my_consents.push_back(std::move(c));
    }
  }
  // No chain head in a member's copy: it counts every event of the file, also those the member
  // may not know of (a withheld or confidential entry), so watching it grow would tell them
  // that something is written they cannot see (privacy review of issue 13 item 3).
  home.read_at = clock_.Now();
  home.family = std::move(access->family);
  if (home.summary_only) {
    // The summary: who is in the family and who the fixed face is, no history.
    home.family.custody.clear();
  }
  if (auto r = LogRead(who, family_id, home.my_role, what, "eigen dossier"); !r) {
    return tl::unexpected(r.error());
  }
  return home;
}

Result<AccessLogView> Stip::ReadAccessLogPeriod(const Principal& who, const std::string& family_id,
                                                const AccessLogPeriod& period, domain::Page page) {
  if (page.before < 0 || page.limit < 1 || page.limit > options_.max_page) {
    return Fail(domain::Error::Invalid(
        "Paging is not valid.",
        {{"limit",
          domain::FieldCode::kOutOfRange,
          "must be between 1 and " + std::to_string(options_.max_page),
          {{"min", std::int64_t{1}}, {"max", std::int64_t{options_.max_page}}}}}));
  }
  if (period.from && period.to && *period.to < *period.from) {
    return Fail(domain::Error::Invalid("The period is not valid.",
                                       {{"to",
                                         domain::FieldCode::kDateBeforeStart,
                                         "lies before the first day of the period",
                                         {{"start", domain::FormatDate(*period.from)}}}}));
  }
  auto access = Authorize(who, family_id, domain::Action::kViewAccessLog);
  if (!access) return tl::unexpected(access.error());
  auto window = MembershipWindow(who, *access);
  if (!window) return tl::unexpected(window.error());
  AccessLogView view;
  view.family_id = family_id;
  view.family_name = access->family.name;
  std::vector<domain::AccessRecord> kept;
  std::int64_t before = page.before;
  bool more = true;
  for (int i = 0; i < kLogScanPages && more && static_cast<int>(kept.size()) <= page.limit; ++i) {
    auto lines = families_.ListAccessLog(family_id, domain::Page{before, kLogPageSize});
    if (!lines) return tl::unexpected(lines.error());
    more = static_cast<int>(lines->size()) == kLogPageSize;
    if (!lines->empty()) before = lines->back().seq;
    for (auto& line : *lines) {
      const domain::Date day = domain::AmsterdamDate(line.time);
      if (period.to && *period.to < day) continue;
      if (period.from && day < *period.from) {
        more = false;  // newest first: everything after this is older still
        break;
      }
      if (!window->Holds(line, who.user.id)) continue;
      // A child's visits to their own words are theirs: the others would learn from them that
      // the child writes something, shared with them or not (issue 11 item 5).
      if (line.user_id != who.user.id && line.role == "child" &&
          (line.what == "child_voice" || line.what == "child_explanation")) {
        continue;
      }
      // Another family member's visits to their requests to destroy are theirs too: the others
      // would learn that they may ask for it (privacy review of issue 14 item 3 part C, finding
      // 5). A professional's read stays on the log.
      if (line.user_id != who.user.id && line.what == "destruction_requests" &&
          (line.role == "network" || domain::ParseMemberRole(line.role))) {
        continue;
      }
      kept.push_back(std::move(line));
      if (static_cast<int>(kept.size()) > page.limit) break;
    }
  }
  if (static_cast<int>(kept.size()) > page.limit) {
    kept.pop_back();
    view.next_before = kept.back().seq;
  } else if (more) {
    view.next_before = before;  // the scan stopped, not the log: older lines on the next page
  }
  if (auto named = NameReaders(family_id, std::move(kept), view); !named) {
    return tl::unexpected(named.error());
  }
  auto uses = EmergencyUsesOf(family_id);  // issue 10 item 4: who broke the glass, and why
  if (!uses) return tl::unexpected(uses.error());
  view.emergency_uses = UsesForReader(*access, std::move(*uses));
  if (auto r = LogRead(who, family_id, access->role, "access_log", "eigen dossier"); !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

}  // namespace stip::app

namespace stip::app {
namespace {

// A part the member may not read is left out of the copy; anything else (the store is down) is
// an error of the whole copy, so that a copy is never silently incomplete.
template <typename View>
Status Take(Result<View> read, std::optional<View>& into) {
  if (read) {
    into = std::move(*read);
    return {};
  }
  const Code code = read.error().code;
  if (code == Code::kPermissionDenied || code == Code::kNotFound) return {};
  return tl::unexpected(read.error());
}

}  // namespace

Result<FamilyRecords> Stip::FamilyRecordsOf(const Principal& who, const std::string& family_id) {
  if (!who.IsFamily() || who.IsNetwork()) {
    return Fail(Code::kPermissionDenied, "A copy of the file is for the family's own members.");
  }
  FamilyRecords records;
  if (auto s = Take(SafetyMapOf(who, family_id, ""), records.safety_map); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = Take(FamilyPlanOf(who, family_id, ""), records.plan); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = Take(MeetingsOf(who, family_id, ""), records.meetings); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = Take(DecisionsOf(who, family_id, ""), records.decisions); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = Take(MeasuresOf(who, family_id, ""), records.measures); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = Take(ChildVoicesOf(who, family_id, ""), records.child_voices); !s) {
    return tl::unexpected(s.error());
  }
  auto family = families_.FindFamily(family_id);
  if (!family) return tl::unexpected(family.error());
  if (!*family) return records;
  for (const auto& m : (*family)->members) {
    if (m.role != domain::MemberRole::kChild) continue;
    std::optional<ChildExplanationView> explanation;
    if (auto s = Take(ExplanationOf(who, family_id, m.id, ""), explanation); !s) {
      return tl::unexpected(s.error());
    }
    if (explanation) records.explanations.push_back(std::move(*explanation));
  }
  return records;
}

}  // namespace stip::app
