// The safety map (issue 11 item 1): professionals open rounds and add worries, strengths and
// goals; family members write in their disagreement; every participant answers for themselves.
// Open to the family by default (a 16+'s own voice is theirs), every change an event, every
// read on the record. Nothing here adds, averages or ranks the answers.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "app/events.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/safety_map.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

int RankOf(domain::MemberRole role) {
  switch (role) {
    case domain::MemberRole::kParent:
    case domain::MemberRole::kCarer:
      return 0;
    case domain::MemberRole::kChild:
      return 1;
    default:
      return 2;
  }
}

domain::Error NoRoundYet() {
  return domain::Error{Code::kFailedPrecondition,
                       "The safety map has no round yet: an involved professional opens round 1 "
                       "first (POST .../safety-map/rounds).",
                       {}};
}

// The lead and the duo shape the map (domain::DecideMapEditor); whoever else writes entries
// (a second opinion, the previous lead) answers with their own score only.
// Issue 11 item 6: whether the danger statement `danger_id` is withheld (in force) from the
// member `member_id`: then it is not theirs to answer or disagree with, as if it did not exist.
bool WithheldFrom(const std::vector<domain::Withholding>& withholdings,
                  const std::string& danger_id, const std::string& member_id,
                  const domain::AccessQuery& query) {
  for (const auto& w : withholdings) {
    if (w.entry_id == danger_id && domain::AppliesTo(w, member_id) &&
        domain::InForce(w, query.today, query.policy)) {
      return true;
    }
  }
  return false;
}

// The same answer as for a danger statement that does not exist.
domain::Error UnknownDanger(std::string message) {
  return domain::Error::Invalid(std::move(message),
                                {{"danger_id", domain::UnknownId("danger statement")}});
}

Status MayShapeMap(const Access& access) {
  const auto d = domain::DecideMapEditor(access.family, access.query);
  if (d.allowed) return {};
  return Fail(Code::kPermissionDenied,
              "Only the lead and the duo open rounds and add to the safety map (" +
                  std::string(domain::ToString(d.reason)) +
                  "); you may answer with your own score.");
}

}  // namespace

