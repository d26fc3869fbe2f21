// After login Stip only ever sends people to a page on its own site.
#include "web/url.h"

#include <gtest/gtest.h>

namespace stip::web {
namespace {

TEST(SafeNextPathTest, KeepsLocalPathsWithQuery) {
  EXPECT_EQ(SafeNextPath("/gezinnen"), "/gezinnen");
  EXPECT_EQ(SafeNextPath("/gezinnen/fam_000001?voor=12"), "/gezinnen/fam_000001?voor=12");
  EXPECT_EQ(SafeNextPath("/"), "/");
}

TEST(SafeNextPathTest, RejectsEverythingThatCouldLeaveTheSite) {
  for (const char* bad :
       {"", "gezinnen", "https://evil.example/", "http://evil.example", "//evil.example",
        "//evil.example/gezinnen", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)",
        "/\t/evil.example", "/\n/evil.example", "/gezinnen\r\nSet-Cookie: x=1", " /gezinnen",
        "/gezinnen\\..\\x", "data:text/html,hi"}) {
    EXPECT_EQ(SafeNextPath(bad), kHomePath) << "next=" << bad;
  }
}

TEST(SafeNextPathTest, RejectsNonAsciiAndOverlongValues) {
  EXPECT_EQ(SafeNextPath("/gezinnen/\xc3\xa9"), kHomePath);
  EXPECT_EQ(SafeNextPath("/" + std::string(2100, 'a')), kHomePath);
}

TEST(UrlEncodeTest, EncodesAllButUnreservedCharacters) {
  EXPECT_EQ(UrlEncode("fam_000001"), "fam_000001");
  EXPECT_EQ(UrlEncode("/gezinnen?voor=3&x=y z"), "%2Fgezinnen%3Fvoor%3D3%26x%3Dy%20z");
  EXPECT_EQ(UrlEncode("\xc3\xa9"), "%C3%A9");
}

TEST(IsSameOriginTest, AcceptsOwnOriginAndMissingHeaders) {
  EXPECT_TRUE(IsSameOrigin("http://localhost:8080", "", "localhost:8080"));
  EXPECT_TRUE(IsSameOrigin("https://Stip.Example", "", "stip.example"));
  EXPECT_TRUE(IsSameOrigin("", "https://stip.example/login?next=%2F", "stip.example"));
  EXPECT_TRUE(IsSameOrigin("", "", "stip.example"));
}

TEST(IsSameOriginTest, RefusesOtherSites) {
  EXPECT_FALSE(IsSameOrigin("https://evil.example", "", "stip.example"));
  EXPECT_FALSE(IsSameOrigin("null", "", "stip.example"));
  EXPECT_FALSE(IsSameOrigin("https://stip.example.evil.example", "", "stip.example"));
  EXPECT_FALSE(IsSameOrigin("", "https://evil.example/stip.example", "stip.example"));
  EXPECT_FALSE(IsSameOrigin("http://localhost:9999", "", "localhost:8080"));
  // The Origin wins over a matching Referer.
  EXPECT_FALSE(IsSameOrigin("https://evil.example", "https://stip.example/", "stip.example"));
}

}  // namespace
}  // namespace stip::web
