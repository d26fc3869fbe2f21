// The rules of "Al bekend?" (issue 10 item 6): identity keys and the Verwijsindex matching.
#include "domain/known_elsewhere.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace stip::domain {
namespace {

constexpr Millis kMillisPerDay = 86'400'000;

// The ASCII letter for a two-byte UTF-8 Latin-1 letter (U+00C0..U+00FF), or 0.
char Fold(unsigned char lead, unsigned char next) {
  if (lead != 0xC3) return 0;
  static constexpr std::string_view kFolded =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // U+00C0..U+00DF
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
  const unsigned index = next - 0x80u;
  if (index >= kFolded.size()) return 0;
  const char c = kFolded[index];
  return std::isalpha(static_cast<unsigned char>(c)) ? c : 0;
}

}  // namespace

bool IsElevenProof(std::string_view bsn) {
  if (bsn.size() != 9) return false;
  int sum = 0;
  bool any = false;
  for (std::size_t i = 0; i < 9; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(bsn[i]))) return false;
    const int d = bsn[i] - '0';
    any = any || d != 0;
    sum += (i < 8 ? static_cast<int>(9 - i) : -1) * d;
  }
  return any && sum % 11 == 0;
}

std::string NormalName(std::string_view name) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    char keep = 0;
    if (std::isalnum(c)) {
      keep = static_cast<char>(std::tolower(c));
    } else if (c >= 0x80 && i + 1 < name.size()) {
      keep = Fold(c, static_cast<unsigned char>(name[i + 1]));
      if (keep) ++i;
    } else if (std::isspace(c) || c == '-') {
      space = !out.empty();
      continue;
    }
    if (!keep) continue;  // punctuation (O'Brien) and other letters are left out
    if (space) out += ' ';
    space = false;
    out += keep;
  }
  return out;
}

std::string IdentityKey(std::string_view bsn, std::string_view name, const Date& birth_date) {
  if (!bsn.empty()) return "bsn:" + std::string(bsn);
  return "nbd:" + NormalName(name) + "|" + FormatDate(birth_date);
}

bool SignalActive(const Signal& signal, Millis now, const SignalPolicy& policy) {
  return signal.signalled_at <= now &&
         now < signal.signalled_at + static_cast<Millis>(policy.active_days) * kMillisPerDay;
}

bool SignalExpired(const Signal& signal, Millis now, const SignalPolicy& policy) {
  return now >= signal.signalled_at + static_cast<Millis>(policy.delete_after_days) * kMillisPerDay;
}

std::vector<SignalMatch> MatchSignals(std::span<const std::string> key_hashes,
                                      std::span<const Signal> signals, Millis now,
                                      const std::string& own_family, const SignalPolicy& policy) {
  const std::set<std::string> wanted(key_hashes.begin(), key_hashes.end());
  std::vector<const Signal*> live;
  for (const auto& s : signals) {
    if (wanted.contains(s.key_hash) && s.family_id != own_family && SignalActive(s, now, policy)) {
      live.push_back(&s);
    }
  }
  std::stable_sort(live.begin(), live.end(), [](const Signal* a, const Signal* b) {
    return a->signalled_at < b->signalled_at;
  });
  std::vector<SignalMatch> out;
  for (const Signal* s : live) {
    SignalMatch m{s->family_id, s->team_id};
    if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(std::move(m));
  }
  // The new check is one signal and each file on record one more (a file signalled twice is
  // still one); the policy may ask for more before it tells anything.
  if (static_cast<int>(out.size()) + 1 < policy.match_min_signals) return {};
  return out;
}

}  // namespace stip::domain
