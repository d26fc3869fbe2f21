// Engine-neutral helpers for issue 3's projection columns, shared by the SQLite and PostgreSQL
// stores: how an entry's audience is stored, and reading the optional fields of an event.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/model.h"
#include "ledger/event.h"

namespace stip::store {

// Member ids are stored space-separated (ids never hold a space; the projector checks it).
std::string JoinIds(const std::vector<std::string>& ids);
std::vector<std::string> SplitIds(std::string_view stored);

// Fills the audience and correction fields of an entry from their stored columns.
void SetEntryExtras(domain::Entry& entry, std::string_view concerns,
                    std::string_view confidential_of, std::string_view corrects,
                    std::string_view corrected_by);

// entry.added's optional "concerns" (array of member ids) and "confidential_of": field errors
// name the event. Both are checked against `members` (the family's member ids).
struct EventAudience {
  std::vector<std::string> concerns;
  std::string confidential_of;
};
domain::Result<EventAudience> ReadEventAudience(const ledger::Event& event,
                                                const std::vector<std::string>& members);

}  // namespace stip::store
