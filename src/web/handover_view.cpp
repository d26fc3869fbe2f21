#include "web/handover_view.h"

#include <string>

#include "web/local_time.h"
#include "web/messages.h"

namespace stip::web {
namespace {

std::string TeamOf(const app::Professional& p) { return p.team ? p.team->name : ""; }

std::string NameWithTeam(const app::Professional& p) {
  const std::string team = TeamOf(p);
  return team.empty() ? p.user.display_name : p.user.display_name + " (" + team + ")";
}

}  // namespace

std::string HandoverWhy(std::string_view locale, const domain::Handover& h) {
  const std::string key = "ho_reason_" + std::string(domain::ToString(h.reason));
  return Fill(Text(locale, "ho_why"), {{"reason", Text(locale, key)}, {"words", h.words}});
}

Data FixedFaceData(std::string_view locale, const app::FixedFaceHistory& history) {
  Data out;
  if (history.pending) {
    const auto& v = *history.pending;
    Data pending;
    pending.set("text", Fill(Text(locale, "ho_pending"), {{"to", NameWithTeam(v.to)},
                                                          {"to_name", v.to.user.display_name},
                                                          {"from", v.from.user.display_name}}));
    pending.set("why", HandoverWhy(locale, v.handover));
    std::string how;
    if (v.handover.warm && v.handover.meeting_date) {
      how = Fill(Text(locale, "ho_how_warm"),
                 {{"from", v.from.user.display_name},
                  {"to", v.to.user.display_name},
                  {"date", FormatLongDate(*v.handover.meeting_date, locale)}});
    } else {
      how = Fill(Text(locale, "ho_how_cold"),
                 {{"from", v.from.user.display_name}, {"to", v.to.user.display_name}});
    }
    pending.set("how", how);
    out.set("pending", pending);
  } else {
    out.set("pending", false);
  }
  if (history.last_accepted) {
    const auto& v = *history.last_accepted;
    Data last;
    last.set("text",
             Fill(Text(locale, "ho_last"), {{"date", FormatDateTime(v.handover.decided_at, locale)},
                                            {"to", NameWithTeam(v.to)},
                                            {"from", v.from.user.display_name}}));
    last.set("why", HandoverWhy(locale, v.handover));
    out.set("last", last);
  } else {
    out.set("last", false);
  }
  out.set("counts", Fill(Text(locale, "ho_counts"),
                         {{"handovers", std::to_string(history.counts.handovers)},
                          {"days", std::to_string(history.counts.days_without_lead)}}));
  return out;
}

}  // namespace stip::web