Result<SafetyMapView> Stip::SafetyMapOf(const Principal& who, const std::string& family_id,
                                        const std::string& purpose) {
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  const domain::Decision may = domain::DecideSafetyMap(access->family, access->query);
  if (!may.allowed) {
    if (who.IsNetwork()) {
      return Fail(
          domain::Error::NotFound("No family file '" + family_id + "' that you are involved in."));
    }
    return Fail(Code::kPermissionDenied, "You may not read the safety map of this file (" +
                                             std::string(domain::ToString(may.reason)) + ").");
  }
  auto map = families_.LoadSafetyMap(family_id);
  if (!map) return tl::unexpected(map.error());
  SafetyMapView view;
  view.family_id = family_id;
  view.family_name = access->family.name;
  auto withholdings = reactions_.ListWithholdings(family_id);
  if (!withholdings) return tl::unexpected(withholdings.error());
  view.map = domain::VisibleMap(access->family, access->query, *map, *withholdings);
  view.current_round = domain::CurrentRound(view.map);
  view.me = domain::DecideScorer(access->family, access->query);
  view.wording = domain::ScaleWordingFor(view.me.child);
  view.child_wording = domain::ScaleWordingFor(true);
  view.may_edit = !who.IsFamily() && domain::DecideMapEditor(access->family, access->query).allowed;
  for (const auto& m : access->family.members) {
    view.names[m.id] = m.name;
    view.participants.push_back({domain::ParticipantKind::kMember, m.id, m.name, RankOf(m.role)});
    if (!view.may_edit || m.left_on) continue;
    view.members.push_back(m);
    if (m.role == domain::MemberRole::kChild &&
        domain::AgeOn(m.birth_date, access->query.today) < access->query.policy.own_access_age) {
      view.young_children.push_back(m);
    }
  }
  // The professionals who added or answered something, and those involved now.
  std::set<std::string> users;
  for (const auto& inv : access->family.involvements) users.insert(inv.user_id);
  for (const auto& r : view.map.rounds) users.insert(r.opened_by);
  for (const auto& d : view.map.dangers) users.insert(d.added_by);
  for (const auto& s : view.map.strengths) users.insert(s.added_by);
  for (const auto& g : view.map.goals) users.insert(g.added_by);
  for (const auto& a : view.map.answers) {
    if (a.kind == domain::ParticipantKind::kProfessional || a.recorded) users.insert(a.given_by);
  }
  for (const auto& d : view.map.disagreements) {
    if (!d.written_by.starts_with("acc")) users.insert(d.written_by);
  }
  for (const auto& id : users) {
    if (id.starts_with("acc") || id == "system") continue;
    auto pro = LoadProfessional(id);
    if (!pro) {
      if (pro.error().code == Code::kNotFound) continue;
      return tl::unexpected(pro.error());
    }
    view.names[id] = pro->user.display_name;
    view.participants.push_back(
        {domain::ParticipantKind::kProfessional, id, pro->user.display_name, 3});
  }
  std::sort(view.participants.begin(), view.participants.end(), domain::ParticipantBefore);
  if (auto r = LogRead(who, family_id, access->role, "safety_map",
                       PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Result<int> Stip::OpenSafetyRound(const Principal& who, const std::string& family_id) {
  int number = 0;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayShapeMap(*access); !may) return tl::unexpected(may.error());
    auto map = families_.LoadSafetyMap(family_id);
    if (!map) return tl::unexpected(map.error());
    number = domain::CurrentRound(*map) + 1;
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::SafetyRoundOpened{.round = std::to_string(number)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return number;
}

Result<std::string> Stip::AddDanger(const Principal& who, const std::string& family_id,
                                    const NewDanger& input) {
  const std::string id = ids_.NewId("dng");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayShapeMap(*access); !may) return tl::unexpected(may.error());
    auto errors = domain::CheckDanger(input.who_worried, input.worry, input.if_nothing_changes);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The worry cannot be added like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::SafetyDangerAdded{.id = id,
                                  .who_worried = domain::Trim(input.who_worried),
                                  .worry = domain::Trim(input.worry),
                                  .if_nothing_changes = domain::Trim(input.if_nothing_changes)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<std::string> Stip::AddStrength(const Principal& who, const std::string& family_id,
                                      const std::string& words) {
  const std::string id = ids_.NewId("str");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayShapeMap(*access); !may) return tl::unexpected(may.error());
    auto errors = domain::CheckStrength(words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("What goes well cannot be added like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::SafetyStrengthAdded{.id = id, .words = domain::Trim(words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<std::string> Stip::AddSafetyGoal(const Principal& who, const std::string& family_id,
                                        const std::string& danger_id, const std::string& words) {
  const std::string id = ids_.NewId("sgl");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayShapeMap(*access); !may) return tl::unexpected(may.error());
    auto map = families_.LoadSafetyMap(family_id);
    if (!map) return tl::unexpected(map.error());
    auto errors = domain::CheckGoal(*map, danger_id, words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The safety goal cannot be added like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::SafetyGoalAdded{
            .id = id, .danger_id = domain::Trim(danger_id), .words = domain::Trim(words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<std::string> Stip::AddDisagreement(const Principal& who, const std::string& family_id,
                                          const NewDisagreement& input) {
  const std::string id = ids_.NewId("dsg");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    std::string member_id = domain::Trim(input.member_id);
    if (who.IsFamily()) {
      // A member writes their own disagreement, never someone else's.
      const auto me = domain::DecideScorer(access->family, access->query);
      if (!me.allowed) {
        if (who.IsNetwork()) return Fail(domain::Error::NotFound("No such family file."));
        return Fail(Code::kPermissionDenied, "You may not write in the safety map of this file (" +
                                                 std::string(domain::ToString(me.reason)) + ").");
      }
      if (!member_id.empty() && member_id != me.participant_id) {
        return Fail(domain::Error::Invalid(
            "The disagreement cannot be added like this.",
            {{"member_id", domain::FieldCode::kDoesNotMatch,
              "a family member writes only their own disagreement; leave member_id out"}}));
      }
      member_id = me.participant_id;
    } else {
      const auto d = domain::Decide(access->family, access->query, domain::Action::kAddEntry);
      if (!d.allowed) {
        return Fail(Code::kPermissionDenied, "You may not write in the safety map of this file (" +
                                                 std::string(domain::ToString(d.reason)) + ").");
      }
      if (auto may = MayShapeMap(*access); !may) return tl::unexpected(may.error());
    }
    if (!member_id.empty()) {
      // Nobody writes a disagreement beside a worry withheld from that member (issue 11 item 6).
      auto withholdings = reactions_.ListWithholdings(family_id);
      if (!withholdings) return tl::unexpected(withholdings.error());
      if (WithheldFrom(*withholdings, domain::Trim(input.danger_id), member_id, access->query)) {
        if (!who.IsFamily()) {
          return Fail(domain::Error::Invalid(
              "The disagreement cannot be added like this.",
              {{"member_id", domain::FieldCode::kWithheldFromMember,
                "this worry is withheld from this family member: write down no disagreement "
                "of theirs until the withholding ends"}}));
        }
        return Fail(UnknownDanger("The disagreement cannot be added like this."));
      }
    }
    auto map = families_.LoadSafetyMap(family_id);
    if (!map) return tl::unexpected(map.error());
    auto errors =
        domain::CheckDisagreement(access->family, *map, input.danger_id, member_id, input.words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The disagreement cannot be added like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    // Word for word: the words are kept as typed, only the ends trimmed.
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::SafetyDisagreementAdded{.id = id,
                                                  .danger_id = domain::Trim(input.danger_id),
                                                  .member_id = member_id,
                                                  .words = domain::Trim(input.words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<std::string> Stip::GiveScore(const Principal& who, const std::string& family_id,
                                    const NewScore& input) {
  const std::string id = ids_.NewId("sca");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    auto me = domain::DecideScorer(access->family, access->query);
    if (!me.allowed) {
      if (who.IsNetwork()) return Fail(domain::Error::NotFound("No such family file."));
      return Fail(Code::kPermissionDenied, "You may not answer in the safety map of this file (" +
                                               std::string(domain::ToString(me.reason)) + ").");
    }
    const std::string recorded_for = domain::Trim(input.recorded_for);
    if (!recorded_for.empty()) {
      if (me.kind != domain::ParticipantKind::kProfessional) {
        return Fail(Code::kPermissionDenied,
                    "Only a professional takes down a younger child's answer.");
      }
      if (auto may = MayShapeMap(*access); !may) return tl::unexpected(may.error());
      auto errors = domain::CheckRecordedFor(access->family, access->query, recorded_for);
      if (!errors.empty()) {
        return Fail(domain::Error::Invalid("The answer cannot be taken down like this.", errors));
      }
      me.kind = domain::ParticipantKind::kMember;
      me.participant_id = recorded_for;
      me.child = true;
    }
    auto map = families_.LoadSafetyMap(family_id);
    if (!map) return tl::unexpected(map.error());
    const int round = domain::CurrentRound(*map);
    if (round == 0) return Fail(NoRoundYet());
    auto errors = domain::CheckScore(*map, input.danger_id, input.score, input.words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The answer cannot be given like this.", errors));
    }
    const std::string danger_id = domain::Trim(input.danger_id);
    // Issue 11 item 6: a danger statement withheld from a member is not theirs to answer (they
    // cannot read it), nor a professional's to take down for a child it is withheld from.
    if (me.kind == domain::ParticipantKind::kMember) {
      auto withholdings = reactions_.ListWithholdings(family_id);
      if (!withholdings) return tl::unexpected(withholdings.error());
      if (WithheldFrom(*withholdings, danger_id, me.participant_id, access->query)) {
        if (!recorded_for.empty()) {
          return Fail(domain::Error::Invalid(
              "The answer cannot be taken down like this.",
              {{"recorded_for", domain::FieldCode::kWithheldFromMember,
                "this worry is withheld from this child: take down no answer to it until the "
                "withholding ends"}}));
        }
        return Fail(UnknownDanger("The answer cannot be given like this."));
      }
    }
    if (domain::FindAnswer(*map, danger_id, round, me.participant_id)) {
      return Fail(Code::kConflict,
                  "This answer was given already in round " + std::to_string(round) +
                      ": one answer per person per worry per round. A new round asks again.");
    }
    const auto wording = domain::ScaleWordingFor(me.child);
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::SafetyScoreGiven{.id = id,
                                           .danger_id = danger_id,
                                           .round = std::to_string(round),
                                           .participant = std::string(domain::ToString(me.kind)),
                                           .participant_id = me.participant_id,
                                           .score = std::to_string(*input.score),
                                           .scale_0 = std::string(wording.zero),
                                           .scale_10 = std::string(wording.ten),
                                           .words = domain::Trim(input.words),
                                           .recorded = !recorded_for.empty()}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

}  // namespace stip::app
