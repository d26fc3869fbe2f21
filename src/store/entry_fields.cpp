#include "store/entry_fields.h"

#include <algorithm>

#include "store/event_payload.h"

namespace stip::store {

namespace {

using payload::BadField;

bool IsMember(const std::vector<std::string>& members, const std::string& id) {
  return std::find(members.begin(), members.end(), id) != members.end();
}

}  // namespace

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += ' ';
    out += id;
  }
  return out;
}

std::vector<std::string> SplitIds(std::string_view stored) {
  std::vector<std::string> out;
  while (!stored.empty()) {
    const auto space = stored.find(' ');
    const auto part = stored.substr(0, space);
    if (!part.empty()) out.emplace_back(part);
    if (space == std::string_view::npos) break;
    stored.remove_prefix(space + 1);
  }
  return out;
}

void SetEntryExtras(domain::Entry& entry, std::string_view concerns,
                    std::string_view confidential_of, std::string_view corrects,
                    std::string_view corrected_by) {
  entry.concerns = SplitIds(concerns);
  if (!confidential_of.empty()) entry.confidential_of = std::string(confidential_of);
  entry.corrects = std::string(corrects);
  entry.corrected_by = std::string(corrected_by);
}

domain::Result<EventAudience> ReadEventAudience(const ledger::Event& event,
                                                const std::vector<std::string>& members) {
  EventAudience out;
  if (const auto* value = event.payload.if_contains("concerns");
      value != nullptr && !value->is_null()) {
    if (!value->is_array()) return domain::Fail(BadField(event, "concerns", "must be an array"));
    for (const auto& item : value->get_array()) {
      if (!item.is_string()) {
        return domain::Fail(BadField(event, "concerns", "must hold member ids (strings)"));
      }
      std::string id(item.get_string().data(), item.get_string().size());
      if (!IsMember(members, id)) {
        return domain::Fail(BadField(event, "concerns", "names an unknown member " + id));
      }
      if (!IsMember(out.concerns, id)) out.concerns.push_back(std::move(id));
    }
  }
  if (const auto* value = event.payload.if_contains("confidential_of");
      value != nullptr && !value->is_null()) {
    if (!value->is_string()) {
      return domain::Fail(BadField(event, "confidential_of", "must be a member id"));
    }
    out.confidential_of = std::string(value->get_string().data(), value->get_string().size());
    if (!IsMember(members, out.confidential_of)) {
      return domain::Fail(
          BadField(event, "confidential_of", "names an unknown member " + out.confidential_of));
    }
  }
  return out;
}

}  // namespace stip::store
