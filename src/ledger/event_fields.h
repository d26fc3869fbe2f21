// The field lists behind the typed events (events.h): one list per event type, from which both
// the payload it writes and the checks when it is read back come, so the two cannot drift apart.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/json/object.hpp>

#include "domain/error.h"
#include "ledger/event.h"

namespace stip::ledger::events {

// The chain an event type belongs on: the administration chain "system" or a family's chain.
enum class Chain { kSystem, kFamily };

// When a field is written and what reading it accepts. Every existing ledger was written by
// these rules, so they only ever grow: a new field of an old type is never kRequired.
enum class Presence {
  // Always written. Reading: present and not null, of the right type; a string not empty.
  kRequired,
  // Always written, maybe as "" or false. Reading: missing or null reads as ""/false/[].
  kOptional,
  // Written only when set (a non-empty string or list, true, an engaged optional); read like
  // kOptional. A std::optional field reads a missing or null value as nullopt.
  kIfSet,
};

// The JSON kind of a field, for the catalogue (docs/ledger-format.md §10 and its test).
enum class Kind { kString, kBool, kStringList };

// The part of a field that does not depend on its struct.
struct FieldSpec {
  std::string_view name;
  Presence presence = Presence::kRequired;
  // The message for a value of the wrong JSON type, when not the kind's default ("must be a
  // string", "must be true or false", "must be an array").
  std::string_view wrong_type = {};
  // For a list: the message for an item that is not a string (default "must hold strings").
  std::string_view wrong_item = {};
};

// One field: its spec and the struct member it lives in.
template <typename T, typename M>
struct Field {
  FieldSpec spec;
  M T::*member;
};

template <typename T, typename M>
constexpr Field<T, M> Required(std::string_view name, M T::*member) {
  return {{name, Presence::kRequired}, member};
}
template <typename T, typename M>
constexpr Field<T, M> Optional(std::string_view name, M T::*member) {
  return {{name, Presence::kOptional}, member};
}
template <typename T, typename M>
constexpr Field<T, M> IfSet(std::string_view name, M T::*member, std::string_view wrong_type = {},
                            std::string_view wrong_item = {}) {
  return {{name, Presence::kIfSet, wrong_type, wrong_item}, member};
}

// --- errors: the same words the projectors have always used ---------------------------------

// "event 3 of fam_x (member.added)".
std::string Where(const Event& e);

// An error with `code` about event `e`: "<Where>: <what>".
domain::Error EventError(domain::Code code, const Event& e, const std::string& what);

// InvalidArgument about one payload field, with the field ("payload.<key>") in the details:
// "event 3 of fam_x (member.added): payload field 'name' is required".
domain::Error BadField(const Event& e, std::string_view key, const std::string& what);

// --- one field, by member type (events.cpp) --------------------------------------------------

domain::Status ReadField(const Event& e, const FieldSpec& spec, std::string& out);
domain::Status ReadField(const Event& e, const FieldSpec& spec, bool& out);
domain::Status ReadField(const Event& e, const FieldSpec& spec, std::vector<std::string>& out);
domain::Status ReadField(const Event& e, const FieldSpec& spec, std::optional<std::string>& out);

void WriteField(boost::json::object& payload, const FieldSpec& spec, const std::string& value);
void WriteField(boost::json::object& payload, const FieldSpec& spec, bool value);
void WriteField(boost::json::object& payload, const FieldSpec& spec,
                const std::vector<std::string>& value);
void WriteField(boost::json::object& payload, const FieldSpec& spec,
                const std::optional<std::string>& value);

// The type and chain of `e` before its fields are read: the type must be `type` (a caller's
// mistake otherwise), the chain must be the one `chain` says ("belongs on the system chain").
domain::Status CheckEnvelope(const Event& e, std::string_view type, Chain chain);

// --- a whole event ---------------------------------------------------------------------------

// The payload of `value`, as the app has always written it; the canonical writer sorts it.
template <typename T>
boost::json::object Encode(const T& value) {
  boost::json::object payload;
  std::apply(
      [&](const auto&... field) { (WriteField(payload, field.spec, value.*field.member), ...); },
      T::Fields());
  return payload;
}

// Reads `e` as a T: its type, its chain, then its fields in list order; the first problem is
// the error, worded as the projectors have always worded it.
template <typename T>
domain::Result<T> Decode(const Event& e) {
  if (auto status = CheckEnvelope(e, T::kType, T::kChain); !status) {
    return domain::Fail(std::move(status.error()));
  }
  T out;
  domain::Status status;
  std::apply(
      [&](const auto&... field) {
        ((status = ReadField(e, field.spec, out.*field.member)) && ...);
      },
      T::Fields());
  if (!status) return domain::Fail(std::move(status.error()));
  return out;
}

// --- the catalogue ---------------------------------------------------------------------------

template <typename M>
constexpr Kind KindOf() {
  if constexpr (std::is_same_v<M, bool>) {
    return Kind::kBool;
  } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
    return Kind::kStringList;
  } else {
    static_assert(std::is_same_v<M, std::string> || std::is_same_v<M, std::optional<std::string>>,
                  "a payload field is a string, a bool, a list of strings or an optional string");
    return Kind::kString;
  }
}

struct FieldInfo {
  std::string_view name;
  Presence presence;
  Kind kind;
};

struct TypeInfo {
  std::string_view type;
  Chain chain;
  std::span<const FieldInfo> fields;
};

template <typename T, typename M>
constexpr FieldInfo InfoOf(const Field<T, M>& field) {
  return {field.spec.name, field.spec.presence, KindOf<M>()};
}

template <typename T>
inline constexpr auto kFieldInfo = std::apply(
    [](const auto&... field) { return std::array<FieldInfo, sizeof...(field)>{InfoOf(field)...}; },
    T::Fields());

template <typename T>
constexpr TypeInfo InfoOf() {
  return {T::kType, T::kChain, kFieldInfo<T>};
}

}  // namespace stip::ledger::events
