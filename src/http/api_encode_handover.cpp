// The handover of the fixed face as JSON (issue 10): for the family (who and why, before and
// after), for the lead's household view (every handover) and for the colleague it is offered to.
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::object HandoverCore(const app::HandoverView& v) {
  const domain::Handover& h = v.handover;
  return json::object{
      {"id", h.id},
      {"family_id", h.family_id},
      {"status", domain::ToString(h.status)},
      {"from", EncodeFace(v.from)},
      {"to", EncodeFace(v.to)},
      {"reason", domain::ToString(h.reason)},
      {"words", h.words},
      {"warm", h.warm},
      {"meeting_date",
       h.meeting_date ? json::value(domain::FormatDate(*h.meeting_date)) : json::value(nullptr)},
      {"proposed_at", domain::FormatTimestamp(h.proposed_at)},
      {"decided_at",
       h.decided_at ? json::value(domain::FormatTimestamp(h.decided_at)) : json::value(nullptr)}};
}

}  // namespace

json::object EncodeHandover(const app::HandoverView& handover, bool with_answer) {
  json::object out = HandoverCore(handover);
  if (with_answer && !handover.handover.answer.empty()) out["answer"] = handover.handover.answer;
  if (!handover.handover.family_name.empty()) out["family_name"] = handover.handover.family_name;
  return out;
}

json::object EncodeFixedFace(const app::FixedFaceHistory& history, bool professional) {
  json::object out{
      {"pending", history.pending ? json::value(EncodeHandover(*history.pending, professional))
                                  : json::value(nullptr)},
      {"last_accepted", history.last_accepted
                            ? json::value(EncodeHandover(*history.last_accepted, professional))
                            : json::value(nullptr)},
      {"handovers", history.counts.handovers},
      {"days_without_lead", history.counts.days_without_lead}};
  if (professional) {
    json::array all;
    for (const auto& h : history.all) all.push_back(EncodeHandover(h, true));
    out["all"] = std::move(all);
  }
  return out;
}

}  // namespace stip::http
