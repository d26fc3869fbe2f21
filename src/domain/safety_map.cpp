#include "domain/safety_map.h"

#include <algorithm>
#include <tuple>
#include <utility>
#include <variant>

#include "domain/household.h"
#include "domain/local_time.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

void CheckWords(std::vector<FieldError>& out, const char* field, const std::string& words,
                std::size_t max, bool required) {
  if (auto p = CheckText(words, max, required, max > kMaxSafetyLineChars)) {
    out.emplace_back(field, std::move(*p));
  }
}

void CheckDangerId(std::vector<FieldError>& out, const SafetyMap& map, const std::string& id) {
  if (Trim(id).empty()) {
    out.push_back({"danger_id", Required()});
  } else if (!FindDanger(map, Trim(id))) {
    out.push_back({"danger_id", UnknownId("danger statement")});
  }
}

// A young person (16+) whose own voice this is.
bool IsYoungPersonMember(const Member& m, const AccessQuery& query) {
  return m.role == MemberRole::kChild &&
         AgeOn(m.birth_date, query.today) >= query.policy.young_person_decides_age;
}

}  // namespace

std::string_view ToString(ParticipantKind v) {
  return v == ParticipantKind::kProfessional ? "professional" : "member";
}

std::optional<ParticipantKind> ParseParticipantKind(std::string_view s) {
  if (s == "member") return ParticipantKind::kMember;
  if (s == "professional") return ParticipantKind::kProfessional;
  return std::nullopt;
}

ScaleWording ScaleWordingFor(bool child) {
  if (child) {
    return {"Thuis is het niet veilig voor mij.",
            "Thuis is het veilig genoeg. Er hoeft niemand meer mee te kijken."};
  }
  return {"De kinderen zijn thuis niet veilig.",
          "De kinderen zijn thuis veilig genoeg. Het dossier kan dicht."};
}

int CurrentRound(const SafetyMap& map) {
  int n = 0;
  for (const auto& r : map.rounds) n = std::max(n, r.number);
  return n;
}

const DangerStatement* FindDanger(const SafetyMap& map, std::string_view id) {
  for (const auto& d : map.dangers) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

const ScaleAnswer* FindAnswer(const SafetyMap& map, std::string_view danger_id, int round,
                              std::string_view participant_id) {
  for (const auto& a : map.answers) {
    if (a.danger_id == danger_id && a.round == round && a.participant_id == participant_id) {
      return &a;
    }
  }
  return nullptr;
}

std::vector<FieldError> CheckDanger(const std::string& who_worried, const std::string& worry,
                                    const std::string& if_nothing_changes) {
  std::vector<FieldError> errors;
  CheckWords(errors, "who_worried", who_worried, kMaxSafetyLineChars, true);
  CheckWords(errors, "worry", worry, kMaxSafetyTextChars, true);
  CheckWords(errors, "if_nothing_changes", if_nothing_changes, kMaxSafetyTextChars, true);
  return errors;
}

std::vector<FieldError> CheckStrength(const std::string& words) {
  std::vector<FieldError> errors;
  CheckWords(errors, "words", words, kMaxSafetyTextChars, true);
  return errors;
}

std::vector<FieldError> CheckGoal(const SafetyMap& map, const std::string& danger_id,
                                  const std::string& words) {
  std::vector<FieldError> errors;
  CheckDangerId(errors, map, danger_id);
  CheckWords(errors, "words", words, kMaxSafetyTextChars, true);
  return errors;
}

std::vector<FieldError> CheckDisagreement(const Family& family, const SafetyMap& map,
                                          const std::string& danger_id,
                                          const std::string& member_id, const std::string& words) {
  std::vector<FieldError> errors;
  CheckDangerId(errors, map, danger_id);
  const Member* m = FindMemberIn(family, Trim(member_id));
  if (Trim(member_id).empty()) {
    errors.push_back({"member_id", Required()});
  } else if (!m) {
    errors.push_back({"member_id", NotAMember()});
  } else if (HasLeftHousehold(*m)) {
    errors.push_back({"member_id", FieldCode::kMemberHasLeft, "has left the household already"});
  }
  CheckWords(errors, "words", words, kMaxSafetyTextChars, true);
  return errors;
}

std::vector<FieldError> CheckScore(const SafetyMap& map, const std::string& danger_id,
                                   std::optional<int> score, const std::string& words) {
  std::vector<FieldError> errors;
  CheckDangerId(errors, map, danger_id);
  if (!score) {
    errors.push_back({"score", Required("is required: a whole number from 0 to 10")});
  } else if (*score < kMinScore || *score > kMaxScore) {
    errors.push_back({"score",
                      FieldCode::kOutOfRange,
                      "must be a whole number from 0 to 10",
                      {{"min", std::int64_t{kMinScore}}, {"max", std::int64_t{kMaxScore}}}});
  }
  CheckWords(errors, "words", words, kMaxSafetyTextChars, false);
  return errors;
}

Decision DecideSafetyMap(const Family& family, const AccessQuery& query) {
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    return {false, Reason::kSharedOnly, false};
  }
  return Decide(family, query, Action::kViewEntries);
}

