// JSON shapes of issue 3: entries as a reader sees them, reactions, correction requests and
// withholdings (docs/api.md, "Reactions, corrections and withholding").
#include <boost/json/array.hpp>

#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

// Every value is made with the storage of the document it goes into (`sp`): a page of entries
// is built in one arena and nothing is copied from one allocator to another on the way.
json::value OptDate(const std::optional<domain::Date>& date, const json::storage_ptr& sp) {
  return date ? json::value(domain::FormatDate(*date), sp) : json::value(nullptr, sp);
}

json::value OptString(const std::string& s, const json::storage_ptr& sp) {
  return s.empty() ? json::value(nullptr, sp) : json::value(s, sp);
}

json::value OptTime(domain::Millis t, const json::storage_ptr& sp) {
  return t == 0 ? json::value(nullptr, sp) : json::value(domain::FormatTimestamp(t), sp);
}

json::array Strings(const std::vector<std::string>& values, const json::storage_ptr& sp) {
  json::array out(sp);
  out.reserve(values.size());
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

}  // namespace

json::object EncodeReaction(const app::ReactionView& view, json::storage_ptr sp) {
  const domain::Reaction& r = view.reaction;
  return json::object({{"id", r.id},
                       {"entry_id", r.entry_id},
                       {"member_id", r.member_id},
                       {"member_name", view.member_name},
                       {"kind", domain::ToString(r.kind)},
                       {"text", r.text},
                       {"created_at", domain::FormatTimestamp(r.created_at)},
                       {"deadline", OptDate(r.deadline, sp)},
                       {"status", domain::ToString(r.status)},
                       {"overdue", view.overdue},
                       {"answer", OptString(r.answer, sp)},
                       {"answered_by", OptString(r.answered_by, sp)},
                       {"answered_by_name", OptString(view.answered_by_name, sp)},
                       {"answered_at", OptTime(r.answered_at, sp)},
                       {"correction_entry_id", OptString(r.correction_entry_id, sp)}},
                      sp);
}

namespace {

json::object EncodeObjection(const domain::Objection& o, json::storage_ptr sp) {
  return json::object({{"id", o.id},
                       {"member_id", o.member_id},
                       {"text", o.text},
                       {"filed_at", domain::FormatTimestamp(o.filed_at)},
                       {"status", domain::ToString(o.status)},
                       {"answer", OptString(o.answer, sp)},
                       {"answered_by", OptString(o.answered_by, sp)},
                       {"answered_at", OptTime(o.answered_at, sp)}},
                      sp);
}

}  // namespace

json::object EncodeWithholding(const app::WithholdingView& view, json::storage_ptr sp) {
  const domain::Withholding& w = view.withholding;
  json::array objections(sp);
  objections.reserve(view.objections.size());
  for (const auto& o : view.objections) objections.push_back(EncodeObjection(o, sp));
  return json::object({{"id", w.id},
                       {"entry_id", w.entry_id},
                       {"member_id", OptString(w.member_id, sp)},
                       {"member_ids", Strings(w.member_ids, sp)},
                       {"whole_household", w.whole_household},
                       {"narrowing_reason", OptString(w.narrowing_reason, sp)},
                       {"member_name", view.member_name},
                       {"ground", domain::ToString(w.ground)},
                       {"ground_explanation", domain::GroundExplanation(w.ground)},
                       {"reason", w.reason},
                       {"decided_by", w.decided_by},
                       {"decided_by_name", view.decided_by_name},
                       {"decided_at", domain::FormatTimestamp(w.decided_at)},
                       {"review_date", domain::FormatDate(w.review_date)},
                       {"lapse_date", domain::FormatDate(view.lapse_date)},
                       {"in_force", view.in_force},
                       {"lifted", w.lifted},
                       {"objections", std::move(objections)}},
                      sp);
}

