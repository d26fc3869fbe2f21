// Static assets served from the binary at /assets/<name>: the NL Design System component CSS
// (EUPL-1.2, with its licence), Stip's theme and layout CSS, and the icon.
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace stip::web {

struct Asset {
  std::string_view name;          // "stip.css"
  std::string_view content_type;  // "text/css; charset=utf-8"
  std::string_view body;
  std::string_view sha256;  // hex of body
};

// nullptr when there is no such asset.
const Asset* FindAsset(std::string_view name);

// By file extension; "application/octet-stream" when unknown.
std::string_view ContentTypeFor(std::string_view name);

// "/assets/stip.css?v=<first 16 hex of sha256>": a new version gets a new URL, so browsers may
// keep each version for a year.
std::string AssetUrl(std::string_view name);

// GET /assets/{name}: the asset with a strong ETag; 304 when If-None-Match matches. A request
// carrying the current ?v= may be cached for a year ("immutable"); without it (or with an old
// one) browsers must revalidate, so a deploy never leaves a stale stylesheet behind.
http::Response ServeAsset(const http::Request& req);

}  // namespace stip::web
