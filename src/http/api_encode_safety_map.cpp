// The safety map as JSON (issue 11): per worry its disagreements, its goals and one series per
// participant over the rounds. Only the values people gave: no field is computed from them.
#include "domain/safety_map.h"
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::object Person(const app::SafetyMapView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return json::object{{"id", id}, {"name", it != v.names.end() ? it->second : id}};
}

json::object Scale(const domain::ScaleWording& w) {
  return json::object{{"zero", w.zero}, {"ten", w.ten}};
}

json::array SeriesOf(const app::SafetyMapView& v, const std::string& danger_id) {
  json::array out;
  for (const auto& s : domain::SeriesOf(v.map, danger_id, v.participants)) {
    json::array answers;
    for (const auto& p : s.points) {
      if (!p.answer) {
        answers.push_back(json::object{{"round", p.round}, {"score", nullptr}});
        continue;
      }
      const auto& a = *p.answer;
      json::object o{{"round", p.round},
                     {"score", a.score},
                     {"words", a.words},
                     {"scale_0", a.scale_0},
                     {"scale_10", a.scale_10},
                     {"recorded", a.recorded},
                     {"given_at", domain::FormatTimestamp(a.given_at)}};
      if (a.recorded) o["recorded_by"] = Person(v, a.given_by);
      answers.push_back(std::move(o));
    }
    out.push_back(
        json::object{{"participant", json::object{{"kind", domain::ToString(s.participant.kind)},
                                                  {"id", s.participant.id},
                                                  {"name", s.participant.name}}},
                     {"answers", std::move(answers)}});
  }
  return out;
}

}  // namespace

json::object EncodeSafetyMap(const app::SafetyMapView& v) {
  json::array rounds;
  for (const auto& r : v.map.rounds) {
    rounds.push_back(json::object{{"round", r.number},
                                  {"opened_at", domain::FormatTimestamp(r.opened_at)},
                                  {"opened_by", Person(v, r.opened_by)}});
  }
  json::array dangers;
  for (const auto& d : v.map.dangers) {
    json::array disagreements;
    for (const auto& x : v.map.disagreements) {
      if (x.danger_id != d.id) continue;
      disagreements.push_back(json::object{{"id", x.id},
                                           {"member", Person(v, x.member_id)},
                                           {"words", x.words},
                                           {"written_by_member", x.written_by.starts_with("acc")},
                                           {"added_at", domain::FormatTimestamp(x.added_at)}});
    }
    json::array goals;
    for (const auto& g : v.map.goals) {
      if (g.danger_id != d.id) continue;
      json::object x{{"id", g.id},
                     {"words", g.words},
                     {"added_by", Person(v, g.added_by)},
                     {"added_at", domain::FormatTimestamp(g.added_at)}};
      AddWithheld(x, v.map.withheld, g.id);
      goals.push_back(std::move(x));
    }
    json::object danger{{"id", d.id},
                        {"who_worried", d.who_worried},
                        {"worry", d.worry},
                        {"if_nothing_changes", d.if_nothing_changes},
                        {"added_by", Person(v, d.added_by)},
                        {"added_at", domain::FormatTimestamp(d.added_at)},
                        {"disagreements", std::move(disagreements)},
                        {"goals", std::move(goals)},
                        {"series", SeriesOf(v, d.id)}};
    AddWithheld(danger, v.map.withheld, d.id);
    dangers.push_back(std::move(danger));
  }
  json::array strengths;
  for (const auto& s : v.map.strengths) {
    json::object x{{"id", s.id},
                   {"words", s.words},
                   {"added_by", Person(v, s.added_by)},
                   {"added_at", domain::FormatTimestamp(s.added_at)}};
    AddWithheld(x, v.map.withheld, s.id);
    strengths.push_back(std::move(x));
  }
  json::object you{{"may_edit", v.may_edit}, {"may_answer", v.me.allowed}};
  if (v.me.allowed) {
    you["answers_as"] =
        json::object{{"kind", domain::ToString(v.me.kind)}, {"id", v.me.participant_id}};
  }
  return json::object{{"family_id", v.family_id},
                      {"current_round", v.current_round},
                      {"rounds", std::move(rounds)},
                      {"scale", Scale(v.wording)},
                      {"child_scale", Scale(v.child_wording)},
                      {"you", std::move(you)},
                      {"dangers", std::move(dangers)},
                      {"strengths", std::move(strengths)}};
}

}  // namespace stip::http
