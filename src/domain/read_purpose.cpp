#include "domain/read_purpose.h"

#include <algorithm>
#include <utility>

namespace stip::domain {
namespace {

constexpr std::array<std::pair<ReadPurpose, std::string_view>, 5> kNames{{
    {ReadPurpose::kCare, "hulpverlening"},
    {ReadPurpose::kHandover, "overdracht"},
    {ReadPurpose::kSecondOpinion, "tegenspraak"},
    {ReadPurpose::kEmergency, "noodtoegang"},
    {ReadPurpose::kQualityReview, "kwaliteitstoetsing"},
}};

}  // namespace

std::string_view ToString(ReadPurpose v) {
  for (const auto& [value, name] : kNames) {
    if (value == v) return name;
  }
  return "hulpverlening";
}

std::optional<ReadPurpose> ParseReadPurpose(std::string_view s) {
  for (const auto& [value, name] : kNames) {
    if (name == s) return value;
  }
  return std::nullopt;
}

std::optional<ReadPurpose> ParseChosenReadPurpose(std::string_view s) {
  const auto p = ParseReadPurpose(s);
  if (!p || std::ranges::find(kChoosableReadPurposes, *p) == kChoosableReadPurposes.end()) {
    return std::nullopt;
  }
  return p;
}

}  // namespace stip::domain
