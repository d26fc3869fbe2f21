#include "ledger/events.h"

#include <boost/json/array.hpp>

namespace stip::ledger::events {

using domain::Code;
using domain::Fail;

namespace {

// Missing and null read the same: an old event without the field, or one written as null.
const boost::json::value* Find(const Event& e, std::string_view key) {
  const auto* value = e.payload.if_contains(key);
  return value == nullptr || value->is_null() ? nullptr : value;
}

std::string Message(std::string_view custom, std::string_view fallback) {
  return std::string(custom.empty() ? fallback : custom);
}

}  // namespace

std::string Where(const Event& e) {
  return "event " + std::to_string(e.seq) + " of " + e.chain + " (" + e.type + ")";
}

domain::Error EventError(Code code, const Event& e, const std::string& what) {
  return {code, Where(e) + ": " + what, {}};
}

domain::Error BadField(const Event& e, std::string_view key, const std::string& what) {
  return {Code::kInvalidArgument,
          Where(e) + ": payload field '" + std::string(key) + "' " + what,
          {{"payload." + std::string(key), what}}};
}

domain::Status CheckEnvelope(const Event& e, std::string_view type, Chain chain) {
  if (e.type != type) {
    return Fail(EventError(Code::kInvalidArgument, e, "cannot be read as " + std::string(type)));
  }
  const bool on_system = e.chain == kSystemChain;
  if ((chain == Chain::kSystem) != on_system) {
    return Fail(EventError(Code::kInvalidArgument, e,
                           chain == Chain::kSystem ? "belongs on the system chain"
                                                   : "belongs on a family chain, not on system"));
  }
  return {};
}

domain::Status ReadField(const Event& e, const FieldSpec& spec, std::string& out) {
  const auto* value = Find(e, spec.name);
  if (value == nullptr) {
    if (spec.presence == Presence::kRequired) return Fail(BadField(e, spec.name, "is required"));
    out.clear();
    return {};
  }
  if (!value->is_string()) {
    return Fail(BadField(e, spec.name, Message(spec.wrong_type, "must be a string")));
  }
  const auto& s = value->get_string();
  if (spec.presence == Presence::kRequired && s.empty()) {
    return Fail(BadField(e, spec.name, "must not be empty"));
  }
  out.assign(s.data(), s.size());
  return {};
}

domain::Status ReadField(const Event& e, const FieldSpec& spec, bool& out) {
  const auto* value = Find(e, spec.name);
  if (value == nullptr) {
    if (spec.presence == Presence::kRequired) return Fail(BadField(e, spec.name, "is required"));
    out = false;
    return {};
  }
  if (!value->is_bool()) {
    return Fail(BadField(e, spec.name, Message(spec.wrong_type, "must be true or false")));
  }
  out = value->get_bool();
  return {};
}

domain::Status ReadField(const Event& e, const FieldSpec& spec, std::vector<std::string>& out) {
  out.clear();
  const auto* value = Find(e, spec.name);
  if (value == nullptr) {
    if (spec.presence == Presence::kRequired) return Fail(BadField(e, spec.name, "is required"));
    return {};
  }
  if (!value->is_array()) {
    return Fail(BadField(e, spec.name, Message(spec.wrong_type, "must be an array")));
  }
  const auto& items = value->get_array();
  out.reserve(items.size());
  for (const auto& item : items) {
    if (!item.is_string()) {
      return Fail(BadField(e, spec.name, Message(spec.wrong_item, "must hold strings")));
    }
    out.emplace_back(item.get_string().data(), item.get_string().size());
  }
  return {};
}

domain::Status ReadField(const Event& e, const FieldSpec& spec, std::optional<std::string>& out) {
  out.reset();
  const auto* value = Find(e, spec.name);
  if (value == nullptr) {
    if (spec.presence == Presence::kRequired) return Fail(BadField(e, spec.name, "is required"));
    return {};
  }
  if (!value->is_string()) {
    return Fail(BadField(e, spec.name, Message(spec.wrong_type, "must be a string")));
  }
  out.emplace(value->get_string().data(), value->get_string().size());
  return {};
}

void WriteField(boost::json::object& payload, const FieldSpec& spec, const std::string& value) {
  if (spec.presence == Presence::kIfSet && value.empty()) return;
  payload[spec.name] = value;
}

void WriteField(boost::json::object& payload, const FieldSpec& spec, bool value) {
  if (spec.presence == Presence::kIfSet && !value) return;
  payload[spec.name] = value;
}

void WriteField(boost::json::object& payload, const FieldSpec& spec,
                const std::vector<std::string>& value) {
  if (spec.presence == Presence::kIfSet && value.empty()) return;
  boost::json::array items;
  items.reserve(value.size());
  for (const auto& item : value) items.emplace_back(item);
  payload[spec.name] = std::move(items);
}

void WriteField(boost::json::object& payload, const FieldSpec& spec,
                const std::optional<std::string>& value) {
  if (!value) return;
  payload[spec.name] = *value;
}

}  // namespace stip::ledger::events
