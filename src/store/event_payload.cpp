#include "store/event_payload.h"

namespace stip::store::payload {

using domain::Code;
using domain::Fail;

std::string Where(const ledger::Event& e) {
  return "event " + std::to_string(e.seq) + " of " + e.chain + " (" + e.type + ")";
}

domain::Error EventError(Code code, const ledger::Event& e, const std::string& what) {
  return {code, Where(e) + ": " + what, {}};
}

domain::Error BadField(const ledger::Event& e, std::string_view key, const std::string& what) {
  return {Code::kInvalidArgument,
          Where(e) + ": payload field '" + std::string(key) + "' " + what,
          {{"payload." + std::string(key), what}}};
}

domain::Result<std::string> Str(const ledger::Event& e, std::string_view key, bool required) {
  const auto* value = e.payload.if_contains(key);
  if (value == nullptr || value->is_null()) {
    if (required) return Fail(BadField(e, key, "is required"));
    return std::string();
  }
  if (!value->is_string()) return Fail(BadField(e, key, "must be a string"));
  const auto& s = value->get_string();
  if (required && s.empty()) return Fail(BadField(e, key, "must not be empty"));
  return std::string(s.data(), s.size());
}

domain::Result<bool> Flag(const ledger::Event& e, std::string_view key, bool required) {
  const auto* value = e.payload.if_contains(key);
  if (value == nullptr || value->is_null()) {
    if (required) return Fail(BadField(e, key, "is required"));
    return false;
  }
  if (!value->is_bool()) return Fail(BadField(e, key, "must be true or false"));
  return value->get_bool();
}

}  // namespace stip::store::payload
