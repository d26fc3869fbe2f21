#include "web/messages.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace stip::web {

std::span<const Message> CatalogueEntries();                // messages_catalogue.cpp
std::span<const Message> AdviceCatalogueEntries();          // messages_advice.cpp
std::span<const Message> EntryCatalogueEntries();           // messages_entries.cpp
std::span<const Message> FieldErrorCatalogueEntries();      // messages_field_errors.cpp
std::span<const Message> HouseholdCatalogueEntries();       // messages_household.cpp (issue 10)
std::span<const Message> AdminCatalogueEntries();           // messages_admin.cpp (issue 14)
std::span<const Message> MyWorkCatalogueEntries();          // messages_my_work.cpp (issue 10)
std::span<const Message> NetworkCatalogueEntries();         // messages_network.cpp (issue 10)
std::span<const Message> HandoverCatalogueEntries();        // messages_handover.cpp (issue 10)
std::span<const Message> SafetyMapCatalogueEntries();       // messages_safety_map.cpp (issue 11)
std::span<const Message> PlanCatalogueEntries();            // messages_plan.cpp (issue 11 item 2)
std::span<const Message> EmergencyCatalogueEntries();       // messages_emergency.cpp (issue 10)
std::span<const Message> KnownElsewhereCatalogueEntries();  // messages_known_elsewhere.cpp
std::span<const Message> MeetingCatalogueEntries();         // messages_meeting.cpp (issue 11)
std::span<const Message> DecisionCatalogueEntries();        // messages_decision.cpp (issue 12)
std::span<const Message> MeasureCatalogueEntries();         // messages_measure.cpp (issue 12)
std::span<const Message> RetentionCatalogueEntries();       // messages_retention.cpp (issue 14)
std::span<const Message> DestructionCatalogueEntries();     // messages_destruction.cpp (issue 14)
std::span<const Message> ChildVoiceCatalogueEntries();      // messages_child_voice.cpp (issue 11)
std::span<const Message> FamilyCopyCatalogueEntries();      // messages_family_copy.cpp (issue 13)
std::span<const Message> WithheldCatalogueEntries();     // messages_withheld.cpp (issue 11 item 6)
std::span<const Message> OperatorLogCatalogueEntries();  // messages_operator_log.cpp (issue 14)

std::span<const Message> Catalogue() {
  // Built once from the parts; constant afterwards (so concurrent readers are safe) and never
  // destroyed (no global destructors).
  static const auto* const kAll = [] {
    auto* all = new std::vector<Message>();
    for (const auto part : {CatalogueEntries(),
                            AdviceCatalogueEntries(),
                            EntryCatalogueEntries(),
                            FieldErrorCatalogueEntries(),
                            HouseholdCatalogueEntries(),
                            AdminCatalogueEntries(),
                            MyWorkCatalogueEntries(),
                            NetworkCatalogueEntries(),
                            HandoverCatalogueEntries(),
                            SafetyMapCatalogueEntries(),
                            PlanCatalogueEntries(),
                            EmergencyCatalogueEntries(),
                            KnownElsewhereCatalogueEntries(),
                            MeetingCatalogueEntries(),
                            DecisionCatalogueEntries(),
                            MeasureCatalogueEntries(),
                            ChildVoiceCatalogueEntries(),
                            FamilyCopyCatalogueEntries(),
                            RetentionCatalogueEntries(),
                            DestructionCatalogueEntries(),
                            WithheldCatalogueEntries(),
                            OperatorLogCatalogueEntries()}) {
      all->insert(all->end(), part.begin(), part.end());
    }
    return all;
  }();
  return *kAll;
}

std::string_view NormalLocale(std::string_view locale) { return locale == "en" ? "en" : "nl"; }

std::string_view Text(std::string_view locale, std::string_view key) {
  // Built once; the catalogue is constant, so concurrent readers are safe after this.
  static const auto* const kIndex = [] {
    auto* index = new std::unordered_map<std::string_view, const Message*>();
    for (const Message& m : Catalogue()) index->emplace(m.key, &m);
    return index;
  }();
  const auto it = kIndex->find(key);
  if (it == kIndex->end()) return kMissingMessage;
  return NormalLocale(locale) == "en" ? it->second->en : it->second->nl;
}

std::string Fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  return Fill(pattern, std::span(values.begin(), values.size()));
}

std::string Fill(std::string_view pattern,
                 std::span<const std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  out.reserve(pattern.size() + 32);
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) break;
    const std::size_t close = pattern.find('}', open + 1);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(i, open - i));
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    bool replaced = false;
    for (const auto& [key, value] : values) {
      if (key == name) {
        out.append(value);
        replaced = true;
        break;
      }
    }
    if (!replaced) out.append(pattern.substr(open, close - open + 1));
    i = close + 1;
  }
  out.append(pattern.substr(i));
  return out;
}

}  // namespace stip::web
