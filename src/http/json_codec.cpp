#include "http/json_codec.h"

#include <algorithm>
#include <charconv>
#include <limits>

#include "http/strict_json.h"

namespace stip::http {
namespace {

std::string Plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

std::string_view KindName(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::null:
      return "null";
    case boost::json::kind::bool_:
      return "a boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_:
      return "a number";
    case boost::json::kind::string:
      return "a string";
    case boost::json::kind::array:
      return "an array";
    case boost::json::kind::object:
      return "an object";
  }
  return "something else";
}

// The JSON kind as the `actual` parameter of a kWrongType field error ("number", not "a number").
std::string_view BareKindName(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::null:
      return "null";
    case boost::json::kind::bool_:
      return "boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_:
      return "number";
    case boost::json::kind::string:
      return "string";
    case boost::json::kind::array:
      return "array";
    case boost::json::kind::object:
      return "object";
  }
  return "unknown";
}

// "must be <what>, not <a kind>": a value of the wrong JSON kind.
domain::Problem WrongType(std::string_view expected, std::string_view what,
                          const boost::json::value& v) {
  return {domain::FieldCode::kWrongType,
          "must be " + std::string(what) + ", not " + std::string(KindName(v)),
          {{"expected", std::string(expected)}, {"actual", std::string(BareKindName(v))}}};
}

Response BadBody(unsigned status, std::string message) {
  Response r = Response::FromError(domain::Error::Invalid(std::move(message)));
  r.status = status;
  return r;
}

// A non-negative decimal integer with nothing around it; nullopt otherwise.
std::optional<std::int64_t> NonNegative(std::string_view s) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v < 0) return std::nullopt;
  return v;
}

}  // namespace

tl::expected<boost::json::object, Response> ParseJsonObject(const Request& request) {
  if (MediaType(request.Header("content-type")) != "application/json") {
    return tl::unexpected(
        BadBody(415, "Send the body as JSON, with the header Content-Type: application/json."));
  }
  if (request.body.empty()) {
    return tl::unexpected(BadBody(400, "The request body is empty; send a JSON object."));
  }
  auto parsed = ParseStrictJson(request.body);
  if (!parsed) return tl::unexpected(BadBody(400, std::move(parsed.error())));
  boost::json::value value = std::move(*parsed);
  if (!value.is_object()) {
    return tl::unexpected(BadBody(
        400, "The body must be a JSON object ({...}), not " + std::string(KindName(value)) + "."));
  }
  return std::move(value.as_object());
}

ObjectReader::ObjectReader(const boost::json::object& object,
                           std::vector<domain::FieldError>& errors, std::string path)
    : object_(&object), errors_(&errors), path_(std::move(path)) {}

std::string ObjectReader::FieldName(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void ObjectReader::Report(std::string_view key, domain::Problem problem) {
  errors_->emplace_back(FieldName(key), std::move(problem));
}

const boost::json::value* ObjectReader::Find(std::string_view key, bool required) {
  known_.emplace_back(key);
  const auto* v = object_->if_contains(key);
  if ((!v || v->is_null()) && required) {
    Report(key, domain::Required());
    return nullptr;
  }
  return v && !v->is_null() ? v : nullptr;
}

std::string ObjectReader::RequiredString(std::string_view key) {
  const auto* v = Find(key, true);
  if (!v) return {};
  if (!v->is_string()) {
    Report(key, WrongType("string", "a string", *v));
    return {};
  }
  return std::string(v->get_string());
}

std::string ObjectReader::OptionalString(std::string_view key, std::string fallback) {
  const auto* v = Find(key, false);
  if (!v) return fallback;
  if (!v->is_string()) {
    Report(key, WrongType("string", "a string", *v));
    return fallback;
  }
  return std::string(v->get_string());
}

bool ObjectReader::OptionalBool(std::string_view key, bool fallback) {
  const auto* v = Find(key, false);
  if (!v) return fallback;
  if (!v->is_bool()) {
    Report(key, WrongType("boolean", "true or false", *v));
    return fallback;
  }
  return v->get_bool();
}

std::optional<std::int64_t> ObjectReader::OptionalInt(std::string_view key) {
  const auto* v = Find(key, false);
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64() &&
      v->get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return static_cast<std::int64_t>(v->get_uint64());
  }
  Report(key, WrongType("number", "a whole number", *v));
  return std::nullopt;
}

