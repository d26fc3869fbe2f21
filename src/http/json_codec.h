// Strict decoding of JSON request bodies. Every problem (unknown field, wrong type, missing
// field) is collected, so that one 400 response lists them all and the client fixes them at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>
#include <tl/expected.hpp>

#include "domain/error.h"
#include "domain/reads.h"
#include "http/message.h"

namespace stip::http {

// The body of `request` as a JSON object, or the response to send instead: 415 when the
// Content-Type is not application/json, 400 when the body is empty, not valid JSON (with the
// reason and the byte offset) or not an object.
tl::expected<boost::json::object, Response> ParseJsonObject(const Request& request);

// Reads the fields of one JSON object and records what is wrong with them in a shared list.
// Every field the caller asks for counts as known; Finish() reports the rest as unknown.
class ObjectReader {
 public:
  // `path` prefixes field names in errors: "" for the body, "members[1]" for an element.
  ObjectReader(const boost::json::object& object, std::vector<domain::FieldError>& errors,
               std::string path = {});

  std::string RequiredString(std::string_view key);
  // Absent or null -> `fallback`.
  std::string OptionalString(std::string_view key, std::string fallback = {});
  bool OptionalBool(std::string_view key, bool fallback);
  // A whole number (JSON integer); absent or null -> nullopt. Issue 14 (a token's lifetime).
  std::optional<std::int64_t> OptionalInt(std::string_view key);
  // An array whose elements must all be objects; one reader per element. Absent -> empty
  // (and "is required" when `required`).
  std::vector<ObjectReader> Objects(std::string_view key, bool required);

  // Adds an "unknown field" error for every key that was never asked for.
  void Finish();

 private:
  const boost::json::value* Find(std::string_view key, bool required);
  std::string FieldName(std::string_view key) const;
  void Report(std::string_view key, domain::Problem problem);

  const boost::json::object* object_;
  std::vector<domain::FieldError>* errors_;
  std::string path_;
  std::vector<std::string> known_;
};

// Takes `key` out of `body` (so an ObjectReader over the rest does not see it): an array of
// strings (member ids), absent or null -> empty; anything else is a kWrongType error on `key`.
std::vector<std::string> TakeStringArray(boost::json::object& body, std::string_view key,
                                         std::vector<domain::FieldError>& errors);

// The body of `request` when it is a JSON object with exactly one field, the required string
// `key`: its value, or the response to send instead (as ParseJsonObject, or InvalidBody).
tl::expected<std::string, Response> ParseSingleString(const Request& request, std::string_view key);

// 400 invalid_argument listing `fields` (from ObjectReader) in one response.
Response InvalidBody(std::vector<domain::FieldError> fields);

// `?before=SEQ&limit=N`: non-negative integers, limit between 1 and `max_page` (default 50, or
// `max_page` when that is smaller). Every bad parameter is listed in the error's fields.
domain::Result<domain::Page> PageFromQuery(const Request& request, int max_page);

}  // namespace stip::http
