// An opened Stip installation: store, clock, ids and the application core, wired once for
// every command that needs them.
#pragma once

#include <memory>
#include <string>

#include "app/stip.h"
#include "app/system.h"
#include "store/open.h"

namespace stip::cli {

struct Installation {
  std::unique_ptr<store::Store> store;
  app::SystemClock clock;
  app::RandomIdGen ids;
  std::unique_ptr<app::Stip> app;
};

// The database URL: --database wins, then STIP_DATABASE, then sqlite:<data_dir>/stip.db.
std::string DatabaseUrl(const std::string& data_dir, const std::string& database_flag);

// `app_options`: e.g. demo mode for `stip demo` (issue 14: the demo's password "demo").
domain::Result<std::unique_ptr<Installation>> OpenInstallation(const std::string& url,
                                                               const store::OpenOptions& options,
                                                               app::Options app_options = {});

}  // namespace stip::cli
