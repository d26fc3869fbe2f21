// Issue 14 item 4: "Opdrachten op de server" (/beheer/operaties), the operators' log for
// administrators: who ran which stip command (backup, migrate, verify, rebuild, retention),
// what it touched and when, newest first, 50 lines a page with a link to older pages (no
// silent cap). The use case refuses everyone but administrators (403).
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_account.h"
#include "web/page_handlers.h"
#include "web/url.h"

namespace stip::web {
namespace {

constexpr int kLinesPerPage = 50;
constexpr std::string_view kOperationsPath = "/beheer/operaties";

// "backup" -> "Back-up gemaakt"; a command Stip does not know (a later version) reads as written.
std::string CommandText(std::string_view locale, const std::string& command) {
  const std::string_view text = Text(locale, "ops_cmd_" + command);
  return text == kMissingMessage ? command : std::string(text);
}

// "os:beheer" -> "beheer (gebruiker op de server)".
std::string WhoText(std::string_view locale, const std::string& user) {
  if (!user.starts_with("os:")) return user;
  return Fill(Text(locale, "ops_os_user"), {{"name", user.substr(3)}});
}

}  // namespace

http::Response AdminOperationsPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::int64_t before = ParseBefore(req, "voor");
  auto log = stip.ListOperatorLog(*req.principal, domain::Page{before, kLinesPerPage});
  if (!log) return ErrorFor(req, log.error());
  const std::string_view locale = NormalLocale(req.locale);
  const std::string path(kOperationsPath);

  Data lines{Data::type::list};
  for (const auto& r : log->lines) {
    const LocalTime local = ToAmsterdam(r.time);
    Data item;
    item.set("when",
             Fill(Text(locale, "access_when"),
                  {{"date", FormatLongDate(local.date, locale)}, {"time", FormatClock(local)}}));
    item.set("iso", IsoLocal(r.time));
    item.set("who", WhoText(locale, r.user_id));
    item.set("command", CommandText(locale, r.what));
    item.set("target", r.purpose);
    lines.push_back(item);
  }
  Data page;
  page.set("lines", lines);
  page.set("has_lines", !log->lines.empty());
  page.set("older_page", before > 0);
  page.set("newest_href", path);
  page.set("older_href", log->next_before > 0
                             ? Data(path + "?voor=" + std::to_string(log->next_before))
                             : Data(false));
  page.set("admin_href", std::string(kAdminPath));
  PageMeta meta;
  meta.title = std::string(Text(locale, "ops_title"));
  meta.self_path = before > 0 ? path + "?voor=" + std::to_string(before) : path;
  meta.nav = "operations";
  return RenderPage(req, 200, "operator_log", meta, std::move(page));
}

}  // namespace stip::web
