// The entry view builder: one page of entries as one viewer may see them, with reactions,
// corrections and withholdings. Shared by the professional's file page, "Ons gezin" and the API.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "app/reactions_internal.h"
#include "app/stip.h"
#include "domain/local_time.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

}  // namespace

domain::Date AddOneMonth(const domain::Date& date) {
  domain::Date out = date;
  out.month += 1;
  if (out.month > 12) {
    out.month = 1;
    out.year += 1;
  }
  out.day = std::min(out.day, DaysIn(out.year, out.month));
  return out;
}

std::vector<domain::FieldError> AddEntryAudience(const Access& access, const NewEntry& entry,
                                                 ledger::events::EntryAdded& event) {
  domain::EntryAudience audience;
  audience.concerns = entry.concerns;
  if (!entry.confidential_of.empty()) audience.confidential_of = entry.confidential_of;
  auto errors =
      domain::CheckEntryAudience(access.family, audience, access.query.today, access.query.policy);
  if (!errors.empty()) return errors;
  event.concerns = entry.concerns;  // written only when not empty
  if (!entry.confidential_of.empty()) event.confidential_of = entry.confidential_of;
  return {};
}

domain::EntryAudience AudienceOf(const domain::Entry& entry) {
  return {entry.id, entry.concerns, entry.confidential_of, entry.seq,
          domain::AmsterdamDate(entry.created_at)};
}

domain::EntryAudience AudienceIn(const domain::FamilyFile& file, const domain::Entry& entry) {
  domain::EntryAudience audience = AudienceOf(entry);
  const domain::Entry* first = &entry;
  // Each entry is corrected at most once, so this is a chain; the bound guards a damaged one.
  for (int hops = 0; hops < 64 && !first->corrects.empty(); ++hops) {
    const domain::Entry* earlier = nullptr;
    for (const auto* list : {&file.entries, &file.related}) {
      for (const auto& e : *list) {
        if (e.id == first->corrects) earlier = &e;
      }
    }
    if (!earlier) break;
    first = earlier;
  }
  audience.seq = first->seq;
  audience.written_on = domain::AmsterdamDate(first->created_at);
  return audience;
}

Result<domain::EntryAudience> AudienceFor(store::FamilyReads& families,
                                          const domain::Entry& entry) {
  domain::FamilyFile versions;
  std::string earlier = entry.corrects;
  // Each entry is corrected at most once, so this is a chain; the bound guards a damaged one.
  for (int hops = 0; hops < 64 && !earlier.empty(); ++hops) {
    auto e = families.FindEntry(entry.family_id, earlier);
    if (!e) return tl::unexpected(e.error());
    if (!*e) break;
    earlier = (*e)->corrects;
    versions.related.push_back(std::move(**e));
  }
  return AudienceIn(versions, entry);
}

Result<std::vector<domain::Withholding>> WithholdingsFor(
    store::FamilyReads& families, const domain::Entry& entry,
    const std::vector<domain::Withholding>& all, std::set<std::string>* inherited) {
  // The earlier versions: entry.corrects, what that one corrects, ... (each entry is corrected
  // at most once, so this is a chain; the bound only guards against a damaged projection).
  std::set<std::string> earlier;
  constexpr int kMaxVersions = 1000;
  for (std::string id = entry.corrects; !id.empty() && earlier.size() < kMaxVersions;) {
    if (!earlier.insert(id).second) break;
    auto older = families.FindEntry(entry.family_id, id);
    if (!older) return tl::unexpected(older.error());
    id = *older ? (*older)->corrects : std::string();
  }
  std::vector<domain::Withholding> out;
  for (const auto& w : all) {
    if (w.entry_id == entry.id) {
      out.push_back(w);
    } else if (earlier.count(w.entry_id)) {
      out.push_back(w);
      out.back().entry_id = entry.id;  // the engine matches withholdings by entry id
      if (inherited) inherited->insert(w.id);
    }
  }
  return out;
}

