// Internal to src/web: the professionals' household page (issue 10): who belongs to the
// household, custody, who is involved and what changed, with the forms that change them.
#pragma once

#include "app/stip.h"
#include "http/message.h"

namespace stip::web {

// GET /gezinnen/{id}/huishouden.
http::Response HouseholdPage(app::Stip& stip, const http::Request& req);
// POST /gezinnen/{id}/huishouden/{leden,vertrek,geboortedatum,gezag,betrokkenen}.
http::Response AddMemberSubmit(app::Stip& stip, const http::Request& req);
http::Response MemberLeftSubmit(app::Stip& stip, const http::Request& req);
http::Response BirthDateSubmit(app::Stip& stip, const http::Request& req);
http::Response CustodySubmit(app::Stip& stip, const http::Request& req);
http::Response JoinSubmit(app::Stip& stip, const http::Request& req);
// POST /gezinnen/{id}/huishouden/betrokkenen/{user}/beeindigen.
http::Response EndInvolvementSubmit(app::Stip& stip, const http::Request& req);

}  // namespace stip::web
