// Meetings and the family's feedback (issue 11 items 3 and 4), folded as they were written. The
// store keeps one record per meeting and one answer per member per meeting; an answer carries
// its meeting's team, so the team's counts need no join through the families.
#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "domain/meeting.h"
#include "domain/time.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"
#include "store/core/queries_projector_reactions.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

constexpr Sql kInsertMeeting =
    "INSERT INTO meetings (family_id, id, seq, meeting_date, meeting_time, place, team_id, "
    "members, "
    "professionals, network, planned_by, planned_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
    "ON CONFLICT (family_id, id) DO NOTHING";
constexpr Sql kMeetingTeam =
    "SELECT team_id, held_seq FROM meetings WHERE family_id = $1 AND id = $2";
constexpr Sql kMarkHeld =
    "UPDATE meetings SET held_seq = $3, recorded_by = $4, recorded_at = $5, present_members = $6, "
    "present_professionals = $7, present_network = $8, summary_entry_id = $9, next_date = $10 "
    "WHERE family_id = $1 AND id = $2 AND held_seq = 0";
constexpr Sql kInsertItem =
    "INSERT INTO meeting_items (family_id, id, seq, meeting_id, kind, member_id, how, words, "
    "added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
    "ON CONFLICT (family_id, id) DO NOTHING";
constexpr Sql kAnswered =
    "SELECT 1 FROM meeting_feedback WHERE family_id = $1 AND meeting_id = $2 AND member_id = $3";
constexpr Sql kInsertFeedback =
    "INSERT INTO meeting_feedback (family_id, id, seq, meeting_id, member_id, team_id, heard, "
    "understood, safe, next_step, words, child_wording, given_by, given_at, changed_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) "
    "ON CONFLICT (family_id, id) DO NOTHING";
constexpr Sql kChangeFeedback =
    "UPDATE meeting_feedback SET heard = $3, understood = $4, safe = $5, next_step = $6, "
    "words = $7, changed_at = $8 WHERE family_id = $1 AND id = $2";

std::string Join(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += ',';
    out += id;
  }
  return out;
}

std::optional<int> Answer(const std::string& s) {
  int v = 0;
  const auto* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, v);
  if (ec != std::errc() || ptr != end || s.size() != 1 || v < domain::kFeedbackMin ||
      v > domain::kFeedbackMax) {
    return std::nullopt;
  }
  return v;
}

// The four answers as numbers, or the field that is wrong.
template <typename E>
Result<std::array<int, domain::kFeedbackQuestions>> Answers(const E& ev, const Envelope& env) {
  const std::array<const std::string*, domain::kFeedbackQuestions> raw = {&ev.heard, &ev.understood,
                                                                          &ev.safe, &ev.next_step};
  std::array<int, domain::kFeedbackQuestions> out{};
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto v = Answer(*raw[i]);
    if (!v) return Fail(env.BadField(domain::kFeedbackFields[i], "is not a whole number 1-5"));
    out[i] = *v;
  }
  return out;
}

Status MembersExist(SqlPort& port, const Envelope& env, const std::vector<std::string>& ids) {
  for (const auto& id : ids) {
    auto exists = port.Exists(sql::kMemberExists, env.chain(), id);
    if (!exists) return Fail(exists.error());
    if (!*exists) return Fail(env.Problem(Code::kNotFound, "unknown member " + id));
  }
  return {};
}

struct MeetingRow {
  std::string team_id;
  std::int64_t held_seq = 0;
};

Result<MeetingRow> FindMeeting(SqlPort& port, const Envelope& env, const std::string& id) {
  auto row = port.One<MeetingRow>(
      kMeetingTeam,
      [](const Row& r) {
        return MeetingRow{r.Text(0), r.Int(1)};
      },
      env.chain(), id);
  if (!row) return Fail(row.error());
  if (!*row) return Fail(env.Problem(Code::kNotFound, "unknown meeting " + id));
  return **row;
}

Status InsertItem(SqlPort& port, const Envelope& env, const std::string& id,
                  const std::string& meeting_id, std::string_view kind,
                  const std::string& member_id, std::string_view how, const std::string& words) {
  auto inserted = port.Write(kInsertItem, env.chain(), id, env.seq(), meeting_id, kind, member_id,
                             how, words, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "item exists: " + id));
  return {};
}

}  // namespace

Status Projector::On(const events::MeetingPlanned& ev, const Envelope& env) {
  if (!domain::ParseDate(ev.date)) return Fail(env.BadField("date", "is not a date"));
  if (auto s = MembersExist(port_, env, ev.members); !s) return s;
  auto inserted = port_.Write(kInsertMeeting, env.chain(), ev.id, env.seq(), ev.date, ev.time,
                              ev.place, ev.team_id, Join(ev.members), Join(ev.professionals),
                              Join(ev.network), env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "meeting exists: " + ev.id));
  return {};
}

