#include "web/rights_view.h"

#include <string>

#include "domain/plain_language.h"
#include "web/local_time.h"
#include "web/messages.h"

namespace stip::web {

Data LinkedParts(std::string_view text) {
  const auto linked = domain::ParseLinkedText(text);
  Data parts{Data::type::list};
  std::size_t at = 0;
  for (const auto& l : linked.links) {
    if (l.offset > at) {
      Data p;
      p.set("text", linked.plain.substr(at, l.offset - at));
      p.set("href", false);
      parts.push_back(p);
    }
    Data p;
    p.set("text", l.term);
    p.set("href", "/begrippen#" + domain::TermAnchor(l.term));
    parts.push_back(p);
    at = l.offset + l.length;
  }
  if (at < linked.plain.size()) {
    Data p;
    p.set("text", linked.plain.substr(at));
    p.set("href", false);
    parts.push_back(p);
  }
  return parts;
}

Data RightsData(std::string_view locale, const std::vector<const domain::Right*>& rights,
                const std::optional<domain::Date>& from, const domain::Date& today,
                const std::string& id_prefix) {
  const bool english = locale == "en";
  Data list{Data::type::list};
  for (const auto* r : rights) {
    Data item;
    item.set("id", id_prefix + "-recht-" + r->id);
    item.set("title", english ? r->title_en : r->title_nl);
    // The English text carries no glossary links: the glossary is in Dutch first.
    item.set("parts", english ? LinkedParts(r->text_en) : LinkedParts(r->text_nl));
    const auto deadline = from ? domain::RightDeadline(*r, *from) : std::nullopt;
    if (deadline) {
      item.set("deadline",
               Fill(Text(locale, *deadline < today ? "rights_deadline_passed" : "rights_deadline"),
                    {{"date", FormatLongDate(*deadline, locale)}}));
    } else {
      item.set("deadline", false);
    }
    item.set("contact", r->contact);
    item.set("website", r->website.empty() ? Data(false) : Data(r->website));
    item.set("website_href", "https://" + r->website);
    item.set("phone", r->phone.empty() ? Data(false) : Data(r->phone));
    item.set("source", Fill(Text(locale, "rights_source"),
                            {{"source", r->source}, {"date", FormatLongDate(r->checked, locale)}}));
    list.push_back(item);
  }
  return list;
}

std::string_view MeasureTerm(domain::MeasureKind kind) {
  switch (kind) {
    case domain::MeasureKind::kOts:
      return "ondertoezichtstelling";
    case domain::MeasureKind::kVoorlopigeOts:
      return "voorlopige ondertoezichtstelling";
    case domain::MeasureKind::kUithuisplaatsing:
      return "machtiging uithuisplaatsing";
    case domain::MeasureKind::kSpoedmachtiging:
      return "spoedmachtiging";
    case domain::MeasureKind::kSchorsingGezag:
      return "schorsing van het gezag";
    case domain::MeasureKind::kGezagsbeeindiging:
      return "gezagsbeëindiging";
  }
  return "";
}

}  // namespace stip::web
