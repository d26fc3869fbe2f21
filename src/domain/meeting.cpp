#include "domain/meeting.h"

#include <algorithm>
#include <set>
#include <utility>
#include <variant>

#include "domain/household.h"
#include "domain/local_time.h"
#include "domain/safety_map.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

void CheckWords(std::vector<FieldError>& out, const std::string& field, const std::string& words,
                std::size_t max, bool required) {
  if (auto p = CheckText(words, max, required, max > kMaxMeetingLineChars)) {
    out.emplace_back(field, std::move(*p));
  }
}

bool InvolvedNow(const Family& family, std::string_view user_id, Millis now) {
  return std::any_of(family.involvements.begin(), family.involvements.end(), [&](const auto& inv) {
    return inv.user_id == user_id && inv.started_at <= now &&
           (!inv.ended_at || *inv.ended_at > now);
  });
}

// Each id once, each a current household member / involved professional / network member.
void CheckPeople(std::vector<FieldError>& out, const std::string& field,
                 const std::vector<std::string>& ids, const auto& known) {
  if (ids.size() > kMaxParticipants) {
    out.push_back({field,
                   FieldCode::kTooMany,
                   "lists too many people",
                   {{"max", static_cast<std::int64_t>(kMaxParticipants)}}});
    return;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string path = field + "[" + std::to_string(i) + "]";
    if (!seen.insert(ids[i]).second) {
      out.push_back({path, FieldCode::kDuplicate, "is listed twice"});
    } else if (auto p = known(ids[i])) {
      out.emplace_back(path, std::move(*p));
    }
  }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view ToString(ChildHeard v) {
  switch (v) {
    case ChildHeard::kPresent:
      return "present";
    case ChildHeard::kHeardBefore:
      return "heard_before";
    case ChildHeard::kOwnWords:
      return "own_words";
    case ChildHeard::kNotHeard:
      break;
  }
  return "not_heard";
}

std::optional<ChildHeard> ParseChildHeard(std::string_view s) {
  for (auto v : {ChildHeard::kPresent, ChildHeard::kHeardBefore, ChildHeard::kOwnWords,
                 ChildHeard::kNotHeard}) {
    if (ToString(v) == s) return v;
  }
  return std::nullopt;
}

bool FeedbackChangeable(const Feedback& feedback, Millis now) {
  return now < feedback.given_at + kFeedbackChangeWindow;
}

FeedbackWording FeedbackWordingFor(bool child) {
  if (child) {
    return {{"Luisterden ze naar jou?", "Snapte je wat er besloten is?", "Voel jij je veilig?",
             "Weet je wat er nu gaat gebeuren?"},
            "helemaal niet",
            "helemaal wel"};
  }
  return {{"Voelde u zich gehoord?", "Begreep u wat er besloten is?", "Voelt u zich veilig?",
           "Is de volgende stap duidelijk?"},
          "helemaal niet",
          "helemaal wel"};
}

bool ChildWording(const Member& member, Date today) {
  return member.role == MemberRole::kChild && AgeOn(member.birth_date, today) < 16;
}

std::vector<FieldError> CheckMeetingPlan(const Family& family, const NewMeetingPlan& plan,
                                         std::span<const std::string> network_ids, Millis now) {
  std::vector<FieldError> errors;
  if (Trim(plan.date).empty()) {
    errors.push_back({"date", Required()});
  } else if (!ParseDate(Trim(plan.date))) {
    errors.push_back({"date", NotADate()});
  }
  const std::string time = Trim(plan.time);
  if (!time.empty()) {
    const bool ok = time.size() == 5 && time[2] == ':' && IsDigit(time[0]) && IsDigit(time[1]) &&
                    IsDigit(time[3]) && IsDigit(time[4]) && std::stoi(time.substr(0, 2)) < 24 &&
                    std::stoi(time.substr(3, 2)) < 60;
    if (!ok) {
      errors.push_back(
          {"time", FieldCode::kBadFormat, "must be a time as HH:MM", {{"format", "HH:MM"}}});
    }
  }
  CheckWords(errors, "place", plan.place, kMaxMeetingLineChars, true);
  CheckPeople(errors, "members", plan.members,
              [&](const std::string& id) -> std::optional<Problem> {
                const Member* m = FindMemberIn(family, id);
                if (!m) return NotAMember();
                if (m->left_on) {
                  return Problem{FieldCode::kMemberHasLeft, "has left the household already", {}};
                }
                return std::nullopt;
              });
  CheckPeople(errors, "professionals", plan.professionals,
              [&](const std::string& id) -> std::optional<Problem> {
                if (!InvolvedNow(family, id, now)) {
                  return Problem{FieldCode::kNotInvolvedHere, "is not involved in this file", {}};
                }
                return std::nullopt;
              });
  CheckPeople(errors, "network", plan.network,
              [&](const std::string& id) -> std::optional<Problem> {
                if (std::find(network_ids.begin(), network_ids.end(), id) == network_ids.end()) {
                  return UnknownId("network member");
                }
                return std::nullopt;
              });
  if (plan.members.empty() && plan.professionals.empty() && plan.network.empty()) {
    errors.push_back({"members",
                      FieldCode::kTooFew,
                      "name at least one participant",
                      {{"min", std::int64_t{1}}}});
  }
  return errors;
}

std::vector<FieldError> CheckAgendaItem(const std::string& kind, const std::string& words) {
  std::vector<FieldError> errors;
  const std::string k = Trim(kind);
  if (!k.empty() && k != "point" && k != "question") {
    errors.push_back({"kind", FieldCode::kInvalid, "must be point or question"});
  }
  CheckWords(errors, "words", words, kMaxMeetingTextChars, true);
  return errors;
}

std::vector<FieldError> CheckMeetingRecord(const Family& family, const Meeting& meeting,
                                           const NewMeetingRecord& record,
                                           std::span<const std::string> network_ids) {
  std::vector<FieldError> errors;
  const auto member_ok = [&](const std::string& id) -> std::optional<Problem> {
    if (!FindMemberIn(family, id)) return NotAMember();
    return std::nullopt;
  };
  CheckPeople(errors, "present_members", record.present_members, member_ok);
  CheckPeople(errors, "present_professionals", record.present_professionals,
              [&](const std::string& id) -> std::optional<Problem> {
                const bool known =
                    std::any_of(family.involvements.begin(), family.involvements.end(),
                                [&](const auto& inv) { return inv.user_id == id; }) ||
                    std::find(meeting.professionals.begin(), meeting.professionals.end(), id) !=
                        meeting.professionals.end();
                if (!known)
                  return Problem{FieldCode::kNotInvolvedHere, "is not involved in this file", {}};
                return std::nullopt;
              });
  CheckPeople(errors, "present_network", record.present_network,
              [&](const std::string& id) -> std::optional<Problem> {
                if (std::find(network_ids.begin(), network_ids.end(), id) == network_ids.end()) {
                  return UnknownId("network member");
                }
                return std::nullopt;
              });
  // Every child of the household: whether and how they were there or heard.
  std::set<std::string> told;
  for (std::size_t i = 0; i < record.children.size(); ++i) {
    const auto& c = record.children[i];
    const std::string path = "children[" + std::to_string(i) + "]";
    const Member* m = FindMemberIn(family, c.child_id);
    if (!m || m->role != MemberRole::kChild) {
      errors.push_back({path + ".child_id", FieldCode::kInvalid, "is not a child of this family"});
      continue;
    }
    if (!told.insert(c.child_id).second) {
      errors.push_back({path + ".child_id", FieldCode::kDuplicate, "is listed twice"});
    }
    CheckWords(errors, path + ".words", c.words, kMaxMeetingTextChars,
               c.how == ChildHeard::kNotHeard);
  }
  for (const auto& m : family.members) {
    if (m.role == MemberRole::kChild && !m.left_on && !told.contains(m.id)) {
      errors.push_back({"children", FieldCode::kRequired,
                        "say for every child whether and how they were heard (" + m.id + ")"});
    }
  }
  if (record.agreements.size() > kMaxAgreements) {
    errors.push_back({"agreements",
                      FieldCode::kTooMany,
                      "lists too many agreements",
                      {{"max", static_cast<std::int64_t>(kMaxAgreements)}}});
  } else {
    for (std::size_t i = 0; i < record.agreements.size(); ++i) {
      CheckWords(errors, "agreements[" + std::to_string(i) + "]", record.agreements[i],
                 kMaxMeetingTextChars, true);
    }
  }
  const std::string next = Trim(record.next_date);
  if (!next.empty()) {
    const auto d = ParseDate(next);
    if (!d) {
      errors.push_back({"next_date", NotADate()});
    } else if (*d <= meeting.date) {
      errors.push_back({"next_date",
                        FieldCode::kDateBeforeStart,
                        "must lie after the meeting",
                        {{"start", FormatDate(AddDays(meeting.date, 1))}}});
    }
  }
  return errors;
}

std::vector<FieldError> CheckFeedback(
    const std::array<std::optional<int>, kFeedbackQuestions>& answers, const std::string& words) {
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < kFeedbackQuestions; ++i) {
    const std::string field(kFeedbackFields[i]);
    if (!answers[i]) {
      errors.push_back({field, Required("is required: a whole number from 1 to 5")});
    } else if (*answers[i] < kFeedbackMin || *answers[i] > kFeedbackMax) {
      errors.push_back(
          {field,
           FieldCode::kOutOfRange,
           "must be a whole number from 1 to 5",
           {{"min", std::int64_t{kFeedbackMin}}, {"max", std::int64_t{kFeedbackMax}}}});
    }
  }
  CheckWords(errors, "words", words, kMaxMeetingTextChars, false);
  return errors;
}

