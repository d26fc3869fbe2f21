#include "ledger/decision_content.h"

#include <sodium.h>

#include <array>
#include <utility>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "ledger/event.h"

namespace stip::ledger {
namespace json = boost::json;

namespace {

domain::Error Bad(const std::string& what) {
  return domain::Error{domain::Code::kInvalidArgument, "decision content: " + what, {}};
}

// Reads string `key` of `o` into `out`; false when missing or not a string.
bool Text(const json::object& o, std::string_view key, std::string& out) {
  const auto* v = o.if_contains(key);
  if (!v || !v->is_string()) return false;
  out = std::string(v->as_string());
  return true;
}

const json::array* List(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_array() ? &v->as_array() : nullptr;
}

}  // namespace

domain::Result<std::string> EncodeDecisionContent(const domain::DecisionContent& c) {
  json::array facts;
  for (const auto& f : c.facts) {
    facts.push_back(json::object{
        {"text", f.text}, {"source", f.source}, {"date", f.date}, {"entry_id", f.entry_id}});
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
        json::object{{"member_id", ch.member_id}, {"heard", ch.heard}, {"how", ch.how}});
  }
  const json::object o{{"kind", domain::ToString(c.kind)},
                       {"what", c.what},
                       {"legal_ground", c.legal_ground},
                       {"facts", std::move(facts)},
                       {"opinions", std::move(opinions)},
                       {"alternatives", std::move(alternatives)},
                       {"present", std::move(present)},
                       {"children", std::move(children)},
                       {"decider", c.decider}};
  return CanonicalPayload(o);
}

domain::Result<domain::DecisionContent> DecodeDecisionContent(std::string_view content) {
  auto parsed = ParsePayload(content);
  if (!parsed) return domain::Fail(Bad(parsed.error().message));
  const json::object& o = *parsed;
  domain::DecisionContent c;
  std::string kind;
  if (!Text(o, "kind", kind)) return domain::Fail(Bad("kind is missing"));
  const auto k = domain::ParseDecisionKind(kind);
  if (!k) return domain::Fail(Bad("unknown kind '" + kind + "'"));
  c.kind = *k;
  if (!Text(o, "what", c.what) || !Text(o, "legal_ground", c.legal_ground) ||
      !Text(o, "decider", c.decider)) {
    return domain::Fail(Bad("what, legal_ground and decider must be strings"));
  }
  const auto* facts = List(o, "facts");
  const auto* opinions = List(o, "opinions");
  const auto* alternatives = List(o, "alternatives");
  const auto* present = List(o, "present");
  const auto* children = List(o, "children");
  if (!facts || !opinions || !alternatives || !present || !children) {
    return domain::Fail(Bad("facts, opinions, alternatives, present and children must be arrays"));
  }
  for (const auto& v : *facts) {
    domain::DecisionFact f;
    if (!v.is_object() || !Text(v.as_object(), "text", f.text) ||
        !Text(v.as_object(), "source", f.source) || !Text(v.as_object(), "date", f.date) ||
        !Text(v.as_object(), "entry_id", f.entry_id)) {
      return domain::Fail(Bad("a fact needs text, source, date and entry_id"));
    }
    c.facts.push_back(std::move(f));
  }
  for (const auto& v : *opinions) {
    domain::DecisionOpinion op;
    if (!v.is_object() || !Text(v.as_object(), "text", op.text) ||
        !Text(v.as_object(), "whose", op.whose)) {
      return domain::Fail(Bad("an opinion needs text and whose"));
    }
    c.opinions.push_back(std::move(op));
  }
  for (const auto& v : *alternatives) {
    domain::Alternative a;
    if (!v.is_object() || !Text(v.as_object(), "what", a.what) ||
        !Text(v.as_object(), "why_not", a.why_not)) {
      return domain::Fail(Bad("an alternative needs what and why_not"));
    }
    c.alternatives.push_back(std::move(a));
  }
  for (const auto& v : *present) {
    if (!v.is_string()) return domain::Fail(Bad("present must hold strings"));
    c.present.emplace_back(v.as_string());
  }
  for (const auto& v : *children) {
    domain::ChildHearing ch;
    const auto* heard = v.is_object() ? v.as_object().if_contains("heard") : nullptr;
    if (!heard || !heard->is_bool() || !Text(v.as_object(), "member_id", ch.member_id) ||
        !Text(v.as_object(), "how", ch.how)) {
      return domain::Fail(Bad("a child needs member_id, heard (true or false) and how"));
    }
    ch.heard = heard->as_bool();
    c.children.push_back(std::move(ch));
  }
  return c;
}

std::string DecisionContentHash(std::string_view content) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> raw{};
  crypto_hash_sha256(raw.data(), reinterpret_cast<const unsigned char*>(content.data()),
                     content.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(raw.size() * 2);
  for (const unsigned char b : raw) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0x0f]);
  }
  return out;
}

}  // namespace stip::ledger
