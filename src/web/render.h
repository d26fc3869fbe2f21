// Renders pages: a page template inside the shared layout, with the message catalogue, asset
// URLs and the signed-in person filled in. Every value is HTML-escaped by the template engine;
// no template uses triple braces, so user data can never become markup.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "http/message.h"

namespace stip::web {

using Data = kainjow::mustache::data;

// A string, or false when empty: mustache treats "" as true, and a missing key in a list item
// would be looked up in the enclosing context instead.
Data Opt(const std::string& value);

struct PageMeta {
  std::string title;        // the page's own name, for <title>
  std::string self_path;    // a GET path that shows this page again (language switch)
  std::string nav;          // "families", "new_family" or "" (marks aria-current in the menu)
  bool has_errors = false;  // prefixes the title with "Fout:" so screen readers hear it first
};

// The template engine with every embedded template available as a partial. Returns nullopt
// with `error` set when a template does not parse or render (a bug caught by the tests).
std::optional<std::string> RenderTemplate(std::string_view name, Data data,
                                          std::string* error = nullptr);

// A full HTML response: `page_template` rendered with `page` inside the layout.
http::Response RenderPage(const http::Request& req, unsigned status, std::string_view page_template,
                          const PageMeta& meta, Data page);

// Headers every HTML page carries: no caching of family data, no framing, and scripts only
// from Stip's own files (no inline script); a script may call only Stip's own API.
void AddHtmlHeaders(http::Response& response);

// The locale's messages as an object, for {{t.key}} in templates.
Data MessagesFor(std::string_view locale);

}  // namespace stip::web
