// Pieces shared by the JSON API's handler files (api_*.cpp); not for use outside src/http.
// Each Add*Routes registers one group of docs/api.md's endpoints.
#pragma once

#include <stdexcept>
#include <string>

#include <boost/json/object.hpp>

#include "app/stip.h"
#include "domain/time.h"
#include "http/message.h"
#include "http/router.h"

namespace stip::http::api {

// The purpose recorded in the access log when the caller gives none.
inline constexpr const char* kDefaultPurpose = "hulpverlening";

// A query parameter's value, "" when the request has none.
inline std::string QueryValue(const Request& request, const char* key) {
  const auto it = request.query.find(key);
  return it == request.query.end() ? std::string() : it->second;
}

// The `purpose` a professional gives for a read ("" when none: the use case records its default),
// as the pages take theirs from the form (web's ChosenPurpose).
inline std::string QueryPurpose(const Request& request) { return QueryValue(request, "purpose"); }

// The authenticated caller. The server guarantees one on Auth::kApi routes, so a missing one is
// a bug in the route table: throw (the server turns it into a logged 500).
inline const app::Principal& Caller(const Request& request) {
  if (!request.principal) throw std::logic_error("API handler reached without a principal");
  return *request.principal;
}

void AddAccountRoutes(Router& router, app::Stip& stip);
void AddFamilyRoutes(Router& router, app::Stip& stip, const domain::Clock& clock);
void AddReactionRoutes(Router& router, app::Stip& stip);  // api_reactions.cpp
void AddFamilyAccountRoutes(Router& router, app::Stip& stip);
void AddPlainLanguageRoutes(Router& router, app::Stip& stip);  // api_plain_language.cpp
// Issue 10: the household and who is involved (api_household.cpp).
void AddHouseholdRoutes(Router& router, app::Stip& stip, const domain::Clock& clock);
// Issue 10: the handover of the fixed face (api_handover.cpp).
void AddHandoverRoutes(Router& router, app::Stip& stip);
// Issue 11: the safety map (api_safety_map.cpp).
void AddSafetyMapRoutes(Router& router, app::Stip& stip);
void AddChildVoiceRoutes(Router& router, app::Stip& stip);  // issue 11 item 5
// Issue 11 item 2: the family's own plan first (api_plan.cpp).
void AddPlanRoutes(Router& router, app::Stip& stip);
// Issue 11 items 3 and 4: meetings and feedback (api_meeting.cpp).
void AddMeetingRoutes(Router& router, app::Stip& stip);
// Issue 12: decisions and the second opinion (api_decision.cpp).
void AddDecisionRoutes(Router& router, app::Stip& stip);
// Issue 12 item 3: court measures and their deadlines (api_measure.cpp).
void AddMeasureRoutes(Router& router, app::Stip& stip);
// Issue 14 item 3: retention and the legal hold (api_retention.cpp).
void AddRetentionRoutes(Router& router, app::Stip& stip);
// Issue 10 item 4: emergency access and its review (api_emergency.cpp).
void AddEmergencyRoutes(Router& router, app::Stip& stip);
void AddAdminRoutes(Router& router, app::Stip& stip);    // api_admin.cpp (issue 14)
void AddMyWorkRoutes(Router& router, app::Stip& stip);   // api_my_work.cpp (issue 10 item 7)
void AddNetworkRoutes(Router& router, app::Stip& stip);  // api_network.cpp (issue 10)
// Issue 10 item 6: "al bekend?" (api_known_elsewhere.cpp).
void AddKnownElsewhereRoutes(Router& router, app::Stip& stip);
// A join request as JSON (api_known_elsewhere.cpp; also on my work).
boost::json::object EncodeJoinRequest(const domain::JoinRequest& r);

// 200 {"ok":true} for a use case that returns nothing, or its error (api_internal.cpp).
Response Done(const domain::Status& done);

// The answer to a successful login (professional or family member): 200 with the CSRF token,
// the user and the expiry, and the session cookie (api_account.cpp).
Response SessionResponse(const app::Stip& stip, const Request& request,
                         const app::LoginResult& login);

// The JSON of POST /api/v1/plain-language for `report` (advice with `max_words` per sentence).
boost::json::object EncodePlainLanguage(const domain::PlainLanguageReport& report, int max_words);

}  // namespace stip::http::api
