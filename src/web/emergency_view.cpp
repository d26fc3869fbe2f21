#include "web/emergency_view.h"

#include "web/local_time.h"
#include "web/messages.h"

namespace stip::web {

namespace {

std::string TeamOf(const app::Professional& p) { return p.team ? p.team->name : ""; }

}  // namespace

Data EmergencyUsesData(std::string_view locale, const std::vector<app::EmergencyUseView>& uses,
                       UsesReader reader) {
  if (uses.empty()) return Data(false);
  Data items{Data::type::list};
  for (const auto& v : uses) {
    const domain::EmergencyAccess& u = v.use;
    Data item;
    item.set("line",
             Fill(Text(locale, "em_use_line"), {{"name", v.professional.user.display_name},
                                                {"team", TeamOf(v.professional)},
                                                {"when", FormatDateTime(u.opened_at, locale)}}));
    item.set("reason", Fill(Text(locale, "em_use_reason"), {{"reason", u.reason}}));
    // Words true for whoever reads them (the family too): no "you can read".
    const char* until_key = v.active ? "em_use_running" : "em_use_until";
    item.set(
        "until",
        u.ended_at && *u.ended_at < u.until
            ? Fill(Text(locale, "em_use_ended"), {{"ended", FormatDateTime(*u.ended_at, locale)}})
            : Fill(Text(locale, until_key), {{"until", FormatDateTime(u.until, locale)}}));
    if (u.outcome) {
      item.set("review", Fill(Text(locale, *u.outcome == domain::EmergencyOutcome::kJustified
                                               ? "em_use_justified"
                                               : "em_use_not_justified"),
                              {{"reviewer", v.reviewer_name}, {"words", u.review_words}}));
    } else {
      item.set("review", std::string(Text(locale, "em_use_waits")));
    }
    items.push_back(item);
  }
  Data out;
  out.set("title", std::string(Text(locale, "em_uses_title")));
  out.set("intro", std::string(Text(locale, reader == UsesReader::kFamily ? "em_uses_intro"
                                                                          : "em_uses_intro_pro")));
  out.set("uses", items);
  return out;
}

}  // namespace stip::web
