// Internal to src/app: helpers shared by the issue 3 use cases (entry_views.cpp, reactions.cpp,
// withholdings.cpp) and AddEntry in family.cpp.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/stip.h"
#include "ledger/events.h"

namespace stip::app {

// Validates `entry.concerns` and `entry.confidential_of` (domain::CheckEntryAudience) and, when
// given, adds them to the entry.added event. Returns the field errors (empty when fine).
std::vector<domain::FieldError> AddEntryAudience(const Access& access, const NewEntry& entry,
                                                 ledger::events::EntryAdded& event);

// The audience of a stored entry, as the access engine wants it.
domain::EntryAudience AudienceOf(const domain::Entry& entry);
// AudienceOf, placed in time at the first version `entry` corrects (found in the file's entries
// and related entries): a correction reads for the same people as what it corrects, so a
// member who joined later does not read the corrected history, and one who left reads the
// correction of what they could read.
domain::EntryAudience AudienceIn(const domain::FamilyFile& file, const domain::Entry& entry);
// AudienceIn for one stored entry, reading its earlier versions from the store: what a page
// shows and what a reaction, a withholding or sharing checks must agree on who reads it.
Result<domain::EntryAudience> AudienceFor(store::FamilyReads& families, const domain::Entry& entry);

// The withholdings that apply to `entry`: its own and those of every earlier version it
// corrects, directly or through other corrections (a correction must not reveal what was
// withheld), re-targeted at `entry` so the engine matches them. `inherited` (when given) gets
// the ids of the latter: they are renewed or lifted on the entry they were decided on.
Result<std::vector<domain::Withholding>> WithholdingsFor(
    store::FamilyReads& families, const domain::Entry& entry,
    const std::vector<domain::Withholding>& all, std::set<std::string>* inherited = nullptr);
// The same, walking entries already read (a FamilyFile's page and related entries, by id): an
// earlier version that is not among them ends the chain, as a missing one does above.
std::vector<domain::Withholding> WithholdingsFor(
    const std::map<std::string, const domain::Entry*>& entries, const domain::Entry& entry,
    const std::vector<domain::Withholding>& all, std::set<std::string>* inherited = nullptr);

// The member id of a family member principal ("" for a professional).
inline std::string MemberOf(const Principal& who) {
  return who.IsFamily() ? who.account->member_id : std::string();
}

}  // namespace stip::app
