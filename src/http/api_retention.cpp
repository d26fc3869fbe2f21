// Retention and legal hold over JSON (issue 14 item 3): the file's regime, the first day it may
// be destroyed and any legal hold; the lead or the team lead sets and lifts the hold.
#include "domain/time.h"
#include "http/api.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

json::object Encode(const app::FileRetention& r) {
  json::object out{
      {"family_id", r.family_id},
      {"regime", std::string(domain::ToString(r.retention.regime))},
      {"destroy_from", domain::FormatDate(r.retention.destroy_from)},
      {"help_ended", r.retention.help_ended},
      {"reason", r.retention.reason},
      {"may_hold", r.may_hold},
  };
  if (r.hold) {
    out["legal_hold"] = json::object{{"set_at", domain::FormatTimestamp(r.hold->set_at)},
                                     {"set_by", r.hold->set_by},
                                     {"reason", r.hold->reason}};
  } else {
    out["legal_hold"] = nullptr;
  }
  return out;
}

Response Read(app::Stip& stip, Request& request) {
  auto r = stip.RetentionOf(Caller(request), request.params.at("id"));
  if (!r) return Response::FromError(r.error());
  return Response::Json(200, Encode(*r));
}

Response Hold(app::Stip& stip, Request& request, bool set) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(set ? stip.SetLegalHold(Caller(request), request.params.at("id"), reason)
                  : stip.LiftLegalHold(Caller(request), request.params.at("id"), reason));
}

Response SetHold(app::Stip& stip, Request& request) { return Hold(stip, request, true); }
Response LiftHold(app::Stip& stip, Request& request) { return Hold(stip, request, false); }

}  // namespace

void AddRetentionRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/retention", "api.retention.read", false, Auth::kApi,
              bind(&Read)});
  router.Add({verb::post, "/api/v1/families/{id}/legal-hold", "api.legal_hold.set", true,
              Auth::kApi, bind(&SetHold)});
  router.Add({verb::post, "/api/v1/families/{id}/legal-hold/lift", "api.legal_hold.lift", true,
              Auth::kApi, bind(&LiftHold)});
}

}  // namespace stip::http::api
