// Court measures as JSON (issue 12 item 3): what the judge ruled, for whom, from when until
// when, the threats named, the history, and every legal deadline with its early warning and
// article. Dates only: no field is a score.
#include "domain/measure.h"
#include "domain/plain_language.h"
#include "domain/rights.h"
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::object Person(const app::MeasuresView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return json::object{{"id", id}, {"name", it != v.names.end() ? it->second : id}};
}

json::value Day(const std::optional<domain::Date>& d) {
  return d ? json::value(domain::FormatDate(*d)) : json::value(nullptr);
}

json::object Encode(const app::MeasuresView& v, const domain::MeasureRecord& m) {
  json::array children;
  for (const auto& c : m.children) children.push_back(Person(v, c));
  json::array parents;
  for (const auto& p : m.parents) parents.push_back(Person(v, p));
  json::array history;
  for (const auto& s : m.history) {
    json::object o{{"step", domain::ToString(s.kind)}, {"at", domain::FormatTimestamp(s.at)}};
    if (s.kind != domain::MeasureStepKind::kEnded) {
      o["ruling_date"] = domain::FormatDate(s.ruling_date);
    }
    o[s.kind == domain::MeasureStepKind::kEnded ? "ended_on" : "end"] = Day(s.end);
    if (!s.reason.empty()) o["reason"] = s.reason;
    if (!v.family) o["by"] = Person(v, s.by);
    history.push_back(std::move(o));
  }
  const auto end = v.ends.find(m.id);
  json::object out{{"id", m.id},
                   {"kind", domain::ToString(m.kind)},
                   {"children", std::move(children)},
                   {"parents", std::move(parents)},
                   // A named parent who may not read the children's file reads this summary:
                   // no threats, history or decision.
                   {"summary_only", m.summary_only},
                   {"ruling_date", domain::FormatDate(m.ruling_date)},
                   {"start", domain::FormatDate(m.start)},
                   {"end", Day(m.end)},
                   {"ends_on", end != v.ends.end() ? json::value(domain::FormatDate(end->second))
                                                   : json::value(nullptr)},
                   {"ends_at_18", false},
                   {"threats", m.threats},
                   {"extendable", domain::IsExtendable(m.kind)},
                   {"ended_on", Day(m.ended_on)},
                   {"history", std::move(history)}};
  // The judge's end lies after the 18th birthday: it ends at 18 (ends_on says the day).
  out["ends_at_18"] = end != v.ends.end() && (!m.end || end->second < *m.end) &&
                      (!m.ended_on || end->second < *m.ended_on);
  out["state"] =
      domain::ToString(end != v.ends.end() && end->second <= v.today ? domain::MeasureState::kEnded
                       : v.today < m.start ? domain::MeasureState::kScheduled
                                           : domain::MeasureState::kRunning);
  if (!m.ended_reason.empty()) out["ended_reason"] = m.ended_reason;
  out["rights"] = EncodeRights(domain::RightsForMeasure(m.kind), m.ruling_date);
  if (!v.family) {
    out["decision_id"] = m.decision_id.empty() ? json::value(nullptr) : json::value(m.decision_id);
  }
  return out;
}

}  // namespace

json::object EncodeMeasureDeadline(const domain::MeasureDeadline& d) {
  json::object o{{"kind", domain::ToString(d.kind)},
                 {"measure_id", d.measure_id},
                 {"measure_kind", domain::ToString(d.measure_kind)},
                 {"due", domain::FormatDate(d.due)},
                 {"warn_from", domain::FormatDate(d.warn_from)},
                 {"what", d.what},
                 {"article", d.article},
                 {"overdue", d.overdue}};
  if (!d.child_id.empty()) o["child_id"] = d.child_id;
  if (d.done_on) o["done_on"] = domain::FormatDate(*d.done_on);
  return o;
}

json::array EncodeRights(const std::vector<const domain::Right*>& rights,
                         const std::optional<domain::Date>& from) {
  json::array out;
  for (const auto* r : rights) {
    const auto nl = domain::ParseLinkedText(r->text_nl);
    json::array terms;
    for (const auto& l : nl.links) {
      terms.push_back(
          json::object{{"term", l.term}, {"href", "/begrippen#" + domain::TermAnchor(l.term)}});
    }
    const auto deadline = from ? domain::RightDeadline(*r, *from) : std::nullopt;
    out.push_back(json::object{
        {"id", r->id},
        {"title", r->title_nl},
        {"text", nl.plain},
        {"terms", std::move(terms)},
        {"title_en", r->title_en},
        {"text_en", r->text_en},
        {"contact",
         json::object{
             {"name", r->contact},
             {"website", r->website.empty() ? json::value(nullptr) : json::value(r->website)},
             {"phone", r->phone.empty() ? json::value(nullptr) : json::value(r->phone)}}},
        {"source", r->source},
        {"checked", domain::FormatDate(r->checked)},
        {"deadline", Day(deadline)}});
  }
  return out;
}

json::object EncodeMeasures(const app::MeasuresView& v) {
  json::array list;
  for (const auto& m : v.measures) list.push_back(Encode(v, m));
  json::array deadlines;
  for (const auto& d : v.deadlines) deadlines.push_back(EncodeMeasureDeadline(d));
  return json::object{{"family_id", v.family_id},
                      {"family_name", v.family_name},
                      {"today", domain::FormatDate(v.today)},
                      {"frame", domain::ToString(v.frame)},
                      {"measures", std::move(list)},
                      {"deadlines", std::move(deadlines)}};
}

}  // namespace stip::http
