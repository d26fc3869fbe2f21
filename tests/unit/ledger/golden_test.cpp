// Golden hash vectors: fixed events with their canonical text and hashes as literals.
//
// The expected values were computed once OUTSIDE this code base, not with stip_ledger:
//   python3: json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False) for the
//            canonical text, hashlib.sha256(bytes.fromhex(prev) + text.encode()).hexdigest();
//   cross-checked with coreutils, e.g. for event 1:
//     (head -c 32 /dev/zero; printf '%s' '<canonical 1>') | sha256sum
//     (printf '<hash 1>' | xxd -r -p; printf '%s' '<canonical 2>') | sha256sum
// docs/ledger-format.md §9 uses the same vectors as its worked example. If one of these tests
// fails, the ledger format changed, and every stored ledger would fail to verify: do not update
// the literals, fix the code.
#include <string>

#include <gtest/gtest.h>
#include <boost/json/object.hpp>

#include "domain/model.h"
#include "ledger/chains.h"
#include "ledger/event.h"
#include "ledger/verifier.h"

namespace stip::ledger {
namespace {

constexpr char kCanonical1[] =
    R"({"actor":"usr_lead","chain":"fam_01","payload":{"name":"Familie Jansen"},"seq":1,)"
    R"("time":1764429629123,"type":"family.created","v":1})";
constexpr char kHash1[] = "8a12f1ad127c40eb8a65e28a67ffa738ba7cccd8f8e2e17a1a9974bc17f6e2a7";

// Escapes in the text: \" \n \t \\ and U+0001; "ë" and "/" stay raw.
constexpr char kCanonical2[] =
    R"({"actor":"usr_lead","chain":"fam_01","payload":{"id":"ent_1","kind":"observation",)"
    R"("source":"huisbezoek","text":"Zo)"
    "\xC3\xAB"
    R"( (7) zegt: \"ik ben blij\".\n\tKlaar/af \\ ok\u0001"},"seq":2,"time":1764429700000,)"
    R"("type":"entry.added","v":1})";
constexpr char kHash2[] = "c9b87cd8139b71adfc0f0cdf60861aac6327525a7d25e82b90a9214c7c1b9236";

constexpr char kGlobalHash1[] = "d96ed0175a9bd511709b094c6720801289d106062d7fe0775c953a6f8e4d43fa";
constexpr char kGlobalHash2[] = "e95314f2bbc487d1b683d0ab50953e3b15d97b4c95aa59cab79afd269edbcca7";

constexpr char kAccessCanonical1[] =
    R"({"emergency":false,"family":"fam_01","purpose":"gesprek voorbereiden","role":"lead",)"
    R"("seq":1,"time":1764429800000,"user":"usr_lead","v":1,"what":"entries"})";
constexpr char kAccessHash1[] = "58b22877e98beeaff999329181a93821a9ac38d5ffd4f9e300eab9b4f7636082";

Event Event1() {
  Event event;
  event.chain = "fam_01";
  event.type = "family.created";
  event.actor = "usr_lead";
  event.time = 1764429629123;
  event.payload = {{"name", "Familie Jansen"}};
  return event;
}

Event Event2() {
  Event event;
  event.chain = "fam_01";
  event.type = "entry.added";
  event.actor = "usr_lead";
  event.time = 1764429700000;
  // Deliberately not in key order: Canonical sorts.
  event.payload = {{"text", "Zo\xC3\xAB (7) zegt: \"ik ben blij\".\n\tKlaar/af \\ ok\x01"},
                   {"kind", "observation"},
                   {"id", "ent_1"},
                   {"source", "huisbezoek"}};
  return event;
}

TEST(Golden, FirstEventOfAFamily) {
  Event event = Event1();
  ASSERT_TRUE(Seal(event, 0, "").has_value());
  EXPECT_EQ(Canonical(event).value(), kCanonical1);
  EXPECT_EQ(event.prev_hash, kGenesisHash);
  EXPECT_EQ(event.hash, kHash1);
  EXPECT_EQ(ChainHash(kGenesisHash, kCanonical1), kHash1);
}

TEST(Golden, SecondEventWithEscapesAndUnicode) {
  Event event = Event2();
  ASSERT_TRUE(Seal(event, 1, kHash1).has_value());
  EXPECT_EQ(Canonical(event).value(), kCanonical2);
  EXPECT_EQ(event.prev_hash, kHash1);
  EXPECT_EQ(event.hash, kHash2);
}

TEST(Golden, TheTwoEventsVerify) {
  Event first = Event1();
  Event second = Event2();
  ASSERT_TRUE(Seal(first, 0, "").has_value());
  ASSERT_TRUE(Seal(second, 1, first.hash).has_value());
  const Event events[] = {first, second};
  EXPECT_EQ(VerifyChain("fam_01", events), std::nullopt);
}

TEST(Golden, GlobalLinks) {
  EXPECT_EQ(GlobalLinkText("fam_01", 1, kHash1), std::string("fam_01\n1\n") + kHash1);
  EXPECT_EQ(GlobalLinkHash(kGenesisHash, "fam_01", 1, kHash1), kGlobalHash1);
  EXPECT_EQ(GlobalLinkHash(kGlobalHash1, "fam_01", 2, kHash2), kGlobalHash2);
}

TEST(Golden, AccessRecord) {
  const domain::AccessRecord record{"fam_01", 1,         1764429800000,          "usr_lead",
                                    "lead",   "entries", "gesprek voorbereiden", false};
  EXPECT_EQ(CanonicalAccess(record).value(), kAccessCanonical1);
  EXPECT_EQ(AccessHash(kGenesisHash, record).value(), kAccessHash1);
}

}  // namespace
}  // namespace stip::ledger
