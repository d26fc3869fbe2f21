#include "ledger/event.h"

#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>
#include <exception>
#include <string>
#include <utility>

#include "ledger/canonical_writer.h"

namespace stip::ledger {
namespace {

// Stored payloads come from our own writer, so a float means the text was edited by hand.
bool HasDouble(const boost::json::value& value) {
  switch (value.kind()) {
    case boost::json::kind::double_:
      return true;
    case boost::json::kind::array:
      for (const auto& item : value.get_array()) {
        if (HasDouble(item)) return true;
      }
      return false;
    case boost::json::kind::object:
      for (const auto& entry : value.get_object()) {
        if (HasDouble(entry.value())) return true;
      }
      return false;
    default:
      return false;
  }
}

}  // namespace

domain::Result<std::string> Canonical(const Event& event) {
  internal::CanonicalWriter writer;
  std::string out;
  out.reserve(256);
  if (auto status = writer.WriteEvent(event, out); !status) {
    return domain::Fail(std::move(status.error()));
  }
  return out;
}

std::string ChainHash(std::string_view prev_hash_hex, std::string_view canonical) {
  internal::HashHex hex;
  if (!internal::ChainHashInto(prev_hash_hex, canonical, hex)) return {};
  return std::string(internal::View(hex));
}

domain::Status Seal(Event& event, std::int64_t head_seq, std::string_view head_hash) {
  if (head_seq < 0) {
    return domain::Fail(
        domain::Error::Internal("chain head seq is negative: " + std::to_string(head_seq)));
  }
  if (head_seq > 0 && !IsHash(head_hash)) {
    return domain::Fail(domain::Error::Internal("chain head hash is not 64 lowercase hex digits"));
  }
  // Compute into locals first, so a failure leaves `event` as the caller passed it.
  const std::int64_t seq = head_seq + 1;
  const std::string_view prev = head_seq == 0 ? kGenesisHash : head_hash;
  const std::int64_t old_seq = event.seq;
  event.seq = seq;
  auto canonical = Canonical(event);
  if (!canonical) {
    event.seq = old_seq;
    return domain::Fail(std::move(canonical.error()));
  }
  event.prev_hash.assign(prev);
  event.hash = ChainHash(prev, *canonical);
  return {};
}

bool IsHash(std::string_view hex) {
  internal::HashRaw ignored;
  return internal::DecodeHash(hex, ignored);
}

domain::Result<std::string> CanonicalPayload(const boost::json::object& payload) {
  internal::CanonicalWriter writer;
  std::string out;
  if (auto status = writer.WriteObject(payload, out); !status) {
    return domain::Fail(std::move(status.error()));
  }
  return out;
}

domain::Result<boost::json::object> ParsePayload(std::string_view json) {
  boost::json::parse_options options;  // strict: no comments, no trailing commas, valid UTF-8
  boost::system::error_code ec;
  boost::json::value value;
  try {
    value = boost::json::parse(boost::json::string_view(json.data(), json.size()), ec, {}, options);
  } catch (const std::exception& e) {  // allocation failure; keep exceptions inside the layer
    return domain::Fail(domain::Error::Internal(std::string("cannot parse payload: ") + e.what()));
  }
  if (ec) {
    return domain::Fail(domain::Error::Invalid("payload is not valid JSON: " + ec.message()));
  }
  if (!value.is_object()) {
    return domain::Fail(domain::Error::Invalid("payload is not a JSON object"));
  }
  if (HasDouble(value)) {
    return domain::Fail(domain::Error::Invalid(
        "payload contains a number that is not an integer (or does not fit 64 bits)"));
  }
  return std::move(value.get_object());
}

}  // namespace stip::ledger
