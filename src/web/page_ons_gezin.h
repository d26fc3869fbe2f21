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
// "Ons gezin" with `status` and the consent form as typed (its problems in the summary on top).
http::Response RenderOnsGezin(app::Stip& stip, const http::Request& req, bool print,
                              unsigned status, const ConsentForm& consent_form);
http::Response OnsGezinDownload(app::Stip& stip, const http::Request& req);
http::Response FamilyAccessLogPage(app::Stip& stip, const http::Request& req);
http::Response DemoOutboxPage(const std::function<std::vector<app::Mail>()>& read,
                              const http::Request& req);

}  // namespace stip::web
