// Meetings and feedback (issue 11 items 3 and 4), read for both engines: one family's meetings
// with their agenda, record and agreements; its feedback; a team's answers for the counts.
#include <optional>
#include <string>

#include "domain/meeting.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

inline constexpr Sql kListMeetings =
    "SELECT id, seq, meeting_date, meeting_time, place, team_id, members, professionals, network, "
    "planned_by, "
    "planned_at, held_seq, recorded_by, recorded_at, present_members, present_professionals, "
    "present_network, summary_entry_id, next_date FROM meetings WHERE family_id = $1 "
    "ORDER BY meeting_date, seq";
inline constexpr Sql kListItems =
    "SELECT id, seq, meeting_id, kind, member_id, how, words, added_by, added_at "
    "FROM meeting_items WHERE family_id = $1 ORDER BY seq, id";
inline constexpr Sql kListFeedback =
    "SELECT id, seq, meeting_id, member_id, heard, understood, safe, next_step, words, "
    "child_wording, given_at, changed_at FROM meeting_feedback WHERE family_id = $1 "
    "ORDER BY seq, id";
inline constexpr Sql kTeamAnswers =
    "SELECT family_id, given_at, heard, understood, safe, next_step FROM meeting_feedback "
    "WHERE team_id = $1";

std::vector<std::string> Split(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    const auto comma = s.find(',');
    out.emplace_back(s.substr(0, comma));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

domain::Meeting* Find(std::vector<domain::Meeting>& meetings, std::string_view id) {
  for (auto& m : meetings) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

}  // namespace

Result<std::vector<domain::Meeting>> CoreStore::LoadMeetings(const std::string& family_id) {
  std::vector<domain::Meeting> meetings;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    meetings.clear();
    if (auto s = port.Each(
            kListMeetings,
            [&](const Row& r) {
              domain::Meeting m;
              m.id = r.Text(0);
              m.seq = r.Int(1);
              m.date = domain::ParseDate(r.View(2)).value_or(domain::Date{});
              m.time = r.Text(3);
              m.place = r.Text(4);
              m.team_id = r.Text(5);
              m.members = Split(r.View(6));
              m.professionals = Split(r.View(7));
              m.network = Split(r.View(8));
              m.planned_by = r.Text(9);
              m.planned_at = r.Int(10);
              if (r.Int(11) != 0) {
                domain::MeetingRecord rec;
                rec.seq = r.Int(11);
                rec.recorded_by = r.Text(12);
                rec.recorded_at = r.Int(13);
                rec.present_members = Split(r.View(14));
                rec.present_professionals = Split(r.View(15));
                rec.present_network = Split(r.View(16));
                rec.summary_entry_id = r.Text(17);
                rec.next_date = domain::ParseDate(r.View(18));
                m.record = std::move(rec);
              }
              meetings.push_back(std::move(m));
            },
            family_id);
        !s) {
      return s;
    }
    return port.Each(
        kListItems,
        [&](const Row& r) {
          domain::Meeting* m = Find(meetings, r.View(2));
          if (!m) return;
          const std::string_view kind = r.View(3);
          if (kind == "agreement") {
            m->agreements.push_back({r.Text(0), r.Int(1), r.Text(6)});
          } else if (kind == "child") {
            if (!m->record) return;
            m->record->children.push_back(
                {r.Text(4),
                 domain::ParseChildHeard(r.View(5)).value_or(domain::ChildHeard::kNotHeard),
                 r.Text(6)});
          } else {
            m->agenda.push_back({r.Text(0), r.Int(1),
                                 kind == "agenda_question" ? "question" : "point", r.Text(4),
                                 r.Text(6), r.Text(7), r.Int(8)});
          }
        },
        family_id);
  });
  if (!status) return domain::Fail(status.error());
  return meetings;
}

Result<std::vector<domain::Feedback>> CoreStore::ListMeetingFeedback(const std::string& family_id) {
  std::vector<domain::Feedback> out;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    out.clear();
    return port.Each(
        kListFeedback,
        [&](const Row& r) {
          domain::Feedback f;
          f.id = r.Text(0);
          f.seq = r.Int(1);
          f.meeting_id = r.Text(2);
          f.member_id = r.Text(3);
          for (int q = 0; q < static_cast<int>(domain::kFeedbackQuestions); ++q) {
            f.answers[q] = static_cast<int>(r.Int(4 + q));
          }
          f.words = r.Text(8);
          f.child_wording = r.Bool(9);
          f.given_at = r.Int(10);
          f.changed_at = r.Int(11);
          out.push_back(std::move(f));
        },
        family_id);
  });
  if (!status) return domain::Fail(status.error());
  return out;
}

Result<std::vector<domain::TeamAnswer>> CoreStore::TeamFeedbackAnswers(const std::string& team_id) {
  std::vector<domain::TeamAnswer> out;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    out.clear();
    return port.Each(
        kTeamAnswers,
        [&](const Row& r) {
          out.push_back({r.Text(0),
                         r.Int(1),
                         {static_cast<int>(r.Int(2)), static_cast<int>(r.Int(3)),
                          static_cast<int>(r.Int(4)), static_cast<int>(r.Int(5))}});
        },
        team_id);
  });
  if (!status) return domain::Fail(status.error());
  return out;
}

}  // namespace stip::store::core
