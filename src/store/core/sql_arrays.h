// Array literals for one `$n::text[]`, `$n::bigint[]` or `$n::boolean[]` parameter, so that one
// PostgreSQL statement can write many rows (INSERT ... SELECT FROM unnest(...)) and stay prepared.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace stip::store::core {

// Every element quoted, with " and \ escaped by a backslash: no other byte is special inside
// quotes, so any string (empty, with commas, braces or "NULL") reads back unchanged.
std::string TextArray(std::span<const std::string> values);
std::string IntArray(std::span<const std::int64_t> values);
std::string BoolArray(const std::vector<bool>& values);

}  // namespace stip::store::core
