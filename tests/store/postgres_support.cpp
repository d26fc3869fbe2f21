#include "store/postgres_support.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>

namespace stip::store::testing {

namespace {

// Where the fixture keeps the name of the database it made for the scratch directory `dir`, so
// that Reopen() finds the same database and TearDown drops it.
std::filesystem::path NameFile(const std::filesystem::path& dir) {
  return dir / "postgres-database";
}

// Unique per process and test: ctest runs tests in parallel, each in its own process.
std::string NewDatabaseName() {
  static std::atomic<int> counter{0};
  return "stip_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
}

Result<std::string> DatabaseFor(const std::string& server, const std::filesystem::path& dir) {
  if (std::ifstream in(NameFile(dir)); in) {
    std::string name;
    std::getline(in, name);
    return name;
  }
  const std::string name = NewDatabaseName();
  // The name is made here from digits, never from input: safe to put into the statement.
  // Two calls: CREATE DATABASE cannot run inside the transaction of a multi-statement query.
  std::string error = RunPostgresSql(server, "DROP DATABASE IF EXISTS " + name);
  if (error.empty()) error = RunPostgresSql(server, "CREATE DATABASE " + name + " ENCODING 'UTF8'");
  if (!error.empty()) {
    return tl::unexpected(
        domain::Error{domain::Code::kUnavailable,
                      "cannot create the test database " + name + " on " + server + ": " + error,
                      {}});
  }
  std::ofstream(NameFile(dir)) << name << "\n";
  return name;
}

}  // namespace

std::optional<std::string> PostgresServerUrl() {
  const char* url = std::getenv(kPostgresUrlVariable);
  if (url == nullptr || *url == '\0') return std::nullopt;
  return std::string(url);
}

std::string WithDatabase(const std::string& url, const std::string& database) {
  const auto scheme = url.find("://");
  const std::size_t authority = scheme == std::string::npos ? 0 : scheme + 3;
  const auto path = url.find_first_of("/?", authority);
  if (path == std::string::npos) return url + "/" + database;
  const auto query = url.find('?', path);
  return url.substr(0, path) + "/" + database +
         (query == std::string::npos ? "" : url.substr(query));
}

std::string RunPostgresSql(const std::string& url, const std::string& sql) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(url.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) return PQerrorMessage(conn.get());
  PQsetNoticeProcessor(
      conn.get(), [](void*, const char*) {}, nullptr);
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), sql.c_str()), &PQclear);
  const auto status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return PQerrorMessage(conn.get());
  return "";
}

Result<std::string> PostgresDatabaseUrl(const std::filesystem::path& dir) {
  const auto server = PostgresServerUrl();
  if (!server) {
    return tl::unexpected(domain::Error::Internal(std::string(kPostgresUrlVariable) + " unset"));
  }
  auto database = DatabaseFor(*server, dir);
  if (!database) return tl::unexpected(database.error());
  return WithDatabase(*server, *database);
}

std::string PostgresValue(const std::string& url, const std::string& sql) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(url.c_str()), &PQfinish);
  EXPECT_EQ(PQstatus(conn.get()), CONNECTION_OK) << PQerrorMessage(conn.get());
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), sql.c_str()), &PQclear);
  EXPECT_EQ(PQresultStatus(result.get()), PGRES_TUPLES_OK) << PQerrorMessage(conn.get()) << sql;
  if (PQntuples(result.get()) == 0) return "";
  return PQgetvalue(result.get(), 0, 0);
}

Engine PostgresEngine() {
  Engine engine;
  engine.name = "PostgreSQL";
  engine.skip = []() -> std::string {
    if (PostgresServerUrl()) return "";
    return std::string(kPostgresUrlVariable) +
           " is not set; `make test` (scripts/with-postgres) runs these against a server";
  };
  engine.open = [](const std::filesystem::path& dir,
                   const OpenOptions& options) -> Result<std::unique_ptr<Store>> {
    auto url = PostgresDatabaseUrl(dir);
    if (!url) return tl::unexpected(url.error());
    return Open(*url, options);
  };
  engine.drop = [](const std::filesystem::path& dir) {
    const auto server = PostgresServerUrl();
    std::ifstream in(NameFile(dir));
    std::string name;
    if (!server || !in || !std::getline(in, name) || name.empty()) return;
    const std::string error =
        RunPostgresSql(*server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    EXPECT_EQ(error, "") << "dropping the test database " << name;
  };
  engine.raw_sql = [](const std::filesystem::path& dir, const std::string& sql) {
    auto url = PostgresDatabaseUrl(dir);
    ASSERT_TRUE(url) << url.error().message;
    EXPECT_EQ(RunPostgresSql(*url, sql), "") << sql;
  };
  return engine;
}

}  // namespace stip::store::testing
