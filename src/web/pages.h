// The HTML front-end of Stip: Dutch-first pages that work without JavaScript. Each page
// handler parses the request, makes one app::Stip call and renders a template.
#pragma once

#include "app/stip.h"
#include "domain/time.h"
#include "http/message.h"
#include "http/router.h"

namespace stip::web {

// Registers every page route and GET /assets/{name}. `stip` (and `clock`) must outlive the
// router. The clock decides "today" for ages on the family page; the two-argument form uses
// the system clock.
void AddPageRoutes(http::Router& router, app::Stip& stip);
void AddPageRoutes(http::Router& router, app::Stip& stip, const domain::Clock& clock);

// A full HTML error page in the request's language for 400, 403, 404, 409, 422, 429, 500 or
// 503 (other statuses get the nearest of these). For the server's own errors on HTML routes,
// e.g. an unknown path or a failed CSRF check.
http::Response ErrorPage(const http::Request& req, unsigned status);

}  // namespace stip::web
