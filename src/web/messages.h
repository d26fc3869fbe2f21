// The message catalogue: every word a person reads on a page, in Dutch (first) and English.
// Dutch texts are written at language level B1 (DESIGN.md §2 rule 10).
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace stip::web {

struct Message {
  std::string_view key;
  std::string_view nl;
  std::string_view en;
};

// All messages, in no particular order. Tests check that both locales fill every key.
std::span<const Message> Catalogue();

// "en" when the request asked for English; Dutch for anything else.
std::string_view NormalLocale(std::string_view locale);

inline constexpr std::string_view kMissingMessage = "??missing message??";

// The text for `key` in `locale`. An unknown key gives kMissingMessage, so that a missing
// message is visible on the page and in tests instead of an empty spot.
std::string_view Text(std::string_view locale, std::string_view key);

// Replaces {name} placeholders in `pattern`; unknown placeholders stay as they are. Values are
// plain text: the templates escape the result.
std::string Fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values);
// The same with values known only at run time (a field error's parameters).
std::string Fill(std::string_view pattern,
                 std::span<const std::pair<std::string_view, std::string_view>> values);

}  // namespace stip::web
