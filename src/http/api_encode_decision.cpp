// Decisions as JSON (issue 12): what was decided, on which ground, the facts apart from the
// opinions, the alternatives and why not, who was there, how each child was heard, the family's
// own words and the second opinions. Only what people wrote: no field is a score.
#include "domain/decision.h"
#include "domain/local_time.h"
#include "domain/rights.h"
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::object Person(const app::DecisionsView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return json::object{{"id", id}, {"name", it != v.names.end() ? it->second : id}};
}

json::value When(domain::Millis t) {
  return t ? json::value(domain::FormatTimestamp(t)) : json::value(nullptr);
}

json::object Encode(const app::DecisionsView& v, const domain::DecisionRecord& d) {
  const auto& c = d.content;
  json::array facts;
  for (const auto& f : c.facts) {
    json::object o{{"text", f.text}, {"source", f.source}, {"date", f.date}};
    o["entry_id"] = f.entry_id.empty() ? json::value(nullptr) : json::value(f.entry_id);
    facts.push_back(std::move(o));
  }
  json::array opinions;
  for (const auto& o : c.opinions) {
    opinions.push_back(json::object{{"text", o.text}, {"whose", o.whose}});
  }
  json::array alternatives;
  for (const auto& a : c.alternatives) {
    alternatives.push_back(json::object{{"what", a.what}, {"why_not", a.why_not}});
  }
  json::array present;
  for (const auto& p : c.present) present.push_back(json::string(p));
  json::array children;
  for (const auto& ch : c.children) {
    children.push_back(
        json::object{{"member", Person(v, ch.member_id)}, {"heard", ch.heard}, {"how", ch.how}});
  }
  json::array views;
  for (const auto& w : d.views) {
    json::object o{{"id", w.id},
                   {"member", Person(v, w.member_id)},
                   {"words", w.words},
                   {"version", w.version},
                   {"recorded", w.recorded},
                   {"written_at", domain::FormatTimestamp(w.written_at)}};
    if (w.recorded) o["recorded_by"] = Person(v, w.written_by);
    views.push_back(std::move(o));
  }
  const domain::SecondOpinion* current = domain::CurrentSecondOpinion(d);
  json::array second;
  for (const auto& o : d.opinions) {
    json::object x{{"id", o.id},
                   {"by", Person(v, o.given_by)},
                   {"verdict", domain::ToString(o.verdict)},
                   {"reasons", o.reasons},
                   {"version", o.version},
                   {"content_hash", o.content_hash},
                   {"counts", current == &o},
                   {"given_at", domain::FormatTimestamp(o.given_at)}};
    if (!o.conditions.empty()) x["conditions"] = o.conditions;
    second.push_back(std::move(x));
  }
  json::object out{{"id", d.id},
                   {"kind", domain::ToString(c.kind)},
                   {"heavy", domain::IsHeavy(c.kind)},
                   {"state", domain::ToString(d.state)},
                   {"version", d.version},
                   {"content_hash", d.content_hash},
                   {"what", c.what},
                   {"legal_ground", c.legal_ground},
                   {"facts", std::move(facts)},
                   {"opinions", std::move(opinions)},
                   {"alternatives", std::move(alternatives)},
                   {"present", std::move(present)},
                   {"children", std::move(children)},
                   {"decider", Person(v, c.decider)},
                   {"drafted_by", Person(v, d.drafted_by)},
                   {"drafted_at", domain::FormatTimestamp(d.drafted_at)},
                   {"changed_at", domain::FormatTimestamp(d.changed_at)},
                   {"shared_at", When(d.shared_at)},
                   {"taken_at", When(d.taken_at)},
                   {"views", std::move(views)},
                   {"second_opinions", std::move(second)}};
  out["taken_by"] = d.taken_by.empty() ? json::value(nullptr) : json::value(Person(v, d.taken_by));
  // What still stands in the way of taking it, in words (null: nothing).
  // Issue 12 item 4: the family's rights with a heavy decision once it is shared; a term (the
  // 2 weeks to ask the judge to annul a written instruction) counts from the day it was taken.
  if (domain::IsHeavy(c.kind) && d.shared_at != 0) {
    std::optional<domain::Date> from;
    // Not for a written instruction: its 2 weeks run from the day the parent received it (BW
    // 1:264), which Stip does not know, so the rule is shown without a date (privacy review).
    if (d.taken_at != 0 && c.kind != domain::DecisionKind::kWrittenInstruction) {
      from = domain::AmsterdamDate(d.taken_at);
    }
    out["rights"] = EncodeRights(domain::RightsForDecision(c.kind), from);
  } else {
    out["rights"] = json::array();
  }
  const auto blocked = domain::CheckMayTake(d);
  out["not_yet"] = blocked ? json::value(blocked->message) : json::value(nullptr);
  return out;
}

}  // namespace

json::object EncodeDecisions(const app::DecisionsView& v) {
  json::array list;
  for (const auto& d : v.decisions) list.push_back(Encode(v, d));
  return json::object{
      {"family_id", v.family_id}, {"family_name", v.family_name}, {"decisions", std::move(list)}};
}

}  // namespace stip::http
