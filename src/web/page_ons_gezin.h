// Internal to src/web: the handlers of the family's own pages (page_ons_gezin.cpp), put in the
// route table by pages.cpp (AddFamilyPageRoutes) and AddDemoRoutes.
#pragma once

#include <functional>
#include <vector>

#include "app/outbox.h"
#include "app/stip.h"
#include "http/message.h"
#include "web/page_consent.h"

namespace stip::web {

http::Response CodeLoginForm(const http::Request& req);
http::Response CodeRequestSubmit(app::Stip& stip, const http::Request& req);
http::Response CodeLoginSubmit(app::Stip& stip, const http::Request& req);
// `print`: the printable copy (logged as "export").
http::Response OnsGezinPage(app::Stip& stip, const http::Request& req, bool print);
struct CardForm;
// "Ons gezin" with `status` and the form that came back with problems as typed: the consent
// form, or a card form (reaction, objection) when `typed` is set. The summary goes on top.
http::Response RenderOnsGezin(app::Stip& stip, const http::Request& req, bool print,
                              unsigned status, const ConsentForm& consent_form,
                              const CardForm* typed = nullptr);
// "Ons gezin" again after a card form came back with problems.
http::Response OnsGezinWithForm(app::Stip& stip, const http::Request& req, unsigned status,
                                const CardForm& typed);
// The forms on the cards of "Ons gezin" (page_entry_actions.cpp).
http::Response ReactSubmit(app::Stip& stip, const http::Request& req);
http::Response ObjectSubmit(app::Stip& stip, const http::Request& req);
http::Response OnsGezinDownload(app::Stip& stip, const http::Request& req);
// Issue 13 item 3: the family's own copy as PDF, for the page session and for the API.
http::Response OnsGezinCopyPdf(app::Stip& stip, const http::Request& req);
http::Response ApiFamilyCopyPdf(app::Stip& stip, const http::Request& req);
http::Response FamilyAccessLogPage(app::Stip& stip, const http::Request& req);
http::Response DemoOutboxPage(const std::function<std::vector<app::Mail>()>& read,
                              const http::Request& req);

}  // namespace stip::web
