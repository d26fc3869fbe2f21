#include "ledger/chains.h"

#include <utility>

#include "ledger/canonical_writer.h"
#include "ledger/event.h"

namespace stip::ledger {

std::string AccessChainName(std::string_view family_id) {
  std::string name = "access:";
  name.append(family_id);
  return name;
}

domain::Result<std::string> CanonicalAccess(const domain::AccessRecord& record) {
  internal::CanonicalWriter writer;
  std::string out;
  if (auto status = writer.WriteAccess(record, out); !status) {
    return domain::Fail(std::move(status.error()));
  }
  return out;
}

domain::Result<std::string> AccessHash(std::string_view prev_hash,
                                       const domain::AccessRecord& record) {
  if (!IsHash(prev_hash)) {
    return domain::Fail(domain::Error::Internal("access-log prev_hash is not a valid hash"));
  }
  auto canonical = CanonicalAccess(record);
  if (!canonical) return domain::Fail(std::move(canonical.error()));
  return ChainHash(prev_hash, *canonical);
}

std::string GlobalLinkText(std::string_view chain, std::int64_t chain_seq,
                           std::string_view chain_hash) {
  std::string text;
  text.reserve(chain.size() + chain_hash.size() + 22);
  text.append(chain);
  text.push_back('\n');
  internal::AppendInt(chain_seq, text);
  text.push_back('\n');
  text.append(chain_hash);
  return text;
}

std::string GlobalLinkHash(std::string_view prev_hash, std::string_view chain,
                           std::int64_t chain_seq, std::string_view chain_hash) {
  return ChainHash(prev_hash, GlobalLinkText(chain, chain_seq, chain_hash));
}

}  // namespace stip::ledger
