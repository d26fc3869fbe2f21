#include "ledger/canonical_writer.h"

#if defined(STIP_LEDGER_SHA256_OPENSSL)
#include <openssl/evp.h>

#include <cstdlib>
#include <memory>
#else
#include <sodium/crypto_hash_sha256.h>
#endif

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string>
#include <utility>

namespace stip::ledger::internal {
namespace {

// Deeper payloads are refused rather than risking the stack; real payloads are 1-3 levels deep.
// The same limit as boost::json's parser default, so whatever is written can be read back.
constexpr std::size_t kMaxDepth = 32;

constexpr char kHexDigits[] = "0123456789abcdef";

// -1 for anything but a lowercase hex digit; a table because verify decodes a hash per item.
constexpr std::array<std::int8_t, 256> kHexValue = [] {
  std::array<std::int8_t, 256> table{};
  for (auto& v : table) v = -1;
  for (int c = '0'; c <= '9'; ++c) table[c] = static_cast<std::int8_t>(c - '0');
  for (int c = 'a'; c <= 'f'; ++c) table[c] = static_cast<std::int8_t>(c - 'a' + 10);
  return table;
}();

// What a byte needs inside a JSON string: 0 copy as-is, 1 escape, 2 start of a UTF-8 sequence.
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = 1;
  table['"'] = 1;
  table['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) table[c] = 2;
  return table;
}();

// Length of the valid UTF-8 sequence starting at s[i] (a byte >= 0x80), or 0 when invalid.
// Follows Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF.
std::size_t Utf8Length(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) -> unsigned {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
  };
  auto cont = [](unsigned b, unsigned lo = 0x80, unsigned hi = 0xBF) { return b >= lo && b <= hi; };
  const unsigned b0 = at(0);
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(at(1)) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned hi = b0 == 0xED ? 0x9F : 0xBF;
    return cont(at(1), lo, hi) && cont(at(2)) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;
    return cont(at(1), lo, hi) && cont(at(2)) && cont(at(3)) ? 4 : 0;
  }
  return 0;
}

// Errors carry the path of the offending value; each level prepends its part on the way out.
domain::Error WithPath(domain::Error error, const std::string& segment) {
  if (error.fields.empty()) {
    error.fields.push_back({segment, domain::FieldCode::kInvalid, error.message});
  } else {
    std::string& field = error.fields.front().field;
    if (!field.empty() && field.front() != '[') field.insert(0, 1, '.');
    field.insert(0, segment);
  }
  return error;
}

}  // namespace

bool DecodeHash(std::string_view hex, HashRaw& out) {
  if (hex.size() != 64) return false;
  int bad = 0;
  for (std::size_t i = 0; i < 32; ++i) {
    const int hi = kHexValue[static_cast<unsigned char>(hex[2 * i])];
    const int lo = kHexValue[static_cast<unsigned char>(hex[2 * i + 1])];
    bad |= hi | lo;  // negative if either was not a hex digit
    out[i] = static_cast<unsigned char>(((hi & 0x0F) << 4) | (lo & 0x0F));
  }
  return bad >= 0;
}

void EncodeHash(const HashRaw& raw, HashHex& out) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    out[2 * i] = kHexDigits[raw[i] >> 4];
    out[2 * i + 1] = kHexDigits[raw[i] & 0x0F];
  }
}

#if defined(STIP_LEDGER_SHA256_OPENSSL)
// OpenSSL's SHA-256 uses the CPU's SHA extensions where present (about 3x libsodium's portable
// code); the digest is the same, which the golden vectors check. See src/ledger/CMakeLists.txt.
void LinkHash(const HashRaw& prev, std::string_view text, HashRaw& out) {
  static EVP_MD* const kSha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  struct CtxFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
  };
  thread_local const std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
  unsigned int size = 0;
  if (kSha256 == nullptr || ctx == nullptr || !EVP_DigestInit_ex2(ctx.get(), kSha256, nullptr) ||
      !EVP_DigestUpdate(ctx.get(), prev.data(), prev.size()) ||
      !EVP_DigestUpdate(ctx.get(), text.data(), text.size()) ||
      !EVP_DigestFinal_ex(ctx.get(), out.data(), &size) || size != out.size()) {
    std::abort();  // a broken crypto library is an impossible state, not an input error
  }
}
#else
void LinkHash(const HashRaw& prev, std::string_view text, HashRaw& out) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  crypto_hash_sha256_update(&state, prev.data(), prev.size());
  crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(text.data()),
                            text.size());
  crypto_hash_sha256_final(&state, out.data());
}
#endif

