// The store's ports: the ledger, its projections, the access-log chains and operational state
// (sessions, login codes), as narrow interfaces by what a caller needs; `Store` is all of them.
// Engine-neutral so that SQLite (embedded) and PostgreSQL (scale-out) implement the same
// contract, tested by one suite (tests/store). All SQL lives behind these interfaces.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/child_voice.h"
#include "domain/decision.h"
#include "domain/destruction.h"
#include "domain/digest.h"
#include "domain/emergency.h"
#include "domain/error.h"
#include "domain/family_plan.h"
#include "domain/handover.h"
#include "domain/known_elsewhere.h"
#include "domain/measure.h"
#include "domain/meeting.h"
#include "domain/model.h"
#include "domain/reads.h"
#include "domain/retention.h"
#include "domain/safety_map.h"
#include "ledger/event.h"

namespace stip::store {

using domain::Result;
using domain::Status;

// Value types that the use cases hand on to the front-ends live in domain/reads.h.
using domain::ConsentRecord;
using domain::FamilySummary;
using domain::NetworkConsentRecord;
using domain::Page;
using domain::RebuildReport;

// Append `events` to `chain` atomically, only if the chain's head is still `expected_seq`
// (0 for a new chain). Events arrive without seq/prev_hash/hash; the store seals them.
struct AppendRequest {
  std::string chain;
  std::int64_t expected_seq = 0;
  std::vector<ledger::Event> events;
};

struct ChainHead {
  std::string chain;
  std::int64_t seq = 0;
  std::string hash;
};

// One unit of group commit: many appends and access-log lines, one transaction, one sync.
// Each append succeeds or fails on its own (a lost race is Conflict; the others still commit).
struct CommitBatch {
  std::vector<AppendRequest> appends;
  std::vector<domain::AccessRecord> access;  // seq is assigned by the store
};

struct CommitResult {
  std::vector<Result<ChainHead>> appends;    // one per request, same order
  std::vector<Result<std::int64_t>> access;  // assigned access-log seq, same order
};

struct Session {
  std::string token_sha256;  // the cookie value is never stored, only its hash
  std::string user_id;
  std::string csrf;
  domain::Millis created_at = 0;
  domain::Millis expires_at = 0;
};

// Issue 14 item 2: a professional's TOTP second step (operational state, never in the ledger).
// Unconfirmed from enrolment's start until totp.enrolled confirms it (in the same transaction).
struct TotpCredential {
  std::string id;  // totp_...: the events name it, so a rebuild touches only its own
  std::string user_id;
  std::string secret;  // base32 (RFC 4648), as authenticator apps take it
  bool confirmed = false;
  std::int64_t last_step = 0;  // the newest time step a code was accepted for
  domain::Millis created_at = 0;
};

struct ApiToken {
  std::string id;
  std::string user_id;
  std::string name;
  std::string token_sha256;
  domain::Millis issued_at = 0;
  bool revoked = false;
  domain::Millis expires_at = 0;  // issue 14: refused from this instant on
};

// Issue 14 item 1: a password reset link (a projection of the system chain). Only the SHA-256
// of its token is known; the token itself went out in one mail.
struct PasswordReset {
  std::string id;
  std::string user_id;
  std::string token_sha256;
  std::string requested_by;
  domain::Millis requested_at = 0;
  domain::Millis expires_at = 0;
  std::string state;  // open | used | replaced (a newer request) | ended (account disabled)
  domain::Millis ended_at = 0;
};

// A one-time login code for a family account (operational state, not in the ledger). Only a
// salted SHA-256 of the code is kept; it expires, is single-use and dies after a few wrong tries.
struct LoginCode {
  std::string id;
  std::string account_id;
  std::string code_sha256;
  domain::Millis created_at = 0;
  domain::Millis expires_at = 0;
  int failures = 0;
  std::optional<domain::Millis> used_at;
};

// Walks one hash chain in seq order; return false from the callback to stop early.
using EventVisitor = std::function<bool(const ledger::Event&)>;
using AccessVisitor = std::function<bool(const domain::AccessRecord&, const std::string& prev_hash,
                                         const std::string& hash)>;

// One line of the global chain: the head of a family chain after an append.
struct GlobalLink {
  std::int64_t seq = 0;
  std::string chain;
  std::int64_t chain_seq = 0;
  std::string chain_hash;
  std::string prev_hash;
  std::string hash;  // ChainHash(prev_hash, chain + "\n" + chain_seq + "\n" + chain_hash)
};
using GlobalVisitor = std::function<bool(const GlobalLink&)>;

// One access-log line as stored: the record with its links (for import).
struct SealedAccess {
  domain::AccessRecord record;
  std::string prev_hash;
  std::string hash;
};

// Bulk reads for `stip verify`: stored rows as views (valid during the call only), the event
// payload as its stored canonical text. Return false from the callback to stop early.
using StoredEventVisitor = std::function<bool(const ledger::StoredEvent&)>;
using StoredAccessVisitor = std::function<bool(const ledger::StoredAccess&)>;

// --- the ports --------------------------------------------------------------------------------
// The Store is split by what a caller needs, so that each part of `app` names the few ports it
// reads or writes through (and a test or a later engine can see what a use case may touch).
// Method names are unique across the ports; `Store` is all of them at once.

// Appends to the ledger: the only way history is written while serving.
class LedgerWriter {
 public:
  virtual ~LedgerWriter() = default;
  // Durable when it returns (the transaction is committed). Thread-safe; callers are expected
  // to batch (see app::Committer) because each call is one transaction.
  virtual Result<CommitResult> Commit(const CommitBatch& batch) = 0;
  virtual Result<ChainHead> Head(const std::string& chain) = 0;  // seq 0 when it does not exist
};

// The ledger as stored, for verify, migrate and rebuild.
class LedgerReader {
 public:
  virtual ~LedgerReader() = default;
  virtual Result<std::vector<std::string>> ListChains() = 0;  // "system" and every family
  virtual Status ReadChain(const std::string& chain, const EventVisitor& visit) = 0;
  virtual Status ReadAccessChain(const std::string& family_id, const AccessVisitor& visit) = 0;
  virtual Status ReadGlobalChain(const GlobalVisitor& visit) = 0;
  // Drops the projections and folds the ledger into them again (the ledger itself is unchanged).
  virtual Result<RebuildReport> Rebuild() = 0;

