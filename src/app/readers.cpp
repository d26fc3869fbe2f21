// Issue 13: who of the family can read an entry, for the professional who writes, withholds or
// reads it; computed by the access engine's one rule (domain::EntryReaders) before and after
// saving.
#include <utility>

#include "app/reactions_internal.h"
#include "app/stip.h"

namespace stip::app {

std::vector<ReaderView> ReaderViews(const domain::Family& family, const domain::AccessQuery& query,
                                    const domain::EntryAudience& entry,
                                    std::span<const domain::Withholding> withholdings) {
  std::vector<ReaderView> out;
  for (auto& r : domain::EntryReaders(family, query, entry, withholdings)) {
    ReaderView view;
    for (const auto& m : family.members) {
      if (m.id == r.member_id) view.member_name = m.name;
    }
    view.reader = std::move(r);
    out.push_back(std::move(view));
  }
  return out;
}

Result<std::vector<ReaderView>> Stip::PreviewReaders(const Principal& who,
                                                     const std::string& family_id,
                                                     const NewEntry& entry) {
  auto access = Authorize(who, family_id, domain::Action::kAddEntry);
  if (!access) return tl::unexpected(access.error());
  // The same checks as AddEntry's for whom it concerns, so the preview never shows readers of
  // an entry that could not be saved.
  ledger::events::EntryAdded ignored{.id = "", .kind = "", .source = "", .text = ""};
  if (auto bad = AddEntryAudience(*access, entry, ignored); !bad.empty()) {
    return domain::Fail(domain::Error::Invalid("The entry is not valid.", std::move(bad)));
  }
  // Names, ages and custody of the household are read: on the record like any other read.
  if (auto r = LogRead(who, family_id, access->role, "readers_preview", "hulpverlening"); !r) {
    return tl::unexpected(r.error());
  }
  domain::EntryAudience audience{"", entry.concerns, std::nullopt};
  if (!entry.confidential_of.empty()) audience.confidential_of = entry.confidential_of;
  // A new entry has no withholdings yet.
  return ReaderViews(access->family, access->query, audience, {});
}

}  // namespace stip::app
