// The JSON API of docs/api.md: every /api/v1 route plus /healthz and /metrics, as Route entries.
// Handlers only adapt: decode JSON -> one app::Stip call -> encode JSON.
#pragma once

#include <span>

#include <boost/json/object.hpp>

#include "app/stip.h"
#include "domain/time.h"
#include "http/message.h"
#include "http/metrics.h"
#include "http/router.h"

namespace stip::http {

// Registers the API routes. `clock` is used for members' ages and should be the clock app::Stip
// runs on; the three-argument form uses the system clock. All references must outlive `router`.
void AddApiRoutes(Router& router, app::Stip& stip, Metrics& metrics, const domain::Clock& clock);
void AddApiRoutes(Router& router, app::Stip& stip, Metrics& metrics);

// The family's download as an attachment ("stip-ons-gezin.json"): the JSON of
// /api/v1/families/{id}/export, also handed out by the HTML front-end at /ons-gezin/download.json
// so that the web pages never encode JSON themselves.
// With `records` (the safety map, plan, meetings, decisions, measures and the children's own
// words), each part as the member reads it on its own route, or null where they may not.
// `own`: the member's own objections, shown beside the withholdings of the parts as on their
// own routes (Stip::OwnObjections).
Response FamilyDownload(const app::FamilyHome& home, const app::FamilyRecords& records,
                        std::span<const domain::Objection> own = {});

// The OpenAPI 3.0.3 document for the API routes in `router` (paths under /api/ and the ops
// routes), built from the route table so that it cannot drift from what is served.
boost::json::object OpenApiDocument(const Router& router);

// Route names without an OpenAPI description (should be empty; a unit test checks it).
std::vector<std::string> UndocumentedApiRoutes(const Router& router);

}  // namespace stip::http
