// Turns the app's field errors (a stable code, its parameters and the field's path) into
// sentences from the message catalogue, in the reader's language.
#pragma once

#include <string>
#include <string_view>

#include "domain/error.h"

namespace stip::web {

// `label` names the field as the form shows it ("Naam van gezinslid 2"). A code without a text
// of its own gets a general "check this" sentence, never the app's English.
std::string LocalizeFieldError(std::string_view locale, std::string_view label,
                               const domain::FieldError& error);

// The catalogue key for `error` (for the test that every code has a text in both languages).
std::string_view FieldErrorKey(const domain::FieldError& error);

}  // namespace stip::web
