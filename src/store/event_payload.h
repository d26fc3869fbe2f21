// Reading an event's payload in a projector, the same for both engines: every error names the
// event it came from ("event 3 of fam_x (member.added): payload field 'name' is required").
#pragma once

#include <string>
#include <string_view>

#include "domain/error.h"
#include "ledger/event.h"

namespace stip::store::payload {

// "event 3 of fam_x (member.added)".
std::string Where(const ledger::Event& e);

// An error with `code` about event `e`.
domain::Error EventError(domain::Code code, const ledger::Event& e, const std::string& what);

// InvalidArgument about one payload field, with the field ("payload.<key>") in the details.
domain::Error BadField(const ledger::Event& e, std::string_view key, const std::string& what);

// A string field. Required: present and not empty. Optional: missing or null reads as "".
domain::Result<std::string> Str(const ledger::Event& e, std::string_view key, bool required = true);

// A true/false field. Required: present. Optional: missing or null reads as false.
domain::Result<bool> Flag(const ledger::Event& e, std::string_view key, bool required);

}  // namespace stip::store::payload
