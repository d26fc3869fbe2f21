// The single-statement read unit of work (CoreStore::ReadOne) on both engines: it sees what was
// committed just before it, and a failed statement leaves its pooled connection fit for the next.
#include <string>
#include <vector>

#include "store/core/core_store.h"
#include "store_support.h"

namespace stip::store::testing {
namespace {

using core::Row;
using core::SqlPort;

class ReadOneTest : public StoreTest {
 protected:
  core::CoreStore& core() { return dynamic_cast<core::CoreStore&>(store()); }
};

TEST_P(ReadOneTest, SeesWhatWasJustCommittedAndSurvivesAFailedStatement) {
  if (!ready()) return;
  SeedSystem();
  ASSERT_TRUE(store().CreateSession({"sha_1", kLead, "csrf", 1, 2}));
  // More failures than the pool has connections: none may be handed out broken.
  for (int i = 0; i < 12; ++i) {
    auto failed = core().ReadOne([](SqlPort& port) -> Status {
      return port.Each("SELECT no_such_column FROM sessions", [](const Row&) {});
    });
    ASSERT_FALSE(failed);
  }
  std::vector<std::string> users;
  auto read = core().ReadOne([&](SqlPort& port) -> Status {
    return port.Each(
        "SELECT user_id FROM sessions WHERE token_sha256 = $1",
        [&](const Row& row) { users.push_back(row.Text(0)); }, "sha_1");
  });
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(users, (std::vector<std::string>{kLead}));
  auto user = store().FindUser(kLead);
  ASSERT_TRUE(user) << user.error().message;
  ASSERT_TRUE(user->has_value());
  EXPECT_EQ((*user)->id, kLead);
}

STIP_STORE_CONTRACT(ReadOneTest);

}  // namespace
}  // namespace stip::store::testing
