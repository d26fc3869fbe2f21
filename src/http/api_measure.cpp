// Court measures over JSON (issue 12 item 3): read them with every legal deadline; record one
// as the judge ruled it; an extension; an early end.
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response List(app::Stip& stip, Request& request) {
  auto view = stip.MeasuresOf(Caller(request), request.params.at("id"), QueryPurpose(request));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, EncodeMeasures(*view));
}

Response Record(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewMeasure m;
  m.children = TakeStringArray(*body, "children", problems);
  m.parents = TakeStringArray(*body, "parents", problems);
  ObjectReader reader(*body, problems);
  m.kind = reader.RequiredString("kind");
  m.ruling_date = reader.RequiredString("ruling_date");
  m.start = reader.RequiredString("start");
  m.end = reader.OptionalString("end");
  m.threats = reader.OptionalString("threats");
  m.decision_id = reader.OptionalString("decision_id");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.RecordMeasure(Caller(request), request.params.at("id"), m);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response Extend(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::MeasureExtension e;
  e.ruling_date = reader.RequiredString("ruling_date");
  e.end = reader.RequiredString("end");
  e.reason = reader.OptionalString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.ExtendMeasure(Caller(request), request.params.at("id"),
                                 request.params.at("measure"), e));
}

Response End(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::MeasureEnd e;
  e.ended_on = reader.RequiredString("ended_on");
  e.reason = reader.RequiredString("reason");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(
      stip.EndMeasure(Caller(request), request.params.at("id"), request.params.at("measure"), e));
}

Response DeadlineDone(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::DeadlineMet met;
  met.deadline = reader.RequiredString("deadline");
  met.due = reader.RequiredString("due");
  met.done_on = reader.RequiredString("done_on");
  met.note = reader.OptionalString("note");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  return Done(stip.MarkDeadlineDone(Caller(request), request.params.at("id"),
                                    request.params.at("measure"), met));
}

}  // namespace

void AddMeasureRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/measures", "api.measures.list", false, Auth::kApi,
              bind(&List)});
  router.Add({verb::post, "/api/v1/families/{id}/measures", "api.measures.record", true, Auth::kApi,
              bind(&Record)});
  router.Add({verb::post, "/api/v1/families/{id}/measures/{measure}/extend", "api.measures.extend",
              true, Auth::kApi, bind(&Extend)});
  router.Add({verb::post, "/api/v1/families/{id}/measures/{measure}/end", "api.measures.end", true,
              Auth::kApi, bind(&End)});
  router.Add({verb::post, "/api/v1/families/{id}/measures/{measure}/deadline-done",
              "api.measures.deadline_done", true, Auth::kApi, bind(&DeadlineDone)});
}

}  // namespace stip::http::api
