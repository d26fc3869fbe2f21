// Parsing a request body as JSON that means one thing to every reader: an object naming the same
// key twice is refused, because RFC 8259 leaves duplicates to the reader (first or last wins).
#pragma once

#include <string>
#include <string_view>

#include <boost/json/value.hpp>
#include <tl/expected.hpp>

namespace stip::http {

// `text` as one JSON value, or an English sentence saying what is wrong and where: not JSON
// (with the parser's reason and the byte offset), or a key named twice in one object.
tl::expected<boost::json::value, std::string> ParseStrictJson(std::string_view text);

}  // namespace stip::http
