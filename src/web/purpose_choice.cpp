// Why a professional reads a family file (issue 10 item 9): a choice on the file's page, sent
// as "doel" with every read that follows from it, and written on the family's access log.
#include <cctype>

#include "domain/read_purpose.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/views.h"

namespace stip::web {

std::string ChosenPurpose(const http::Request& req) {
  const auto it = req.query.find("doel");
  return it == req.query.end() ? std::string() : it->second;
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
