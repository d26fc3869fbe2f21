// Issue 11 item 6: an item of the safety map, the plan, a meeting or a child's own words with
// its withholdings, as the pages show it: for the family member it is withheld from, a
// placeholder (the ground in plain words, the reason, until when, and how to object) and never
// the words; for a professional who it is withheld from and a link to withhold it.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/stip.h"
#include "domain/access.h"
#include "domain/model.h"
#include "http/message.h"
#include "web/render.h"

namespace stip::web {

// What every withheld item on one page shares: who reads the page (a family member sees
// placeholders, a professional whom it is withheld from), the names of the file's people, the
// family's page to return to after an objection (/ons-gezin/...), and the reader's own
// objections (a placeholder shows the reader's objection and its answer).
struct WithheldPage {
  std::string_view locale;
  bool family_viewer = false;
  const std::map<std::string, std::string>* names = nullptr;
  std::string family_id;
  std::string back;
  std::vector<domain::Objection> own_objections = {};
};

// The page's context; loads the reader's own objections when `family_viewer`.
WithheldPage WithheldPageOf(app::Stip& stip, const http::Request& req, bool family_viewer,
                            const std::map<std::string, std::string>& names,
                            const std::string& family_id, std::string back);

// The page data of item `item_id`: "hidden" (a member: show no words), "placeholders" (a
// member's, each with the member's objection or the form to object), "held" (a professional's
// lines) and "withhold_href" (a professional: the page to withhold it and decide on it).
Data WithheldData(const WithheldPage& page, const domain::WithheldItems& items,
                  const std::string& item_id, domain::WithheldKind kind);

// The page to withhold an item: /gezinnen/{id}/achterhouden?soort=<kind>&item=<id>.
std::string WithholdHref(const std::string& family_id, domain::WithheldKind kind,
                         const std::string& item_id);

}  // namespace stip::web
