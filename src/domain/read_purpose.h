// The purpose of a read (issue 10 item 9): why a professional opens a family file, written on
// the access log the family reads. Help (hulpverlening) is the usual one; a professional chooses
// another when it applies. Emergency access (noodtoegang) is never chosen: it comes with
// breaking the glass, and every such read carries it.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace stip::domain {

enum class ReadPurpose {
  kCare,           // hulpverlening: the usual work with the family
  kHandover,       // overdracht: reading in to take over or hand over the file
  kSecondOpinion,  // tegenspraak: a second opinion on a decision
  kEmergency,      // noodtoegang: break the glass (set by emergency access, never chosen)
  kQualityReview,  // kwaliteitstoetsing: a quality review of the work in the file
};

// The purposes a professional may choose, the usual one first.
inline constexpr std::array kChoosableReadPurposes{
    ReadPurpose::kCare,
    ReadPurpose::kHandover,
    ReadPurpose::kSecondOpinion,
    ReadPurpose::kQualityReview,
};

// The value on the access log and in the API: the Dutch word ("hulpverlening", "overdracht",
// "tegenspraak", "noodtoegang", "kwaliteitstoetsing"), stable because the ledger holds it.
std::string_view ToString(ReadPurpose v);
std::optional<ReadPurpose> ParseReadPurpose(std::string_view s);
// A value a professional may send: one of kChoosableReadPurposes.
std::optional<ReadPurpose> ParseChosenReadPurpose(std::string_view s);

}  // namespace stip::domain
