// AccessChainVerifier: the access log is a chain per family too; one test per tampering kind.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ledger/chains.h"
#include "ledger/verifier.h"
#include "unit/ledger/chain_builder.h"

namespace stip::ledger {
namespace {

using testing::AccessLine;
using testing::MakeAccessLog;
using testing::VerifyAccess;

constexpr char kFamily[] = "fam_01";

void ExpectProblem(const std::vector<AccessLine>& lines, ProblemKind kind, std::int64_t seq) {
  auto problem = VerifyAccess(kFamily, lines);
  ASSERT_TRUE(problem.has_value()) << "expected " << ProblemKindName(kind);
  EXPECT_EQ(ProblemKindName(problem->kind), ProblemKindName(kind)) << problem->message;
  EXPECT_EQ(problem->seq, seq) << problem->message;
  EXPECT_EQ(problem->chain, "access:fam_01");
}

TEST(AccessChainVerifier, IntactLogPasses) {
  const auto lines = MakeAccessLog(kFamily, 30);
  AccessChainVerifier verifier(kFamily);
  for (const auto& line : lines) verifier.Add(line.record, line.prev_hash, line.hash);
  EXPECT_TRUE(verifier.ok());
  EXPECT_EQ(verifier.records(), 30);
  EXPECT_EQ(verifier.head_seq(), 30);
  EXPECT_EQ(verifier.head_hash(), lines.back().hash);
}

TEST(AccessChainVerifier, ChangedPurposeIsAHashMismatch) {
  auto lines = MakeAccessLog(kFamily, 10);
  lines[4].record.purpose = "nieuwsgierig";
  ExpectProblem(lines, ProblemKind::kHashMismatch, 5);
}

TEST(AccessChainVerifier, HiddenEmergencyFlagIsAHashMismatch) {
  auto lines = MakeAccessLog(kFamily, 10);
  ASSERT_TRUE(lines[2].record.emergency);
  lines[2].record.emergency = false;  // hiding a break-the-glass read
  ExpectProblem(lines, ProblemKind::kHashMismatch, 3);
}

TEST(AccessChainVerifier, ChangedReaderIsAHashMismatch) {
  auto lines = MakeAccessLog(kFamily, 10);
  lines[7].record.user_id = "usr_someone_else";
  ExpectProblem(lines, ProblemKind::kHashMismatch, 8);
}

TEST(AccessChainVerifier, DeletedLineIsASeqGap) {
  auto lines = MakeAccessLog(kFamily, 10);
  lines.erase(lines.begin() + 5);
  ExpectProblem(lines, ProblemKind::kSeqGap, 6);
}

TEST(AccessChainVerifier, ReorderedLinesBreakTheLink) {
  auto lines = MakeAccessLog(kFamily, 10);
  std::swap(lines[3], lines[4]);
  std::swap(lines[3].record.seq, lines[4].record.seq);
  ExpectProblem(lines, ProblemKind::kBrokenLink, 4);
}

TEST(AccessChainVerifier, DuplicatedLineIsASeqOrderProblem) {
  auto lines = MakeAccessLog(kFamily, 10);
  lines.insert(lines.begin() + 2, lines[1]);
  ExpectProblem(lines, ProblemKind::kSeqOrder, 2);
}

TEST(AccessChainVerifier, WrongGenesis) {
  auto lines = MakeAccessLog(kFamily, 3);
  lines[0].prev_hash = lines[2].hash;
  ExpectProblem(lines, ProblemKind::kBadGenesis, 1);
}

TEST(AccessChainVerifier, LineOfAnotherFamilyIsWrongChain) {
  auto lines = MakeAccessLog(kFamily, 5);
  lines[3] = MakeAccessLog("fam_02", 5)[3];
  ExpectProblem(lines, ProblemKind::kWrongChain, 4);
}

TEST(AccessChainVerifier, InvalidUtf8IsMalformed) {
  auto lines = MakeAccessLog(kFamily, 5);
  lines[1].record.purpose = "\xC3";
  ExpectProblem(lines, ProblemKind::kMalformed, 2);
}

TEST(CanonicalAccess, KeysAreSortedAndTextEscaped) {
  const domain::AccessRecord record{
      "fam_9", 12, -5, "usr_\"x\"", "duo", "access_log", "controle\nna klacht", true};
  EXPECT_EQ(CanonicalAccess(record).value(),
            R"({"emergency":true,"family":"fam_9","purpose":"controle\nna klacht","role":"duo",)"
            R"("seq":12,"time":-5,"user":"usr_\"x\"","v":1,"what":"access_log"})");
}

TEST(AccessHash, RefusesAPrevHashThatIsNotAHash) {
  const domain::AccessRecord record{kFamily, 1, 0, "u", "lead", "entries", "p", false};
  EXPECT_FALSE(AccessHash("zz", record).has_value());
}

}  // namespace
}  // namespace stip::ledger
