// How emergency access (noodtoegang, issue 10 item 4) reads on a page: every use of a file with
// who, when, why and the team lead's judgement, in plain Dutch (B1). Shared by the family's
// "Wie las ons dossier" and the professionals' access-log page.
#pragma once

#include <string_view>
#include <vector>

#include "app/stip.h"
#include "web/render.h"

namespace stip::web {

// Who reads the uses: the family on "Wie las ons dossier", or the professionals on the file's
// access log (each its own intro, true for that reader).
enum class UsesReader { kFamily, kProfessional };

// {title, intro, uses: [{line, reason, until, review, waits}]} or false when there are none.
Data EmergencyUsesData(std::string_view locale, const std::vector<app::EmergencyUseView>& uses,
                       UsesReader reader);

}  // namespace stip::web
