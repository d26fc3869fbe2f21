// Internal to src/web: a young person's (16+) consent on "Ons gezin" (page_consent.cpp): the
// section of the page, and the handlers that give and end a consent (routes in pages.cpp).
#pragma once

#include <string>
#include <vector>

#include "app/stip.h"
#include "http/message.h"
#include "web/page_handlers.h"

namespace stip::web {

// What the young person typed into the consent form, and what was wrong with it.
struct ConsentForm {
  std::string member_id;    // "lid": the parent or carer
  std::string valid_until;  // "tot": the last day as typed (30-06-2027 or 2027-06-30), or empty
  std::string member_error;
  std::string until_error;
  std::vector<SummaryLine> summary;
};

// Fills "consent" for templates/ons_gezin.mustache: false when the reader may not give consent
// (the engine's kManageConsent: a young person of 16+), else the running consents and the form.
void SetConsentSection(Data& page, std::string_view locale, const app::FamilyHome& home,
                       const ConsentForm& form, const http::Request& req);

// POST /ons-gezin/toestemming and POST /ons-gezin/toestemming/{consent}/intrekken.
http::Response GiveConsentSubmit(app::Stip& stip, const http::Request& req);
http::Response EndConsentSubmit(app::Stip& stip, const http::Request& req);

}  // namespace stip::web
