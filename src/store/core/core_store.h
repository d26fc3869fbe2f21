// The engine-neutral store: every Store method written once against core::SqlPort. An engine
// (src/store/sqlite, src/store/postgres) derives from it and supplies only connections: a read
// snapshot, an operational connection and the ledger's write transaction.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "store/core/chain_writer.h"
#include "store/core/sql.h"
#include "store/store.h"

namespace stip::store::core {

class FaultInjector;

using UnitOfWork = FunctionRef<Status(SqlPort&)>;

class CoreStore : public Store {
 public:
  // Public for the store's own code and its contract tests; app sees only the Store ports.
  // Runs `work` inside one read-only snapshot (one transaction on one pooled connection), so
  // that everything a use case reads is consistent.
  virtual Status ReadSnapshot(UnitOfWork work) = 0;
  // Runs `work` on a connection that may write operational state outside the ledger (sessions,
  // login codes, login back-off); each statement commits on its own.
  virtual Status Operational(UnitOfWork work) = 0;
  // Runs `work` inside the ledger's write transaction (one writer at a time in this process;
  // the engine takes the locks it needs across processes). Committed durably when `work`
  // succeeded, rolled back otherwise; an error from the commit itself is returned and the
  // transaction is never reported as written.
  virtual Status WriteTransaction(UnitOfWork work) = 0;
  virtual Dialect dialect() const = 0;

  // --- reads and operational state (reads*.cpp, accounts.cpp, operational.cpp) ---------------
  // Runs `work` on a pooled read connection without an explicit transaction: only for work that
  // is one statement, which is a snapshot by itself (no BEGIN/COMMIT round trips).
  virtual Status ReadOne(UnitOfWork work) = 0;

  Result<std::optional<domain::User>> FindUserByUsername(const std::string& username) override;
  Result<std::optional<domain::User>> FindUser(const std::string& user_id) override;
  Result<std::optional<domain::Team>> FindTeam(const std::string& team_id) override;
  Result<std::optional<domain::Organisation>> FindOrganisation(const std::string& id) override;
  Result<std::vector<domain::User>> ListUsers() override;
  Result<std::optional<ApiToken>> FindTokenBySha256(const std::string& token_sha256) override;
  Result<std::vector<ApiToken>> ListTokensOf(const std::string& user_id) override;
  Result<std::optional<ApiToken>> FindToken(const std::string& token_id) override;
  Result<std::vector<domain::Team>> ListTeams() override;
  Result<std::vector<domain::TeamLead>> ListTeamLeads() override;  // team_leads.cpp
  // Issue 14 item 1 (admin_reads.cpp).
  Result<std::vector<domain::Organisation>> ListOrganisations() override;
  Result<std::optional<PasswordReset>> FindPasswordReset(const std::string& token_sha256) override;
  Result<std::optional<PasswordReset>> LatestPasswordReset(const std::string& user_id) override;
  // Issue 10 item 8 (notifications.cpp).
  Result<std::vector<domain::DigestSetting>> ListDigestSettings() override;
  Result<std::vector<std::string>> ListMailedAccounts(const std::string& family_id) override;
  Result<std::optional<domain::Millis>> LastDigestSent(const std::string& user_id) override;
  Status SetLastDigestSent(const std::string& user_id, domain::Millis at) override;
  Status QueueEntryMails(const std::vector<PendingEntryMail>& mails) override;
  Result<std::vector<PendingEntryMail>> ListDueEntryMails(domain::Millis now) override;
  Result<std::int64_t> ForgetEntryMails(const std::string& account_id,
                                        domain::Millis up_to) override;
  // Issue 10 item 6 (signals.cpp).
  Result<std::string> InstallationKey(const std::string& name,
                                      const std::string& candidate) override;
  Result<std::vector<std::pair<std::string, std::string>>> ListInstallationKeys() override;
  Result<bool> DeleteSignalKey(const std::string& name, domain::Millis active_since) override;
  Result<std::vector<domain::Signal>> ListSignals(
      const std::vector<std::string>& key_hashes) override;
  Result<std::vector<domain::Signal>> ListSignalsBefore(domain::Millis before) override;
  Result<std::vector<std::string>> MatchedFamilies(const std::string& check_id,
                                                   const std::string& user_id,
                                                   const std::string& team_id,
                                                   domain::Millis checked_since) override;
  Result<std::vector<domain::JoinRequest>> ListJoinRequests(const std::string& family_id) override;
  Result<std::vector<domain::JoinRequest>> ListJoinRequestsToLead(
      const std::string& user_id) override;
  Result<std::vector<domain::JoinRequest>> ListJoinRequestsBy(const std::string& user_id) override;

  // Issue 14 item 3 (retention.cpp).
  Result<std::optional<domain::LegalHold>> FindLegalHold(const std::string& family_id) override;
  Result<std::vector<domain::DestructionRequest>> ListDestructionRequests(
      const std::string& family_id) override;
  Status ReclaimDestroyed() override;

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
  Result<std::vector<Session>> ListSessionsOf(const std::string& user_id,
                                              domain::Millis now) override;
  Status DeleteSessionsOf(const std::string& user_id) override;
  Result<bool> StartTotp(const TotpCredential& credential) override;
  Result<std::optional<TotpCredential>> FindTotp(const std::string& user_id) override;
  Result<bool> UseTotpStep(const std::string& user_id, std::int64_t step) override;
  Status ImportTotp(const TotpCredential& credential) override;
  Status DeleteExpiredSessions(domain::Millis now) override;

