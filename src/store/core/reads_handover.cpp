// The handovers of the fixed face (issue 10): one file's, and those waiting for one
// professional's answer, for both engines.
#include <string>
#include <vector>

#include "domain/handover.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

inline constexpr Sql kListHandovers =
    "SELECT family_id, id, seq, from_user, to_user, reason, words, warm, meeting_date, status, "
    "proposed_at, decided_at, decided_by, answer, '' FROM handovers WHERE family_id = $1 "
    "ORDER BY seq";
inline constexpr Sql kListHandoversTo =
    "SELECT h.family_id, h.id, h.seq, h.from_user, h.to_user, h.reason, h.words, h.warm, "
    "h.meeting_date, h.status, h.proposed_at, h.decided_at, h.decided_by, h.answer, f.name "
    "FROM handovers h JOIN families f ON f.id = h.family_id "
    "WHERE h.to_user = $1 AND h.status = 'proposed' ORDER BY h.proposed_at, h.family_id";

Result<domain::Handover> HandoverFrom(const Row& r) {
  domain::Handover h;
  h.family_id = r.Text(0);
  h.id = r.Text(1);
  h.seq = r.Int(2);
  h.from_user = r.Text(3);
  h.to_user = r.Text(4);
  const auto reason = domain::ParseHandoverReason(r.View(5));
  const auto status = domain::ParseHandoverStatus(r.View(9));
  if (!reason || !status) {
    return domain::Fail(domain::Code::kInternal, "stored handover " + h.id + " is corrupt");
  }
  h.reason = *reason;
  h.words = r.Text(6);
  h.warm = r.Bool(7);
  h.meeting_date = domain::ParseDate(r.View(8));
  h.status = *status;
  h.proposed_at = r.Int(10);
  h.decided_at = r.Int(11);
  h.decided_by = r.Text(12);
  h.answer = r.Text(13);
  h.family_name = r.Text(14);
  return h;
}

}  // namespace

// The handovers `query` selects by `key` (a family, or the colleague they are offered to).
Result<std::vector<domain::Handover>> CoreStore::ListHandoversBy(const Sql& query,
                                                                 const std::string& key) {
  std::vector<domain::Handover> out;
  std::optional<domain::Error> bad;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        query,
        [&](const Row& r) {
          auto h = HandoverFrom(r);
          if (h) {
            out.push_back(std::move(*h));
          } else if (!bad) {
            bad = h.error();
          }
        },
        key);
  });
  if (!status) return domain::Fail(status.error());
  if (bad) return domain::Fail(std::move(*bad));
  return out;
}

Result<std::vector<domain::Handover>> CoreStore::ListHandovers(const std::string& family_id) {
  return ListHandoversBy(kListHandovers, family_id);
}

Result<std::vector<domain::Handover>> CoreStore::ListHandoversTo(const std::string& user_id) {
  return ListHandoversBy(kListHandoversTo, user_id);
}

}  // namespace stip::store::core
