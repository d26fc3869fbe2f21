// "Wie las het dossier": the family file's access log in plain sentences, newest first.
// Reading the log is itself logged, like every read of the file.
#include "web/emergency_view.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr int kLinesPerPage = 50;

}  // namespace

http::Response AccessLogPage(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const std::string& id = req.params.at("id");
  const std::int64_t before = ParseBefore(req, "voor");
  const std::string purpose = ChosenPurpose(req);  // issue 10 item 9
  auto log = stip.ReadAccessLog(*req.principal, id, domain::Page{before, kLinesPerPage}, purpose);
  if (!log) return ErrorFor(req, log.error());
  const std::string_view locale = NormalLocale(req.locale);
  const std::string family_path = "/gezinnen/" + UrlEncode(log->family_id);
  const std::string path = family_path + "/inzage";

  Data lines{Data::type::list};
  for (const auto& line : log->lines) {
    const AccessSentence s = DescribeAccess(locale, line);
    Data item;
    item.set("before", s.before);
    item.set("when", s.when);
    item.set("after", s.after);
    item.set("iso", s.iso);
    item.set("emergency", line.record.emergency);
    lines.push_back(item);
  }
  Data page;
  page.set("family_name", log->family_name);
  page.set("family_href", family_path);
  page.set("lines", lines);
  page.set("has_lines", !log->lines.empty());
  page.set("emergency_uses", EmergencyUsesData(locale, log->emergency_uses,
                                               UsesReader::kProfessional));  // issue 10 item 4
  page.set("older_page", before > 0);
  page.set("newest_href", path);
  page.set("older_href", log->next_before > 0
                             ? Data(path + "?voor=" + std::to_string(log->next_before) +
                                    (purpose.empty() ? "" : "&doel=" + UrlEncode(purpose)))
                             : Data(false));
  PageMeta meta;
  meta.title = std::string(Text(locale, "access_title")) + ": " + log->family_name;
  meta.self_path = path;
  return RenderPage(req, 200, "access_log", meta, std::move(page));
}

}  // namespace stip::web
