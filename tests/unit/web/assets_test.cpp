// Assets come from the binary with the right type, a content-hash ETag and a versioned URL.
#include "web/assets.h"

#include <gtest/gtest.h>

namespace stip::web {
namespace {

std::string HeaderOf(const http::Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return {};
}

http::Request AssetRequest(const std::string& name, const std::string& version = "") {
  http::Request req;
  req.params["name"] = name;
  if (!version.empty()) req.query["v"] = version;
  return req;
}

TEST(AssetsTest, EmbedsTheNlDesignSystemCssWithItsLicence) {
  const Asset* css = FindAsset("utrecht-components.css");
  ASSERT_NE(css, nullptr);
  EXPECT_NE(css->body.find(".utrecht-button"), std::string_view::npos);
  EXPECT_NE(css->body.find("@license EUPL-1.2"), std::string_view::npos);
  const Asset* licence = FindAsset("utrecht-components-LICENSE.txt");
  ASSERT_NE(licence, nullptr);
  EXPECT_NE(licence->body.find("EUROPEAN UNION PUBLIC LICENCE v. 1.2"), std::string_view::npos);
}

TEST(AssetsTest, EmbedsStipsOwnFiles) {
  for (const char* name : {"stip.css", "stip-theme.css", "stip.svg", "stip-advice.js"}) {
    const Asset* asset = FindAsset(name);
    ASSERT_NE(asset, nullptr) << name;
    EXPECT_FALSE(asset->body.empty()) << name;
    EXPECT_EQ(asset->sha256.size(), 64u) << name;
  }
  EXPECT_NE(FindAsset("stip-theme.css")->body.find(".stip-theme"), std::string_view::npos);
  EXPECT_EQ(FindAsset("nope.css"), nullptr);
  EXPECT_EQ(FindAsset("../CMakeLists.txt"), nullptr);
}

TEST(AssetsTest, ContentTypeByExtension) {
  EXPECT_EQ(ContentTypeFor("stip.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("stip.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("stip-advice.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("LICENSE.txt"), "text/plain; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("font.woff2"), "font/woff2");
  EXPECT_EQ(ContentTypeFor("mystery"), "application/octet-stream");
}

TEST(AssetsTest, UrlCarriesTheContentVersion) {
  const Asset* css = FindAsset("stip.css");
  ASSERT_NE(css, nullptr);
  EXPECT_EQ(AssetUrl("stip.css"), "/assets/stip.css?v=" + std::string(css->sha256.substr(0, 16)));
}

TEST(AssetsTest, VersionedRequestMayBeCachedForAYear) {
  const Asset* css = FindAsset("stip.css");
  const http::Response r =
      ServeAsset(AssetRequest("stip.css", std::string(css->sha256.substr(0, 16))));
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(r.body, css->body);
  EXPECT_EQ(HeaderOf(r, "ETag"), "\"" + std::string(css->sha256) + "\"");
  EXPECT_EQ(HeaderOf(r, "Cache-Control"), "public, max-age=31536000, immutable");
}

TEST(AssetsTest, UnversionedOrOldVersionMustRevalidate) {
  for (const std::string version : {"", "0123456789abcdef"}) {
    const http::Response r = ServeAsset(AssetRequest("stip.css", version));
    EXPECT_EQ(r.status, 200u);
    EXPECT_EQ(HeaderOf(r, "Cache-Control"), "public, max-age=0, must-revalidate");
  }
}

TEST(AssetsTest, MatchingEtagGivesNotModified) {
  const Asset* css = FindAsset("stip.css");
  http::Request req = AssetRequest("stip.css");
  req.headers["if-none-match"] = "\"" + std::string(css->sha256) + "\"";
  const http::Response r = ServeAsset(req);
  EXPECT_EQ(r.status, 304u);
  EXPECT_TRUE(r.body.empty());
  EXPECT_FALSE(HeaderOf(r, "ETag").empty());
}

TEST(AssetsTest, UnknownAssetIsNotFound) {
  EXPECT_EQ(ServeAsset(AssetRequest("geheim.css")).status, 404u);
  EXPECT_EQ(ServeAsset(http::Request{}).status, 404u);
}

}  // namespace
}  // namespace stip::web
