// Builders for ledger events: the only place where the app turns use-case input into event
// payloads (field names as in ledger/event_types.h).
#pragma once

#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "ledger/event.h"

namespace stip::app {

inline ledger::Event MakeEvent(const std::string& chain, std::string_view type,
                               const std::string& actor, domain::Millis time,
                               boost::json::object payload) {
  ledger::Event e;
  e.chain = chain;
  e.type = std::string(type);
  e.actor = actor;
  e.time = time;
  e.payload = std::move(payload);
  return e;
}

}  // namespace stip::app
