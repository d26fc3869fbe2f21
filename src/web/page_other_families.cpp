// Issue 10: one e-mail address with an account in more than one family (a parent in two
// households, a grandmother in two networks). After a code login the person lands in one of
// them; Ons gezin and the shared page list the others, and a button changes to one of them
// (a new session for that account; the app checks it is one of the person's own).
#include <string>

#include "http/cookies.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/pages.h"
#include "web/url.h"

namespace stip::web {

void SetOtherFamilies(app::Stip& stip, const http::Request& req, Data& page) {
  page.set("has_other_families", false);
  if (!req.principal || !req.principal->IsFamily()) return;
  auto others = stip.OtherFamiliesOf(*req.principal);
  if (!others || others->empty()) return;  // a read problem hides the block, never the page
  const std::string_view locale = NormalLocale(req.locale);
  Data list{Data::type::list};
  for (const auto& f : *others) {
    Data item;
    item.set("account_id", UrlEncode(f.account_id));
    item.set("label", Fill(Text(locale, f.network ? "of_go_network" : "of_go_member"),
                           {{"family", std::string_view(f.family_name)}}));
    list.push_back(item);
  }
  page.set("other_families", list);
  page.set("has_other_families", true);
}

// POST /ons-gezin/wisselen/{account}: a new session for the person's account in that family.
http::Response SwitchFamilySubmit(app::Stip& stip, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  if (!req.principal->IsFamily()) return ErrorPage(req, 404);
  auto login = stip.SwitchFamily(*req.principal, req.params.at("account"),
                                 req.Cookie(std::string(http::kSessionCookie)));
  if (!login) return ErrorFor(req, login.error());
  http::Response response = http::Response::Redirect(login->network ? std::string("/gedeeld")
                                                                    : std::string("/ons-gezin"));
  response.headers.emplace_back(
      "Set-Cookie",
      http::SessionCookie(login->session_token, stip.options().session_ttl, req.secure_cookies));
  return response;
}

}  // namespace stip::web
