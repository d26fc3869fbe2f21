#include "cli/installation.h"

#include <cstdlib>

namespace stip::cli {

std::string DatabaseUrl(const std::string& data_dir, const std::string& database_flag) {
  if (!database_flag.empty()) return database_flag;
  if (const char* env = std::getenv("STIP_DATABASE"); env && *env) return env;
  return "sqlite:" + (data_dir.empty() ? std::string("var") : data_dir) + "/stip.db";
}

domain::Result<std::unique_ptr<Installation>> OpenInstallation(const std::string& url,
                                                               const store::OpenOptions& options,
                                                               app::Options app_options) {
  auto opened = store::Open(url, options);
  if (!opened) return tl::unexpected(opened.error());
  auto inst = std::make_unique<Installation>();
  inst->store = std::move(*opened);
  inst->app = std::make_unique<app::Stip>(*inst->store, inst->clock, inst->ids, app_options);
  return inst;
}

}  // namespace stip::cli
