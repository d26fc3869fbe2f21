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
  // Whom to ask and where to go on depends on the reader: a family or network member does not
  // know "the administrator of your organisation" and has no "My families" (issue 13 item 4).
  const bool network = req.principal && req.principal->IsNetwork();
  const bool family = req.principal && req.principal->IsFamily() && !network;
  const bool admin = req.principal && !req.principal->IsFamily() && req.principal->user.admin;
  const bool names_whom_to_ask = code == "403" || code == "500";
  const char* todo = !names_whom_to_ask ? "_todo"
                     : family           ? "_todo_family"
                     : network          ? "_todo_network"
                                        : "_todo";
  Data page;
  page.set("heading", std::string(Text(locale, "error_" + code + "_title")));
  page.set("what_happened", std::string(Text(locale, "error_" + code + "_what")));
  page.set("what_to_do", std::string(Text(locale, "error_" + code + todo)));
  if (!req.principal) {
    page.set("home_href", "/");
    page.set("home_label", std::string(Text(locale, "error_to_start")));
  } else if (network) {
    page.set("home_href", "/gedeeld");
    page.set("home_label", std::string(Text(locale, "error_to_shared")));
  } else if (family) {
    page.set("home_href", std::string(kFamilyHomePath));
    page.set("home_label", std::string(Text(locale, "error_to_ons_gezin")));
  } else if (admin) {
    page.set("home_href", std::string(kAdminPath));
    page.set("home_label", std::string(Text(locale, "error_to_admin")));
  } else {
    page.set("home_href", std::string(kHomePath));
    page.set("home_label", std::string(Text(locale, "error_to_families")));
  }
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
