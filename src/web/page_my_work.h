// "Mijn werk" (issue 10 item 7): the professional's page of what is due in their files.
// Internal to src/web; pages.cpp puts it in the route table.
#pragma once

#include "app/stip.h"
#include "http/message.h"
#include "web/render.h"

namespace stip::web {

// GET /mijn-werk?weken=N&pagina=P (a wrong N or P: the page with defaults and the error, 400).
http::Response MyWorkPage(app::Stip& stip, const http::Request& req);
// Issue 10 item 6: the lead's answers on Mijn werk to requests to join (decline: toelichting);
// asking is on the match screen (AskToJoinSubmit in page_handlers.h).
http::Response AcceptJoinRequestSubmit(app::Stip& stip, const http::Request& req);
http::Response DeclineJoinRequestSubmit(app::Stip& stip, const http::Request& req);
// GET /mijn-werk/team?weken=N: the team lead's caseload per professional (counts only).
http::Response TeamWorkPage(app::Stip& stip, const http::Request& req);
// POST /beheer/teams/{id}/teamleider (teamleider, reden): an administrator names the team lead.
http::Response AdminTeamLeadSubmit(app::Stip& stip, const http::Request& req);
// Issue 10 item 8: the family member's choice of a mail when something new is written ("Ons
// gezin"), and its form's handler POST /ons-gezin/meldingen (mail=aan|uit).
Data EntryMailSection(app::Stip& stip, const http::Request& req);
http::Response EntryMailSubmit(app::Stip& stip, const http::Request& req);
// The professional's digest choice on "Mijn account", and POST /mijn-account/overzicht
// (frequentie=daily|weekly|off).
Data DigestSection(app::Stip& stip, const http::Request& req);
http::Response DigestSubmit(app::Stip& stip, const http::Request& req);

// The team lead form on the administrator's page for one team: the current lead, a choice of
// the team's professionals (or no one) and a reason.
Data TeamLeadForm(std::string_view locale, const std::string& team_id,
                  const std::vector<domain::TeamLead>& leads,
                  const std::vector<const app::Professional*>& members);

}  // namespace stip::web
