// Import of sealed history (stip migrate): events, access-log lines and global links written
// exactly as they were sealed in another installation, each call one transaction.
#include <string>
#include <vector>

#include "ledger/chains.h"
#include "ledger/event.h"
#include "store/core/projector.h"
#include "store/sqlite/sql.h"
#include "store/sqlite/sql_port.h"
#include "store/sqlite/store_impl.h"

namespace stip::store::sqlite {

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

Status SqliteStore::ImportEvents(const std::string& chain,
                                 const std::vector<ledger::Event>& events) {
  if (events.empty()) return {};
  std::lock_guard lock(write_mu_);
  auto txn = Transaction::Begin(*writer_, "BEGIN IMMEDIATE");
  if (!txn) return Fail(txn.error());
  std::int64_t head_seq = 0;
  std::string head_hash(ledger::kGenesisHash);
  {
    auto query = writer_->Prepare(sql::kChainHead);
    if (!query) return Fail(query.error());
    query->Bind(chain);
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (*row) {
      head_seq = query->Int(0);
      head_hash = query->Text(1);
    }
  }
  SqlitePort port(*writer_);
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
    auto insert = writer_->Prepare(sql::kInsertEvent);
    if (!insert) return Fail(insert.error());
    insert->Bind(event.chain, event.seq, event.type, event.actor, event.time, *payload,
                 event.prev_hash, event.hash);
    if (auto status = insert->Run(); !status) return Fail(status.error());
    if (auto status = projector.Apply(event); !status) return Fail(status.error());
    head_seq = event.seq;
    head_hash = event.hash;
  }
  if (auto status = projector.Flush(); !status) return status;
  auto query = writer_->Prepare(sql::kSetChainHead);
  if (!query) return Fail(query.error());
  query->Bind(chain, head_seq, head_hash);
  if (auto status = query->Run(); !status) return Fail(status.error());
  return txn->Commit();
}

Status SqliteStore::ImportAccess(const std::string& family_id,
                                 const std::vector<SealedAccess>& lines) {
  if (lines.empty()) return {};
  std::lock_guard lock(write_mu_);
  auto txn = Transaction::Begin(*writer_, "BEGIN IMMEDIATE");
  if (!txn) return Fail(txn.error());
  std::int64_t head_seq = 0;
  std::string head_hash(ledger::kGenesisHash);
  {
    auto query = writer_->Prepare(sql::kAccessHead);
    if (!query) return Fail(query.error());
    query->Bind(family_id);
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (*row) {
      head_seq = query->Int(0);
      head_hash = query->Text(1);
    }
  }
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
    auto query = writer_->Prepare(sql::kInsertAccess);
    if (!query) return Fail(query.error());
    query->Bind(line.family_id, line.seq, line.time, line.user_id, line.role, line.what,
                line.purpose, line.emergency, sealed.prev_hash, sealed.hash);
    if (auto status = query->Run(); !status) return Fail(status.error());
    head_seq = line.seq;
    head_hash = sealed.hash;
  }
  return txn->Commit();
}

Status SqliteStore::ImportGlobal(const std::vector<GlobalLink>& links) {
  if (links.empty()) return {};
  std::lock_guard lock(write_mu_);
  auto txn = Transaction::Begin(*writer_, "BEGIN IMMEDIATE");
  if (!txn) return Fail(txn.error());
  std::int64_t head_seq = 0;
  std::string head_hash(ledger::kGenesisHash);
  {
    auto query = writer_->Prepare(sql::kGlobalHead);
    if (!query) return Fail(query.error());
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (*row) {
      head_seq = query->Int(0);
      head_hash = query->Text(1);
    }
  }
  for (const GlobalLink& link : links) {
    if (auto ok = CheckLink("the global chain", head_seq, head_hash, link.seq, link.prev_hash);
        !ok) {
      return ok;
    }
    auto query = writer_->Prepare(sql::kInsertGlobalLink);
    if (!query) return Fail(query.error());
    query->Bind(link.seq, link.chain, link.chain_seq, link.chain_hash, link.prev_hash, link.hash);
    if (auto status = query->Run(); !status) return Fail(status.error());
    head_seq = link.seq;
    head_hash = link.hash;
  }
  return txn->Commit();
}

}  // namespace stip::store::sqlite
