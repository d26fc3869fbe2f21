// The safety map of one family (issue 11), read in one snapshot for both engines.
#include <optional>
#include <string>

#include "domain/safety_map.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

inline constexpr Sql kListRounds =
    "SELECT round, opened_at, opened_by FROM safety_rounds WHERE family_id = $1 ORDER BY round";
inline constexpr Sql kListItems =
    "SELECT id, seq, kind, danger_id, member_id, who_worried, worry, if_nothing_changes, words, "
    "added_by, added_at FROM safety_items WHERE family_id = $1 ORDER BY seq, id";
inline constexpr Sql kListAnswers =
    "SELECT id, danger_id, round, participant, participant_id, score, words, scale_0, scale_10, "
    "recorded, given_by, given_at, seq FROM safety_answers WHERE family_id = $1 ORDER BY seq, id";

void AddItem(domain::SafetyMap& map, const Row& r) {
  const std::string_view kind = r.View(2);
  if (kind == "danger") {
    map.dangers.push_back(
        {r.Text(0), r.Int(1), r.Text(5), r.Text(6), r.Text(7), r.Text(9), r.Int(10)});
  } else if (kind == "disagreement") {
    map.disagreements.push_back(
        {r.Text(0), r.Int(1), r.Text(3), r.Text(4), r.Text(8), r.Text(9), r.Int(10)});
  } else if (kind == "strength") {
    map.strengths.push_back({r.Text(0), r.Int(1), r.Text(8), r.Text(9), r.Int(10)});
  } else if (kind == "goal") {
    map.goals.push_back({r.Text(0), r.Int(1), r.Text(3), r.Text(8), r.Text(9), r.Int(10)});
  }
}

}  // namespace

Result<domain::SafetyMap> CoreStore::LoadSafetyMap(const std::string& family_id) {
  domain::SafetyMap map;
  std::optional<domain::Error> bad;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    map = {};
    if (auto s = port.Each(
            kListRounds,
            [&](const Row& r) {
              map.rounds.push_back({static_cast<int>(r.Int(0)), r.Int(1), r.Text(2)});
            },
            family_id);
        !s) {
      return s;
    }
    if (auto s = port.Each(
            kListItems, [&](const Row& r) { AddItem(map, r); }, family_id);
        !s) {
      return s;
    }
    return port.Each(
        kListAnswers,
        [&](const Row& r) {
          domain::ScaleAnswer a;
          a.id = r.Text(0);
          a.danger_id = r.Text(1);
          a.round = static_cast<int>(r.Int(2));
          const auto kind = domain::ParseParticipantKind(r.View(3));
          if (!kind && !bad) {
            bad = domain::Error{
                domain::Code::kInternal, "stored safety answer " + a.id + " is corrupt", {}};
          }
          a.kind = kind.value_or(domain::ParticipantKind::kMember);
          a.participant_id = r.Text(4);
          a.score = static_cast<int>(r.Int(5));
          a.words = r.Text(6);
          a.scale_0 = r.Text(7);
          a.scale_10 = r.Text(8);
          a.recorded = r.Bool(9);
          a.given_by = r.Text(10);
          a.given_at = r.Int(11);
          a.seq = r.Int(12);
          map.answers.push_back(std::move(a));
        },
        family_id);
  });
  if (!status) return domain::Fail(status.error());
  if (bad) return domain::Fail(std::move(*bad));
  return map;
}

}  // namespace stip::store::core
