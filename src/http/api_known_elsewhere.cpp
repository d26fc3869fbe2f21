// "Al bekend?" over JSON (issue 10 item 6): before opening a file, a professional checks whether
// the children are known in another file of this installation. The answer names only teams and
// how to reach them.
#include <boost/json/array.hpp>

#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response Check(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  std::vector<app::KnownChild> children;
  for (auto& c : reader.Objects("children", true)) {
    app::KnownChild child;
    child.bsn = c.OptionalString("bsn");
    child.name = c.OptionalString("name");
    child.birth_date = c.OptionalString("birth_date");
    c.Finish();
    children.push_back(std::move(child));
  }
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto check = stip.CheckKnownElsewhere(Caller(request), children);
  if (!check) return Response::FromError(check.error());
  json::array teams;
  for (const auto& t : check->teams) {
    teams.push_back(json::object{{"name", t.name}, {"phone", t.phone}, {"email", t.email}});
  }
  return Response::Json(200, json::object{{"check_id", check->id},
                                          {"known", !check->teams.empty()},
                                          {"teams", std::move(teams)}});
}

}  // namespace

void AddKnownElsewhereRoutes(Router& router, app::Stip& stip) {
  // A check changes state: it is on the ledger, with its outcome.
  router.Add({verb::post, "/api/v1/known-elsewhere/check", "api.known_elsewhere.check", true,
              Auth::kApi, [&stip](Request& request) { return Check(stip, request); }});
}

}  // namespace stip::http::api