const Meeting* FindMeeting(std::span<const Meeting> meetings, std::string_view id) {
  for (const auto& m : meetings) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

Decision DecideMeetings(const Family& family, const AccessQuery& query) {
  return DecideSafetyMap(family, query);
}

Decision DecideMeetingEditor(const Family& family, const AccessQuery& query) {
  return DecideMapEditor(family, query);
}

Decision DecideAgenda(const Family& family, const AccessQuery& query) {
  const auto d = DecideScorer(family, query);
  return {d.allowed, d.reason, false};
}

Decision DecideFeedback(const Family& family, const AccessQuery& query, const Meeting& meeting) {
  const auto* member = std::get_if<MemberViewer>(&query.viewer);
  if (!member) {
    if (std::holds_alternative<NetworkViewer>(query.viewer)) {
      return {false, Reason::kSharedOnly, false};
    }
    return {false, Reason::kFamilyOnly, false};
  }
  // Whoever was there may say how it was: who reads the file, and a parent who reads only the
  // summary of the file.
  Decision d = Decide(family, query, Action::kViewEntries);
  if (!d.allowed) {
    const Decision summary = Decide(family, query, Action::kViewSummary);
    if (!summary.allowed) return d;
    d = summary;
  }
  const Member* m = FindMemberIn(family, member->member_id);
  if (!m) return {false, Reason::kUnknownViewer, false};
  if (m->left_on) return {false, Reason::kWrittenAfterLeaving, false};
  if (!meeting.record ||
      std::find(meeting.record->present_members.begin(), meeting.record->present_members.end(),
                member->member_id) == meeting.record->present_members.end()) {
    return {false, Reason::kNotConcerned, false};
  }
  return d;
}

std::vector<Meeting> VisibleMeetings(const Family& family, const AccessQuery& query,
                                     std::vector<Meeting> meetings,
                                     std::span<const Withholding> withholdings) {
  // Issue 11 item 6: a withheld agreement keeps its place without its words.
  const auto mark = [&](std::vector<Meeting>& list) {
    for (auto& m : list) {
      for (auto& a : m.agreements) {
        if (MarkWithheld(query, a.id, withholdings, m.withheld)) a.words.clear();
      }
    }
  };
  if (!std::holds_alternative<MemberViewer>(query.viewer)) {
    mark(meetings);
    return meetings;
  }
  std::erase_if(meetings, [&](const Meeting& m) {
    const EntryAudience entry{m.id, {}, std::nullopt, m.seq, AmsterdamDate(m.planned_at)};
    return DecideEntry(family, query, entry, {}).visibility != Visibility::kVisible;
  });
  // A member who left reads a meeting planned while they lived in the household as it stood on
  // the day they left: not its record (who was there, how each child was heard, agreements, the
  // next date) nor agenda points written from that day on.
  const Member* me = FindMemberIn(family, std::get<MemberViewer>(query.viewer).member_id);
  if (me && me->left_on) {
    const Date left = *me->left_on;
    for (auto& m : meetings) {
      std::erase_if(m.agenda,
                    [&](const AgendaItem& a) { return !(AmsterdamDate(a.added_at) < left); });
      if (m.record && !(AmsterdamDate(m.record->recorded_at) < left)) {
        m.record.reset();
        m.agreements.clear();
      }
    }
  }
  mark(meetings);
  return meetings;
}

Date FeedbackCountedBefore(const Date& today) {
  const Date quarter{today.year, ((today.month - 1) / 3) * 3 + 1, 1};
  return AddDays(quarter, -kFeedbackChangeDays);
}

FeedbackAggregate AggregateFeedback(std::span<const TeamAnswer> answers, const Date& today) {
  FeedbackAggregate out;
  out.counted_before = FeedbackCountedBefore(today);
  std::vector<const TeamAnswer*> counted;
  std::set<std::string> families;
  for (const auto& a : answers) {
    if (!(AmsterdamDate(a.given_at) < out.counted_before)) continue;
    counted.push_back(&a);
    families.insert(a.family_id);
  }
  if (static_cast<int>(counted.size()) < kMinFeedbackCell ||
      static_cast<int>(families.size()) < kMinFeedbackCell) {
    return out;  // a small cell: nothing, not even how many
  }
  out.suppressed = false;
  out.answers = static_cast<int>(counted.size());
  out.families = static_cast<int>(families.size());
  for (const auto* a : counted) {
    for (std::size_t q = 0; q < kFeedbackQuestions; ++q) {
      const int v = a->answers[q];
      if (v >= kFeedbackMin && v <= kFeedbackMax) ++out.distribution[q][v - 1];
    }
  }
  return out;
}

}  // namespace stip::domain
