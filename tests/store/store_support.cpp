#include "store/store_support.h"

#include <sqlite3.h>
#include <stdlib.h>

#include <string>
#include <utility>

#include "ledger/event_types.h"
#include "store/postgres_support.h"

namespace stip::store::testing {

namespace types = ledger::types;

namespace {

Engine SqliteEngine() {
  Engine engine;
  engine.name = "SQLite";
  engine.open = [](const std::filesystem::path& dir, const OpenOptions& options) {
    return Open("sqlite:" + (dir / "db" / "stip.db").string(), options);
  };
  engine.raw_sql = [](const std::filesystem::path& dir, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(
        sqlite3_open_v2((dir / "db" / "stip.db").c_str(), &db, SQLITE_OPEN_READWRITE, nullptr),
        SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message != nullptr ? message : "") << ": " << sql;
    sqlite3_free(message);
    sqlite3_close(db);
  };
  return engine;
}

}  // namespace

std::vector<Engine> Engines() {
  std::vector<Engine> engines;
  engines.push_back(SqliteEngine());
  engines.push_back(PostgresEngine());
  return engines;
}

std::string EngineName(const ::testing::TestParamInfo<Engine>& info) { return info.param.name; }

void PrintTo(const Engine& engine, std::ostream* out) { *out << engine.name; }

void StoreTest::SetUp() {
  std::string pattern = (std::filesystem::temp_directory_path() / "stip-store-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  dir_ = pattern;
  if (GetParam().skip) {
    if (const std::string reason = GetParam().skip(); !reason.empty()) GTEST_SKIP() << reason;
  }
  options_.read_connections = 4;
  auto opened = GetParam().open(dir_, options_);
  ASSERT_TRUE(opened) << opened.error().message;
  store_ = std::move(*opened);
}

void StoreTest::TearDown() {
  store_.reset();
  if (GetParam().drop) GetParam().drop(dir_);
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

void StoreTest::Reopen() {
  store_.reset();
  auto opened = GetParam().open(dir_, options_);
  ASSERT_TRUE(opened) << opened.error().message;
  store_ = std::move(*opened);
}

void StoreTest::Tamper(const std::string& sql) {
  Close();
  GetParam().raw_sql(dir_, sql);
  Reopen();
}

ledger::Event StoreTest::Ev(const std::string& chain, std::string_view type,
                            boost::json::object payload, domain::Millis time,
                            const std::string& actor) {
  ledger::Event e;
  e.chain = chain;
  e.type = std::string(type);
  e.actor = actor;
  e.time = time;
  e.payload = std::move(payload);
  return e;
}

Result<ChainHead> StoreTest::Append(const std::string& chain, std::int64_t expected_seq,
                                    std::vector<ledger::Event> events) {
  CommitBatch batch;
  batch.appends.push_back({chain, expected_seq, std::move(events)});
  auto result = store_->Commit(batch);
  if (!result) return tl::unexpected(result.error());
  EXPECT_EQ(result->appends.size(), 1u);
  return result->appends.at(0);
}

ChainHead StoreTest::AppendOk(const std::string& chain, std::vector<ledger::Event> events) {
  auto head = store_->Head(chain);
  EXPECT_TRUE(head) << head.error().message;
  if (!head) return {};
  auto appended = Append(chain, head->seq, std::move(events));
  EXPECT_TRUE(appended) << appended.error().message;
  return appended ? *appended : ChainHead{};
}

std::int64_t StoreTest::LogOk(const std::string& family_id, const std::string& user_id,
                              domain::Millis time, const std::string& what) {
  CommitBatch batch;
  batch.access.push_back({family_id, 0, time, user_id, "lead", what, "hulpverlening", false});
  auto result = store_->Commit(batch);
  EXPECT_TRUE(result) << result.error().message;
  if (!result) return 0;
  EXPECT_TRUE(result->access.at(0)) << result->access.at(0).error().message;
  return result->access.at(0).value_or(0);
}

void StoreTest::SeedSystem() {
  const std::string sys(ledger::kSystemChain);
  AppendOk(sys, {Ev(sys, types::kOrganisationCreated, {{"id", kOrg}, {"name", "Gemeente Zwolle"}},
                    100, "system"),
                 Ev(sys, types::kTeamCreated,
                    {{"id", kTeam},
                     {"organisation_id", kOrg},
                     {"name", "Wijkteam Noord"},
                     {"kind", "local"},
                     {"phone", "038 123 4567"},
                     {"email", "noord@example.nl"}},
                    100, "system")});
  for (const char* id : {kLead, kDuo, kOther}) {
    AppendOk(sys, {Ev(sys, types::kUserCreated,
                      {{"id", id},
                       {"username", std::string(id).substr(4)},
                       {"display_name", std::string("Professional ") + id},
                       {"team_id", kTeam},
                       {"admin", false},
                       {"phone", ""},
                       {"email", ""}},
                      200, "system"),
                   Ev(sys, types::kPasswordSet, {{"user_id", id}}, 200, "system")});
  }
}

void StoreTest::SeedFamily(const std::string& family_id, const std::string& name,
                           const std::string& lead, domain::Millis time) {
  const std::string parent = family_id + "_m1";
  const std::string child = family_id + "_m2";
  AppendOk(
      family_id,
      {Ev(family_id, types::kFamilyCreated, {{"name", name}}, time),
       Ev(family_id, types::kMemberAdded,
          {{"id", parent}, {"name", "Eva"}, {"role", "parent"}, {"birth_date", "1988-04-02"}},
          time),
       Ev(family_id, types::kMemberAdded,
          {{"id", child}, {"name", "Noah"}, {"role", "child"}, {"birth_date", "2015-09-30"}}, time),
       Ev(family_id, types::kCustodySet,
          {{"parent_id", parent}, {"child_id", child}, {"has_custody", true}}, time),
       Ev(family_id, types::kInvolvementStarted,
          {{"user_id", lead}, {"role", "lead"}, {"reason", "aanmelding"}}, time)});
}

void StoreTest::AddEntry(const std::string& family_id, const std::string& entry_id,
                         domain::Millis time) {
  AppendOk(family_id, {Ev(family_id, types::kEntryAdded,
                          {{"id", entry_id},
                           {"kind", "observation"},
                           {"source", "eigen waarneming"},
                           {"text", "Tekst van " + entry_id}},
                          time)});
}

}  // namespace stip::store::testing
