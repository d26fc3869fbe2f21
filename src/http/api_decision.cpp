// Decisions over JSON (issue 12): read them; draft one, or a new version of one; share it with
// the family; a family member's view; the second opinion; take it.
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response Created(const domain::Result<std::string>& id) {
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response List(app::Stip& stip, Request& request) {
  auto view = stip.DecisionsOf(Caller(request), request.params.at("id"), QueryPurpose(request));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, EncodeDecisions(*view));
}

// The body of a draft or a new version; nullopt with `problems` filled when it is malformed.
std::optional<app::NewDecision> ReadDraft(json::object& body,
                                          std::vector<domain::FieldError>& problems) {
  app::NewDecision d;
  d.content.present = TakeStringArray(body, "present", problems);
  ObjectReader reader(body, problems);
  d.kind = reader.RequiredString("kind");
  d.content.what = reader.RequiredString("what");
  d.content.legal_ground = reader.RequiredString("legal_ground");
  for (auto& f : reader.Objects("facts", true)) {
    domain::DecisionFact fact;
    fact.text = f.RequiredString("text");
    fact.source = f.RequiredString("source");
    fact.date = f.RequiredString("date");
    fact.entry_id = f.OptionalString("entry_id");
    f.Finish();
    d.content.facts.push_back(std::move(fact));
  }
  for (auto& o : reader.Objects("opinions", false)) {
    domain::DecisionOpinion op;
    op.text = o.RequiredString("text");
    op.whose = o.RequiredString("whose");
    o.Finish();
    d.content.opinions.push_back(std::move(op));
  }
  for (auto& a : reader.Objects("alternatives", true)) {
    domain::Alternative alt;
    alt.what = a.RequiredString("what");
    alt.why_not = a.RequiredString("why_not");
    a.Finish();
    d.content.alternatives.push_back(std::move(alt));
  }
  for (auto& c : reader.Objects("children", false)) {
    domain::ChildHearing ch;
    ch.member_id = c.RequiredString("member_id");
    ch.heard = c.OptionalBool("heard", false);
    ch.how = c.RequiredString("how");
    c.Finish();
    d.content.children.push_back(std::move(ch));
  }
  d.content.decider = reader.RequiredString("decider");
  reader.Finish();
  if (!problems.empty()) return std::nullopt;
  return d;
}

Response Draft(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  auto draft = ReadDraft(*body, problems);
  if (!draft) return InvalidBody(std::move(problems));
  return Created(stip.DraftDecision(Caller(request), request.params.at("id"), *draft));
}

Response Revise(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  auto draft = ReadDraft(*body, problems);
  if (!draft) return InvalidBody(std::move(problems));
  auto version = stip.ReviseDecision(Caller(request), request.params.at("id"),
                                     request.params.at("decision_id"), *draft);
  if (!version) return Response::FromError(version.error());
  return Response::Json(201, json::object{{"version", *version}});
}

Response Share(app::Stip& stip, Request& request) {
  return Done(stip.ShareDecision(Caller(request), request.params.at("id"),
                                 request.params.at("decision_id")));
}

Response AddView(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewDecisionView v;
  v.member_id = reader.OptionalString("member_id");
  v.words = reader.RequiredString("words");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Created(stip.AddDecisionView(Caller(request), request.params.at("id"),
                                      request.params.at("decision_id"), v));
}

Response SecondOpinion(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewSecondOpinion o;
  o.verdict = reader.RequiredString("verdict");
  o.reasons = reader.RequiredString("reasons");
  o.conditions = reader.OptionalString("conditions");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Created(stip.GiveSecondOpinion(Caller(request), request.params.at("id"),
                                        request.params.at("decision_id"), o));
}

Response Take(app::Stip& stip, Request& request) {
  return Done(stip.TakeDecision(Caller(request), request.params.at("id"),
                                request.params.at("decision_id")));
}

}  // namespace

void AddDecisionRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/decisions", "api.decisions.list", false, Auth::kApi,
              bind(&List)});
  router.Add({verb::post, "/api/v1/families/{id}/decisions", "api.decisions.draft", true,
              Auth::kApi, bind(&Draft)});
  router.Add({verb::post, "/api/v1/families/{id}/decisions/{decision_id}/versions",
              "api.decisions.revise", true, Auth::kApi, bind(&Revise)});
  router.Add({verb::post, "/api/v1/families/{id}/decisions/{decision_id}/share",
              "api.decisions.share", true, Auth::kApi, bind(&Share)});
  router.Add({verb::post, "/api/v1/families/{id}/decisions/{decision_id}/views",
              "api.decisions.view", true, Auth::kApi, bind(&AddView)});
  router.Add({verb::post, "/api/v1/families/{id}/decisions/{decision_id}/second-opinions",
              "api.decisions.second_opinion", true, Auth::kApi, bind(&SecondOpinion)});
  router.Add({verb::post, "/api/v1/families/{id}/decisions/{decision_id}/take",
              "api.decisions.take", true, Auth::kApi, bind(&Take)});
}

}  // namespace stip::http::api