  Result<std::optional<domain::Account>> FindAccount(const std::string& account_id) override;
  Result<std::optional<domain::Account>> FindAccountByContact(const std::string& contact) override;
  Result<std::vector<domain::Account>> ListAccountsByContact(const std::string& contact) override;
  Result<std::vector<domain::Account>> ListAccounts(const std::string& family_id) override;
  Result<std::vector<ConsentRecord>> ListConsents(const std::string& family_id) override;
  Result<std::vector<domain::NetworkMember>> ListNetworkMembers(
      const std::string& family_id) override;
  Result<std::vector<NetworkConsentRecord>> ListNetworkConsents(
      const std::string& family_id) override;
  Status CreateLoginCode(const LoginCode& code) override;
  Result<std::vector<LoginCode>> LiveLoginCodes(const std::string& account_id,
                                                domain::Millis now) override;
  Result<bool> ConsumeLoginCode(const std::string& code_id, domain::Millis now) override;

  // Throttles (operational.cpp)
  Result<std::pair<int, domain::Millis>> Attempts(const std::string& key) override;
  Result<bool> ClaimAttempt(const std::string& key, int seen, domain::Millis now) override;
  Status ClearAttempts(const std::string& key) override;
  Result<std::pair<int, domain::Millis>> CountInWindow(const std::string& key, domain::Millis now,
                                                       domain::Millis window) override;

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
  // The family page in one snapshot (reads_family_file.cpp).
  Result<std::optional<domain::FamilyFile>> ReadFamilyFile(const std::string& family_id, Page page,
                                                           domain::FamilyFileParts parts) override;
  Result<std::vector<domain::HouseholdChange>> ListHouseholdChanges(
      const std::string& family_id) override;
  Result<std::vector<domain::Handover>> ListHandovers(const std::string& family_id) override;
  Result<std::vector<domain::Handover>> ListHandoversTo(const std::string& user_id) override;
  Result<domain::SafetyMap> LoadSafetyMap(const std::string& family_id) override;
  Result<domain::ChildVoices> LoadChildVoices(const std::string& family_id) override;
  Result<domain::FamilyPlan> LoadFamilyPlan(const std::string& family_id) override;
  Result<std::vector<domain::Meeting>> LoadMeetings(const std::string& family_id) override;
  Result<std::vector<domain::Feedback>> ListMeetingFeedback(const std::string& family_id) override;
  Result<std::vector<domain::TeamAnswer>> TeamFeedbackAnswers(const std::string& team_id) override;
  Result<std::vector<domain::DecisionRecord>> ListDecisions(const std::string& family_id) override;
  Result<std::vector<domain::MeasureRecord>> ListMeasures(const std::string& family_id) override;
  Result<std::vector<domain::EmergencyAccess>> ListEmergencyAccess(
      const std::string& family_id) override;
  Result<std::vector<domain::EmergencyAccess>> ListEmergencyAccessBy(
      const std::string& user_id) override;
  Result<std::vector<domain::EmergencyAccess>> ListUnreviewedEmergencyAccess() override;
  Result<std::vector<domain::AccessRecord>> ListAccessLogOf(const std::string& family_id,
                                                            const std::string& user_id,
                                                            domain::Millis from, domain::Millis to,
                                                            bool emergency_only,
                                                            int limit) override;
  Result<std::optional<domain::EmergencyAccess>> FindEmergencyAccess(
      const std::string& id) override;
  // --- end of reads and operational state -------------------------------------------------------

  // --- the ledger: Commit, the reads of verify and migrate, Rebuild, import -----------------
  // (chain_writer.cpp, ledger_reads.cpp, rebuild.cpp, import.cpp)
  Result<CommitResult> Commit(const CommitBatch& batch) override;
  Result<std::vector<std::string>> ListChains() override;
  Status ReadChain(const std::string& chain, const EventVisitor& visit) override;
  Status ReadAccessChain(const std::string& family_id, const AccessVisitor& visit) override;
  Status ReadGlobalChain(const GlobalVisitor& visit) override;
  Status ReadChainStored(const std::string& chain, const StoredEventVisitor& visit) override;
  Status ReadAllEvents(const StoredEventVisitor& visit) override;
  Status ReadAllAccess(const StoredAccessVisitor& visit) override;
  Result<RebuildReport> Rebuild() override;
  Status ImportEvents(const std::string& chain, const std::vector<ledger::Event>& events) override;
  Status ImportAccess(const std::string& family_id,
                      const std::vector<SealedAccess>& lines) override;
  Status ImportGlobal(const std::vector<GlobalLink>& links) override;

  // For tests (fault_port.h): from now on every write unit of work runs through `injector`,
  // which may fail one of its statements or its commit; nullptr removes it. The injector must
  // outlive its use, and is set while no write runs.
  void SetFaultInjector(FaultInjector* injector) { faults_.store(injector); }
  // For tests: (table, fingerprint) of every ledger and projection table, read in one snapshot,
  // so that a test can show that a write left the database exactly as it was.
  Result<std::vector<std::pair<std::string, std::string>>> Fingerprints();

 protected:
  // The fold for the chain writer: the core projector on `port` (projector_folder.cpp).
  static std::unique_ptr<Folder> NewFolder(SqlPort& port);
  // An engine's WriteTransaction ends with this: runs `work` on `port` (through the fault
  // injector, when a test installed one) and, when it succeeded, commits through the port.
  Status RunWrite(SqlPort& port, UnitOfWork work);

 private:
  // ListHandovers and ListHandoversTo: the handovers `query` selects by `key`.
  Result<std::vector<domain::Handover>> ListHandoversBy(const Sql& query, const std::string& key);
  std::atomic<FaultInjector*> faults_{nullptr};
};

}  // namespace stip::store::core
