// Issue 11 item 6: an item of the safety map, the plan, a meeting or a child's own words with
// its withholdings, as the pages show it: for the family member it is withheld from, a
// placeholder (the ground in plain words, the reason, until when, and how to object) and never
// the words; for a professional who it is withheld from and a link to withhold it.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "domain/access.h"
#include "web/render.h"

namespace stip::web {

// The page data of item `item_id`: "hidden" (a member: show no words), "placeholders" (a
// member's), "held" (a professional's lines) and "withhold_href" (a professional: the page to
// withhold it). `back`: the family's page to return to after an objection (/ons-gezin/...).
Data WithheldData(std::string_view locale, const domain::WithheldItems& items,
                  const std::string& item_id, domain::WithheldKind kind, bool family_viewer,
                  const std::map<std::string, std::string>& names, const std::string& family_id,
                  const std::string& back);

// The page to withhold an item: /gezinnen/{id}/achterhouden?soort=<kind>&item=<id>.
std::string WithholdHref(const std::string& family_id, domain::WithheldKind kind,
                         const std::string& item_id);

}  // namespace stip::web