ScorerDecision DecideScorer(const Family& family, const AccessQuery& query) {
  ScorerDecision out;
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    out.reason = Reason::kSharedOnly;
    return out;
  }
  if (const auto* pro = std::get_if<ProfessionalViewer>(&query.viewer)) {
    const Decision d = Decide(family, query, Action::kAddEntry);
    out.allowed = d.allowed;
    out.reason = d.reason;
    out.kind = ParticipantKind::kProfessional;
    out.participant_id = pro->user_id;
    return out;
  }
  const auto& member = std::get<MemberViewer>(query.viewer);
  const Decision d = Decide(family, query, Action::kViewEntries);
  out.allowed = d.allowed;
  out.reason = d.reason;
  out.participant_id = member.member_id;
  const Member* m = FindMemberIn(family, member.member_id);
  out.child = m && m->role == MemberRole::kChild;
  if (out.allowed && m && HasLeftHousehold(*m)) {
    out.allowed = false;
    out.reason = Reason::kWrittenAfterLeaving;
  }
  return out;
}

Decision DecideMapEditor(const Family& family, const AccessQuery& query) {
  const Decision d = Decide(family, query, Action::kAddEntry);
  if (!d.allowed) return d;
  const auto* pro = std::get_if<ProfessionalViewer>(&query.viewer);
  if (!pro) return {false, Reason::kProfessionalsOnly, false};
  const bool runs_the_file =
      std::any_of(family.involvements.begin(), family.involvements.end(), [&](const auto& inv) {
        return inv.user_id == pro->user_id &&
               (inv.role == InvolvementRole::kLead || inv.role == InvolvementRole::kDuo) &&
               inv.started_at <= query.now && (!inv.ended_at || *inv.ended_at > query.now);
      });
  if (!runs_the_file) return {false, Reason::kLeadOnly, false};
  return d;
}

std::vector<FieldError> CheckRecordedFor(const Family& family, const AccessQuery& query,
                                         const std::string& child_id) {
  std::vector<FieldError> errors;
  const Member* m = FindMemberIn(family, Trim(child_id));
  if (!m) {
    errors.push_back({"recorded_for", NotAMember()});
  } else if (m->role != MemberRole::kChild ||
             AgeOn(m->birth_date, query.today) >= query.policy.own_access_age) {
    errors.push_back({"recorded_for", FieldCode::kInvalid,
                      "must be a child under 12: a child of 12 or older answers from their own "
                      "account"});
  } else if (HasLeftHousehold(*m)) {
    errors.push_back({"recorded_for", FieldCode::kMemberHasLeft, "has left the household already"});
  }
  return errors;
}

bool MayReadVoiceOf(const Family& family, const AccessQuery& query, ParticipantKind kind,
                    const std::string& participant_id) {
  const auto* viewer = std::get_if<MemberViewer>(&query.viewer);
  if (!viewer || kind != ParticipantKind::kMember) return true;
  if (viewer->member_id == participant_id) return true;
  const Member* owner = FindMemberIn(family, participant_id);
  if (!owner || !IsYoungPersonMember(*owner, query)) return true;
  // As for an entry (EntryBasis): a young person's consent is for a parent or carer, so a
  // consent on record naming a brother or another adult of the household opens nothing.
  const Member* reader = FindMemberIn(family, viewer->member_id);
  if (!reader || (reader->role != MemberRole::kParent && reader->role != MemberRole::kCarer)) {
    return false;
  }
  return std::any_of(query.consents.begin(), query.consents.end(), [&](const Consent& c) {
    return c.young_person_id == participant_id && c.member_id == viewer->member_id &&
           Holds(c, query.today);
  });
}

bool HasLeftHousehold(const Member& member) { return member.left_on.has_value(); }