void AddEntryViewFields(json::object& out, const app::EntryView& view) {
  const json::storage_ptr& sp = out.storage();
  const domain::Entry& e = view.entry;
  out["visibility"] = domain::ToString(view.decision.visibility);
  out["concerns"] = Strings(e.concerns, sp);
  out["confidential_of"] =
      e.confidential_of ? json::value(*e.confidential_of, sp) : json::value(nullptr, sp);
  out["corrects"] = OptString(e.corrects, sp);
  out["corrected_by"] = OptString(e.corrected_by, sp);
  json::array reactions(sp);
  reactions.reserve(view.reactions.size());
  for (const auto& r : view.reactions) reactions.push_back(EncodeReaction(r, sp));
  out["reactions"] = std::move(reactions);
  json::array withholdings(sp);
  withholdings.reserve(view.withholdings.size());
  for (const auto& w : view.withholdings) withholdings.push_back(EncodeWithholding(w, sp));
  out["withholdings"] = std::move(withholdings);
  out["may_react"] = view.decision.may_react;
  out["may_request_correction"] = view.decision.may_request_correction;
  out["may_object"] = view.decision.may_object;
  // Issue 13: professionals see who of the family can read the entry, and why not.
  if (view.professional) out["readers"] = EncodeReaders(view.readers, sp);
}

json::array EncodeReaders(const std::vector<app::ReaderView>& readers, json::storage_ptr sp) {
  json::array out(sp);
  out.reserve(readers.size());
  for (const auto& r : readers) {
    out.push_back(json::object({{"member_id", r.reader.member_id},
                                {"member_name", r.member_name},
                                {"reads", r.reader.visibility == domain::Visibility::kVisible},
                                {"visibility", domain::ToString(r.reader.visibility)},
                                {"reason", domain::ToString(r.reader.reason)}},
                               sp));
  }
  return out;
}

json::array EncodeOpenCorrections(const std::vector<app::OpenCorrection>& open,
                                  json::storage_ptr sp) {
  json::array out(sp);
  out.reserve(open.size());
  for (const auto& c : open) out.push_back(EncodeReaction(c.reaction, sp));
  return out;
}

void AddWithheld(json::object& item, const domain::WithheldItems& items, const std::string& id) {
  const auto it = items.find(id);
  if (it == items.end() || it->second.empty()) return;
  json::array out;
  for (const auto& w : it->second) {
    json::array members;
    for (const auto& m : domain::NamedMembers(w)) members.emplace_back(m);
    out.push_back(json::object{{"id", w.id},
                               {"kind", domain::ToString(w.kind)},
                               {"ground", domain::ToString(w.ground)},
                               {"explanation", domain::GroundExplanation(w.ground)},
                               {"reason", w.reason},
                               {"decided_at", domain::FormatTimestamp(w.decided_at)},
                               {"review_date", domain::FormatDate(w.review_date)},
                               {"lifted", w.lifted},
                               {"member_ids", std::move(members)},
                               {"whole_household", w.whole_household},
                               {"narrowing_reason", w.narrowing_reason}});
  }
  item["withheld"] = std::move(out);
}

void AddOwnObjections(json::value& body, std::span<const domain::Objection> own) {
  if (own.empty()) return;
  if (auto* object = body.if_object()) {
    for (auto& [key, value] : *object) {
      if (key != "withheld" || !value.is_array()) {
        AddOwnObjections(value, own);
        continue;
      }
      for (auto& held : value.as_array()) {
        auto* w = held.if_object();
        const auto* id = w ? w->if_contains("id") : nullptr;
        if (!id || !id->is_string()) continue;
        json::array mine;
        for (const auto& o : own) {
          if (o.withholding_id == id->as_string()) mine.push_back(EncodeObjection(o, {}));
        }
        if (!mine.empty()) (*w)["objections"] = std::move(mine);
      }
    }
  } else if (auto* array = body.if_array()) {
    for (auto& value : *array) AddOwnObjections(value, own);
  }
}

json::value WithOwnObjections(app::Stip& stip, const app::Principal& who,
                              const std::string& family_id, json::object body) {
  json::value out(std::move(body));
  // Without them the item still shows its placeholder; the objection route answers anyway.
  if (auto own = stip.OwnObjections(who, family_id); own) AddOwnObjections(out, *own);
  return out;
}

}  // namespace stip::http
