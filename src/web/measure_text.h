// Words for court measures and their deadlines (issue 12 item 3), shared by the measures pages
// and Mijn werk: the message keys by kind (messages_measure.cpp).
#pragma once

#include <string>
#include <string_view>

#include "domain/measure.h"

namespace stip::web {

// "OTS (ondertoezichtstelling)", ... in the reader's language.
std::string MeasureKindText(std::string_view locale, domain::MeasureKind kind);
// What to do by the deadline, for professionals ("Verlenging vragen aan de rechter", ...).
std::string DeadlineText(std::string_view locale, domain::DeadlineKind kind);

}  // namespace stip::web
