// Canonical JSON: one test per rule in docs/ledger-format.md §3.
#include <boost/json/parse.hpp>
#include <cstdint>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "ledger/event.h"

namespace stip::ledger {
namespace {

Event Basic(boost::json::object payload) {
  Event event;
  event.chain = "fam_01";
  event.seq = 3;
  event.type = "entry.added";
  event.actor = "usr_1";
  event.time = 1700000000000;
  event.payload = std::move(payload);
  return event;
}

// The canonical payload part of Canonical(event), for short assertions.
std::string PayloadOf(boost::json::object payload) {
  auto canonical = CanonicalPayload(payload);
  EXPECT_TRUE(canonical.has_value()) << canonical.error().message;
  return canonical.value_or("<error>");
}

boost::json::object WithText(std::string text) { return {{"t", boost::json::string(text)}}; }

TEST(Canonical, EnvelopeHasSortedKeysAndVersion) {
  auto canonical = Canonical(Basic({{"name", "x"}}));
  ASSERT_TRUE(canonical.has_value());
  EXPECT_EQ(*canonical, R"({"actor":"usr_1","chain":"fam_01","payload":{"name":"x"},"seq":3,)"
                        R"("time":1700000000000,"type":"entry.added","v":1})");
}

TEST(Canonical, HashesAreNotPartOfTheCanonicalForm) {
  Event a = Basic({});
  Event b = a;
  b.prev_hash = std::string(kGenesisHash);
  b.hash = "ff";
  EXPECT_EQ(Canonical(a).value(), Canonical(b).value());
  EXPECT_EQ(Canonical(a).value(), R"({"actor":"usr_1","chain":"fam_01","payload":{},"seq":3,)"
                                  R"("time":1700000000000,"type":"entry.added","v":1})");
}

TEST(Canonical, ObjectKeysAreSortedByUtf8Bytes) {
  boost::json::object payload;
  for (const char* key : {"b", "z", "\xC3\xA9", "a", "_", "B", "aa", "A1", ""}) payload[key] = 1;
  // "" < "A1" < "B" < "_" < "a" < "aa" < "b" < "z" < "é" (0xC3 is above every ASCII byte).
  EXPECT_EQ(PayloadOf(payload),
            "{\"\":1,\"A1\":1,\"B\":1,\"_\":1,\"a\":1,\"aa\":1,\"b\":1,\"z\":1,\"\xC3\xA9\":1}");
}

TEST(Canonical, NestedObjectsAreSortedAndArraysKeepTheirOrder) {
  boost::json::object payload = {
      {"z", boost::json::array{3, 1, 2}},
      {"m", boost::json::object{{"y", true}, {"x", nullptr}}},
      {"a", boost::json::array{boost::json::object{{"k2", false}, {"k1", "v"}}}}};
  EXPECT_EQ(PayloadOf(payload),
            R"({"a":[{"k1":"v","k2":false}],"m":{"x":null,"y":true},"z":[3,1,2]})");
}

TEST(Canonical, EmptyContainers) {
  boost::json::object payload = {{"a", boost::json::array{}}, {"o", boost::json::object{}}};
  EXPECT_EQ(PayloadOf(payload), R"({"a":[],"o":{}})");
}

TEST(Canonical, IntegersArePlainDecimal) {
  constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  constexpr auto kUmax = std::numeric_limits<std::uint64_t>::max();
  boost::json::object payload = {{"a", 0},    {"b", -1},    {"c", kMin},
                                 {"d", kMax}, {"e", kUmax}, {"f", 1000000}};
  EXPECT_EQ(PayloadOf(payload), R"({"a":0,"b":-1,"c":-9223372036854775808,"d":9223372036854775807,)"
                                R"("e":18446744073709551615,"f":1000000})");
}

TEST(Canonical, NegativeTimeAndSeqAreEncoded) {
  Event event = Basic({});
  event.time = -1;
  event.seq = std::numeric_limits<std::int64_t>::max();
  EXPECT_EQ(Canonical(event).value(),
            R"({"actor":"usr_1","chain":"fam_01","payload":{},"seq":9223372036854775807,)"
            R"("time":-1,"type":"entry.added","v":1})");
}

TEST(Canonical, FloatsAreRejectedWithThePath) {
  auto result = Canonical(Basic({{"scores", boost::json::array{1, 2.5}}}));
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, domain::Code::kInvalidArgument);
  ASSERT_EQ(result.error().fields.size(), 1u);
  EXPECT_EQ(result.error().fields[0].field, "payload.scores[1]");
}

TEST(Canonical, WholeNumberFloatsAreRejectedToo) {
  // 1.0 is a double in boost::json; accepting it would give two spellings of one number.
  EXPECT_FALSE(Canonical(Basic({{"n", 1.0}})).has_value());
  EXPECT_FALSE(CanonicalPayload({{"o", boost::json::object{{"n", -0.0}}}}).has_value());
}

TEST(Canonical, QuoteAndBackslashAreEscaped) {
  EXPECT_EQ(PayloadOf(WithText(R"(a"b\c)")), R"({"t":"a\"b\\c"})");
}

TEST(Canonical, ShortEscapesForTheFiveNamedControls) {
  EXPECT_EQ(PayloadOf(WithText("\b\f\n\r\t")), R"({"t":"\b\f\n\r\t"})");
}

TEST(Canonical, OtherControlsAsLowercaseUnicodeEscapes) {
  EXPECT_EQ(PayloadOf(WithText(std::string("\x00\x01\x0b\x1f", 4))),
            R"({"t":"\u0000\u0001\u000b\u001f"})");
}

TEST(Canonical, SlashDelAndNonAsciiAreRaw) {
  // "/", DEL, é (2 bytes), € (3 bytes), 😀 (4 bytes), U+10FFFF: all copied byte for byte.
  const std::string text = "a/b\x7F\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF";
  EXPECT_EQ(PayloadOf(WithText(text)), "{\"t\":\"" + text + "\"}");
}

TEST(Canonical, EdgesOfValidUtf8AreAccepted) {
  for (const char* text : {"\xED\x9F\xBF",      // U+D7FF, just below the surrogates
                           "\xEE\x80\x80",      // U+E000, just above them
                           "\xF0\x90\x80\x80",  // U+10000, smallest 4-byte form
                           "\xC2\x80", "\xEF\xBF\xBF"}) {
    EXPECT_TRUE(CanonicalPayload(WithText(text)).has_value()) << text;
  }
}

TEST(Canonical, InvalidUtf8IsRejected) {
  for (const char* text : {"\x80",              // continuation byte without a start
                           "\xC0\xAF",          // overlong "/"
                           "\xC1\xBF",          // overlong
                           "\xE0\x80\xAF",      // overlong 3-byte
                           "\xF0\x80\x80\xAF",  // overlong 4-byte
                           "\xED\xA0\x80",      // surrogate U+D800
                           "\xF4\x90\x80\x80",  // above U+10FFFF
                           "\xF5\x80\x80\x80",  // not a start byte
                           "\xFF",              // never valid
                           "\xE2\x82",          // truncated
                           "ok\xC3"}) {         // truncated at the end
    auto result = CanonicalPayload(WithText(text));
    ASSERT_FALSE(result.has_value()) << text;
    EXPECT_EQ(result.error().code, domain::Code::kInvalidArgument);
  }
}

TEST(Canonical, InvalidUtf8InEnvelopeFieldsAndKeysIsRejected) {
  Event event = Basic({});
  event.actor = "usr\xFF";
  auto result = Canonical(event);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().fields.at(0).field, "actor");

  event = Basic({});
  event.chain = "fam\xC3";
  EXPECT_FALSE(Canonical(event).has_value());
  event = Basic({});
  event.type = "\xED\xB0\x80";
  EXPECT_FALSE(Canonical(event).has_value());
  EXPECT_FALSE(Canonical(Basic({{"k\x80", 1}})).has_value());
}

TEST(Canonical, NestingUpTo32LevelsIsAccepted) {
  auto nest = [](int levels) {  // `levels` containers including the payload object itself
    boost::json::value value = 1;
    for (int i = 1; i < levels; ++i) value = boost::json::array{value};
    return boost::json::object{{"n", value}};
  };
  EXPECT_TRUE(CanonicalPayload(nest(32)).has_value());
  EXPECT_FALSE(CanonicalPayload(nest(33)).has_value());
}

TEST(ParsePayload, RoundTripsTheCanonicalForm) {
  boost::json::object payload = {
      {"text", "Zo\xC3\xAB \"zegt\"\n\x01"},
      {"n", std::numeric_limits<std::int64_t>::min()},
      {"u", std::numeric_limits<std::uint64_t>::max()},
      {"list", boost::json::array{true, nullptr, boost::json::object{{"b", 1}, {"a", 2}}}}};
  const std::string canonical = PayloadOf(payload);
  auto parsed = ParsePayload(canonical);
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
  EXPECT_EQ(*parsed, payload);
  EXPECT_EQ(PayloadOf(*parsed), canonical);
}

TEST(ParsePayload, AcceptsWhitespaceAndAnyKeyOrder) {
  auto parsed = ParsePayload(R"( { "b" : 1 , "a" : [ "x" ] } )");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(PayloadOf(*parsed), R"({"a":["x"],"b":1})");
}

TEST(ParsePayload, RejectsWhatCanonicalWouldReject) {
  for (const char* json : {
           R"({"n":1.5})", R"({"n":1e3})", R"({"n":[0.0]})",
           R"({"n":18446744073709551616})",  // beyond 64 bits: would become a double
           "[1]", "\"text\"", "null", "", "{", R"({"a":1,})", R"({"a":1} // c)",
           "{\"t\":\"\xC3\x28\"}",  // invalid UTF-8
       }) {
    auto parsed = ParsePayload(json);
    ASSERT_FALSE(parsed.has_value()) << json;
    EXPECT_EQ(parsed.error().code, domain::Code::kInvalidArgument) << json;
  }
}

TEST(ChainHash, RejectsAPrevHashThatIsNotAHash) {
  const std::string upper(64, 'A');
  EXPECT_EQ(ChainHash(upper, "x"), "");
  EXPECT_EQ(ChainHash("00", "x"), "");
  EXPECT_EQ(ChainHash(std::string(63, '0') + "g", "x"), "");
  EXPECT_EQ(ChainHash(kGenesisHash, "x").size(), 64u);
  EXPECT_TRUE(IsHash(kGenesisHash));
  EXPECT_FALSE(IsHash(upper));
}

TEST(Seal, FirstEventPointsAtTheGenesis) {
  Event event = Basic({{"name", "Familie Jansen"}});
  ASSERT_TRUE(Seal(event, 0, "ignored for a new chain").has_value());
  EXPECT_EQ(event.seq, 1);
  EXPECT_EQ(event.prev_hash, kGenesisHash);
  EXPECT_EQ(event.hash, ChainHash(kGenesisHash, Canonical(event).value()));
}

TEST(Seal, NextEventLinksToTheHead) {
  Event first = Basic({});
  ASSERT_TRUE(Seal(first, 0, "").has_value());
  Event second = Basic({{"k", 2}});
  ASSERT_TRUE(Seal(second, first.seq, first.hash).has_value());
  EXPECT_EQ(second.seq, 2);
  EXPECT_EQ(second.prev_hash, first.hash);
  EXPECT_EQ(second.hash, ChainHash(first.hash, Canonical(second).value()));
}

TEST(Seal, FailureLeavesTheEventUnchanged) {
  Event event = Basic({{"x", 0.5}});
  event.seq = 0;
  EXPECT_FALSE(Seal(event, 4, std::string(64, 'a')).has_value());
  EXPECT_EQ(event.seq, 0);
  EXPECT_EQ(event.prev_hash, "");
  EXPECT_EQ(event.hash, "");

  Event ok = Basic({});
  EXPECT_FALSE(Seal(ok, 4, "not a hash").has_value());
  EXPECT_FALSE(Seal(ok, -1, kGenesisHash).has_value());
}

}  // namespace
}  // namespace stip::ledger