bool ChainHashInto(std::string_view prev_hex, std::string_view canonical, HashHex& out) {
  HashRaw prev;
  if (!DecodeHash(prev_hex, prev)) return false;
  HashRaw digest;
  LinkHash(prev, canonical, digest);
  EncodeHash(digest, out);
  return true;
}

namespace {

// True when none of the 8 bytes at `p` needs attention (no control byte, '"', '\\' or byte
// >= 0x80), so they can join the current run without a look at each byte.
bool PlainWord(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const std::uint64_t quote = w ^ (kOnes * '"');
  const std::uint64_t slash = w ^ (kOnes * '\\');
  const std::uint64_t attention = (w & kHigh) | ((w - kOnes * 0x20) & ~w & kHigh) |
                                  ((quote - kOnes) & ~quote & kHigh) |
                                  ((slash - kOnes) & ~slash & kHigh);
  return attention == 0;
}

}  // namespace

domain::Status AppendString(std::string_view text, std::string& out) {
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  while (i < text.size()) {
    while (i + 8 <= text.size() && PlainWord(text.data() + i)) i += 8;
    if (i >= text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    const std::uint8_t kind = kByteClass[c];
    if (kind == 0) {
      ++i;
      continue;
    }
    if (kind == 2) {
      const std::size_t len = Utf8Length(text, i);
      if (len == 0) {
        return domain::Fail(domain::Error::Invalid("text is not valid UTF-8 (bad byte at offset " +
                                                   std::to_string(i) + ")"));
      }
      i += len;  // valid non-ASCII is copied as raw UTF-8 with its run
      continue;
    }
    out.append(text.data() + run, i - run);
    switch (c) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\b':
        out.append("\\b");
        break;
      case '\f':
        out.append("\\f");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      default: {
        const char escape[] = {'\\', 'u', '0', '0', kHexDigits[c >> 4], kHexDigits[c & 0x0F]};
        out.append(escape, sizeof escape);
      }
    }
    run = ++i;
  }
  out.append(text.data() + run, text.size() - run);
  out.push_back('"');
  return {};
}

