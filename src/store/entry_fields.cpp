#include "store/entry_fields.h"

namespace stip::store {

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

}  // namespace stip::store
