// Import of sealed history (stip migrate): events, access-log lines and global links written
// exactly as they were sealed in another installation, each call one transaction, under the
// same row locks as Commit so that it is safe beside a running process.
#include <string>
#include <vector>

#include "ledger/chains.h"
#include "ledger/event.h"
#include "store/core/projector.h"
#include "store/postgres/sql.h"
#include "store/postgres/sql_port.h"
#include "store/postgres/store_impl.h"

namespace stip::store::postgres {

namespace {

using domain::Code;
using domain::Fail;

// The history must continue the head exactly; anything else would break the chain.
Status CheckLink(const std::string& what, std::int64_t head_seq, const std::string& head_hash,
                 std::int64_t seq, const std::string& prev_hash) {
  if (seq == head_seq + 1 && prev_hash == head_hash) return {};
  return Fail(Code::kFailedPrecondition, "cannot import " + what + " at " + std::to_string(seq) +
                                             ": the target is at " + std::to_string(head_seq) +
                                             " and the history does not continue from there");
}

}  // namespace

Status PostgresStore::ImportEvents(const std::string& chain,
                                   const std::vector<ledger::Event>& events) {
  if (events.empty()) return {};
  std::lock_guard lock(write_mu_);
  if (auto ready = WriterReady(); !ready) return ready;
  auto txn = Transaction::Begin(*writer_, "BEGIN ISOLATION LEVEL READ COMMITTED");
  if (!txn) return Fail(txn.error());
  if (auto claimed = writer_->Run(sql::kClaimNewChain, chain, ledger::kGenesisHash); !claimed) {
    return Fail(claimed.error());
  }
  auto locked = writer_->Run(sql::kLockChainHead, chain);
  if (!locked) return Fail(locked.error());
  if (locked->empty()) return Fail(Error::Internal("the head of " + chain + " vanished"));
  std::int64_t head_seq = (*locked)[0].Int(0);
  std::string head_hash = (*locked)[0].Text(1);

  std::vector<std::int64_t> seqs, times;
  std::vector<std::string> types, actors, payloads, prevs, hashes;
  PostgresPort port(*writer_);
  core::Projector projector(port);
  for (const ledger::Event& event : events) {
    if (event.chain != chain) {
      return Fail(Error::Invalid("an event of " + event.chain + " in an import to " + chain));
    }
    if (auto ok = CheckLink("chain " + chain, head_seq, head_hash, event.seq, event.prev_hash);
        !ok) {
      return ok;
    }
    auto payload = ledger::CanonicalPayload(event.payload);
    if (!payload) return Fail(payload.error());
    if (auto status = projector.Apply(event); !status) return Fail(status.error());
    seqs.push_back(event.seq);
    types.push_back(event.type);
    actors.push_back(event.actor);
    times.push_back(event.time);
    payloads.push_back(std::move(*payload));
    prevs.push_back(event.prev_hash);
    hashes.push_back(event.hash);
    head_seq = event.seq;
    head_hash = event.hash;
  }
  if (auto status = projector.Flush(); !status) return status;
  auto appended = writer_->Run(sql::kAppendEvents, chain, IntArray(seqs), TextArray(types),
                               TextArray(actors), IntArray(times), TextArray(payloads),
                               TextArray(prevs), TextArray(hashes), head_seq, head_hash);
  if (!appended) return Fail(appended.error());
  return txn->Commit();
}

Status PostgresStore::ImportAccess(const std::string& family_id,
                                   const std::vector<SealedAccess>& lines) {
  if (lines.empty()) return {};
  std::lock_guard lock(write_mu_);
  if (auto ready = WriterReady(); !ready) return ready;
  auto txn = Transaction::Begin(*writer_, "BEGIN ISOLATION LEVEL READ COMMITTED");
  if (!txn) return Fail(txn.error());
  const std::string family_array = TextArray({family_id});
  if (auto claimed = writer_->Run(sql::kClaimAccessHeads, family_array, ledger::kGenesisHash);
      !claimed) {
    return Fail(claimed.error());
  }
  auto locked = writer_->Run(sql::kLockAccessHeads, family_array);
  if (!locked) return Fail(locked.error());
  if (locked->empty()) {
    return Fail(Code::kFailedPrecondition, "cannot import the access log of " + family_id +
                                               ": the family does not exist in the target yet");
  }
  std::int64_t head_seq = (*locked)[0].Int(1);
  std::string head_hash = (*locked)[0].Text(2);

  std::vector<std::string> families, users, roles, whats, purposes, emergencies, prevs, hashes;
  std::vector<std::int64_t> seqs, times;
  for (const SealedAccess& sealed : lines) {
    const domain::AccessRecord& line = sealed.record;
    if (line.family_id != family_id) {
      return Fail(Error::Invalid("an access-log line of " + line.family_id + " in an import to " +
                                 family_id));
    }
    if (auto ok = CheckLink("the access log of " + family_id, head_seq, head_hash, line.seq,
                            sealed.prev_hash);
        !ok) {
      return ok;
    }
    families.push_back(line.family_id);
    seqs.push_back(line.seq);
    times.push_back(line.time);
    users.push_back(line.user_id);
    roles.push_back(line.role);
    whats.push_back(line.what);
    purposes.push_back(line.purpose);
    emergencies.push_back(line.emergency ? "t" : "f");
    prevs.push_back(sealed.prev_hash);
    hashes.push_back(sealed.hash);
    head_seq = line.seq;
    head_hash = sealed.hash;
  }
  auto appended =
      writer_->Run(sql::kAppendAccess, TextArray(families), IntArray(seqs), IntArray(times),
                   TextArray(users), TextArray(roles), TextArray(whats), TextArray(purposes),
                   TextArray(emergencies), TextArray(prevs), TextArray(hashes), family_array,
                   IntArray({head_seq}), TextArray({head_hash}));
  if (!appended) return Fail(appended.error());
  return txn->Commit();
}

Status PostgresStore::ImportGlobal(const std::vector<GlobalLink>& links) {
  if (links.empty()) return {};
  std::lock_guard lock(write_mu_);
  if (auto ready = WriterReady(); !ready) return ready;
  auto txn = Transaction::Begin(*writer_, "BEGIN ISOLATION LEVEL READ COMMITTED");
  if (!txn) return Fail(txn.error());
  auto locked = writer_->Run(sql::kLockGlobalHead);
  if (!locked) return Fail(locked.error());
  if (locked->empty()) {
    return Fail(Error::Internal("the global_head row is missing; the schema is damaged"));
  }
  std::int64_t head_seq = (*locked)[0].Int(0);
  std::string head_hash = (*locked)[0].Text(1);

  std::vector<std::int64_t> seqs, chain_seqs;
  std::vector<std::string> chains, chain_hashes, prevs, hashes;
  for (const GlobalLink& link : links) {
    if (auto ok = CheckLink("the global chain", head_seq, head_hash, link.seq, link.prev_hash);
        !ok) {
      return ok;
    }
    seqs.push_back(link.seq);
    chains.push_back(link.chain);
    chain_seqs.push_back(link.chain_seq);
    chain_hashes.push_back(link.chain_hash);
    prevs.push_back(link.prev_hash);
    hashes.push_back(link.hash);
    head_seq = link.seq;
    head_hash = link.hash;
  }
  auto inserted =
      writer_->Run(sql::kInsertGlobalLinks, IntArray(seqs), TextArray(chains), IntArray(chain_seqs),
                   TextArray(chain_hashes), TextArray(prevs), TextArray(hashes));
  if (!inserted) return Fail(inserted.error());
  if (auto moved = writer_->Run(sql::kSetGlobalHead, head_seq, head_hash); !moved) {
    return Fail(moved.error());
  }
  return txn->Commit();
}

}  // namespace stip::store::postgres
