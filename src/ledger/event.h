// One line of the ledger and the hash chain over it (format: docs/ledger-format.md).
// A chain is either a family ("fam_...") or the administration chain "system".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "domain/error.h"
#include "domain/time.h"

namespace stip::ledger {

inline constexpr std::string_view kSystemChain = "system";
// prev_hash of the first event in every chain: 64 zeros.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct Event {
  std::string chain;     // family id or "system"
  std::int64_t seq = 0;  // 1-based position in the chain; assigned by the store on append
  std::string type;      // see events.h (one struct per type)
  std::string actor;     // user id, or "system" for set-up work
  domain::Millis time = 0;
  boost::json::object payload;  // strings, integers, booleans, null, arrays, objects; no floats
  std::string prev_hash;        // lowercase hex SHA-256 of the previous event, or kGenesisHash
  std::string hash;             // lowercase hex SHA-256(prev_hash bytes || Canonical(event))
  // Issue 14: the payload was destroyed (its stored text is ""); `payload` is empty, and the
  // hash can only be checked through the destruction event that lists it (ledger-format §7).
  bool redacted = false;
};

// The stored payload text of an event whose content was destroyed (docs/ledger-format.md §2):
// empty, which no canonical payload is (the smallest is "{}").
inline constexpr std::string_view kRedactedPayload = "";
inline bool IsRedacted(std::string_view stored_payload) { return stored_payload.empty(); }

// Canonical JSON of everything but the hashes: keys sorted, no whitespace, integers only.
// Fails (InvalidArgument) for a payload with a float or a string that is not valid UTF-8.
domain::Result<std::string> Canonical(const Event& event);

// SHA-256(prev_hash as 32 raw bytes || canonical), lowercase hex.
std::string ChainHash(std::string_view prev_hash_hex, std::string_view canonical);

// Fills seq, prev_hash and hash of `event` as the next event after (head_seq, head_hash).
domain::Status Seal(Event& event, std::int64_t head_seq, std::string_view head_hash);

// --- additions ------------------------------------------------------------------------------
// ChainHash returns "" when prev_hash_hex is not 64 lowercase hex digits (an "" hash never
// matches a stored one, so a corrupt prev_hash cannot pass verification by accident).

// True when `hex` is 64 lowercase hex digits, the only spelling of a hash in the ledger.
bool IsHash(std::string_view hex);

// The canonical JSON of a payload alone, e.g. for the store to keep next to the event. The
// same rules as Canonical; ParsePayload(CanonicalPayload(p)) == p.
domain::Result<std::string> CanonicalPayload(const boost::json::object& payload);

// Reads a stored payload back. Fails (InvalidArgument) unless `json` is one JSON object that
// Canonical accepts: no floats, valid UTF-8, at most 32 levels deep. Key order and whitespace
// in `json` are not checked; Canonical sorts again.
domain::Result<boost::json::object> ParsePayload(std::string_view json);

// An event exactly as the store holds it, as views into the store's row buffer (valid only
// during the visitor call). `payload` is the stored canonical payload text, not parsed: `stip
// verify` hashes it as it is (docs/ledger-format.md §7, "Verifying the stored bytes").
struct StoredEvent {
  std::string_view chain;
  std::int64_t seq = 0;
  std::string_view type;
  std::string_view actor;
  domain::Millis time = 0;
  std::string_view payload;
  std::string_view prev_hash;
  std::string_view hash;
};

// One access-log line as stored, as views (the fields of domain::AccessRecord plus the hashes).
struct StoredAccess {
  std::string_view family_id;
  std::int64_t seq = 0;
  domain::Millis time = 0;
  std::string_view user_id;
  std::string_view role;
  std::string_view what;
  std::string_view purpose;
  bool emergency = false;
  std::string_view prev_hash;
  std::string_view hash;
};

// The key under which an engine hands on a stored payload that is not valid JSON (so that it
// is reported at its seq instead of stopping verification); see src/store/*/ledger_io.cpp.
inline constexpr std::string_view kUnreadablePayloadKey = "stip.unreadable_payload";

}  // namespace stip::ledger
