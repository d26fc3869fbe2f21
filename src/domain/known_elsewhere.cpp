// The rules of "Al bekend?" (issue 10 item 6): identity keys and the Verwijsindex matching.
#include "domain/known_elsewhere.h"

#include "domain/household.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace stip::domain {
namespace {

constexpr Millis kMillisPerDay = 86'400'000;

// The ASCII letter for a Latin-1 letter (U+00C0..U+00FF), or 0.
char FoldLatin1(char32_t cp) {
  static constexpr std::string_view kFolded =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // U+00C0..U+00DF
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
  const char c = kFolded[cp - 0xC0];
  return std::isalpha(static_cast<unsigned char>(c)) ? c : 0;
}

// The ASCII letters for a Latin Extended-A letter (U+0100..U+017F: Turkish, Polish, Czech,
// ... names): "s" for "Ş", "ij" for the Dutch ligature, "oe" for "Œ".
std::string_view FoldLatinA(char32_t cp) {
  static constexpr std::string_view kFolded =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii12jjkkkllllllllllnnnnnnnnnoooooo2"
      "2rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static_assert(kFolded.size() == 128);
  const std::size_t i = cp - 0x100;
  if (i == 0x32 || i == 0x33) return "ij";
  if (i == 0x52 || i == 0x53) return "oe";
  return kFolded.substr(i, 1);
}

// Decodes one UTF-8 code point at `i` (advancing it); U+FFFD for a malformed sequence.
char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(s[i++]);
  if (lead < 0x80) return lead;
  int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
  if (more < 0) return 0xFFFD;
  char32_t cp = lead & (0x3F >> more);
  for (; more > 0; --more) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return cp;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsSeparator(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || (cp >= 0x2010 && cp <= 0x2015) ||
         cp == 0x202F || cp == 0x3000;
}

// Marks, symbols and punctuation that are no letter of a name: left out.
bool IsIgnored(char32_t cp) {
  return (cp >= 0x80 && cp < 0xC0) || cp == 0xD7 || cp == 0xF7 ||
         (cp >= 0x0300 && cp <= 0x036F) ||  // combining accents (a decomposed "é")
         cp == 0x0640 ||                    // Arabic tatweel (a stretch, not a letter)
         (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF ||
         cp == 0xFFFD;
}

// Lower case for the scripts that have it and whose names are common here (Greek, Cyrillic).
char32_t Lower(char32_t cp) {
  if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) return cp + 0x20;  // Greek
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;                  // Cyrillic А..Я
  if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;                  // Cyrillic Ѐ..Џ
  return cp;
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
  std::size_t i = 0;
  while (i < name.size()) {
    const char32_t cp = NextCodePoint(name, i);
    std::string keep;
    if (cp < 0x80) {
      const auto c = static_cast<unsigned char>(cp);
      if (std::isalnum(c)) {
        keep = static_cast<char>(std::tolower(c));
      } else if (std::isspace(c) || c == '-') {
        space = !out.empty();
        continue;
      }  // other punctuation (O'Brien) is left out
    } else if (IsSeparator(cp)) {
      space = !out.empty();
      continue;
    } else if (IsIgnored(cp)) {
      continue;
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      if (const char c = FoldLatin1(cp)) keep = c;
    } else if (cp >= 0x100 && cp <= 0x17F) {
      keep = FoldLatinA(cp);
    } else {
      // Any other letter (Arabic, Cyrillic, Chinese, ...) is kept as it is written, so such a
      // name never shrinks to nothing.
      AppendUtf8(keep, Lower(cp));
    }
    if (keep.empty()) continue;
    if (space) out += ' ';
    space = false;
    out += keep;
  }
  return out;
}

std::string IdentityKey(std::string_view bsn, std::string_view name, const Date& birth_date) {
  if (!bsn.empty()) return "bsn:" + std::string(bsn);
  const std::string normal = NormalName(name);
  // No name, no key: two children without a name must never match each other.
  if (normal.empty()) return {};
  return "nbd:" + normal + "|" + FormatDate(birth_date);
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

std::vector<FieldError> CheckJoinRequest(const Family& family, const std::string& user_id,
                                         const std::optional<Team>& team, const std::string& role,
                                         const std::string& message) {
  auto errors = CheckJoin(family, user_id, true, team, ParseInvolvementRole(role), message);
  for (auto& e : errors) {
    // The asker names the role and the message; user_id is themselves.
    if (e.field == "reason") e.field = "message";
    if (e.field == "user_id" && e.code == FieldCode::kDuoNotRegionalTeam) e.field = "role";
  }
  // Only the roles a professional is asked in with: never the lead or a previous lead.
  if (role == "previous_lead" &&
      std::none_of(errors.begin(), errors.end(),
                   [](const FieldError& e) { return e.field == "role"; })) {
    errors.push_back({"role", NotOneOf(ValueList::kJoinRole)});
  }
  return errors;
}

}  // namespace stip::domain
