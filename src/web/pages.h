// The HTML front-end of Stip: Dutch-first pages that work without JavaScript. Each page
// handler parses the request, makes one app::Stip call and renders a template.
#pragma once

#include <functional>
#include <vector>

#include "app/outbox.h"
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

// The demo start page (GET /demo, only in demo mode): the file outbox's messages, newest
// first, read through `read_outbox` on every request.
void AddDemoRoutes(http::Router& router, std::function<std::vector<app::Mail>()> read_outbox);

// A full HTML error page in the request's language for 400, 403, 404, 409, 422, 429, 500 or
// 503 (other statuses get the nearest of these). For the server's own errors on HTML routes,
// e.g. an unknown path or a failed CSRF check.
http::Response ErrorPage(const http::Request& req, unsigned status);

}  // namespace stip::web
