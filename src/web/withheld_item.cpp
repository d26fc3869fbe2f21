#include "web/withheld_item.h"

#include "domain/text.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/url.h"

namespace stip::web {

std::string WithholdHref(const std::string& family_id, domain::WithheldKind kind,
                         const std::string& item_id) {
  return "/gezinnen/" + UrlEncode(family_id) +
         "/achterhouden?soort=" + UrlEncode(std::string(domain::ToString(kind))) +
         "&item=" + UrlEncode(item_id);
}

Data WithheldData(std::string_view locale, const domain::WithheldItems& items,
                  const std::string& item_id, domain::WithheldKind kind, bool family_viewer,
                  const std::map<std::string, std::string>& names, const std::string& family_id,
                  const std::string& back) {
  Data d;
  const auto it = items.find(item_id);
  const bool any = it != items.end() && !it->second.empty();
  const auto name = [&](const std::string& id) {
    const auto n = names.find(id);
    return n == names.end() ? id : n->second;
  };
  Data placeholders{Data::type::list};
  Data held{Data::type::list};
  if (any) {
    for (const auto& w : it->second) {
      if (family_viewer) {
        Data p;
        p.set("ground", std::string(domain::GroundExplanation(w.ground)));
        p.set("reason", w.reason);
        p.set("review",
              Fill(Text(locale, "wi_review"), {{"date", FormatLongDate(w.review_date, locale)}}));
        p.set("object_action", "/ons-gezin/achterhoudingen/" + UrlEncode(w.id) + "/bezwaar");
        p.set("object_id", "bezwaar-" + w.id);
        p.set("back", back);
        placeholders.push_back(p);
        continue;
      }
      std::string whom;
      if (w.whole_household) {
        whom = std::string(Text(locale, "wi_from_all"));
      } else {
        for (const auto& m : domain::NamedMembers(w)) whom += (whom.empty() ? "" : ", ") + name(m);
      }
      Data h;
      h.set("line", Fill(Text(locale, w.lifted ? "wi_held_lifted" : "wi_held_line"),
                         {{"names", whom},
                          {"ground", std::string(domain::ToString(w.ground))},
                          {"date", FormatLongDate(w.review_date, locale)}}));
      h.set("reason", w.reason);
      held.push_back(h);
    }
  }
  d.set("hidden", family_viewer && any);
  d.set("has_placeholders", family_viewer && any);
  d.set("placeholders", placeholders);
  d.set("has_held", !family_viewer && any);
  d.set("held", held);
  d.set("withhold_href",
        family_viewer ? Data(false) : Data(WithholdHref(family_id, kind, item_id)));
  return d;
}

}  // namespace stip::web
