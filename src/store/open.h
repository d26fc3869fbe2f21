// Opens a Store from a database URL: "sqlite:PATH" (or a bare path) for the embedded engine;
// "postgresql://..." is reserved for the scale-out engine.
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace stip::store {

struct OpenOptions {
  int busy_timeout_ms = 5000;  // how long a writer waits for a lock before Unavailable
  int read_connections = 8;    // pooled read connections (SQLite WAL allows parallel readers)
  bool durable = true;         // fsync each commit (synchronous=FULL); off only for bulk loads
};

Result<std::unique_ptr<Store>> Open(const std::string& url, const OpenOptions& options = {});

}  // namespace stip::store
