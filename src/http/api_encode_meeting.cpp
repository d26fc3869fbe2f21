// Meetings and feedback as JSON (issue 11 items 3 and 4). A professional reads who gave
// feedback, never what they answered; a family member reads only their own answer; a team reads
// counts per question and per value, only over at least 10 answers, and never one score.
#include "domain/meeting.h"
#include "http/api_encode.h"

namespace stip::http {
namespace json = boost::json;

namespace {

json::object Person(const app::MeetingsView& v, const std::string& id) {
  const auto it = v.names.find(id);
  return json::object{{"id", id}, {"name", it != v.names.end() ? it->second : id}};
}

json::array People(const app::MeetingsView& v, const std::vector<std::string>& ids) {
  json::array out;
  for (const auto& id : ids) out.push_back(Person(v, id));
  return out;
}

json::object Answers(const domain::Feedback& f) {
  json::object o;
  for (std::size_t q = 0; q < domain::kFeedbackQuestions; ++q) {
    o[domain::kFeedbackFields[q]] = f.answers[q];
  }
  return o;
}

json::object EncodeMeeting(const app::MeetingsView& v, const app::MeetingView& mv) {
  const auto& m = mv.meeting;
  json::object o{{"id", m.id},
                 {"date", domain::FormatDate(m.date)},
                 {"time", m.time},
                 {"place", m.place},
                 {"members", People(v, m.members)},
                 {"professionals", People(v, m.professionals)},
                 {"network", People(v, m.network)},
                 {"planned_by", m.planned_by},
                 {"planned_at", domain::FormatTimestamp(m.planned_at)},
                 {"held", m.record.has_value()},
                 {"may_add_agenda", mv.may_add_agenda}};
  json::array agenda;
  for (const auto& a : m.agenda) {
    json::object item{{"id", a.id},
                      {"kind", a.kind},
                      {"words", a.words},
                      {"added_at", domain::FormatTimestamp(a.added_at)}};
    if (!a.member_id.empty()) item["member"] = Person(v, a.member_id);
    agenda.push_back(std::move(item));
  }
  o["agenda"] = std::move(agenda);
  if (m.record) {
    const auto& r = *m.record;
    json::array children;
    for (const auto& c : r.children) {
      children.push_back(json::object{
          {"child", Person(v, c.child_id)}, {"how", domain::ToString(c.how)}, {"words", c.words}});
    }
    json::array agreements;
    // TODO(plan, issue 11 item 2): each agreement's id is the source of its plan action.
    for (const auto& a : m.agreements) {
      json::object x{{"id", a.id}, {"words", a.words}};
      AddWithheld(x, m.withheld, a.id);
      agreements.push_back(std::move(x));
    }
    json::object rec{{"recorded_at", domain::FormatTimestamp(r.recorded_at)},
                     {"present_members", People(v, r.present_members)},
                     {"present_professionals", People(v, r.present_professionals)},
                     {"present_network", People(v, r.present_network)},
                     {"children", std::move(children)},
                     {"summary_entry_id", r.summary_entry_id},
                     {"summary_withheld", mv.summary_withheld},
                     {"agreements", std::move(agreements)},
                     {"next_date", r.next_date ? json::value(domain::FormatDate(*r.next_date))
                                               : json::value(nullptr)}};
    if (mv.summary) rec["summary"] = *mv.summary;
    o["record"] = std::move(rec);
  }
  if (v.may_plan || !mv.feedback_from.empty()) {
    // That feedback came in, and from whom: never the answers.
    o["feedback_received"] =
        json::object{{"count", static_cast<std::int64_t>(mv.feedback_from.size())},
                     {"from", People(v, mv.feedback_from)}};
  }
  if (mv.may_give_feedback || mv.my_feedback) {
    json::object mine{{"may_give", mv.may_give_feedback}};
    if (mv.my_feedback) {
      const auto& f = *mv.my_feedback;
      mine["id"] = f.id;
      mine["answers"] = Answers(f);
      mine["words"] = f.words;
      mine["given_at"] = domain::FormatTimestamp(f.given_at);
      mine["changed_at"] = domain::FormatTimestamp(f.changed_at);
      mine["changeable"] = mv.my_feedback_changeable;
      mine["changeable_until"] = domain::FormatTimestamp(mv.changeable_until);
    }
    o["my_feedback"] = std::move(mine);
  }
  return o;
}

}  // namespace

json::object EncodeMeetings(const app::MeetingsView& view) {
  json::array meetings;
  for (const auto& mv : view.meetings) meetings.push_back(EncodeMeeting(view, mv));
  json::array questions;
  for (std::size_t q = 0; q < domain::kFeedbackQuestions; ++q) {
    questions.push_back(
        json::object{{"field", domain::kFeedbackFields[q]}, {"text", view.wording.questions[q]}});
  }
  return json::object{
      {"family_id", view.family_id},
      {"may_plan", view.may_plan},
      {"feedback_questions", std::move(questions)},
      {"feedback_scale", json::object{{"1", view.wording.low}, {"5", view.wording.high}}},
      {"child_wording", view.child_wording},
      {"meetings", std::move(meetings)}};
}

json::object EncodeTeamFeedback(const app::TeamMeetingFeedback& feedback) {
  const auto& a = feedback.aggregate;
  json::object o{{"team_id", feedback.team.id},
                 {"team_name", feedback.team.name},
                 {"min_answers", domain::kMinFeedbackCell},
                 {"min_families", domain::kMinFeedbackCell},
                 {"counted_before", domain::FormatDate(a.counted_before)},
                 {"suppressed", a.suppressed}};
  if (a.suppressed) {
    o["answers"] = nullptr;
    o["families"] = nullptr;
    o["note"] = "minder dan 10 antwoorden van 10 gezinnen";
    return o;
  }
  o["answers"] = a.answers;
  o["families"] = a.families;
  json::object questions;
  for (std::size_t q = 0; q < domain::kFeedbackQuestions; ++q) {
    json::object counts;
    for (int v = domain::kFeedbackMin; v <= domain::kFeedbackMax; ++v) {
      counts[std::to_string(v)] = a.distribution[q][v - 1];
    }
    questions[domain::kFeedbackFields[q]] = std::move(counts);
  }
  o["distribution"] = std::move(questions);
  return o;
}

}  // namespace stip::http
