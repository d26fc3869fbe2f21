// The family's copy as PDF is made a few at a time (privacy review of issue 13 item 3: each copy
// reads the whole file and lays out the PDF on a worker thread): past that a caller is told to try
// again (503) before anything is read, and a finished copy gives its turn back.
#include <optional>
#include <vector>

#include <gtest/gtest.h>

#include "web/family_copy.h"

namespace stip::web {
namespace {

TEST(CopyTurnTest, OnlyAFewCopiesAreMadeAtOnceAndATurnComesBack) {
  std::vector<CopyTurn> held;
  for (;;) {
    auto turn = CopyTurn::Take();
    if (!turn) {
      EXPECT_EQ(turn.error().code, domain::Code::kUnavailable);
      EXPECT_NE(turn.error().message.find("try again"), std::string::npos);
      break;
    }
    held.push_back(std::move(*turn));
    ASSERT_LE(held.size(), 8u) << "no limit";
  }
  EXPECT_GE(held.size(), 1u);
  held.pop_back();
  auto again = CopyTurn::Take();
  EXPECT_TRUE(again) << "a finished copy gives its turn back";
}

}  // namespace
}  // namespace stip::web