std::vector<domain::Withholding> WithholdingsFor(
    const std::map<std::string, const domain::Entry*>& entries, const domain::Entry& entry,
    const std::vector<domain::Withholding>& all, std::set<std::string>* inherited) {
  std::set<std::string> earlier;
  constexpr int kMaxVersions = 1000;
  for (std::string id = entry.corrects; !id.empty() && earlier.size() < kMaxVersions;) {
    if (!earlier.insert(id).second) break;
    const auto older = entries.find(id);
    id = older != entries.end() ? older->second->corrects : std::string();
  }
  std::vector<domain::Withholding> out;
  for (const auto& w : all) {
    if (w.entry_id == entry.id) {
      out.push_back(w);
    } else if (earlier.count(w.entry_id)) {
      out.push_back(w);
      out.back().entry_id = entry.id;  // the engine matches withholdings by entry id
      if (inherited) inherited->insert(w.id);
    }
  }
  return out;
}

namespace {

// The entries a file holds (its page and the related ones), by id.
std::map<std::string, const domain::Entry*> EntriesById(const domain::FamilyFile& file) {
  std::map<std::string, const domain::Entry*> out;
  for (const auto& e : file.entries) out.emplace(e.id, &e);
  for (const auto& e : file.related) out.emplace(e.id, &e);
  return out;
}

}  // namespace

Result<std::vector<EntryView>> Stip::EntryViews(const Access& access, domain::Page page,
                                                std::int64_t* next_before) {
  domain::Page probe = page;
  probe.limit += 1;  // one more than asked tells whether an older page exists
  auto file = families_.ReadFamilyFile(access.family.id, probe, {});
  if (!file) return tl::unexpected(file.error());
  if (!*file) {
    // Gone since Authorize read it: a family file is never deleted, so this is a broken store.
    return Fail(Code::kInternal, "The family file disappeared while it was being read.");
  }
  return EntryViewsOf(access, **file, page.limit, next_before);
}

