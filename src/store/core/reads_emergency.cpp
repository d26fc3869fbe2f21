// The uses of emergency access (issue 10 item 4): one file's, one professional's, those that
// wait for a team lead's judgement, and one by id, for both engines.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "domain/emergency.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

#define STIP_EMERGENCY_COLUMNS                                                                    \
  "SELECT id, family_id, seq, user_id, team_id, reason, opened_at, until_at, ended_at, outcome, " \
  "review_words, reviewed_by, reviewed_at FROM emergency_access "

inline constexpr Sql kListOfFamily = STIP_EMERGENCY_COLUMNS "WHERE family_id = $1 ORDER BY seq";
inline constexpr Sql kListOfUser =
    STIP_EMERGENCY_COLUMNS "WHERE user_id = $1 ORDER BY opened_at DESC, id";
inline constexpr Sql kListUnreviewed =
    STIP_EMERGENCY_COLUMNS "WHERE outcome = '' ORDER BY opened_at, id";
inline constexpr Sql kFindUse = STIP_EMERGENCY_COLUMNS "WHERE id = $1";

#undef STIP_EMERGENCY_COLUMNS

#define STIP_LINES_OF                                                                     \
  "SELECT family_id, seq, time, user_id, role, what, purpose, emergency FROM access_log " \
  "WHERE family_id = $1 AND user_id = $2 AND time >= $3 AND time <= $4 "
inline constexpr Sql kLinesOf = STIP_LINES_OF "ORDER BY seq LIMIT $5";
inline constexpr Sql kEmergencyLinesOf = STIP_LINES_OF "AND emergency ORDER BY seq LIMIT $5";
#undef STIP_LINES_OF

domain::EmergencyAccess UseFrom(const Row& r) {
  domain::EmergencyAccess use;
  use.id = r.Text(0);
  use.family_id = r.Text(1);
  use.seq = r.Int(2);
  use.user_id = r.Text(3);
  use.team_id = r.Text(4);
  use.reason = r.Text(5);
  use.opened_at = r.Int(6);
  use.until = r.Int(7);
  if (!r.IsNull(8)) use.ended_at = r.Int(8);
  use.outcome = domain::ParseEmergencyOutcome(r.View(9));
  use.review_words = r.Text(10);
  use.reviewed_by = r.Text(11);
  use.reviewed_at = r.Int(12);
  return use;
}

}  // namespace

Result<std::vector<domain::EmergencyAccess>> CoreStore::ListEmergencyAccess(
    const std::string& family_id) {
  std::vector<domain::EmergencyAccess> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        kListOfFamily, [&](const Row& r) { out.push_back(UseFrom(r)); }, family_id);
  });
  if (!status) return domain::Fail(status.error());
  return out;
}

Result<std::vector<domain::EmergencyAccess>> CoreStore::ListEmergencyAccessBy(
    const std::string& user_id) {
  std::vector<domain::EmergencyAccess> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        kListOfUser, [&](const Row& r) { out.push_back(UseFrom(r)); }, user_id);
  });
  if (!status) return domain::Fail(status.error());
  return out;
}

Result<std::vector<domain::EmergencyAccess>> CoreStore::ListUnreviewedEmergencyAccess() {
  std::vector<domain::EmergencyAccess> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(kListUnreviewed, [&](const Row& r) { out.push_back(UseFrom(r)); });
  });
  if (!status) return domain::Fail(status.error());
  return out;
}

Result<std::optional<domain::EmergencyAccess>> CoreStore::FindEmergencyAccess(
    const std::string& id) {
  std::optional<domain::EmergencyAccess> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        kFindUse, [&](const Row& r) { out = UseFrom(r); }, id);
  });
  if (!status) return domain::Fail(status.error());
  return out;
}

Result<std::vector<domain::AccessRecord>> CoreStore::ListAccessLogOf(
    const std::string& family_id, const std::string& user_id, domain::Millis from,
    domain::Millis to, bool emergency_only, int limit) {
  std::vector<domain::AccessRecord> lines;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        emergency_only ? kEmergencyLinesOf : kLinesOf,
        [&](const Row& r) {
          lines.push_back({r.Text(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5),
                           r.Text(6), r.Bool(7)});
        },
        family_id, user_id, from, to, std::max(limit, 0));
  });
  if (!status) return domain::Fail(status.error());
  return lines;
}

}  // namespace stip::store::core
