// Emergency access inside app (issue 10 item 4): what a reader of the access log reads of the
// uses of emergency access of a file.
#pragma once

#include <vector>

#include "app/stip.h"

namespace stip::app {

// The uses `access`'s reader may read. A professional reads every use; a family member reads,
// like an entry about the whole household, only the uses made while they were a member: not
// those from before they joined (a new partner does not read why the file was opened before
// their time), nor those from the day they left (privacy review of issue 10 item 4).
std::vector<EmergencyUseView> UsesForReader(const Access& access,
                                            std::vector<EmergencyUseView> uses);

}  // namespace stip::app
