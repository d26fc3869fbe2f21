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

WithheldPage WithheldPageOf(app::Stip& stip, const http::Request& req, bool family_viewer,
                            const std::map<std::string, std::string>& names,
                            const std::string& family_id, std::string back) {
  WithheldPage page;
  page.locale = NormalLocale(req.locale);
  page.family_viewer = family_viewer;
  page.names = &names;
  page.family_id = family_id;
  page.back = std::move(back);
  if (family_viewer && req.principal) {
    // Without them a placeholder still shows the form to object; a second objection is refused
    // with its own message, so nothing is lost when they cannot be read.
    auto own = stip.OwnObjections(*req.principal, family_id);
    if (own) page.own_objections = std::move(*own);
  }
  return page;
}

Data WithheldData(const WithheldPage& page, const domain::WithheldItems& items,
                  const std::string& item_id, domain::WithheldKind kind) {
  const std::string_view locale = page.locale;
  const bool family_viewer = page.family_viewer;
  const std::string& family_id = page.family_id;
  Data d;
  const auto it = items.find(item_id);
  const bool any = it != items.end() && !it->second.empty();
  const auto name = [&](const std::string& id) {
    if (!page.names) return id;
    const auto n = page.names->find(id);
    return n == page.names->end() ? id : n->second;
  };
  Data placeholders{Data::type::list};
  Data held{Data::type::list};
  if (any) {
    for (const auto& w : it->second) {
      if (family_viewer) {
        Data p;
        p.set("ground", std::string(domain::GroundExplanation(w.ground)));
        p.set("reason", w.reason);
        p.set("review", Fill(Text(locale, "wi_review"),
                             {{"date", FormatLongDate(domain::LapseDate(w), locale)}}));
        // The member's own objections to this withholding, newest last; while one is open
        // there is no form to object again.
        Data mine{Data::type::list};
        bool open = false;
        for (const auto& o : page.own_objections) {
          if (o.withholding_id != w.id) continue;
          Data od;
          od.set("line", Fill(Text(locale, "wi_own_objection"),
                              {{"date", FormatDateTime(o.filed_at, locale)}}));
          od.set("text", o.text);
          od.set("status", std::string(Text(locale, o.status == domain::RequestStatus::kOpen
                                                        ? "wi_own_objection_open"
                                                        : "wi_own_objection_rejected")));
          od.set("answer", o.answer.empty() ? Data(false) : Data(o.answer));
          open = open || o.status == domain::RequestStatus::kOpen;
          mine.push_back(od);
        }
        p.set("objections", mine);
        p.set("may_object", !open);
        p.set("object_action", "/ons-gezin/achterhoudingen/" + UrlEncode(w.id) + "/bezwaar");
        p.set("object_id", "bezwaar-" + w.id);
        p.set("back", page.back);
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
      h.set("line",
            Fill(Text(locale, w.lifted ? "wi_held_lifted" : "wi_held_line"),
                 {{"names", whom},
                  {"ground",
                   std::string(Text(locale, "ground_" + std::string(domain::ToString(w.ground))))},
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
