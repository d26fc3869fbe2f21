// The password rule for professionals' accounts (issue 14): long enough, and not a common
// password or one built from one. Pure code; the list is data (data/common_passwords.txt).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "domain/field_error.h"

namespace stip::domain {

inline constexpr std::size_t kMinPasswordChars = 12;
inline constexpr std::size_t kMaxPasswordChars = 1024;

// True when `password` (compared in lower case) is on the list of common passwords, is one of
// them with digits and punctuation added at the end ("Welkom2024!"), holds nothing but digits
// and punctuation, or uses three different characters or fewer ("aaaaaaaaaaaa").
bool IsCommonPassword(std::string_view password);

// The field error for a new password of the account `username` ("password": kWrongLength or
// kCommonPassword; also common when it holds the username), or nullopt when it may be used.
std::optional<FieldError> CheckNewPassword(std::string_view password, std::string_view username);

}  // namespace stip::domain
