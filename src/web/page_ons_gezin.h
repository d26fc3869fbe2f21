// Internal to src/web: the handlers of the family's own pages (page_ons_gezin.cpp), put in the
// route table by pages.cpp (AddFamilyPageRoutes) and AddDemoRoutes.
#pragma once

#include <functional>
#include <vector>

#include "app/outbox.h"
#include "app/stip.h"
#include "http/message.h"

namespace stip::web {

http::Response CodeLoginForm(const http::Request& req);
http::Response CodeRequestSubmit(app::Stip& stip, const http::Request& req);
http::Response CodeLoginSubmit(app::Stip& stip, const http::Request& req);
// `print`: the printable copy (logged as "export").
http::Response OnsGezinPage(app::Stip& stip, const http::Request& req, bool print);
// "Ons gezin" again after a card form (reaction, objection) came back with problems.
struct CardForm;
http::Response OnsGezinWithForm(app::Stip& stip, const http::Request& req, unsigned status,
                                const CardForm& typed);
// The forms on the cards of "Ons gezin" (page_entry_actions.cpp).
http::Response ReactSubmit(app::Stip& stip, const http::Request& req);
http::Response ObjectSubmit(app::Stip& stip, const http::Request& req);
http::Response OnsGezinDownload(app::Stip& stip, const http::Request& req);
http::Response FamilyAccessLogPage(app::Stip& stip, const http::Request& req);
http::Response DemoOutboxPage(const std::function<std::vector<app::Mail>()>& read,
                              const http::Request& req);

}  // namespace stip::web
