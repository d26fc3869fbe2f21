#include "store/sqlite/backup.h"

#include <sqlite3.h>

#include <cstring>
#include <fstream>
#include <memory>

#include "store/sqlite/connection.h"

namespace stip::store::sqlite {

namespace {

using domain::Code;
using domain::Fail;

constexpr int kPagesPerStep = 256;  // 1 MiB at 4 KiB pages between progress reports
constexpr int kBusyTimeoutMs = 10000;

struct Closer {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, Closer>;

domain::Result<DbPtr> OpenFile(const std::string& path, int flags, std::string_view what) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK) {
    return Fail(SqliteError(rc, std::string(what) + " " + path, db.get()));
  }
  sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
  return db;
}

domain::Status Exec(sqlite3* db, const char* sql, std::string_view what) {
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return Fail(SqliteError(rc, what, db));
  return {};
}

}  // namespace

domain::Status CopyDatabase(const std::string& from, const std::string& to,
                            const CopyObserver& observe) {
  // Read-write without CREATE: a missing source is an error, and a WAL source needs its -shm.
  auto source = OpenFile(from, SQLITE_OPEN_READWRITE, "cannot open the database");
  if (!source) return Fail(source.error());
  auto target = OpenFile(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, "cannot create");
  if (!target) return Fail(target.error());

  // One read transaction for the whole copy: every step reads the same snapshot.
  if (auto begun = Exec(source->get(), "BEGIN; SELECT count(*) FROM sqlite_schema;",
                        "cannot start a read transaction on the source");
      !begun) {
    return begun;
  }
  sqlite3_backup* backup = sqlite3_backup_init(target->get(), "main", source->get(), "main");
  if (backup == nullptr) {
    return Fail(SqliteError(sqlite3_errcode(target->get()), "cannot start the copy into " + to,
                            target->get()));
  }
  int rc = SQLITE_OK;
  int busy_waits = 0;
  while (true) {
    rc = sqlite3_backup_step(backup, kPagesPerStep);
    const std::int64_t total = sqlite3_backup_pagecount(backup);
    if (observe) observe(total - sqlite3_backup_remaining(backup), total);
    if (rc == SQLITE_OK) continue;
    if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busy_waits < kBusyTimeoutMs / 50) {
      sqlite3_sleep(50);  // the target is locked by someone else for a moment
      continue;
    }
    break;
  }
  const int finished = sqlite3_backup_finish(backup);
  (void)Exec(source->get(), "COMMIT", "");  // only ends the read transaction
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    return Fail(Code::kUnavailable, to + " is in use by another process (a running stip serve?); "
                                         "stop it and try again");
  }
  if (rc != SQLITE_DONE) {
    return Fail(SqliteError(rc, "the copy from " + from + " to " + to + " failed", target->get()));
  }
  if (finished != SQLITE_OK) {
    return Fail(SqliteError(finished, "the copy into " + to + " failed", target->get()));
  }
  return {};
}

bool LooksLikeSqlite(const std::string& path) {
  constexpr char kMagic[] = "SQLite format 3";  // followed by a NUL, which sizeof counts
  std::ifstream in(path, std::ios::binary);
  char head[sizeof(kMagic)] = {};
  return in.read(head, sizeof(head)) && std::memcmp(head, kMagic, sizeof(kMagic)) == 0;
}

}  // namespace stip::store::sqlite
