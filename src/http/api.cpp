#include "http/api.h"

#include "app/system.h"
#include "http/api_internal.h"

namespace stip::http {
using boost::beast::http::verb;

void AddApiRoutes(Router& router, app::Stip& stip, Metrics& metrics, const domain::Clock& clock) {
  // Liveness only: answers without touching the database, so a slow disk does not get the
  // process restarted; from memory, so on the I/O thread.
  router.Add({verb::get, "/healthz", "ops.healthz", false, Auth::kPublic,
              [](Request&) { return Response::Text(200, "ok", "text/plain; charset=utf-8"); },
              /*on_io_thread=*/true});
  router.Add({verb::get, "/metrics", "ops.metrics", false, Auth::kPublic, [&metrics](Request&) {
                return Response::Text(200, metrics.Render(),
                                      "text/plain; version=0.0.4; charset=utf-8");
              }});
  // The document is built from the route table at request time, when every route is in.
  const Router* table = &router;
  router.Add({verb::get, "/api/v1/openapi.json", "api.openapi", false, Auth::kPublic,
              [table](Request&) { return Response::Json(200, OpenApiDocument(*table)); }});
  api::AddAccountRoutes(router, stip);
  api::AddFamilyRoutes(router, stip, clock);
  api::AddReactionRoutes(router, stip);  // issue 3: reactions, corrections, withholding
  api::AddFamilyAccountRoutes(router, stip);
  api::AddPlainLanguageRoutes(router, stip);     // issue 3: advice for writers
  api::AddHouseholdRoutes(router, stip, clock);  // issue 10: the household and involvements
  api::AddEmergencyRoutes(router, stip);         // issue 10 item 4: emergency access
  api::AddHandoverRoutes(router, stip);          // issue 10: the handover of the fixed face
  api::AddSafetyMapRoutes(router, stip);         // issue 11: the safety map
  api::AddChildVoiceRoutes(router, stip);        // issue 11 item 5: the child's own words
  api::AddPlanRoutes(router, stip);              // issue 11 item 2: the family's own plan
  api::AddMeetingRoutes(router, stip);           // issue 11: meetings and feedback
  api::AddDecisionRoutes(router, stip);          // issue 12: decisions, second opinion
  api::AddMeasureRoutes(router, stip);           // issue 12 item 3: court measures
  api::AddRetentionRoutes(router, stip);         // issue 14 item 3: retention, legal hold
  api::AddAdminRoutes(router, stip);             // issue 14: professional accounts
  api::AddMyWorkRoutes(router, stip);            // issue 10 item 7: my work
  api::AddNetworkRoutes(router, stip);           // issue 10: network members
  api::AddKnownElsewhereRoutes(router, stip);    // issue 10 item 6: al bekend?
}

void AddApiRoutes(Router& router, app::Stip& stip, Metrics& metrics) {
  static const app::SystemClock kSystemClock;
  AddApiRoutes(router, stip, metrics, kSystemClock);
}

}  // namespace stip::http
