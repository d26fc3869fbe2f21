// How the handover of the fixed face reads on a page (issue 10): shared by the family's
// "Ons gezin" and the professionals' household page, in plain Dutch (B1).
#pragma once

#include <string_view>

#include "app/stip.h"
#include "web/render.h"

namespace stip::web {

// {pending: {text, why, how} or false, last: {text, why} or false, counts}: who the next fixed
// face will be and why (before it takes effect), who it became, and how often it changed.
Data FixedFaceData(std::string_view locale, const app::FixedFaceHistory& history);

// Why the fixed face changes, as a sentence: "Waarom: het gezin is verhuisd. <words>"
std::string HandoverWhy(std::string_view locale, const domain::Handover& handover);

}  // namespace stip::web
