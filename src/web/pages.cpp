// The page route table: every HTML route, whether it changes state and who may call it.
// The server enforces authentication and CSRF from this table (src/http/router.h).
#include "web/pages.h"

#include <chrono>

#include "web/assets.h"
#include "web/page_handlers.h"

namespace stip::web {
namespace {

using boost::beast::http::verb;
using http::Auth;

class SystemClock final : public domain::Clock {
 public:
  domain::Millis Now() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace

void AddPageRoutes(http::Router& router, app::Stip& stip) {
  static const SystemClock* const kClock = new SystemClock();  // never destroyed: no exit order
  AddPageRoutes(router, stip, *kClock);
}

void AddPageRoutes(http::Router& router, app::Stip& stip, const domain::Clock& clock) {
  app::Stip* s = &stip;
  const domain::Clock* c = &clock;
  const auto add = [&router](verb method, std::string pattern, std::string name, bool changes_state,
                             Auth auth, http::Handler handler) {
    router.Add(http::Route{method, std::move(pattern), std::move(name), changes_state, auth,
                           std::move(handler)});
  };

  add(verb::get, "/", "page.home", false, Auth::kPublic,
      [](http::Request& req) { return Home(req); });
  add(verb::get, "/assets/{name}", "page.asset", false, Auth::kPublic,
      [](http::Request& req) { return ServeAsset(req); });

  // Logging in makes a session (state, like api.session.create), but the form has no session
  // yet and so no CSRF token: SameSite=Strict on the cookie and an Origin/Referer check in
  // LoginSubmit stand in for it. The server checks CSRF only for session-authenticated calls.
  add(verb::get, "/login", "page.login.form", false, Auth::kPublic,
      [](http::Request& req) { return LoginForm(req); });
  add(verb::post, "/login", "page.login", true, Auth::kPublic,
      [s](http::Request& req) { return LoginSubmit(*s, req); });
  add(verb::post, "/logout", "page.logout", true, Auth::kPage,
      [s](http::Request& req) { return LogoutSubmit(*s, req); });

  add(verb::get, "/gezinnen", "page.families.list", false, Auth::kPage,
      [s](http::Request& req) { return FamiliesList(*s, req); });
  add(verb::get, "/gezinnen/nieuw", "page.families.new", false, Auth::kPage,
      [s](http::Request& req) { return NewFamilyForm(*s, req); });
  add(verb::post, "/gezinnen", "page.families.create", true, Auth::kPage,
      [s](http::Request& req) { return CreateFamilySubmit(*s, req); });
  add(verb::get, "/gezinnen/{id}", "page.family", false, Auth::kPage,
      [s, c](http::Request& req) { return FamilyFile(*s, *c, req); });
  add(verb::post, "/gezinnen/{id}/aantekeningen", "page.family.entries.add", true, Auth::kPage,
      [s, c](http::Request& req) { return AddEntrySubmit(*s, *c, req); });
  add(verb::get, "/gezinnen/{id}/inzage", "page.family.access_log", false, Auth::kPage,
      [s](http::Request& req) { return AccessLogPage(*s, req); });
}

}  // namespace stip::web
