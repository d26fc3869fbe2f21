// The store contract fixture: every test runs once per engine (SQLite in a temp directory, and
// PostgreSQL on the server named by STIP_TEST_POSTGRES_URL), so tests never name an engine.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json/object.hpp>

#include "ledger/event.h"
#include "store/open.h"
#include "store/store.h"

namespace stip::store::testing {

struct Engine {
  std::string name;
  // Opens (or re-opens) the database that belongs to the scratch directory `dir`.
  std::function<Result<std::unique_ptr<Store>>(const std::filesystem::path& dir,
                                               const OpenOptions& options)>
      open;
  // Why the engine cannot run in this environment ("" when it can); empty function: always can.
  // The tests of a skipped engine are reported as skipped, never as passed.
  std::function<std::string()> skip;
  // Removes what `open` made outside `dir` (a server-side database); empty function: nothing.
  std::function<void(const std::filesystem::path& dir)> drop;
  // Runs raw SQL on the database of `dir` behind the store's back, to tamper with it in tests.
  std::function<void(const std::filesystem::path& dir, const std::string& sql)> raw_sql;
};

// Every engine, SQLite first. PostgreSQL is always listed (ctest learns the test names when the
// suite is built) and skips itself when STIP_TEST_POSTGRES_URL is not set.
std::vector<Engine> Engines();

// Ids of the organisation set-up that SeedSystem() appends to the system chain.
inline constexpr char kOrg[] = "org_1";
inline constexpr char kTeam[] = "team_local";
inline constexpr char kLead[] = "usr_lead";
inline constexpr char kDuo[] = "usr_duo";
inline constexpr char kOther[] = "usr_other";

class StoreTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // False when SetUp skipped the engine or could not open the store: a subclass's SetUp returns
  // early then, instead of seeding a store that is not there.
  bool ready() const { return store_ != nullptr; }
  Store& store() { return *store_; }
  const std::filesystem::path& dir() const { return dir_; }
  void Close() { store_.reset(); }
  void Reopen();
  // Raw SQL on this test's database (the store is closed around it, as another process would).
  void Tamper(const std::string& sql);

  // An unsealed event, as the app would hand it in.
  static ledger::Event Ev(const std::string& chain, std::string_view type,
                          boost::json::object payload, domain::Millis time = 1000,
                          const std::string& actor = kLead);
  // Commits one append at `expected_seq`; returns that item's result.
  Result<ChainHead> Append(const std::string& chain, std::int64_t expected_seq,
                           std::vector<ledger::Event> events);
  // Appends at the current head and expects success.
  ChainHead AppendOk(const std::string& chain, std::vector<ledger::Event> events);
  std::int64_t LogOk(const std::string& family_id, const std::string& user_id, domain::Millis time,
                     const std::string& what = "family_overview");

  // An organisation, a local team and three professionals on the system chain.
  void SeedSystem();
  // family.created + two members + custody + the lead's involvement.
  void SeedFamily(const std::string& family_id, const std::string& name,
                  const std::string& lead = kLead, domain::Millis time = 2000);
  void AddEntry(const std::string& family_id, const std::string& entry_id,
                domain::Millis time = 3000);

  std::filesystem::path dir_;
  OpenOptions options_;
  std::unique_ptr<Store> store_;
};

std::string EngineName(const ::testing::TestParamInfo<Engine>& info);
// So that test listings say "GetParam() = PostgreSQL" instead of dumping the struct's bytes.
void PrintTo(const Engine& engine, std::ostream* out);

}  // namespace stip::store::testing

// Runs the fixture `suite` (a subclass of StoreTest) against every engine.
#define STIP_STORE_CONTRACT(suite)                                                                 \
  INSTANTIATE_TEST_SUITE_P(Engines, suite, ::testing::ValuesIn(::stip::store::testing::Engines()), \
                           ::stip::store::testing::EngineName)