  // Every event of every chain, each chain's events together and in seq order (the order of
  // the chains is the engine's). An engine streams this in one query; the default goes chain by
  // chain through ListChains and ReadChain and re-encodes each payload.
  virtual Status ReadAllEvents(const StoredEventVisitor& visit) {
    auto chains = ListChains();
    if (!chains) return tl::unexpected(chains.error());
    std::string payload;
    for (const std::string& chain : *chains) {
      bool more = true;
      auto status = ReadChain(chain, [&](const ledger::Event& e) {
        auto canonical = ledger::CanonicalPayload(e.payload);
        payload = canonical ? std::move(*canonical) : std::string();
        more = visit({e.chain, e.seq, e.type, e.actor, e.time, payload, e.prev_hash, e.hash});
        return more;
      });
      if (!status || !more) return status;
    }
    return {};
  }
  // One chain's events in seq order as stored (the payload text unparsed), for `stip verify
  // --family`, so that one chain is judged exactly as in the whole-ledger stream. An engine reads
  // the rows as they are; the default re-encodes each payload, as ReadAllEvents' does.
  virtual Status ReadChainStored(const std::string& chain, const StoredEventVisitor& visit) {
    std::string payload;
    return ReadChain(chain, [&](const ledger::Event& e) {
      auto canonical = ledger::CanonicalPayload(e.payload);
      payload = canonical ? std::move(*canonical) : std::string();
      return visit({e.chain, e.seq, e.type, e.actor, e.time, payload, e.prev_hash, e.hash});
    });
  }
  // Every access-log line of every family that has events, each family's lines together and in
  // seq order. An engine streams this in one query; the default goes family by family.
  virtual Status ReadAllAccess(const StoredAccessVisitor& visit) {
    auto chains = ListChains();
    if (!chains) return tl::unexpected(chains.error());
    for (const std::string& family : *chains) {
      if (family == ledger::kSystemChain) continue;
      bool more = true;
      auto status = ReadAccessChain(family, [&](const domain::AccessRecord& r,
                                                const std::string& prev, const std::string& hash) {
        more = visit({r.family_id, r.seq, r.time, r.user_id, r.role, r.what, r.purpose, r.emergency,
                      prev, hash});
        return more;
      });
      if (!status || !more) return status;
    }
    return {};
  }
};

// Import of sealed history (stip migrate). Each call is one transaction that writes history
// exactly as it was sealed elsewhere (no re-sealing: seq, prev_hash and hash are kept), after
// checking that it continues the target's head (first seq = head + 1, first prev_hash = head
// hash, each linked to the one before); FailedPrecondition otherwise. Events are folded into the
// projections as they are written, so import the system chain first, then the families, their
// access logs, and last the global chain. Hashes are not recomputed here: verify the target
// afterwards.
class Importer {
 public:
  virtual ~Importer() = default;
  virtual Status ImportEvents(const std::string& chain,
                              const std::vector<ledger::Event>& events) = 0;
  virtual Status ImportAccess(const std::string& family_id,
                              const std::vector<SealedAccess>& lines) = 0;
  virtual Status ImportGlobal(const std::vector<GlobalLink>& links) = 0;
};

// Administration: projections of the system chain.
class AdminReads {
 public:
  virtual ~AdminReads() = default;
  virtual Result<std::optional<domain::User>> FindUserByUsername(const std::string& username) = 0;
  virtual Result<std::optional<domain::User>> FindUser(const std::string& user_id) = 0;
  virtual Result<std::optional<domain::Team>> FindTeam(const std::string& team_id) = 0;
  virtual Result<std::optional<domain::Organisation>> FindOrganisation(const std::string& id) = 0;
  virtual Result<std::vector<domain::User>> ListUsers() = 0;
  virtual Result<std::optional<ApiToken>> FindTokenBySha256(const std::string& token_sha256) = 0;
  // Issue 14: a user's tokens (revoked and expired ones too), newest first; one token by id.
  virtual Result<std::vector<ApiToken>> ListTokensOf(const std::string& user_id) = 0;
  virtual Result<std::optional<ApiToken>> FindToken(const std::string& token_id) = 0;
  // Every team, by name (the administrator's pages).
  virtual Result<std::vector<domain::Team>> ListTeams() = 0;
  // Issue 10 item 7: every team that has a team lead, with that lead, by team id.
  virtual Result<std::vector<domain::TeamLead>> ListTeamLeads() = 0;
  // Issue 14 item 1: every organisation, by name; a reset link by its token's SHA-256; the
  // newest reset link asked for a user.
  virtual Result<std::vector<domain::Organisation>> ListOrganisations() = 0;
  virtual Result<std::optional<PasswordReset>> FindPasswordReset(
      const std::string& token_sha256) = 0;
  virtual Result<std::optional<PasswordReset>> LatestPasswordReset(const std::string& user_id) = 0;
};

// The family file: projections of a family chain, and its access log.
class FamilyReads {
 public:
  virtual ~FamilyReads() = default;
  virtual Result<std::optional<domain::Family>> FindFamily(const std::string& family_id) = 0;
  // Families where the user has an active involvement, most recently changed first.
  virtual Result<std::vector<FamilySummary>> ListFamiliesOf(const std::string& user_id) = 0;
  virtual Result<std::int64_t> CountFamilies() = 0;
  virtual Result<std::vector<domain::Entry>> ListEntries(const std::string& family_id,
                                                         Page page) = 0;
  virtual Result<std::optional<domain::Entry>> FindEntry(const std::string& family_id,
                                                         const std::string& entry_id) = 0;
  virtual Result<std::vector<domain::AccessRecord>> ListAccessLog(const std::string& family_id,
                                                                  Page page) = 0;
  // Everything one family page reads (domain::FamilyFile) from one snapshot; nullopt when there
  // is no such family. `page` is read as given (ask one row more to learn of an older page).
  virtual Result<std::optional<domain::FamilyFile>> ReadFamilyFile(
      const std::string& family_id, Page page, domain::FamilyFileParts parts) = 0;
  // Issue 10: the changes of the household and of who is involved, newest first.
  virtual Result<std::vector<domain::HouseholdChange>> ListHouseholdChanges(
      const std::string& family_id) = 0;
  // Issue 10: every handover of the fixed face of one file, in ledger order.
  virtual Result<std::vector<domain::Handover>> ListHandovers(const std::string& family_id) = 0;
  // The handovers offered to `user_id` that wait for their answer, oldest first, each with its
  // family's name.
  virtual Result<std::vector<domain::Handover>> ListHandoversTo(const std::string& user_id) = 0;
  // Issue 11: the family's safety map, everything in ledger order (empty before round 1).
  virtual Result<domain::SafetyMap> LoadSafetyMap(const std::string& family_id) = 0;
  // Issue 11 item 5: the children's own words and every version of each child's explanation,
  // in ledger order.
  virtual Result<domain::ChildVoices> LoadChildVoices(const std::string& family_id) = 0;
  // Issue 11 item 2: the family's own plan first: the offer, every version (oldest first),
  // every set of safety conditions and every comment (in ledger order).
  virtual Result<domain::FamilyPlan> LoadFamilyPlan(const std::string& family_id) = 0;
  // Issue 11 items 3 and 4: the family's meetings (by date) with agenda, record and agreements;
  // the family's feedback answers; and every answer given on meetings of `team_id` (only the
  // four numbers: no family, no member, no words), for the counts the team sees.
  virtual Result<std::vector<domain::Meeting>> LoadMeetings(const std::string& family_id) = 0;
  virtual Result<std::vector<domain::Feedback>> ListMeetingFeedback(
      const std::string& family_id) = 0;
  virtual Result<std::vector<domain::TeamAnswer>> TeamFeedbackAnswers(
      const std::string& team_id) = 0;
  // Issue 12: the family's decisions, each at its newest version with its views and second
  // opinions, in ledger order.
  virtual Result<std::vector<domain::DecisionRecord>> ListDecisions(
      const std::string& family_id) = 0;
  // Issue 12 item 3: the family's court measures with their history, in ledger order.
  virtual Result<std::vector<domain::MeasureRecord>> ListMeasures(const std::string& family_id) = 0;
  // Issue 10 item 4: the uses of emergency access of one file, in ledger order; those of one
  // professional, newest first; every use not reviewed yet, oldest first; one use by id.
  virtual Result<std::vector<domain::EmergencyAccess>> ListEmergencyAccess(
      const std::string& family_id) = 0;
  virtual Result<std::vector<domain::EmergencyAccess>> ListEmergencyAccessBy(
      const std::string& user_id) = 0;
  virtual Result<std::vector<domain::EmergencyAccess>> ListUnreviewedEmergencyAccess() = 0;
  virtual Result<std::optional<domain::EmergencyAccess>> FindEmergencyAccess(
      const std::string& id) = 0;
  // Issue 10 item 4: the lines of one file's access log read by `user_id` from `from` to `to`
  // (both included), oldest first, at most `limit` (ask one more to learn there are more);
  // `emergency_only`: only the reads by emergency access. What a professional read during one
  // use, whatever else the family's log holds since.
  virtual Result<std::vector<domain::AccessRecord>> ListAccessLogOf(
      const std::string& family_id, const std::string& user_id, domain::Millis from,
      domain::Millis to, bool emergency_only, int limit) = 0;
};

// Withholding, reactions and corrections (projections of family chains, issue 3).
class ReactionReads {
 public:
  virtual ~ReactionReads() = default;
  // Every withholding of the family (in force, lapsed or lifted), in ledger order.
  virtual Result<std::vector<domain::Withholding>> ListWithholdings(
      const std::string& family_id) = 0;
  // Reactions to the entries at ledger positions [min_entry_seq, max_entry_seq], oldest first.
  virtual Result<std::vector<domain::Reaction>> ListReactions(const std::string& family_id,
                                                              std::int64_t min_entry_seq,
                                                              std::int64_t max_entry_seq) = 0;
  virtual Result<std::optional<domain::Reaction>> FindReaction(const std::string& family_id,
                                                               const std::string& reaction_id) = 0;
  // Correction requests without an answer yet, the earliest deadline first.
  virtual Result<std::vector<domain::Reaction>> ListOpenCorrections(
      const std::string& family_id) = 0;
  // Every objection of the family, in ledger order.
  virtual Result<std::vector<domain::Objection>> ListObjections(const std::string& family_id) = 0;
};

// Family accounts and consents (projections of family chains).
class AccountReads {
 public:
  virtual ~AccountReads() = default;
  virtual Result<std::optional<domain::Account>> FindAccount(const std::string& account_id) = 0;
  // The oldest account (not revoked) of this e-mail address; contact is compared
  // case-insensitively (stored lower-case).
  virtual Result<std::optional<domain::Account>> FindAccountByContact(
      const std::string& contact) = 0;
  // Every account (not revoked) of this address, oldest first: one person may have an account
  // in several families (a parent in two households, a grandmother in two networks).
  virtual Result<std::vector<domain::Account>> ListAccountsByContact(
      const std::string& contact) = 0;
  virtual Result<std::vector<domain::Account>> ListAccounts(const std::string& family_id) = 0;
  // Consents that were given and not ended (the access engine checks their dates).
  virtual Result<std::vector<ConsentRecord>> ListConsents(const std::string& family_id) = 0;
  // Issue 10: the family's network members, and every consent given to them (ended ones too),
  // in ledger order.
  virtual Result<std::vector<domain::NetworkMember>> ListNetworkMembers(
      const std::string& family_id) = 0;
  virtual Result<std::vector<NetworkConsentRecord>> ListNetworkConsents(
      const std::string& family_id) = 0;
};

// Passwords, sessions and login back-off (operational state, not part of the file).
class Credentials {
 public:
  virtual ~Credentials() = default;
  virtual Status SetPasswordHash(const std::string& user_id, const std::string& argon2id) = 0;
  virtual Result<std::optional<std::string>> PasswordHash(const std::string& user_id) = 0;
  virtual Status CreateSession(const Session& session) = 0;
  virtual Result<std::optional<Session>> FindSession(const std::string& token_sha256) = 0;
  virtual Status DeleteSession(const std::string& token_sha256) = 0;
  virtual Status DeleteExpiredSessions(domain::Millis now) = 0;
  // Issue 14: a user's sessions that have not expired at `now`, newest first; and ending them
  // all (a disabled account).
  virtual Result<std::vector<Session>> ListSessionsOf(const std::string& user_id,
                                                      domain::Millis now) = 0;
  virtual Status DeleteSessionsOf(const std::string& user_id) = 0;
  // Issue 14 item 2: the second step. Starting enrolment replaces an unconfirmed credential
  // and returns false (changing nothing) when a confirmed one exists.
  virtual Result<bool> StartTotp(const TotpCredential& credential) = 0;
  virtual Result<std::optional<TotpCredential>> FindTotp(const std::string& user_id) = 0;
  // Marks `step` used if it is newer than the last one used (compare and swap): false when a
  // code of that step or a later one was used already, so each code works once.
  virtual Result<bool> UseTotpStep(const std::string& user_id, std::int64_t step) = 0;
  // `stip migrate`: the credential exactly as the source holds it (confirmed or not, its last
  // used step), replacing what the target has for that user. The target's fold of totp.enrolled
  // ran before the secret arrived, so the source's state is copied, not replayed.
  virtual Status ImportTotp(const TotpCredential& credential) = 0;
};

// One-time login codes of family accounts (operational state).
class LoginCodes {
 public:
  virtual ~LoginCodes() = default;
  virtual Status CreateLoginCode(const LoginCode& code) = 0;
  // The account's codes that are unused and not expired at `now`, newest first: every one of
  // them works, so a code asked for by someone else never makes the member's own code stop.
  // At most kMaxLiveLoginCodes (the request limits keep far fewer alive).
  virtual Result<std::vector<LoginCode>> LiveLoginCodes(const std::string& account_id,
                                                        domain::Millis now) = 0;
  static constexpr int kMaxLiveLoginCodes = 64;
  // Marks the code used; false when it was already used (a second use of the same code).
  virtual Result<bool> ConsumeLoginCode(const std::string& code_id, domain::Millis now) = 0;
};

// Counters that slow down guessing and flooding, shared by every process (operational state):
// login attempts per account and client, and requests per key in a fixed window.
class Throttles {
 public:
  virtual ~Throttles() = default;
  // The attempts counted under `key` since its last success and when the last one was counted;
  // {0, 0} when none.
  virtual Result<std::pair<int, domain::Millis>> Attempts(const std::string& key) = 0;
  // Counts one attempt under `key` if its count is still `seen` (compare and swap): of several
  // attempts racing with the same count, exactly one is counted and may go on.
  virtual Result<bool> ClaimAttempt(const std::string& key, int seen, domain::Millis now) = 0;
  virtual Status ClearAttempts(const std::string& key) = 0;
  // Counts one request under `key` in a fixed window of `window` ms, which starts at the first
  // request after the previous window ended. Returns the count including this request and the
  // start of its window. Atomic across processes.
  virtual Result<std::pair<int, domain::Millis>> CountInWindow(const std::string& key,
                                                               domain::Millis now,
                                                               domain::Millis window) = 0;
};

// Every port at once: what an engine implements and what store::Open returns. Only the
// composition root (cli), migrate and the store tests hold a whole Store.
// Issue 10 item 8: who wants which mail (projections), and when each professional's digest
// last went out (operational state, like sessions: a mail sent is not part of any file).
class Notifications {
 public:
  virtual ~Notifications() = default;
  // Every professional's digest choice on record (the others get the default, daily).
  virtual Result<std::vector<domain::DigestSetting>> ListDigestSettings() = 0;
  // The accounts of the family that asked for a mail when something new is written.
  virtual Result<std::vector<std::string>> ListMailedAccounts(const std::string& family_id) = 0;
  virtual Result<std::optional<domain::Millis>> LastDigestSent(const std::string& user_id) = 0;
  virtual Status SetLastDigestSent(const std::string& user_id, domain::Millis at) = 0;
  // Mails to family members about something new, waiting until `due_at` (operational state):
  // the access rules are asked again at send time, so a withholding decided in the meantime
  // keeps the mail from telling of what the member cannot read. One row per account and entry.
  struct PendingEntryMail {
    std::string account_id;
    std::string family_id;
    std::string entry_id;
    domain::Millis due_at = 0;
  };
  // Adds these (a row already waiting for the same account and entry keeps its due time).
  virtual Status QueueEntryMails(const std::vector<PendingEntryMail>& mails) = 0;
  // Every waiting row of each account that has one due at `now`, by account, then due time.
  virtual Result<std::vector<PendingEntryMail>> ListDueEntryMails(domain::Millis now) = 0;
  // Forgets the account's rows due at or before `up_to`; returns how many this call removed, so
  // that of several processes sweeping at once only the one that removed them sends the mail.
  virtual Result<std::int64_t> ForgetEntryMails(const std::string& account_id,
                                                domain::Millis up_to) = 0;
};

// Issue 10 item 6 ("al bekend?"): the signals (a projection of signal.recorded, without what
// they were made from) and the installation's key for them (operational state, like password
// hashes: never in the ledger, kept by every backup of the database).
// The name of the installation key of the first signals (before one key per month; a
// signal.recorded without `key`). Monthly keys are named "signal_hmac:YYYY-MM".
inline constexpr std::string_view kFirstSignalKey = "signal_hmac";

class Signals {
 public:
  virtual ~Signals() = default;
  // The installation's secret called `name`: the one stored, or `candidate` (stored now) when
  // there is none yet. Every process ends up with the same value.
  virtual Result<std::string> InstallationKey(const std::string& name,
                                              const std::string& candidate) = 0;
  // Every installation secret by name (for `stip migrate`, which copies them like password
  // hashes: without the key no check would match the signals on record).
  virtual Result<std::vector<std::pair<std::string, std::string>>> ListInstallationKeys() = 0;
  // Deletes the installation key `name` unless a signal made under it at or after
  // `active_since` is on record (it could still match); true when it was deleted. Once a key
  // is gone, the hashes made under it (which stay on the ledger) can no longer be tried
  // against identities.
  virtual Result<bool> DeleteSignalKey(const std::string& name, domain::Millis active_since) = 0;
  // The signals on record for these keyed hashes, with the team of each file's lead today
  // (team_id "" when it has no lead).
  virtual Result<std::vector<domain::Signal>> ListSignals(
      const std::vector<std::string>& key_hashes) = 0;
  // Per family, its oldest signal made before `before` (the background deletes them).
  virtual Result<std::vector<domain::Signal>> ListSignalsBefore(domain::Millis before) = 0;
  // Ask to join: the files check `check_id` by `user_id` matched whose lead is of `team_id`
  // today (any lead when team_id is ""), if the check was made at or after `checked_since`.
  virtual Result<std::vector<std::string>> MatchedFamilies(const std::string& check_id,
                                                           const std::string& user_id,
                                                           const std::string& team_id,
                                                           domain::Millis checked_since) = 0;
  // The join requests of a file; the open ones to files `user_id` leads; the ones `user_id`
  // made (newest first).
  virtual Result<std::vector<domain::JoinRequest>> ListJoinRequests(
      const std::string& family_id) = 0;
  virtual Result<std::vector<domain::JoinRequest>> ListJoinRequestsToLead(
      const std::string& user_id) = 0;
  virtual Result<std::vector<domain::JoinRequest>> ListJoinRequestsBy(
      const std::string& user_id) = 0;
};

// Issue 14 item 3: the legal hold, and wiping what a destruction left in the database files.
class Retention {
 public:
  virtual ~Retention() = default;
  virtual Result<std::optional<domain::LegalHold>> FindLegalHold(const std::string& family_id) = 0;
  // Issue 14 item 3 part C: the file's destruction requests, oldest first.
  virtual Result<std::vector<domain::DestructionRequest>> ListDestructionRequests(
      const std::string& family_id) = 0;
  // After file.destroyed was committed: makes the destroyed text unrecoverable from the
  // database's own files. SQLite (secure_delete is always on, so freed space is zeroed): a WAL
  // checkpoint that truncates the WAL. PostgreSQL: VACUUM (FULL) of every table a destruction
  // touches (the old row versions go with the old files), then CHECKPOINT. Older backups and
  // PostgreSQL's archived WAL keep the text until they are rotated (docs/deploy.md).
  virtual Status ReclaimDestroyed() = 0;
};

class Store : public LedgerWriter,
              public LedgerReader,
              public Importer,
              public AdminReads,
              public FamilyReads,
              public ReactionReads,
              public AccountReads,
              public Credentials,
              public LoginCodes,
              public Throttles,
              public Notifications,
              public Signals,
              public Retention {};

}  // namespace stip::store
