// Why a professional reads a family file (issue 10 item 9): a choice on the file's page, sent
// as "doel" with every read that follows from it, and written on the family's access log.
#include <cctype>

#include "domain/read_purpose.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {

std::string ChosenPurpose(const http::Request& req) {
  const auto it = req.query.find("doel");
  if (it != req.query.end()) return it->second;
  if (req.method != boost::beast::http::verb::post) return {};
  const auto form = req.Form();
  const auto posted = form.find("_doel");
  return posted == form.end() ? std::string() : posted->second;
}

std::optional<std::string> CarriedPurpose(const http::Request& req) {
  if (!req.principal || req.principal->IsFamily()) return std::nullopt;
  const std::string chosen = ChosenPurpose(req);
  const auto purpose = domain::ParseChosenReadPurpose(chosen);
  if (!purpose || *purpose == domain::ReadPurpose::kCare) return std::nullopt;
  return std::string(domain::ToString(*purpose));
}

void CarryPurpose(const http::Request& req, http::Response& response) {
  if (response.status != 303) return;
  const auto purpose = CarriedPurpose(req);
  if (!purpose) return;
  for (auto& [name, value] : response.headers) {
    if (name != "Location" || !value.starts_with("/gezinnen/")) continue;
    if (value.find("doel=") != std::string::npos) return;
    const auto hash = value.find('#');
    const std::string fragment = hash == std::string::npos ? "" : value.substr(hash);
    std::string location = value.substr(0, hash);
    location += (location.find('?') == std::string::npos ? "?" : "&");
    value = location + "doel=" + UrlEncode(*purpose) + fragment;
  }
}

Data PurposeChoice(std::string_view locale, std::string_view chosen, const std::string& path) {
  const auto current = domain::ParseChosenReadPurpose(chosen).value_or(domain::ReadPurpose::kCare);
  Data options{Data::type::list};
  for (const auto p : domain::kChoosableReadPurposes) {
    Data o;
    o.set("value", std::string(domain::ToString(p)));
    std::string label = PurposeText(locale, domain::ToString(p));
    if (!label.empty())
      label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    o.set("label", label);
    o.set("selected", p == current);
    options.push_back(o);
  }
  Data field;
  field.set("id", "doel");
  field.set("name", "doel");
  field.set("label", std::string(Text(locale, "purpose_label")));
  field.set("options", options);
  field.set("error", false);
  field.set("describedby", "doel-uitleg");
  Data form;
  form.set("action", path);
  form.set("field", field);
  form.set("hint", std::string(Text(locale, "purpose_hint")));
  form.set("now", Fill(Text(locale, "purpose_now"),
                       {{"purpose", PurposeText(locale, domain::ToString(current))}}));
  form.set("submit", std::string(Text(locale, "purpose_submit")));
  return form;
}

}  // namespace stip::web
