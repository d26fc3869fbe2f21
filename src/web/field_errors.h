// Turns the app's field errors (stable field paths, English fragments such as "is required and
// may not be empty") into sentences from the message catalogue, in the reader's language.
#pragma once

#include <string>
#include <string_view>

#include "domain/error.h"

namespace stip::web {

// `label` names the field as the form shows it ("Naam van gezinslid 2"). Unrecognised problems
// get a general "check this" sentence rather than the app's English.
std::string LocalizeFieldError(std::string_view locale, std::string_view label,
                               const domain::FieldError& error);

}  // namespace stip::web
