// JSON shape of "Ons gezin" and the family's download: what the family member may see, with
// withheld entries as placeholders (ground, decided by whom and when, review date) and every
// entry's reactions and corrections beside it.
#include "domain/access.h"
#include "http/api.h"
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

json::object EncodeFamilyHome(const app::FamilyHome& home) {
  json::array members;
  for (const auto& m : home.family.members) {
    json::object member{{"id", m.id}, {"name", m.name}, {"role", domain::ToString(m.role)}};
    AddLeftFields(member, m);  // issue 10
    members.push_back(std::move(member));
  }
  json::array entries;
  for (const auto& item : home.entries) {
    const auto& e = item.entry;
    json::object out{{"id", e.id},
                     {"seq", e.seq},
                     {"created_at", domain::FormatTimestamp(e.created_at)},
                     {"new", item.is_new}};
    if (item.decision.visibility == domain::Visibility::kVisible) {
      out["kind"] = domain::ToString(e.kind);
      out["source"] = e.source;
      out["text"] = e.text;
      out["author_name"] =
          item.author_name.empty() ? json::value(nullptr) : json::value(item.author_name);
    } else {
      // The placeholder: why, by whom, until when; nothing of the entry itself.
      json::array grounds;
      for (const auto& w : item.withholdings) {
        grounds.push_back(
            json::object{{"ground", domain::ToString(w.withholding.ground)},
                         {"explanation", domain::GroundExplanation(w.withholding.ground)},
                         {"reason", w.withholding.reason},
                         {"decided_by", w.decided_by_name},
                         {"decided_at", domain::FormatTimestamp(w.withholding.decided_at)},
                         {"review_date", domain::FormatDate(w.withholding.review_date)}});
      }
      out["withheld"] = std::move(grounds);
    }
    // Reactions, corrections and (for a placeholder) the withholdings with their objections.
    AddEntryViewFields(out, item);
    entries.push_back(std::move(out));
  }
  json::array consents;
  for (const auto& c : home.my_consents) {
    consents.push_back(
        json::object{{"id", c.id},
                     {"member_id", c.consent.member_id},
                     {"given_on", domain::FormatDate(c.consent.given_on)},
                     {"valid_until", c.consent.valid_until
                                         ? json::value(domain::FormatDate(*c.consent.valid_until))
                                         : json::value(nullptr)}});
  }
  return json::object{
      {"family_id", home.family.id},
      {"family_name", home.family.name},
      {"me", json::object{{"member_id", home.me.id},
                          {"name", home.me.name},
                          {"role", home.my_role},
                          {"account_id", home.account.id}}},
      {"summary_only", home.summary_only},
      {"child_view", home.child_view},
      {"lead", EncodeFace(home.lead)},
      {"duo", home.duo ? json::value(EncodeFace(*home.duo)) : json::value(nullptr)},
      {"members", std::move(members)},
      {"previous_visit", home.previous_visit
                             ? json::value(domain::FormatTimestamp(*home.previous_visit))
                             : json::value(nullptr)},
      {"entries", std::move(entries)},
      {"consents", std::move(consents)},
      // Issue 10: who is involved now, and what changed (for who reads the file).
      {"involved", EncodeInvolved(home.involved, false)},
      {"changes", EncodeChanges(home.changes, home.names)},
      // Issue 10: the next fixed face and why (before it takes effect), and the counts.
      {"fixed_face", EncodeFixedFace(home.fixed_face, false)}};
}

namespace {

template <typename View, typename Encoder>
json::value Part(const std::optional<View>& view, Encoder encode) {
  if (!view) return nullptr;  // a part this member may not read
  return encode(*view);
}

}  // namespace

Response FamilyDownload(const app::FamilyHome& home, const app::FamilyRecords& records,
                        std::span<const domain::Objection> own) {
  // Issue 13 item 3: the copy says when it was made and where its fields are explained, and
  // holds every part of the file the member may read, each in the shape of its own route.
  json::object body = EncodeFamilyHome(home);
  body["safety_map"] = Part(records.safety_map, EncodeSafetyMap);
  body["plan"] = Part(records.plan, EncodeFamilyPlan);
  body["meetings"] = Part(records.meetings, EncodeMeetings);
  body["decisions"] = Part(records.decisions, EncodeDecisions);
  body["measures"] = Part(records.measures, EncodeMeasures);
  body["child_voices"] = Part(records.child_voices, EncodeChildVoices);
  // As on each part's own route: the member's own objections beside its withholdings.
  for (const char* part : {"safety_map", "plan", "meetings", "child_voices"}) {
    AddOwnObjections(body[part], own);
  }
  json::array explanations;
  for (const auto& e : records.explanations) explanations.push_back(EncodeChildExplanation(e));
  body["child_explanations"] = std::move(explanations);
  body["made_at"] = domain::FormatTimestamp(home.read_at);
  body["documentation"] = "docs/family-copy.md";
  Response response = Response::Json(200, body);
  response.headers.emplace_back("Content-Disposition",
                                "attachment; filename=\"stip-ons-gezin.json\"");
  return response;
}

}  // namespace stip::http
