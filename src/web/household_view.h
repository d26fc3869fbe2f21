// How the household's changes and the professionals involved read on a page (issue 10): shared
// by the professionals' household page and the family's "Ons gezin".
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/stip.h"
#include "domain/reads.h"
#include "web/render.h"

namespace stip::web {

// One change as a plain sentence: "Noor hoort nu bij het gezin (kind)."
std::string ChangeSentence(std::string_view locale, const domain::HouseholdChange& change,
                           const std::map<std::string, std::string>& names);

// A list of {text, reason, by} for the templates, newest first.
Data ChangesData(std::string_view locale, const std::vector<domain::HouseholdChange>& changes,
                 const std::map<std::string, std::string>& names);

// One professional involved now: {user_id, name, role, team, since}.
Data InvolvedRow(std::string_view locale, const app::InvolvedProfessional& involved);
// The list of InvolvedRow of everyone involved now.
Data InvolvedData(std::string_view locale, const std::vector<app::InvolvedProfessional>& involved);

}  // namespace stip::web
