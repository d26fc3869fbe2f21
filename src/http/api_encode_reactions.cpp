// JSON shapes of issue 3: entries as a reader sees them, reactions, correction requests and
// withholdings (docs/api.md, "Reactions, corrections and withholding").
#include <boost/json/array.hpp>

#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::value OptDate(const std::optional<domain::Date>& date) {
  return date ? json::value(domain::FormatDate(*date)) : json::value(nullptr);
}

json::value OptString(const std::string& s) {
  return s.empty() ? json::value(nullptr) : json::value(s);
}

json::value OptTime(domain::Millis t) {
  return t == 0 ? json::value(nullptr) : json::value(domain::FormatTimestamp(t));
}

}  // namespace

json::object EncodeReaction(const app::ReactionView& view) {
  const domain::Reaction& r = view.reaction;
  return json::object{{"id", r.id},
                      {"entry_id", r.entry_id},
                      {"member_id", r.member_id},
                      {"member_name", view.member_name},
                      {"kind", domain::ToString(r.kind)},
                      {"text", r.text},
                      {"created_at", domain::FormatTimestamp(r.created_at)},
                      {"deadline", OptDate(r.deadline)},
                      {"status", domain::ToString(r.status)},
                      {"overdue", view.overdue},
                      {"answer", OptString(r.answer)},
                      {"answered_by", OptString(r.answered_by)},
                      {"answered_by_name", OptString(view.answered_by_name)},
                      {"answered_at", OptTime(r.answered_at)},
                      {"correction_entry_id", OptString(r.correction_entry_id)}};
}

json::object EncodeWithholding(const app::WithholdingView& view) {
  const domain::Withholding& w = view.withholding;
  json::array objections;
  for (const auto& o : view.objections) {
    objections.push_back(json::object{{"id", o.id},
                                      {"member_id", o.member_id},
                                      {"text", o.text},
                                      {"filed_at", domain::FormatTimestamp(o.filed_at)},
                                      {"status", domain::ToString(o.status)},
                                      {"answer", OptString(o.answer)},
                                      {"answered_by", OptString(o.answered_by)},
                                      {"answered_at", OptTime(o.answered_at)}});
  }
  json::array member_ids;
  for (const auto& id : w.member_ids) member_ids.emplace_back(id);
  return json::object{{"id", w.id},
                      {"entry_id", w.entry_id},
                      {"member_id", OptString(w.member_id)},
                      {"member_ids", std::move(member_ids)},
                      {"whole_household", w.whole_household},
                      {"narrowing_reason", OptString(w.narrowing_reason)},
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
                      {"objections", std::move(objections)}};
}

json::object EncodeEntryView(const app::EntryView& view) {
  json::object out;
  const domain::Entry& e = view.entry;
  out["visibility"] = domain::ToString(view.decision.visibility);
  json::array concerns;
  for (const auto& id : e.concerns) concerns.emplace_back(id);
  out["concerns"] = std::move(concerns);
  out["confidential_of"] = e.confidential_of ? json::value(*e.confidential_of) : nullptr;
  out["corrects"] = OptString(e.corrects);
  out["corrected_by"] = OptString(e.corrected_by);
  json::array reactions;
  for (const auto& r : view.reactions) reactions.push_back(EncodeReaction(r));
  out["reactions"] = std::move(reactions);
  json::array withholdings;
  for (const auto& w : view.withholdings) withholdings.push_back(EncodeWithholding(w));
  out["withholdings"] = std::move(withholdings);
  out["may_react"] = view.decision.may_react;
  out["may_request_correction"] = view.decision.may_request_correction;
  out["may_object"] = view.decision.may_object;
  // Issue 13: professionals see who of the family can read the entry, and why not.
  if (view.professional) out["readers"] = EncodeReaders(view.readers);
  return out;
}

json::array EncodeReaders(const std::vector<app::ReaderView>& readers) {
  json::array out;
  for (const auto& r : readers) {
    out.push_back(json::object{{"member_id", r.reader.member_id},
                               {"member_name", r.member_name},
                               {"reads", r.reader.visibility == domain::Visibility::kVisible},
                               {"visibility", domain::ToString(r.reader.visibility)},
                               {"reason", domain::ToString(r.reader.reason)}});
  }
  return out;
}

void AddEntryViewFields(json::object& entry, const app::FamilyOverview& overview,
                        const std::string& entry_id) {
  for (const auto& view : overview.entry_views) {
    if (view.entry.id != entry_id) continue;
    if (view.decision.visibility == domain::Visibility::kWithheld) {
      // A placeholder: nothing of the entry's content leaves the server.
      for (const char* key : {"kind", "source", "text", "author_id", "author_name"}) {
        entry[key] = nullptr;
      }
    }
    for (auto& field : EncodeEntryView(view)) entry[field.key()] = field.value();
    return;
  }
}

json::array EncodeOpenCorrections(const std::vector<app::OpenCorrection>& open) {
  json::array out;
  for (const auto& c : open) out.push_back(EncodeReaction(c.reaction));
  return out;
}

}  // namespace stip::http
