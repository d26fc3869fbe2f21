// Meetings and feedback over JSON (issue 11 items 3 and 4): read a file's meetings; plan one;
// add to its agenda; record it afterwards; give or change feedback; a team's counts.
#include "http/api.h"
#include "http/api_encode.h"
#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

Response List(app::Stip& stip, Request& request) {
  auto view = stip.MeetingsOf(Caller(request), request.params.at("id"), QueryPurpose(request));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, WithOwnObjections(stip, Caller(request), request.params.at("id"),
                                               EncodeMeetings(*view)));
}

Response Plan(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  domain::NewMeetingPlan plan;
  plan.members = TakeStringArray(*body, "members", problems);
  plan.professionals = TakeStringArray(*body, "professionals", problems);
  plan.network = TakeStringArray(*body, "network", problems);
  ObjectReader reader(*body, problems);
  plan.date = reader.RequiredString("date");
  plan.time = reader.OptionalString("time");
  plan.place = reader.RequiredString("place");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.PlanMeeting(Caller(request), request.params.at("id"), plan);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response Agenda(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  const std::string kind = reader.OptionalString("kind");
  const std::string words = reader.RequiredString("words");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.AddAgendaItem(Caller(request), request.params.at("id"),
                               request.params.at("meeting"), kind, words);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"id", *id}});
}

Response Record(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  app::NewMeetingRecordInput input;
  auto& rec = input.record;
  rec.present_members = TakeStringArray(*body, "present_members", problems);
  rec.present_professionals = TakeStringArray(*body, "present_professionals", problems);
  rec.present_network = TakeStringArray(*body, "present_network", problems);
  rec.agreements = TakeStringArray(*body, "agreements", problems);
  ObjectReader reader(*body, problems);
  input.summary = reader.RequiredString("summary");
  rec.next_date = reader.OptionalString("next_date");
  for (auto& child : reader.Objects("children", false)) {
    domain::ChildHeardRecord c;
    c.child_id = child.RequiredString("child_id");
    const std::string how = child.RequiredString("how");
    c.words = child.OptionalString("words");
    child.Finish();
    const auto parsed = domain::ParseChildHeard(how);
    if (!parsed && !how.empty()) {
      problems.push_back({"children[" + std::to_string(rec.children.size()) + "].how",
                          domain::FieldCode::kInvalid,
                          "must be present, heard_before, own_words or not_heard"});
    }
    c.how = parsed.value_or(domain::ChildHeard::kNotHeard);
    rec.children.push_back(std::move(c));
  }
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto id = stip.RecordMeeting(Caller(request), request.params.at("id"),
                               request.params.at("meeting"), input);
  if (!id) return Response::FromError(id.error());
  return Response::Json(201, json::object{{"summary_entry_id", *id}});
}

Response Feedback(app::Stip& stip, Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return std::move(body.error());
  std::vector<domain::FieldError> problems;
  ObjectReader reader(*body, problems);
  app::NewFeedback feedback;
  for (std::size_t i = 0; i < domain::kFeedbackQuestions; ++i) {
    const auto v = reader.OptionalInt(domain::kFeedbackFields[i]);
    if (v) feedback.answers[i] = (*v >= 1 && *v <= 5) ? static_cast<int>(*v) : 0;
  }
  feedback.words = reader.OptionalString("words");
  reader.Finish();
  if (!problems.empty()) return InvalidBody(std::move(problems));
  auto given = stip.GiveFeedback(Caller(request), request.params.at("id"),
                                 request.params.at("meeting"), feedback);
  if (!given) return Response::FromError(given.error());
  return Response::Json(given->second ? 200 : 201,
                        json::object{{"id", given->first}, {"changed", given->second}});
}

Response TeamFeedback(app::Stip& stip, Request& request) {
  auto view = stip.TeamFeedback(Caller(request), request.params.at("id"));
  if (!view) return Response::FromError(view.error());
  return Response::Json(200, EncodeTeamFeedback(*view));
}

}  // namespace

void AddMeetingRoutes(Router& router, app::Stip& stip) {
  auto bind = [&stip](Response (*fn)(app::Stip&, Request&)) {
    return [&stip, fn](Request& request) { return fn(stip, request); };
  };
  router.Add({verb::get, "/api/v1/families/{id}/meetings", "api.meetings.list", false, Auth::kApi,
              bind(&List)});
  router.Add({verb::post, "/api/v1/families/{id}/meetings", "api.meetings.plan", true, Auth::kApi,
              bind(&Plan)});
  router.Add({verb::post, "/api/v1/families/{id}/meetings/{meeting}/agenda", "api.meetings.agenda",
              true, Auth::kApi, bind(&Agenda)});
  router.Add({verb::post, "/api/v1/families/{id}/meetings/{meeting}/record", "api.meetings.record",
              true, Auth::kApi, bind(&Record)});
  router.Add({verb::post, "/api/v1/families/{id}/meetings/{meeting}/feedback",
              "api.meetings.feedback", true, Auth::kApi, bind(&Feedback)});
  router.Add({verb::get, "/api/v1/teams/{id}/meeting-feedback", "api.teams.meeting_feedback", false,
              Auth::kApi, bind(&TeamFeedback)});
}

}  // namespace stip::http::api
