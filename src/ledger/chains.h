// The two chains beside the family and system chains: the access log per family (who read
// what) and the global chain of chain heads. Format: docs/ledger-format.md §5 and §6.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/error.h"
#include "domain/model.h"

namespace stip::ledger {

// The name verify reports use for the global chain and for a family's access-log chain.
inline constexpr std::string_view kGlobalChain = "global";
std::string AccessChainName(std::string_view family_id);  // "access:" + family_id

// Canonical JSON of one access-log line, keys emergency, family, purpose, role, seq, time,
// user, v (=1), what. Fails (InvalidArgument) when a string is not valid UTF-8.
domain::Result<std::string> CanonicalAccess(const domain::AccessRecord& record);

// The hash of `record` as the line after prev_hash (kGenesisHash for seq 1), i.e.
// ChainHash(prev_hash, CanonicalAccess(record)); for the store when it appends an access record.
// Fails when prev_hash is not a hash (Internal) or a string is not valid UTF-8 (InvalidArgument).
domain::Result<std::string> AccessHash(std::string_view prev_hash,
                                       const domain::AccessRecord& record);

// The text a global link hashes: chain + "\n" + decimal chain_seq + "\n" + chain_hash.
std::string GlobalLinkText(std::string_view chain, std::int64_t chain_seq,
                           std::string_view chain_hash);

// Hash of a global link: ChainHash(prev_hash, GlobalLinkText(...)); prev_hash is kGenesisHash for
// the first link. Returns "" when prev_hash is not a valid hash (see ChainHash).
std::string GlobalLinkHash(std::string_view prev_hash, std::string_view chain,
                           std::int64_t chain_seq, std::string_view chain_hash);

}  // namespace stip::ledger
