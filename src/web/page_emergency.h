// Emergency access pages (issue 10 item 4): GET/POST /noodtoegang, POST /noodtoegang/{id}/stoppen,
// GET /noodtoegang/beoordelen and POST /noodtoegang/{id}/beoordelen.
#pragma once

#include "app/stip.h"
#include "http/message.h"

namespace stip::web {

http::Response EmergencyPage(app::Stip& stip, const http::Request& req);
http::Response OpenEmergencySubmit(app::Stip& stip, const http::Request& req);
http::Response EndEmergencySubmit(app::Stip& stip, const http::Request& req);
http::Response EmergencyReviewsPage(app::Stip& stip, const http::Request& req);
http::Response ReviewEmergencySubmit(app::Stip& stip, const http::Request& req);

}  // namespace stip::web
