// What emergency access (noodtoegang, issue 10 item 4) may do: an allow-list of reads. An action
// added to the engine later is refused to an emergency viewer until it is put here on purpose
// (privacy review: read-only must not rest on a list of what is forbidden).
#pragma once

#include <algorithm>
#include <array>

#include "domain/access.h"

namespace stip::domain {

inline constexpr std::array kEmergencyReadActions{
    Action::kViewFile,      Action::kViewSummary,   Action::kViewEntries,
    Action::kViewChildView, Action::kViewAccessLog,
};

constexpr bool IsEmergencyReadAction(Action a) {
  return std::find(kEmergencyReadActions.begin(), kEmergencyReadActions.end(), a) !=
         kEmergencyReadActions.end();
}

}  // namespace stip::domain
