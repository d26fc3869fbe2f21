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
// Issue 10: POST /gezinnen/{id}/huishouden/overdracht and .../overdracht/{handover}/intrekken.
http::Response ProposeHandoverSubmit(app::Stip& stip, const http::Request& req);
http::Response WithdrawHandoverSubmit(app::Stip& stip, const http::Request& req);
// GET /overdrachten: the handovers offered to me; POST /overdrachten/{id}/{handover}/aannemen
// and .../afwijzen (page_handover.cpp).
http::Response HandoversPage(app::Stip& stip, const http::Request& req);
http::Response AcceptHandoverSubmit(app::Stip& stip, const http::Request& req);
http::Response DeclineHandoverSubmit(app::Stip& stip, const http::Request& req);

}  // namespace stip::web
