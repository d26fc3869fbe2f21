// Files compiled into the binary at build time (src/web/embed.cmake): templates and assets.
// The server needs no files on disk besides its database, so one binary is one deployment.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace stip::web {

struct EmbeddedFile {
  std::string_view name;    // "layout.mustache", "stip.css"
  std::string_view data;    // the file's bytes, line endings normalised to \n
  std::string_view sha256;  // lower-case hex of `data`
};

// Length from the array, not strlen: cheap in constant evaluation, even for large files.
template <std::size_t N>
constexpr std::string_view Sv(const char (&s)[N]) {
  return {s, N - 1};
}

std::span<const EmbeddedFile> EmbeddedTemplates();  // generated: web_templates.cpp
std::span<const EmbeddedFile> EmbeddedAssets();     // generated: web_assets.cpp

}  // namespace stip::web
