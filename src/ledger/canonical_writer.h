// Internal to src/ledger: the canonical JSON writer and raw hashing helpers behind event.h,
// chains.h and verifier.h. Not for other folders; they use the public functions instead.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "domain/error.h"
#include "domain/model.h"
#include "ledger/event.h"

namespace stip::ledger::internal {

// A hash as 64 lowercase hex digits, on the stack so that verifying needs no allocation.
using HashHex = std::array<char, 64>;

inline std::string_view View(const HashHex& hex) { return {hex.data(), hex.size()}; }

// A hash as its 32 raw bytes.
using HashRaw = std::array<unsigned char, 32>;

// Decodes 64 lowercase hex digits; false for anything else (uppercase included, since every
// hash in the ledger is compared as text and must have exactly one spelling).
bool DecodeHash(std::string_view hex, HashRaw& out);
void EncodeHash(const HashRaw& raw, HashHex& out);

// SHA-256(prev || text): the one place that calls the SHA-256 implementation.
void LinkHash(const HashRaw& prev, std::string_view text, HashRaw& out);

// ChainHash into a stack buffer; false when prev_hex is not a valid hash.
bool ChainHashInto(std::string_view prev_hex, std::string_view canonical, HashHex& out);

// Writes canonical JSON. Keeps its scratch space between calls, so a verifier that owns one
// encodes event after event without allocating. Not thread-safe; use one per thread.
class CanonicalWriter {
 public:
  // Replace the contents of `out` (keeping its capacity) with the canonical form.
  domain::Status WriteEvent(const Event& event, std::string& out);
  domain::Status WriteAccess(const domain::AccessRecord& record, std::string& out);
  // The same envelopes from stored rows. WriteStoredEvent copies the stored payload text as it
  // is (it is not parsed or re-sorted): the result equals WriteEvent's exactly when the stored
  // text is the canonical payload, which is what the chain hash then proves.
  domain::Status WriteStoredEvent(const StoredEvent& event, std::string& out);
  domain::Status WriteStoredAccess(const StoredAccess& record, std::string& out);
  domain::Status WriteValue(const boost::json::value& value, std::string& out);
  domain::Status WriteObject(const boost::json::object& object, std::string& out);

 private:
  domain::Status Value(const boost::json::value& value, std::size_t depth, std::string& out);
  domain::Status Object(const boost::json::object& object, std::size_t depth, std::string& out);

  // One vector of sorted key pointers per nesting depth, reused between calls.
  std::vector<std::vector<const boost::json::key_value_pair*>> sorted_;
};

// Appends `text` as a JSON string, escaped minimally; fails for invalid UTF-8.
domain::Status AppendString(std::string_view text, std::string& out);
void AppendInt(std::int64_t value, std::string& out);

}  // namespace stip::ledger::internal
