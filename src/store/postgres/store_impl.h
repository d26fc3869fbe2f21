// Internal to src/store/postgres: the PostgresStore class behind OpenPostgres. One writer
// connection for the ledger's write transactions (under a mutex), and a pool of connections for
// reads and for the single-statement operational writes (sessions, login counters), which need no
// batching.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/core/core_store.h"
#include "store/open.h"
#include "store/postgres/connection.h"
#include "store/store.h"

namespace stip::store::postgres {

// Hands each pooled connection to one thread at a time.
class Pool {
 public:
  class Lease {
   public:
    Lease(Pool& pool, std::unique_ptr<Connection> conn) : pool_(&pool), conn_(std::move(conn)) {}
    Lease(Lease&& other) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (conn_) pool_->Return(std::move(conn_));
    }
    Connection& operator*() const { return *conn_; }
    Connection* operator->() const { return conn_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  Pool(std::vector<std::unique_ptr<Connection>> conns, int wait_ms)
      : free_(std::move(conns)), wait_ms_(wait_ms) {}

  // Waits up to the busy timeout for a free connection, then fails with Unavailable. A
  // connection the server dropped is reconnected here.
  Result<Lease> Acquire();

 private:
  void Return(std::unique_ptr<Connection> conn);

  std::mutex mu_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Connection>> free_;
  int wait_ms_;
};

class PostgresStore final : public core::CoreStore {
 public:
  PostgresStore(std::unique_ptr<Connection> writer, std::unique_ptr<Pool> pool)
      : writer_(std::move(writer)), pool_(std::move(pool)) {}

  Result<std::optional<domain::User>> FindUserByUsername(const std::string& username) override;
  Result<std::optional<domain::User>> FindUser(const std::string& user_id) override;
  Result<std::optional<domain::Team>> FindTeam(const std::string& team_id) override;
  Result<std::optional<domain::Organisation>> FindOrganisation(const std::string& id) override;
  Result<std::vector<domain::User>> ListUsers() override;
  Result<std::optional<ApiToken>> FindTokenBySha256(const std::string& token_sha256) override;

  Result<std::optional<domain::Family>> FindFamily(const std::string& family_id) override;
  Result<std::vector<FamilySummary>> ListFamiliesOf(const std::string& user_id) override;
  Result<std::vector<domain::Entry>> ListEntries(const std::string& family_id, Page page) override;
  Result<std::int64_t> CountFamilies() override;
  Result<std::vector<domain::AccessRecord>> ListAccessLog(const std::string& family_id,
                                                          Page page) override;
  Result<ChainHead> Head(const std::string& chain) override;

  Status SetPasswordHash(const std::string& user_id, const std::string& argon2id) override;
  Result<std::optional<std::string>> PasswordHash(const std::string& user_id) override;
  Status CreateSession(const Session& session) override;
  Result<std::optional<Session>> FindSession(const std::string& token_sha256) override;
  Status DeleteSession(const std::string& token_sha256) override;
  Status DeleteExpiredSessions(domain::Millis now) override;
  Result<int> RecordLoginFailure(const std::string& username, domain::Millis now) override;
  Result<std::pair<int, domain::Millis>> LoginFailures(const std::string& username) override;
  Status ClearLoginFailures(const std::string& username) override;

  Result<std::optional<domain::Account>> FindAccount(const std::string& account_id) override;
  Result<std::optional<domain::Account>> FindAccountByContact(const std::string& contact) override;
  Result<std::vector<domain::Account>> ListAccounts(const std::string& family_id) override;
  Result<std::vector<ConsentRecord>> ListConsents(const std::string& family_id) override;
  Status CreateLoginCode(const LoginCode& code) override;
  Result<std::optional<LoginCode>> LatestLoginCode(const std::string& account_id) override;
  Result<int> CountLoginCodesSince(const std::string& account_id, domain::Millis since) override;
  Result<int> RecordLoginCodeFailure(const std::string& code_id) override;
  Result<bool> ConsumeLoginCode(const std::string& code_id, domain::Millis now) override;

  // Issue 3 (reads_reactions.cpp).
  Result<std::optional<domain::Entry>> FindEntry(const std::string& family_id,
                                                 const std::string& entry_id) override;
  Result<std::vector<domain::Withholding>> ListWithholdings(const std::string& family_id) override;
  Result<std::vector<domain::Reaction>> ListReactions(const std::string& family_id,
                                                      std::int64_t min_entry_seq,
                                                      std::int64_t max_entry_seq) override;
  Result<std::optional<domain::Reaction>> FindReaction(const std::string& family_id,
                                                       const std::string& reaction_id) override;
  Result<std::vector<domain::Reaction>> ListOpenCorrections(const std::string& family_id) override;
  Result<std::vector<domain::Objection>> ListObjections(const std::string& family_id) override;

 public:
  Status ReadSnapshot(core::UnitOfWork work) override;
  Status Operational(core::UnitOfWork work) override;
  Status WriteTransaction(core::UnitOfWork work) override;
  core::Dialect dialect() const override { return core::Dialect::kPostgres; }

 protected:
  std::unique_ptr<core::Folder> NewFolder(core::SqlPort& port) override;

 private:
  // The writer, reconnected if the server dropped it; call with write_mu_ held.
  Status WriterReady();

  std::mutex write_mu_;  // guards writer_: the ledger's write transactions
  std::unique_ptr<Connection> writer_;
  std::unique_ptr<Pool> pool_;
};

// One row of sql::kListEntries or sql::kFindEntry (the same columns) as an entry (reads.cpp).
Result<domain::Entry> EntryFrom(const Row& row);

}  // namespace stip::store::postgres
