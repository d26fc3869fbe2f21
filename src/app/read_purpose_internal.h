// Why a professional reads (issue 10 item 9), shared by every read that is logged with a
// purpose: the family file, its access log and the safety map.
#pragma once

#include <string>

#include "app/stip.h"
#include "domain/read_purpose.h"

namespace stip::app {

// Empty is the usual help; otherwise one of the purposes a professional may choose. Emergency
// access is never chosen: it comes with breaking the glass (see PurposeOfRead).
Result<domain::ReadPurpose> CheckPurpose(const std::string& purpose);

// The purpose written on the access log: a family member reads their own file, and a read by
// emergency access always reads as such, whatever was chosen.
std::string PurposeOfRead(const Principal& who, const std::string& role,
                          domain::ReadPurpose chosen);

}  // namespace stip::app
