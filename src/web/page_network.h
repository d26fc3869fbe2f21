// Internal to src/web: the network pages (issue 10, page_network.cpp): the family's page of
// network members and what they see, and the network member's own page (routes in pages.cpp).
#pragma once

#include <string>
#include <vector>

#include "app/stip.h"
#include "http/message.h"
#include "web/page_handlers.h"

namespace stip::web {

// What the family member typed into the invitation form, and what was wrong with it.
struct NetworkForm {
  std::string name;                    // "naam"
  std::string relation;                // "relatie"
  std::string contact;                 // "email"
  std::string valid_until;             // "tot"
  std::vector<std::string> entry_ids;  // "deel-<entry id>" = "ja"
  std::string name_error;
  std::string relation_error;
  std::string contact_error;
  std::string until_error;
  std::string entries_error;
  std::string stop_consent;  // the lead's stop form that failed: its consent, words and error
  std::string stop_reason;
  std::string stop_error;
  std::vector<SummaryLine> summary;
};

http::Response RenderNetwork(app::Stip& stip, const http::Request& req,
                             const std::string& family_id, unsigned status,
                             const NetworkForm& form);
// GET /ons-gezin/naasten (the family) and GET /gezinnen/{id}/naasten (professionals: read only,
// except that the lead may stop a running consent).
http::Response NetworkPage(app::Stip& stip, const http::Request& req);
http::Response FamilyNetworkPage(app::Stip& stip, const http::Request& req);
// POST /ons-gezin/naasten, /ons-gezin/naasten/toestemming/{consent}(/stoppen).
http::Response InviteNetworkSubmit(app::Stip& stip, const http::Request& req);
http::Response ChangeNetworkSubmit(app::Stip& stip, const http::Request& req);
http::Response EndNetworkSubmit(app::Stip& stip, const http::Request& req);
// POST /gezinnen/{id}/naasten/toestemming/{consent}/stoppen: the lead stops a consent, with a
// reason the family reads (the page form of the API's .../consents/{consent}/stop).
http::Response StopNetworkSubmit(app::Stip& stip, const http::Request& req);
// GET /gedeeld: the network member's own page.
http::Response SharedPage(app::Stip& stip, const http::Request& req);

}  // namespace stip::web
