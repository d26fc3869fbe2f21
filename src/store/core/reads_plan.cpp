// The family's own plan (issue 11 item 2), read in one snapshot for both engines.
#include <optional>
#include <string>

#include "domain/family_plan.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

inline constexpr Sql kOffer =
    "SELECT seq, offered_on, words, offered_by, offered_at, outcome, answered_seq, decided_on, "
    "expected_by, ground, reason, answered_by, answered_at FROM plan_offers WHERE family_id = $1";
inline constexpr Sql kVersions =
    "SELECT version, seq, kind, evaluation_on, if_not_working, member_id, written_by, written_at "
    "FROM plan_versions WHERE family_id = $1 ORDER BY version";
inline constexpr Sql kLines =
    "SELECT version, field, words, owner_kind, owner, due_on FROM plan_lines "
    "WHERE family_id = $1 ORDER BY version, field, pos";
inline constexpr Sql kConditions =
    "SELECT seq, pos, words, set_by, set_at FROM plan_conditions WHERE family_id = $1 "
    "ORDER BY seq, pos";
inline constexpr Sql kComments =
    "SELECT id, seq, version, words, added_by, added_at FROM plan_comments "
    "WHERE family_id = $1 ORDER BY seq, id";

std::optional<domain::Date> DateOrNone(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return domain::ParseDate(s);
}

}  // namespace

Result<domain::FamilyPlan> CoreStore::LoadFamilyPlan(const std::string& family_id) {
  domain::FamilyPlan plan;
  std::optional<domain::Error> bad;
  const auto corrupt = [&](const std::string& what) {
    if (!bad)
      bad = domain::Error{domain::Code::kInternal, "stored plan " + what + " is corrupt", {}};
  };
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    plan = {};
    if (auto s = port.Each(
            kOffer,
            [&](const Row& r) {
              domain::PlanOffer o;
              o.seq = r.Int(0);
              const auto on = domain::ParseDate(r.View(1));
              if (!on) corrupt("offer");
              o.offered_on = on.value_or(domain::Date{});
              o.words = r.Text(2);
              o.offered_by = r.Text(3);
              o.offered_at = r.Int(4);
              if (r.View(5) != "open") {
                const auto outcome = domain::ParseOfferOutcome(r.View(5));
                if (!outcome) corrupt("offer");
                o.outcome = outcome.value_or(domain::OfferOutcome::kOpen);
              }
              o.answered_seq = r.Int(6);
              o.decided_on = DateOrNone(r.View(7));
              o.expected_by = DateOrNone(r.View(8));
              if (!r.View(9).empty()) o.ground = domain::ParseWaiverGround(r.View(9));
              o.reason = r.Text(10);
              o.answered_by = r.Text(11);
              o.answered_at = r.Int(12);
              plan.offer = std::move(o);
            },
            family_id);
        !s) {
      return s;
    }
    if (auto s = port.Each(
            kVersions,
            [&](const Row& r) {
              domain::PlanVersion v;
              v.number = static_cast<int>(r.Int(0));
              v.seq = r.Int(1);
              const auto kind = domain::ParsePlanKind(r.View(2));
              if (!kind) corrupt("version");
              v.content.kind = kind.value_or(domain::PlanKind::kFamily);
              v.content.evaluation_on = DateOrNone(r.View(3));
              v.content.if_not_working = r.Text(4);
              v.member_id = r.Text(5);
              v.written_by = r.Text(6);
              v.written_at = r.Int(7);
              plan.versions.push_back(std::move(v));
            },
            family_id);
        !s) {
      return s;
    }
    if (auto s = port.Each(
            kLines,
            [&](const Row& r) {
              const int number = static_cast<int>(r.Int(0));
              domain::PlanVersion* v = nullptr;
              for (auto& x : plan.versions) {
                if (x.number == number) v = &x;
              }
              if (!v) return corrupt("line");
              auto& c = v->content;
              const std::string_view field = r.View(1);
              if (field == "goal") {
                c.goals.push_back(r.Text(2));
              } else if (field == "action") {
                const auto kind = domain::ParseOwnerKind(r.View(3));
                const auto due = domain::ParseDate(r.View(5));
                if (!kind || !due) corrupt("action");
                c.actions.push_back({r.Text(2), kind.value_or(domain::OwnerKind::kMember),
                                     r.Text(4), due.value_or(domain::Date{})});
              } else if (field == "rule") {
                c.rules.push_back(r.Text(2));
              } else if (field == "watcher") {
                c.watchers.push_back({r.Text(2), r.Text(4)});
              } else if (field == "sign") {
                c.warning_signs.push_back(r.Text(2));
              } else {
                corrupt("line");
              }
            },
            family_id);
        !s) {
      return s;
    }
    if (auto s = port.Each(
            kConditions,
            [&](const Row& r) {
              const std::int64_t seq = r.Int(0);
              if (plan.conditions.empty() || plan.conditions.back().seq != seq) {
                plan.conditions.push_back({seq, {}, r.Text(3), r.Int(4)});
              }
              if (r.Int(1) >= 0) plan.conditions.back().conditions.push_back(r.Text(2));
            },
            family_id);
        !s) {
      return s;
    }
    return port.Each(
        kComments,
        [&](const Row& r) {
          plan.comments.push_back(
              {r.Text(0), r.Int(1), static_cast<int>(r.Int(2)), r.Text(3), r.Text(4), r.Int(5)});
        },
        family_id);
  });
  if (!status) return domain::Fail(status.error());
  if (bad) return domain::Fail(std::move(*bad));
  return plan;
}

}  // namespace stip::store::core