Result<std::vector<EntryView>> Stip::EntryViewsOf(const Access& access,
                                                  const domain::FamilyFile& file, int limit,
                                                  std::int64_t* next_before) {
  if (next_before) *next_before = 0;
  std::vector<domain::Entry> entries = file.entries;
  if (static_cast<int>(entries.size()) > limit) {
    entries.pop_back();
    if (next_before) *next_before = entries.back().seq;
  }
  if (entries.empty()) return std::vector<EntryView>{};
  const auto by_id = EntriesById(file);
  const auto& withholdings = file.withholdings;
  const auto& objections = file.objections;
  const auto& reactions = file.reactions;

  std::map<std::string, std::string> member_names;
  for (const auto& m : access.family.members) member_names[m.id] = m.name;
  std::map<std::string, std::string> user_names;
  for (const auto& u : file.users) user_names.emplace(u.user.id, u.user.display_name);
  // A family member's account is not a user: its id stands for the name, as FindUser's miss.
  const auto user_name = [&](const std::string& id) -> Result<std::string> {
    if (id.empty()) return std::string();
    if (auto it = user_names.find(id); it != user_names.end()) return it->second;
    return id;
  };

  // Only a professional viewer sees every withholding, the readers and all reactions.
  const bool professional = std::holds_alternative<domain::ProfessionalViewer>(access.query.viewer);
  const domain::Date& today = access.query.today;
  std::vector<EntryView> out;
  for (auto& entry : entries) {
    std::set<std::string> inherited;
    const auto applicable = WithholdingsFor(by_id, entry, withholdings, &inherited);
    EntryView view;
    const domain::EntryAudience audience = AudienceIn(file, entry);
    view.decision = domain::DecideEntry(access.family, access.query, audience, applicable);
    if (view.decision.visibility == domain::Visibility::kNotShown) continue;
    view.professional = professional;
    auto author = user_name(entry.author_id);
    if (!author) return tl::unexpected(author.error());
    view.author_name = *author;

    // Placeholders for the member; every withholding of the entry for professionals.
    const auto& shown = professional ? applicable : view.decision.withholdings;
    for (const auto& w : shown) {
      WithholdingView wv;
      wv.withholding = w;
      auto decided_by = user_name(w.decided_by);
      if (!decided_by) return tl::unexpected(decided_by.error());
      wv.decided_by_name = *decided_by;
      if (!professional) {
        // The member sees the withholding as it concerns them: not whom else it names.
        wv.withholding.member_id = std::get<domain::MemberViewer>(access.query.viewer).member_id;
        wv.withholding.member_ids.clear();
        wv.withholding.whole_household = false;   // nor whether it covers the others too
        wv.withholding.narrowing_reason.clear();  // a note between professionals
      }
      for (const auto& id : domain::NamedMembers(wv.withholding)) {
        if (!wv.member_name.empty()) wv.member_name += ", ";
        wv.member_name += member_names.count(id) ? member_names[id] : id;
      }
      wv.in_force = domain::InForce(w, today, access.query.policy);
      wv.lapse_date = domain::LapseDate(w, access.query.policy);
      for (const auto& o : objections) {
        // A member reads their own objection, not another member's to the same withholding.
        if (o.withholding_id == w.id && (professional || o.member_id == wv.withholding.member_id)) {
          wv.objections.push_back(o);
        }
      }
      if (professional) {
        wv.may_renew =
            wv.in_force && !inherited.count(w.id) &&
            domain::Decide(access.family, access.query, domain::Action::kWithhold).allowed;
        wv.may_answer_objection =
            domain::DecideObjectionAnswer(access.family, access.query, w).allowed;
      }
      view.withholdings.push_back(std::move(wv));
    }
    if (professional) {
      view.readers = ReaderViews(access.family, access.query, audience, applicable);
    }
    if (view.decision.visibility == domain::Visibility::kVisible) {
      for (const auto& r : reactions) {
        if (r.entry_id != entry.id) continue;
        ReactionView rv;
        rv.reaction = r;
        rv.member_name = member_names.count(r.member_id) ? member_names[r.member_id] : r.member_id;
        auto answered_by = user_name(r.answered_by);
        if (!answered_by) return tl::unexpected(answered_by.error());
        rv.answered_by_name = *answered_by;
        rv.overdue = r.status == domain::RequestStatus::kOpen && r.deadline && *r.deadline < today;
        view.reactions.push_back(std::move(rv));
      }
    } else {
      // A placeholder shows nothing of the entry but its place and date.
      domain::Entry hidden;
      hidden.id = entry.id;
      hidden.family_id = entry.family_id;
      hidden.seq = entry.seq;
      hidden.created_at = entry.created_at;
      entry = std::move(hidden);
      view.author_name.clear();
    }
    view.entry = std::move(entry);
    out.push_back(std::move(view));
  }
  return out;
}

Result<std::vector<OpenCorrection>> Stip::OpenCorrections(const Access& access,
                                                          const domain::FamilyFile& file) {
  if (std::holds_alternative<domain::MemberViewer>(access.query.viewer)) {
    return Fail(Code::kPermissionDenied, "Only professionals see the open correction requests.");
  }
  const auto by_id = EntriesById(file);
  std::vector<OpenCorrection> out;
  for (const auto& r : file.open_corrections) {
    OpenCorrection c;
    c.entry_id = r.entry_id;
    c.deadline = r.deadline.value_or(access.query.today);
    c.reaction.overdue = c.deadline < access.query.today;
    for (const auto& m : access.family.members) {
      if (m.id == r.member_id) c.reaction.member_name = m.name;
    }
    if (auto entry = by_id.find(r.entry_id); entry != by_id.end()) c.entry = *entry->second;
    c.reaction.reaction = r;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace stip::app
