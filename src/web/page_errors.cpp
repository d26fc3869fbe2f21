// Error pages in plain language: what happened and what to do, never a stack trace or the
// app's internal English message.
#include <charconv>

#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/url.h"

namespace stip::web {
namespace {

// The statuses that have their own texts in the catalogue.
unsigned NearestKnownStatus(unsigned status) {
  switch (status) {
    case 400:
    case 403:
    case 404:
    case 409:
    case 422:
    case 429:
    case 500:
    case 503:
      return status;
    case 405:
    case 410:
      return 404;
    case 413:
      return 400;
    default:
      return status >= 500 ? 500 : 400;
  }
}

}  // namespace

http::Response ErrorPage(const http::Request& req, unsigned status) {
  const std::string_view locale = NormalLocale(req.locale);
  const std::string code = std::to_string(NearestKnownStatus(status));
  Data page;
  page.set("heading", std::string(Text(locale, "error_" + code + "_title")));
  page.set("what_happened", std::string(Text(locale, "error_" + code + "_what")));
  page.set("what_to_do", std::string(Text(locale, "error_" + code + "_todo")));
  PageMeta meta;
  meta.title = std::string(Text(locale, "error_" + code + "_title"));
  meta.self_path = req.method == boost::beast::http::verb::get ? req.target : "/gezinnen";
  return RenderPage(req, status, "error", meta, std::move(page));
}

http::Response ToLogin(const http::Request& req) {
  const bool is_get = req.method == boost::beast::http::verb::get;
  const std::string back = is_get ? SafeNextPath(req.target) : std::string(kHomePath);
  return http::Response::Redirect("/login?next=" + UrlEncode(back));
}

http::Response ErrorFor(const http::Request& req, const domain::Error& error) {
  if (error.code == domain::Code::kUnauthenticated) return ToLogin(req);
  return ErrorPage(req, http::StatusFor(error.code));
}

void SetSummary(Data& page, const std::vector<SummaryLine>& lines) {
  page.set("has_errors", !lines.empty());
  Data list{Data::type::list};
  for (const auto& line : lines) {
    Data item;
    item.set("message", line.message);
    item.set("href", line.anchor.empty() ? Data(false) : Data("#" + line.anchor));
    list.push_back(item);
  }
  page.set("errors", list);
}

std::int64_t ParseBefore(const http::Request& req, const char* name) {
  const auto it = req.query.find(name);
  if (it == req.query.end()) return 0;
  std::int64_t value = 0;
  const std::string& s = it->second;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || value < 0) return 0;
  return value;
}

}  // namespace stip::web
