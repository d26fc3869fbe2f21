// The mail digest of "Mijn werk" (issue 10 item 8): how often a professional gets it, and when
// the next one is due. Counts and links only: a digest never holds family content.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/time.h"

namespace stip::domain {

enum class DigestFrequency { kDaily, kWeekly, kOff };

// "daily", "weekly", "off".
std::string_view ToString(DigestFrequency f);
std::optional<DigestFrequency> ParseDigestFrequency(std::string_view s);

// A professional's choice (notify.digest_set); without one: daily.
struct DigestSetting {
  std::string user_id;
  DigestFrequency frequency = DigestFrequency::kDaily;
};

// The digest goes out at 07:00 in the Netherlands: every day, or on Mondays. The newest such
// moment at or before `now` (for kOff: the daily one).
Millis LastDigestSlot(DigestFrequency f, Millis now);

// Whether a digest is due now: not off, and none sent since the newest slot.
bool DigestDue(DigestFrequency f, std::optional<Millis> last_sent, Millis now);

}  // namespace stip::domain