void AppendInt(std::int64_t value, std::string& out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

namespace {

void AppendUint(std::uint64_t value, std::string& out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

// Field names of the fixed envelopes are ASCII without escapes, so they are written as-is.
void AppendKey(std::string_view key, std::string& out) {
  out.push_back('"');
  out.append(key);
  out.append("\":");
}

domain::Status NamedString(std::string_view name, std::string_view value, std::string& out) {
  AppendKey(name, out);
  auto status = AppendString(value, out);
  if (!status) return domain::Fail(WithPath(std::move(status.error()), std::string(name)));
  return {};
}

}  // namespace

domain::Status CanonicalWriter::WriteEvent(const Event& event, std::string& out) {
  out.clear();
  // Keys in byte order: actor, chain, payload, seq, time, type, v.
  out.push_back('{');
  if (auto s = NamedString("actor", event.actor, out); !s) return s;
  out.push_back(',');
  if (auto s = NamedString("chain", event.chain, out); !s) return s;
  out.push_back(',');
  AppendKey("payload", out);
  if (auto s = Object(event.payload, 0, out); !s) {
    return domain::Fail(WithPath(std::move(s.error()), "payload"));
  }
  out.append(",\"seq\":");
  AppendInt(event.seq, out);
  out.append(",\"time\":");
  AppendInt(event.time, out);
  out.push_back(',');
  if (auto s = NamedString("type", event.type, out); !s) return s;
  out.append(",\"v\":1}");
  return {};
}

domain::Status CanonicalWriter::WriteStoredEvent(const StoredEvent& event, std::string& out) {
  out.clear();
  // Keys in byte order, as WriteEvent; the payload is appended in one piece.
  out.push_back('{');
  if (auto s = NamedString("actor", event.actor, out); !s) return s;
  out.push_back(',');
  if (auto s = NamedString("chain", event.chain, out); !s) return s;
  out.append(",\"payload\":");
  out.append(event.payload);
  out.append(",\"seq\":");
  AppendInt(event.seq, out);
  out.append(",\"time\":");
  AppendInt(event.time, out);
  out.push_back(',');
  if (auto s = NamedString("type", event.type, out); !s) return s;
  out.append(",\"v\":1}");
  return {};
}

domain::Status CanonicalWriter::WriteAccess(const domain::AccessRecord& record, std::string& out) {
  return WriteStoredAccess({.family_id = record.family_id,
                            .seq = record.seq,
                            .time = record.time,
                            .user_id = record.user_id,
                            .role = record.role,
                            .what = record.what,
                            .purpose = record.purpose,
                            .emergency = record.emergency,
                            .prev_hash = {},
                            .hash = {}},
                           out);
}

domain::Status CanonicalWriter::WriteStoredAccess(const StoredAccess& record, std::string& out) {
  out.clear();
  // Keys in byte order: emergency, family, purpose, role, seq, time, user, v, what.
  out.append(record.emergency ? "{\"emergency\":true," : "{\"emergency\":false,");
  if (auto s = NamedString("family", record.family_id, out); !s) return s;
  out.push_back(',');
  if (auto s = NamedString("purpose", record.purpose, out); !s) return s;
  out.push_back(',');
  if (auto s = NamedString("role", record.role, out); !s) return s;
  out.append(",\"seq\":");
  AppendInt(record.seq, out);
  out.append(",\"time\":");
  AppendInt(record.time, out);
  out.push_back(',');
  if (auto s = NamedString("user", record.user_id, out); !s) return s;
  out.append(",\"v\":1,");
  if (auto s = NamedString("what", record.what, out); !s) return s;
  out.push_back('}');
  return {};
}

domain::Status CanonicalWriter::WriteValue(const boost::json::value& value, std::string& out) {
  out.clear();
  return Value(value, 0, out);
}

domain::Status CanonicalWriter::WriteObject(const boost::json::object& object, std::string& out) {
  out.clear();
  return Object(object, 0, out);
}

domain::Status CanonicalWriter::Value(const boost::json::value& value, std::size_t depth,
                                      std::string& out) {
  switch (value.kind()) {
    case boost::json::kind::null:
      out.append("null");
      return {};
    case boost::json::kind::bool_:
      out.append(value.get_bool() ? "true" : "false");
      return {};
    case boost::json::kind::int64:
      AppendInt(value.get_int64(), out);
      return {};
    case boost::json::kind::uint64:
      AppendUint(value.get_uint64(), out);
      return {};
    case boost::json::kind::double_:
      // Floats have many spellings and rounding traps; amounts and scores are integers.
      return domain::Fail(domain::Error::Invalid(
          "a number with a fraction or exponent cannot be stored in the ledger; use an integer"));
    case boost::json::kind::string: {
      const auto& s = value.get_string();
      return AppendString(std::string_view(s.data(), s.size()), out);
    }
    case boost::json::kind::array: {
      if (depth >= kMaxDepth) {
        return domain::Fail(domain::Error::Invalid("the value is nested too deeply"));
      }
      const auto& array = value.get_array();
      out.push_back('[');
      for (std::size_t i = 0; i < array.size(); ++i) {
        if (i > 0) out.push_back(',');
        if (auto s = Value(array[i], depth + 1, out); !s) {
          return domain::Fail(WithPath(std::move(s.error()), "[" + std::to_string(i) + "]"));
        }
      }
      out.push_back(']');
      return {};
    }
    case boost::json::kind::object:
      return Object(value.get_object(), depth, out);
  }
  return domain::Fail(domain::Error::Internal("unknown JSON kind"));
}

domain::Status CanonicalWriter::Object(const boost::json::object& object, std::size_t depth,
                                       std::string& out) {
  if (depth >= kMaxDepth) {
    return domain::Fail(domain::Error::Invalid("the value is nested too deeply"));
  }
  if (sorted_.size() <= depth) sorted_.resize(depth + 1);
  auto& keys = sorted_[depth];
  keys.clear();
  for (const auto& entry : object) keys.push_back(&entry);
  // std::string_view compares like memcmp (as unsigned bytes), i.e. by UTF-8 bytes. Insertion
  // sort: payloads are small and usually already in order (they come from canonical text).
  for (std::size_t i = 1; i < keys.size(); ++i) {
    const auto* item = keys[i];
    std::size_t j = i;
    while (j > 0 && item->key() < keys[j - 1]->key()) {
      keys[j] = keys[j - 1];
      --j;
    }
    keys[j] = item;
  }
  out.push_back('{');
  // `keys` may be invalidated when a nested object grows sorted_, so index instead of iterating.
  for (std::size_t i = 0; i < sorted_[depth].size(); ++i) {
    const auto* entry = sorted_[depth][i];
    const std::string_view key(entry->key().data(), entry->key().size());
    if (i > 0) out.push_back(',');
    if (auto s = AppendString(key, out); !s) {
      return domain::Fail(WithPath(std::move(s.error()), "<key>"));
    }
    out.push_back(':');
    if (auto s = Value(entry->value(), depth + 1, out); !s) {
      return domain::Fail(WithPath(std::move(s.error()), std::string(key)));
    }
  }
  out.push_back('}');
  return {};
}

}  // namespace stip::ledger::internal
