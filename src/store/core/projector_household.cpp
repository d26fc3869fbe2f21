// The household after the file is open (issue 10): a member leaves, a birth date is corrected,
// and every change of the household or of who is involved becomes a line the family reads.
#include <string>
#include <string_view>

#include "domain/model.h"
#include "domain/time.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"

namespace stip::store::core {

namespace {

namespace sql = projector_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

}  // namespace

Status Projector::RecordChange(const Envelope& env, std::string_view kind,
                               const std::string& subject, const std::string& other,
                               const std::string& on_date, bool flag, const std::string& reason) {
  return Run(sql::kInsertHouseholdChange, env.chain(), env.seq(), env.time(), env.actor(), kind,
             subject, other, on_date, flag, reason);
}

Status Projector::On(const events::MemberLeft& ev, const Envelope& env) {
  if (!domain::ParseDate(ev.left_on)) return Fail(env.BadField("left_on", "is not YYYY-MM-DD"));
  auto changed = port_.Write(sql::kMemberLeft, env.chain(), ev.member_id, ev.left_on, ev.reason);
  if (!changed) return Fail(changed.error());
  if (*changed == 0) return Fail(env.Problem(Code::kNotFound, "unknown member " + ev.member_id));
  return RecordChange(env, ev.kType, ev.member_id, "", ev.left_on, false, ev.reason);
}

Status Projector::On(const events::BirthDateCorrected& ev, const Envelope& env) {
  if (!domain::ParseDate(ev.birth_date)) {
    return Fail(env.BadField("birth_date", "is not YYYY-MM-DD"));
  }
  auto changed = port_.Write(sql::kMemberBirthDate, env.chain(), ev.member_id, ev.birth_date);
  if (!changed) return Fail(changed.error());
  if (*changed == 0) return Fail(env.Problem(Code::kNotFound, "unknown member " + ev.member_id));
  return RecordChange(env, ev.kType, ev.member_id, "", ev.birth_date, false, ev.reason);
}

}  // namespace stip::store::core
