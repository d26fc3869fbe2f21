// The application core: every use case of Stip as one function. HTTP, HTML and the CLI are thin
// front-ends over this class. Each use case: authorize -> validate -> append events (one
// transaction, via the Committer) -> log access. No transport details here.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/committer.h"
#include "app/keyed_mutex.h"
#include "domain/error.h"
#include "domain/ids.h"
#include "domain/model.h"
#include "domain/time.h"
#include "store/store.h"

namespace stip::app {

using domain::Result;
using domain::Status;

// Who is calling, once authenticated.
struct Principal {
  domain::User user;
  enum class Via { kSession, kToken, kCli } via = Via::kSession;
  std::string csrf;  // the session's CSRF token (empty for tokens and the CLI)
};

struct Options {
  domain::Millis session_ttl = 12LL * 3600 * 1000;
  int login_free_failures = 3;               // failures before back-off starts
  domain::Millis login_backoff_base = 2000;  // doubles per further failure
  domain::Millis login_backoff_max = 15LL * 60 * 1000;
  std::size_t max_text = 20000;  // characters in an entry text
  int max_page = 200;            // largest page size a caller may ask for
  // Optimistic append retries. Within a process writers to one family take turns (KeyedMutex),
  // so only other processes make an append lose: with two processes each attempt is about a coin
  // flip, and 8 retries failed about one write in 700 under the multi-process test; 32 makes
  // that about one in 10^10 (several processes racing for one family stay well bounded too).
  int conflict_retries = 32;
};

struct LoginResult {
  std::string session_token;  // goes into the cookie; only its hash is stored
  std::string csrf;
  domain::Millis expires_at = 0;
  domain::User user;
};

struct IssuedToken {
  std::string id;
  std::string token;  // shown once
};

struct NewMember {
  std::string ref;  // caller's key for this member inside the request, used by custody
  std::string name;
  std::string role;        // child | parent | carer | other_adult
  std::string birth_date;  // YYYY-MM-DD
};

struct NewCustody {
  std::string parent_ref;
  std::string child_ref;
  bool has_custody = true;
};

struct NewFamily {
  std::string name;
  std::vector<NewMember> members;
  std::vector<NewCustody> custody;
  std::string lead_user_id;  // required: the fixed face, from a local team
  std::string duo_user_id;   // optional: from the regional safety team
};

struct NewEntry {
  std::string kind;  // fact | observation | opinion | agreement | conversation_report
  std::string source;
  std::string text;
};

// A professional as the family and colleagues see them: the fixed face.
struct Professional {
  domain::User user;
  std::optional<domain::Team> team;
  std::optional<domain::Organisation> organisation;
};

struct FamilyOverview {
  domain::Family family;
  std::string my_role;  // the reader's involvement role
  Professional lead;
  std::optional<Professional> duo;
  std::vector<domain::Entry> entries;  // newest first
  std::int64_t next_before = 0;        // pass as Page::before for older entries; 0 = no more
  std::map<std::string, std::string> user_names;  // author id -> display name
};

struct AccessLogLine {
  domain::AccessRecord record;
  std::string user_name;  // display name of the reader
  std::string team_name;
};

struct AccessLogView {
  std::string family_id;
  std::string family_name;
  std::vector<AccessLogLine> lines;  // newest first
  std::int64_t next_before = 0;
};

struct NewUser {
  std::string username;
  std::string display_name;
  std::string team_id;
  std::string password;
  bool admin = false;
  std::string phone;
  std::string email;
};

struct VerifyProblem {
  std::string chain;     // family id, "system", "global" or "access:<family>"
  std::int64_t seq = 0;  // first bad position
  std::string kind;      // hash_mismatch, broken_link, bad_genesis, seq_gap, truncated, ...
  std::string message;
};

struct VerifyReport {
  std::int64_t chains = 0;
  std::int64_t events = 0;
  std::int64_t access_records = 0;
  std::vector<VerifyProblem> problems;  // empty when intact
  // The newest global link: keep it outside Stip to detect a cut-off of the newest history.
  std::int64_t global_seq = 0;
  std::string global_hash;
  bool ok() const { return problems.empty(); }
};

class Stip {
 public:
  Stip(store::Store& store, const domain::Clock& clock, domain::IdGen& ids, Options options = {});
  ~Stip();
  Stip(const Stip&) = delete;
  Stip& operator=(const Stip&) = delete;

  // --- authentication ---------------------------------------------------------------------
  Result<LoginResult> Login(const std::string& username, const std::string& password);
  Result<Principal> SessionPrincipal(const std::string& session_token);
  Result<Principal> TokenPrincipal(const std::string& bearer_token);
  Status Logout(const std::string& session_token);
  Result<IssuedToken> IssueToken(const Principal& who, const std::string& name);
  Principal CliPrincipal() const;  // the operator at the console (actor "system")

  // --- administration -----------------------------------------------------------------------
  Result<std::string> CreateOrganisation(const Principal& who, const std::string& name);
  Result<std::string> CreateTeam(const Principal& who, const domain::Team& team);
  Result<std::string> CreateUser(const Principal& who, const NewUser& user);
  Result<std::vector<Professional>> ListProfessionals(const Principal& who);
  Result<Professional> Me(const Principal& who);

  // --- the family file ----------------------------------------------------------------------
  Result<std::string> CreateFamily(const Principal& who, const NewFamily& family);
  Result<std::vector<store::FamilySummary>> MyFamilies(const Principal& who);
  Result<FamilyOverview> OpenFamily(const Principal& who, const std::string& family_id,
                                    store::Page page, const std::string& purpose);
  // Returns the new entry's id.
  Result<std::string> AddEntry(const Principal& who, const std::string& family_id,
                               const NewEntry& entry);
  Result<AccessLogView> ReadAccessLog(const Principal& who, const std::string& family_id,
                                      store::Page page, const std::string& purpose);

  // --- operations ---------------------------------------------------------------------------
  Result<VerifyReport> Verify(const std::optional<std::string>& family_id);
  Result<store::RebuildReport> Rebuild();

  const Options& options() const { return options_; }
  Committer& committer() { return *committer_; }

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  domain::IdGen& ids_;
  Options options_;
  std::unique_ptr<Committer> committer_;

  KeyedMutex chain_locks_;

  // Appends what `build` returns to `chain`; `build` is called again (re-reading state) after a
  // lost race. Writers in this process to the same chain take turns.
  Result<store::ChainHead> AppendWithRetry(
      const std::string& chain, const std::function<Result<store::AppendRequest>()>& build);
  Result<domain::Family> FamilyForMember(const Principal& who, const std::string& family_id,
                                         domain::InvolvementRole* role);
  Result<Professional> LoadProfessional(const std::string& user_id);
  Status LogRead(const Principal& who, const std::string& family_id, const std::string& role,
                 const std::string& what, const std::string& purpose);
};

}  // namespace stip::app