std::vector<ObjectReader> ObjectReader::Objects(std::string_view key, bool required) {
  std::vector<ObjectReader> out;
  const auto* v = Find(key, required);
  if (!v) return out;
  if (!v->is_array()) {
    Report(key, WrongType("array", "an array of objects", *v));
    return out;
  }
  const auto& array = v->get_array();
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string element = FieldName(key) + "[" + std::to_string(i) + "]";
    if (!array[i].is_object()) {
      errors_->emplace_back(element, WrongType("object", "an object", array[i]));
      continue;
    }
    out.emplace_back(array[i].get_object(), *errors_, element);
  }
  return out;
}

void ObjectReader::Finish() {
  std::string allowed;
  for (const auto& k : known_) allowed += (allowed.empty() ? "" : ", ") + k;
  for (const auto& [key, value] : *object_) {
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    Report(key, {domain::FieldCode::kUnknownField,
                 known_.empty() ? "unknown field; this object takes no fields"
                                : "unknown field; the allowed fields are: " + allowed,
                 {{"allowed", known_}}});
  }
}

Response InvalidBody(std::vector<domain::FieldError> fields) {
  const std::size_t n = fields.size();
  return Response::FromError(domain::Error::Invalid(
      "The request body has " + Plural(n, "problem") + "; each is listed in fields.",
      std::move(fields)));
}

std::vector<std::string> TakeStringArray(boost::json::object& body, std::string_view key,
                                         std::vector<domain::FieldError>& errors) {
  std::vector<std::string> out;
  if (const auto* value = body.if_contains(key); value && !value->is_null()) {
    const bool all_strings =
        value->is_array() && std::all_of(value->get_array().begin(), value->get_array().end(),
                                         [](const boost::json::value& v) { return v.is_string(); });
    if (!all_strings) {
      errors.push_back({std::string(key),
                        domain::FieldCode::kWrongType,
                        "must be an array of member ids",
                        {{"expected", "array"}}});
    } else {
      for (const auto& id : value->get_array()) out.emplace_back(id.get_string());
    }
  }
  body.erase(key);
  return out;
}

tl::expected<std::string, Response> ParseSingleString(const Request& request,
                                                      std::string_view key) {
  auto body = ParseJsonObject(request);
  if (!body) return tl::unexpected(std::move(body.error()));
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  std::string value = reader.RequiredString(key);
  reader.Finish();
  if (!problems.empty()) return tl::unexpected(InvalidBody(std::move(problems)));
  return value;
}

domain::Result<domain::Page> PageFromQuery(const Request& request, int max_page) {
  domain::Page page;
  page.limit = std::min(page.limit, max_page);
  std::vector<domain::FieldError> problems;
  if (auto it = request.query.find("before"); it != request.query.end()) {
    if (auto v = NonNegative(it->second)) {
      page.before = *v;
    } else {
      problems.push_back({"before",
                          domain::FieldCode::kOutOfRange,
                          "must be a non-negative whole number (a seq from next_before)",
                          {{"min", std::int64_t{0}}}});
    }
  }
  if (auto it = request.query.find("limit"); it != request.query.end()) {
    auto v = NonNegative(it->second);
    if (v && *v >= 1 && *v <= max_page) {
      page.limit = static_cast<int>(*v);
    } else {
      problems.push_back({"limit",
                          domain::FieldCode::kOutOfRange,
                          "must be a whole number from 1 to " + std::to_string(max_page),
                          {{"min", std::int64_t{1}}, {"max", std::int64_t{max_page}}}});
    }
  }
  if (!problems.empty()) {
    // Build the message first: the argument order of the call below is unspecified.
    std::string message =
        "The query has " + Plural(problems.size(), "bad parameter") + "; see fields.";
    return domain::Fail(domain::Error::Invalid(std::move(message), std::move(problems)));
  }
  return page;
}

}  // namespace stip::http
