// liboath behind app/totp.h. liboath reports failures as negative numbers; none of them can come
// from a caller's input except "not valid", which is nullopt here.
#include "app/totp.h"

#include <liboath/oath.h>

#include <cstdlib>
#include <memory>

namespace stip::app::totp {
namespace {

// oath_init once per process (it initialises the crypto backend).
bool Initialised() {
  static const bool ok = oath_init() == OATH_OK;
  return ok;
}

struct FreeDeleter {
  void operator()(char* p) const { std::free(p); }  // NOLINT: liboath allocates with malloc
};

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace

std::string Base32(std::string_view key) {
  if (!Initialised()) return {};
  char* raw = nullptr;
  size_t length = 0;
  if (oath_base32_encode(key.data(), key.size(), &raw, &length) != OATH_OK) return {};
  std::unique_ptr<char, FreeDeleter> owned(raw);
  std::string out(raw, length);
  while (!out.empty() && out.back() == '=') out.pop_back();
  return out;
}

std::optional<std::string> KeyOf(std::string_view base32) {
  if (!Initialised() || base32.empty()) return std::nullopt;
  std::string padded(base32);
  while (padded.size() % 8 != 0) padded += '=';
  char* raw = nullptr;
  size_t length = 0;
  if (oath_base32_decode(padded.data(), padded.size(), &raw, &length) != OATH_OK) {
    return std::nullopt;
  }
  std::unique_ptr<char, FreeDeleter> owned(raw);
  return std::string(raw, length);
}

std::optional<std::int64_t> MatchStep(std::string_view key, std::string_view code,
                                      domain::Millis now) {
  if (!Initialised() || code.size() != kDigits) return std::nullopt;
  for (char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const std::string otp(code);  // NUL-terminated for liboath
  const time_t seconds = static_cast<time_t>(now / 1000);
  int offset = 0;
  const int found = oath_totp_validate2(key.data(), key.size(), seconds, kStepSeconds, 0, 1,
                                        &offset, otp.c_str());
  if (found < 0) return std::nullopt;
  return static_cast<std::int64_t>(seconds / kStepSeconds) + offset;
}

std::string Uri(std::string_view issuer, std::string_view account, std::string_view base32) {
  return "otpauth://totp/" + PercentEncode(issuer) + ":" + PercentEncode(account) +
         "?secret=" + std::string(base32) + "&issuer=" + PercentEncode(issuer) +
         "&algorithm=SHA1&digits=" + std::to_string(kDigits) +
         "&period=" + std::to_string(kStepSeconds);
}

}  // namespace stip::app::totp
