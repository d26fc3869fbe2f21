// Emergency access as JSON (issue 10 item 4): for the family's access log, the professional
// who broke the glass and the team lead who judges it.
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

json::object EncodeEmergencyUse(const app::EmergencyUseView& v) {
  const domain::EmergencyAccess& u = v.use;
  json::object out{{"id", u.id},
                   {"family_id", u.family_id},
                   {"professional", EncodeFace(v.professional)},
                   {"reason", u.reason},
                   {"opened_at", domain::FormatTimestamp(u.opened_at)},
                   {"until", domain::FormatTimestamp(u.until)},
                   {"ended_at", u.ended_at ? json::value(domain::FormatTimestamp(*u.ended_at))
                                           : json::value(nullptr)},
                   {"active", v.active}};
  if (u.outcome) {
    out["review"] = json::object{{"outcome", domain::ToString(*u.outcome)},
                                 {"words", u.review_words},
                                 {"by", v.reviewer_name},
                                 {"at", domain::FormatTimestamp(u.reviewed_at)}};
  } else {
    out["review"] = nullptr;
  }
  return out;
}

json::object EncodeEmergencyReview(const app::EmergencyReviewItem& item) {
  json::object out = EncodeEmergencyUse(item.view);
  json::array lines;
  for (const auto& r : item.lines_read) {
    lines.push_back(json::object{{"time", domain::FormatTimestamp(r.time)}, {"what", r.what}});
  }
  out["lines_read"] = std::move(lines);
  out["lines_more"] = item.lines_more;  // more was read than lines_read lists
  return out;
}

}  // namespace stip::http
