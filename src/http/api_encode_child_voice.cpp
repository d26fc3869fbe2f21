// The children's own words as JSON (issue 11 item 5): per child the records the reader may
// read, who wrote each one and with whom the child shares it, and the explanation.
#include "domain/child_voice.h"
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::object Person(const std::map<std::string, std::string>& names, const std::string& id) {
  const auto it = names.find(id);
  return json::object{{"id", id}, {"name", it != names.end() ? it->second : id}};
}

json::array Ids(const std::vector<std::string>& ids) {
  json::array out;
  for (const auto& id : ids) out.emplace_back(id);
  return out;
}

json::object Voice(const app::ChildVoicesView& v, const domain::ChildVoice& r) {
  json::object o{{"id", r.id},
                 {"child", Person(v.names, r.child_id)},
                 {"good_things", r.good_things},
                 {"worries", r.worries},
                 {"dreams", r.dreams},
                 {"taken_down", r.taken_down},
                 {"written_at", domain::FormatTimestamp(r.written_at)},
                 {"share", domain::ToString(r.share)},
                 {"share_with", Ids(r.share_with)}};
  // Who wrote it: the child from their own account, or the professional with the child.
  o["written_by"] = r.taken_down ? Person(v.names, r.written_by) : Person(v.names, r.child_id);
  if (!r.sharing_changed_by.empty()) {
    o["sharing_changed_at"] = domain::FormatTimestamp(r.sharing_changed_at);
    // Issue 11 item 6: a professional who narrowed it, and why (the child reads this).
    if (!r.sharing_reason.empty()) {
      o["sharing_changed_by"] = Person(v.names, r.sharing_changed_by);
      o["sharing_reason"] = r.sharing_reason;
    }
  }
  AddWithheld(o, v.withheld, r.id);
  // The child's own words: whom they are withheld from now, and why (issue 11 item 6).
  if (const auto it = v.held_from_others.find(r.id); it != v.held_from_others.end()) {
    json::array held;
    for (const auto& w : it->second) {
      json::array members;
      for (const auto& m : domain::NamedMembers(w)) members.push_back(Person(v.names, m));
      held.push_back(json::object{{"members", std::move(members)},
                                  {"whole_household", w.whole_household},
                                  {"reason", w.reason},
                                  {"review_date", domain::FormatDate(w.review_date)}});
    }
    o["held_from_others"] = std::move(held);
  }
  return o;
}

json::object Explanation(const std::map<std::string, std::string>& names,
                         const domain::ChildExplanation& e) {
  return json::object{{"version", e.version},
                      {"text", e.text},
                      {"written_by", Person(names, e.written_by)},
                      {"written_at", domain::FormatTimestamp(e.written_at)}};
}

}  // namespace

json::object EncodeChildVoices(const app::ChildVoicesView& v) {
  json::array children;
  for (const auto& c : v.children) {
    json::array voices;
    for (const auto& r : c.voices) voices.push_back(Voice(v, r));
    json::object child{
        {"child", Person(v.names, c.child.id)},
        {"voices", std::move(voices)},
        {"explanation",
         c.explanation ? json::value(Explanation(v.names, *c.explanation)) : json::value(nullptr)}};
    if (!c.versions.empty()) {
      json::array versions;
      for (const auto& e : c.versions) versions.push_back(Explanation(v.names, e));
      child["explanation_versions"] = std::move(versions);
    }
    children.push_back(std::move(child));
  }
  json::object out{{"family_id", v.family_id},
                   {"children", std::move(children)},
                   {"may_take_down", v.may_take_down},
                   {"may_explain", v.may_explain},
                   {"may_write_own", v.me.allowed}};
  if (v.may_explain) {
    json::array without;
    for (const auto& id : v.without_explanation) without.push_back(Person(v.names, id));
    out["without_explanation"] = std::move(without);
  }
  return out;
}

json::object EncodeChildExplanation(const app::ChildExplanationView& v) {
  std::map<std::string, std::string> names = v.names;
  names[v.child.id] = v.child.name;
  json::object out{{"family_id", v.family_id},
                   {"child", Person(names, v.child.id)},
                   {"explanation",
                    v.latest ? json::value(Explanation(names, *v.latest)) : json::value(nullptr)}};
  if (!v.versions.empty()) {
    json::array versions;
    for (const auto& e : v.versions) versions.push_back(Explanation(names, e));
    out["versions"] = std::move(versions);
  }
  return out;
}

}  // namespace stip::http