Status Projector::On(const events::MeetingAgendaAdded& ev, const Envelope& env) {
  if (ev.kind != "point" && ev.kind != "question") {
    return Fail(env.BadField("kind", "is not point or question"));
  }
  auto meeting = FindMeeting(port_, env, ev.meeting_id);
  if (!meeting) return Fail(meeting.error());
  if (meeting->held_seq != 0) {
    return Fail(env.Problem(Code::kFailedPrecondition, "meeting " + ev.meeting_id + " was held"));
  }
  if (!ev.member_id.empty()) {
    if (auto s = MembersExist(port_, env, {ev.member_id}); !s) return s;
  }
  return InsertItem(port_, env, ev.id, ev.meeting_id, "agenda_" + ev.kind, ev.member_id, "",
                    ev.words);
}

Status Projector::On(const events::MeetingHeld& ev, const Envelope& env) {
  if (!ev.next_date.empty() && !domain::ParseDate(ev.next_date)) {
    return Fail(env.BadField("next_date", "is not a date"));
  }
  if (auto s = MembersExist(port_, env, ev.present_members); !s) return s;
  auto entry = port_.Exists(sql::kEntryExists, ev.summary_entry_id);
  if (!entry) return Fail(entry.error());
  if (!*entry) return Fail(env.Problem(Code::kNotFound, "unknown entry " + ev.summary_entry_id));
  auto updated = port_.Write(kMarkHeld, env.chain(), ev.meeting_id, env.seq(), env.actor(),
                             env.time(), Join(ev.present_members), Join(ev.present_professionals),
                             Join(ev.present_network), ev.summary_entry_id, ev.next_date);
  if (!updated) return Fail(updated.error());
  if (*updated == 0) {
    return Fail(env.Problem(Code::kFailedPrecondition,
                            "meeting " + ev.meeting_id + " is unknown or was recorded already"));
  }
  return {};
}

Status Projector::On(const events::MeetingChildHeard& ev, const Envelope& env) {
  if (!domain::ParseChildHeard(ev.how)) return Fail(env.BadField("how", "is not a known way"));
  auto meeting = FindMeeting(port_, env, ev.meeting_id);
  if (!meeting) return Fail(meeting.error());
  if (auto s = MembersExist(port_, env, {ev.child_id}); !s) return s;
  return InsertItem(port_, env, ev.meeting_id + ":" + ev.child_id, ev.meeting_id, "child",
                    ev.child_id, ev.how, ev.words);
}

Status Projector::On(const events::MeetingAgreementAdded& ev, const Envelope& env) {
  auto meeting = FindMeeting(port_, env, ev.meeting_id);
  if (!meeting) return Fail(meeting.error());
  return InsertItem(port_, env, ev.id, ev.meeting_id, "agreement", "", "", ev.words);
}

Status Projector::On(const events::MeetingFeedbackGiven& ev, const Envelope& env) {
  auto answers = Answers(ev, env);
  if (!answers) return Fail(answers.error());
  auto meeting = FindMeeting(port_, env, ev.meeting_id);
  if (!meeting) return Fail(meeting.error());
  if (meeting->held_seq == 0) {
    return Fail(env.Problem(Code::kFailedPrecondition, "meeting " + ev.meeting_id + " not held"));
  }
  if (auto s = MembersExist(port_, env, {ev.member_id}); !s) return s;
  auto answered = port_.Exists(kAnswered, env.chain(), ev.meeting_id, ev.member_id);
  if (!answered) return Fail(answered.error());
  if (*answered) {
    return Fail(env.Problem(Code::kAlreadyExists,
                            "feedback of " + ev.member_id + " on " + ev.meeting_id + " exists"));
  }
  const auto& a = *answers;
  auto inserted = port_.Write(kInsertFeedback, env.chain(), ev.id, env.seq(), ev.meeting_id,
                              ev.member_id, meeting->team_id, a[0], a[1], a[2], a[3], ev.words,
                              ev.child_wording, env.actor(), env.time());
  if (!inserted) return Fail(inserted.error());
  if (*inserted == 0) return Fail(env.Problem(Code::kAlreadyExists, "feedback exists: " + ev.id));
  return {};
}

Status Projector::On(const events::MeetingFeedbackChanged& ev, const Envelope& env) {
  auto answers = Answers(ev, env);
  if (!answers) return Fail(answers.error());
  const auto& a = *answers;
  auto updated = port_.Write(kChangeFeedback, env.chain(), ev.id, a[0], a[1], a[2], a[3], ev.words,
                             env.time());
  if (!updated) return Fail(updated.error());
  if (*updated == 0) return Fail(env.Problem(Code::kNotFound, "unknown feedback " + ev.id));
  return {};
}

}  // namespace stip::store::core
