// Internal to the store core: one stored event row (the columns of queries::kReadChain and its
// siblings) as a ledger event, shared by the verify reads and Rebuild.
#pragma once

#include "ledger/event.h"
#include "store/core/sql.h"

namespace stip::store::core {

// The store only ever writes canonical payloads, so one that does not parse was changed outside
// Stip. For verification (`for_verify`) the event is still handed on with the raw text under
// ledger::kUnreadablePayloadKey: its hash cannot reproduce, so the verifier reports
// hash_mismatch (or malformed) at this seq instead of the whole verification stopping. Rebuild
// refuses to fold such an event (Internal, naming it).
Result<ledger::Event> EventFrom(const Row& row, bool for_verify);

}  // namespace stip::store::core
