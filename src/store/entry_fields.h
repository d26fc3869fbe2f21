// How issue 3's entry columns are stored, shared by the projector (writes) and the reads: an
// entry's audience as space-separated member ids, and its correction links.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/model.h"

namespace stip::store {

// Member ids are stored space-separated (ids never hold a space; the projector checks it).
std::string JoinIds(const std::vector<std::string>& ids);
std::vector<std::string> SplitIds(std::string_view stored);

// Fills the audience and correction fields of an entry from their stored columns.
void SetEntryExtras(domain::Entry& entry, std::string_view concerns,
                    std::string_view confidential_of, std::string_view corrects,
                    std::string_view corrected_by);

}  // namespace stip::store
