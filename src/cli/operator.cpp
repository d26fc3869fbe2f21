#include "cli/operator.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdio>

#include "app/operator_log.h"
#include "app/system.h"
#include "store/open.h"

namespace stip::cli {

std::string OperatorName() {
  if (const passwd* pw = getpwuid(geteuid()); pw != nullptr && pw->pw_name != nullptr) {
    return std::string("os:") + pw->pw_name;
  }
  return "os:uid" + std::to_string(geteuid());
}

namespace {

int NotOnRecord(const std::string& command, const domain::Error& e) {
  if (e.code == domain::Code::kNotFound) {
    std::fprintf(stderr, "stip %s: %s\n", command.c_str(), e.message.c_str());
    return 4;
  }
  std::fprintf(stderr,
               "stip %s: cannot write the line on the operators' access log, so nothing was "
               "done: %s\n",
               command.c_str(), e.message.c_str());
  return kExitNotOnRecord;
}

}  // namespace

int PutOnRecord(store::Store& store, const std::string& command, const std::string& target,
                const std::string& family_id) {
  const app::SystemClock clock;
  auto logged = app::LogOperatorRun(
      store, clock.Now(),
      {.user = OperatorName(), .command = command, .target = target, .family_id = family_id});
  if (!logged) return NotOnRecord(command, logged.error());
  return 0;
}

int PutOnRecord(const std::string& url, const std::string& command, const std::string& target,
                const std::string& family_id) {
  store::OpenOptions options;
  options.existing_only = true;
  auto opened = store::Open(url, options);
  if (!opened) return NotOnRecord(command, opened.error());
  return PutOnRecord(**opened, command, target, family_id);
}

}  // namespace stip::cli