SafetyMap VisibleMap(const Family& family, const AccessQuery& query, const SafetyMap& map,
                     std::span<const Withholding> withholdings) {
  SafetyMap out = map;
  if (std::holds_alternative<MemberViewer>(query.viewer)) {
    // Each item as an entry about the whole household, judged as any such entry is.
    const auto hidden = [&](const std::string& id, std::int64_t seq, Millis at) {
      const EntryAudience entry{id, {}, std::nullopt, seq, AmsterdamDate(at)};
      return DecideEntry(family, query, entry, {}).visibility != Visibility::kVisible;
    };
    std::erase_if(out.dangers,
                  [&](const DangerStatement& d) { return hidden(d.id, d.seq, d.added_at); });
    std::erase_if(out.disagreements,
                  [&](const Disagreement& d) { return hidden(d.id, d.seq, d.added_at); });
    std::erase_if(out.strengths,
                  [&](const Strength& s) { return hidden(s.id, s.seq, s.added_at); });
    std::erase_if(out.goals, [&](const SafetyGoal& g) { return hidden(g.id, g.seq, g.added_at); });
    std::erase_if(out.answers,
                  [&](const ScaleAnswer& a) { return hidden(a.id, a.seq, a.given_at); });
    // What hangs on a worry the member does not read goes with it.
    const auto gone = [&](const std::string& danger_id) { return !FindDanger(out, danger_id); };
    std::erase_if(out.disagreements, [&](const Disagreement& d) { return gone(d.danger_id); });
    std::erase_if(out.goals, [&](const SafetyGoal& g) { return gone(g.danger_id); });
    std::erase_if(out.answers, [&](const ScaleAnswer& a) { return gone(a.danger_id); });
  }
  // Issue 11 item 6: a withheld item keeps its place without its words.
  for (auto& d : out.dangers) {
    if (MarkWithheld(query, d.id, withholdings, out.withheld)) {
      d.who_worried.clear();
      d.worry.clear();
      d.if_nothing_changes.clear();
    }
  }
  for (auto& st : out.strengths) {
    if (MarkWithheld(query, st.id, withholdings, out.withheld)) st.words.clear();
  }
  for (auto& g : out.goals) {
    if (MarkWithheld(query, g.id, withholdings, out.withheld)) g.words.clear();
  }
  if (std::holds_alternative<MemberViewer>(query.viewer)) {
    // What hangs on a withheld danger statement would tell what it says.
    const auto held = [&](const std::string& danger_id) {
      return out.withheld.count(danger_id) > 0;
    };
    std::erase_if(out.disagreements, [&](const Disagreement& d) { return held(d.danger_id); });
    std::erase_if(out.goals, [&](const SafetyGoal& g) { return held(g.danger_id); });
    std::erase_if(out.answers, [&](const ScaleAnswer& a) { return held(a.danger_id); });
  }
  std::erase_if(out.disagreements, [&](const Disagreement& d) {
    return !MayReadVoiceOf(family, query, ParticipantKind::kMember, d.member_id);
  });
  std::erase_if(out.answers, [&](const ScaleAnswer& a) {
    return !MayReadVoiceOf(family, query, a.kind, a.participant_id);
  });
  return out;
}

bool ParticipantBefore(const Participant& a, const Participant& b) {
  return std::tie(a.rank, a.name, a.id) < std::tie(b.rank, b.name, b.id);
}

std::vector<Series> SeriesOf(const SafetyMap& map, const std::string& danger_id,
                             std::span<const Participant> participants) {
  std::vector<Series> out;
  for (const auto& a : map.answers) {
    if (a.danger_id != danger_id) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const Series& s) {
      return s.participant.id == a.participant_id && s.participant.kind == a.kind;
    });
    if (it != out.end()) continue;
    Series s;
    auto known = std::find_if(participants.begin(), participants.end(), [&](const Participant& p) {
      return p.id == a.participant_id && p.kind == a.kind;
    });
    if (known != participants.end()) {
      s.participant = *known;
    } else {
      s.participant = {a.kind, a.participant_id, a.participant_id,
                       a.kind == ParticipantKind::kProfessional ? 3 : 2};
    }
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const Series& a, const Series& b) {
    return ParticipantBefore(a.participant, b.participant);
  });
  for (auto& s : out) {
    for (const auto& r : map.rounds) {
      const ScaleAnswer* a = FindAnswer(map, danger_id, r.number, s.participant.id);
      s.points.push_back({r.number, a ? std::optional<int>(a->score) : std::nullopt, a});
    }
  }
  return out;
}

}  // namespace stip::domain
