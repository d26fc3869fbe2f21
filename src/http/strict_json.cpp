#include "http/strict_json.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>

namespace stip::http {
namespace {

namespace json = boost::json;
using boost::system::error_code;

// Builds the value as boost::json::parser does (a value_stack) and remembers the keys of every
// open object; value_stack alone would keep the last of two equal keys without a word.
class StrictHandler {
 public:
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);

  StrictHandler() { stack.reset(); }

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_array_begin(error_code&) { return true; }
  bool on_array_end(std::size_t n, error_code&) {
    stack.push_array(n);
    return true;
  }
  bool on_object_begin(error_code&) {
    object_starts_.push_back(keys_.size());
    return true;
  }
  bool on_object_end(std::size_t n, error_code& ec) {
    // Sorting once per object keeps a body with many keys at n log n, not n squared.
    const auto begin = keys_.begin() + static_cast<std::ptrdiff_t>(object_starts_.back());
    object_starts_.pop_back();
    std::sort(begin, keys_.end());
    if (auto twice = std::adjacent_find(begin, keys_.end()); twice != keys_.end()) {
      duplicate = *twice;
      ec = make_error_code(boost::system::errc::invalid_argument);
      return false;
    }
    keys_.erase(begin, keys_.end());
    stack.push_object(n);
    return true;
  }
  bool on_key_part(json::string_view s, std::size_t, error_code&) {
    stack.push_chars(s);
    key_.append(s.data(), s.size());
    return true;
  }
  bool on_key(json::string_view s, std::size_t, error_code&) {
    stack.push_key(s);
    key_.append(s.data(), s.size());
    keys_.push_back(std::move(key_));
    key_.clear();
    return true;
  }
  bool on_string_part(json::string_view s, std::size_t, error_code&) {
    stack.push_chars(s);
    return true;
  }
  bool on_string(json::string_view s, std::size_t, error_code&) {
    stack.push_string(s);
    return true;
  }
  bool on_number_part(json::string_view, error_code&) { return true; }
  bool on_int64(std::int64_t i, json::string_view, error_code&) {
    stack.push_int64(i);
    return true;
  }
  bool on_uint64(std::uint64_t u, json::string_view, error_code&) {
    stack.push_uint64(u);
    return true;
  }
  bool on_double(double d, json::string_view, error_code&) {
    stack.push_double(d);
    return true;
  }
  bool on_bool(bool b, error_code&) {
    stack.push_bool(b);
    return true;
  }
  bool on_null(error_code&) {
    stack.push_null();
    return true;
  }
  bool on_comment_part(json::string_view, error_code&) { return true; }
  bool on_comment(json::string_view, error_code&) { return true; }

  json::value_stack stack;
  std::string duplicate;  // the first key found twice in one object

 private:
  std::vector<std::string> keys_;           // the keys of every open object, innermost last
  std::vector<std::size_t> object_starts_;  // where each open object's keys begin in keys_
  std::string key_;                         // a key arriving in parts
};

}  // namespace

tl::expected<json::value, std::string> ParseStrictJson(std::string_view text) {
  json::basic_parser<StrictHandler> parser{json::parse_options{}};
  error_code ec;
  const std::size_t consumed = parser.write_some(false, text.data(), text.size(), ec);
  if (!parser.handler().duplicate.empty()) {
    return tl::unexpected("The key \"" + parser.handler().duplicate +
                          "\" appears twice in one object; send each key once.");
  }
  if (!ec && consumed < text.size()) ec = json::error::extra_data;
  if (ec) {
    return tl::unexpected("The body is not valid JSON: " + ec.message() + " at offset " +
                          std::to_string(consumed) + ".");
  }
  return parser.handler().stack.release();
}

}  // namespace stip::http
