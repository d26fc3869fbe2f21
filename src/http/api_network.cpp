// Network members over JSON (issue 10): the family invites a network member and decides what
// they see, changes or ends it; everyone with the file open sees who can see what; the network
// member reads only what is shared with them.
#include "domain/local_time.h"
#include "http/api.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

json::object EncodeSharedEntry(const domain::Entry& e) {
  return json::object{{"id", e.id},
                      {"kind", domain::ToString(e.kind)},
                      {"source", e.source},
                      {"text", e.text},
                      {"created_at", domain::FormatTimestamp(e.created_at)}};
}

json::object EncodeConsent(const app::NetworkConsentView& view) {
  const auto& c = view.record.consent;
  json::array entries;
  for (const auto& e : view.entries) entries.push_back(EncodeSharedEntry(e));
  json::object out{{"id", c.id},
                   {"given_by", c.given_by},
                   {"given_by_name", view.given_by_name},
                   {"ground", domain::ToString(c.ground)},
                   {"given_on", domain::FormatDate(c.given_on)},
                   {"valid_until", c.valid_until ? json::value(domain::FormatDate(*c.valid_until))
                                                 : json::value(nullptr)},
                   {"in_force", view.in_force},
                   {"ended_at", view.record.ended_at
                                    ? json::value(domain::FormatTimestamp(*view.record.ended_at))
                                    : json::value(nullptr)},
                   {"entries", std::move(entries)},
                   {"other_items", view.other_items},
                   {"mine", view.mine}};
  return out;
}

json::object EncodeNetwork(const app::NetworkOverview& overview) {
  json::array members;
  for (const auto& m : overview.members) {
    json::array consents;
    for (const auto& c : m.consents) consents.push_back(EncodeConsent(c));
    members.push_back(json::object{{"id", m.member.id},
                                   {"name", m.member.name},
                                   {"relation", m.member.relation},
                                   {"invited_by", m.member.invited_by},
                                   {"invited_by_name", m.invited_by_name},
                                   {"invited_at", domain::FormatTimestamp(m.member.invited_at)},
                                   {"has_logged_in", m.member.activated_at.has_value()},
                                   {"consents", std::move(consents)}});
  }
  json::object out{{"family_id", overview.family_id}, {"network_members", std::move(members)}};
  out["may_share"] = overview.my_ground.has_value();
  if (overview.my_ground) {
    out["ground"] = domain::ToString(*overview.my_ground);
    json::array shareable;
    for (const auto& e : overview.shareable) shareable.push_back(EncodeSharedEntry(e));
    out["shareable"] = std::move(shareable);
    out["more_shareable"] = overview.more_shareable;
  }
  return out;
}

json::object EncodeShared(const app::SharedView& view) {
  json::array entries;
  for (const auto& s : view.entries) {
    auto e = EncodeSharedEntry(s.entry);
    e["shared_by"] = s.shared_by;
    e["until"] = s.until ? json::value(domain::FormatDate(*s.until)) : json::value(nullptr);
    entries.push_back(std::move(e));
  }
  return json::object{
      {"network_member",
       json::object{{"id", view.me.id}, {"name", view.me.name}, {"relation", view.me.relation}}},
      {"family_name", view.family_name},
      {"entries", std::move(entries)}};
}

Response Invite(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewNetworkMember input;
  input.entry_ids = TakeStringArray(*body, "entry_ids", problems);
  ObjectReader reader(*body, problems);
  input.name = reader.RequiredString("name");
  input.relation = reader.RequiredString("relation");
  input.contact = reader.RequiredString("contact");
  input.valid_until = reader.OptionalString("valid_until");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.InviteNetworkMember(Caller(request), request.params.at("id"), input);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response Change(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NetworkShare share;
  share.entry_ids = TakeStringArray(*body, "entry_ids", problems);
  ObjectReader reader(*body, problems);
  share.valid_until = reader.OptionalString("valid_until");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto done = stip.ChangeNetworkConsent(Caller(request), request.params.at("id"),
                                        request.params.at("consent"), share);
  if (!done) return Response::FromError(done.error());
  return Response::Json(200, json::object{{"ok", true}});
}

// The optional {"reason"} of ending or stopping a consent.
tl::expected<std::string, Response> ReasonOf(Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return tl::unexpected(std::move(body.error()));
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  std::string reason = reader.OptionalString("reason");
  reader.Finish();
  if (!problems.empty()) return tl::unexpected(InvalidBody(std::move(problems)));
  return reason;
}

Response End(app::Stip& stip, Request& request) {
  auto reason = ReasonOf(request);
  if (!reason) return std::move(reason.error());
  return Done(stip.EndNetworkConsent(Caller(request), request.params.at("id"),
                                     request.params.at("consent"), *reason));
}

// The lead stops a consent for the child's safety; the reason is required (the family reads it).
Response Stop(app::Stip& stip, Request& request) {
  auto reason = ReasonOf(request);
  if (!reason) return std::move(reason.error());
  return Done(stip.StopNetworkConsent(Caller(request), request.params.at("id"),
                                      request.params.at("consent"), *reason));
}

}  // namespace

void AddNetworkRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/network", "api.network.get", false, Auth::kApi,
              [&stip](Request& request) {
                auto view = stip.OpenNetwork(Caller(request), request.params.at("id"));
                if (!view) return Response::FromError(view.error());
                return Response::Json(200, EncodeNetwork(*view));
              }});
  router.Add({verb::post, "/api/v1/families/{id}/network", "api.network.invite", true, Auth::kApi,
              bind(&Invite)});
  router.Add({verb::post, "/api/v1/families/{id}/network/consents/{consent}",
              "api.network.consent.change", true, Auth::kApi, bind(&Change)});
  router.Add({verb::post, "/api/v1/families/{id}/network/consents/{consent}/end",
              "api.network.consent.end", true, Auth::kApi, bind(&End)});
  router.Add({verb::post, "/api/v1/families/{id}/network/consents/{consent}/stop",
              "api.network.consent.stop", true, Auth::kApi, bind(&Stop)});
  router.Add(
      {verb::get, "/api/v1/shared", "api.shared.get", false, Auth::kApi, [&stip](Request& request) {
         auto view = stip.OpenShared(Caller(request));
         if (!view) return Response::FromError(view.error());
         return Response::Json(200, EncodeShared(*view));
       }});
}

}  // namespace stip::http::api
