// Builders for ledger events: the only place where the app turns use-case input into events,
// always as the typed structs of ledger/events.h (which define each payload).
#pragma once

#include <string>

#include "ledger/event.h"
#include "ledger/events.h"

namespace stip::app {

namespace events = ledger::events;

template <typename T>
ledger::Event MakeEvent(const std::string& chain, const std::string& actor, domain::Millis time,
                        const T& payload) {
  return events::ToEvent(chain, actor, time, payload);
}

}  // namespace stip::app
