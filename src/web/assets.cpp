#include "web/assets.h"

#include <array>
#include <vector>

#include "web/embedded.h"

namespace stip::web {
namespace {

constexpr std::size_t kVersionLength = 16;

struct TypeByExtension {
  std::string_view extension;
  std::string_view content_type;
};

constexpr std::array<TypeByExtension, 9> kTypes{{
    {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".txt", "text/plain; charset=utf-8"},
    {".md", "text/plain; charset=utf-8"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".json", "application/json"},
}};

const std::vector<Asset>& AllAssets() {
  // Built once from the generated table; never destroyed (no global destructors).
  static const auto* const kAssets = [] {
    auto* assets = new std::vector<Asset>();
    for (const EmbeddedFile& f : EmbeddedAssets()) {
      assets->push_back({f.name, ContentTypeFor(f.name), f.data, f.sha256});
    }
    return assets;
  }();
  return *kAssets;
}

std::string_view Version(const Asset& asset) { return asset.sha256.substr(0, kVersionLength); }

// If-None-Match may list several tags, or be "*".
bool MatchesEtag(std::string_view if_none_match, std::string_view etag) {
  if (if_none_match == "*") return true;
  return if_none_match.find(etag) != std::string_view::npos;
}

}  // namespace

std::string_view ContentTypeFor(std::string_view name) {
  for (const auto& t : kTypes) {
    if (name.ends_with(t.extension)) return t.content_type;
  }
  return "application/octet-stream";
}

const Asset* FindAsset(std::string_view name) {
  for (const Asset& a : AllAssets()) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

std::string AssetUrl(std::string_view name) {
  const Asset* asset = FindAsset(name);
  std::string url = "/assets/" + std::string(name);
  if (asset) url += "?v=" + std::string(Version(*asset));
  return url;
}

http::Response ServeAsset(const http::Request& req) {
  const auto name = req.params.find("name");
  const Asset* asset = name == req.params.end() ? nullptr : FindAsset(name->second);
  if (!asset) {
    return http::Response::Text(404, "Dit bestand bestaat niet. / This file does not exist.\n",
                                "text/plain; charset=utf-8");
  }
  const std::string etag = "\"" + std::string(asset->sha256) + "\"";
  const auto v = req.query.find("v");
  const bool versioned = v != req.query.end() && v->second == Version(*asset);

  http::Response response;
  if (MatchesEtag(req.Header("if-none-match"), etag)) {
    response.status = 304;
    response.content_type = std::string(asset->content_type);
  } else {
    response =
        http::Response::Text(200, std::string(asset->body), std::string(asset->content_type));
  }
  response.headers.emplace_back("ETag", etag);
  response.headers.emplace_back("Cache-Control", versioned ? "public, max-age=31536000, immutable"
                                                           : "public, max-age=0, must-revalidate");
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return response;
}

}  // namespace stip::web
