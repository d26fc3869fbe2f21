// Issue 14 item 4: operator commands on the record (operator_log.h), and the administrators'
// read of them (/beheer/operaties, GET /api/v1/operator-log).
#include "app/operator_log.h"

#include <utility>
#include <vector>

#include "app/stip.h"
#include "domain/field_error.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

domain::Result<std::int64_t> LogOperatorRun(store::LedgerWriter& ledger, domain::Millis now,
                                            const OperatorRun& run) {
  store::CommitBatch batch;
  domain::AccessRecord line;
  line.family_id = std::string(kOperatorLog);
  line.time = now;
  line.user_id = run.user;
  line.role = std::string(kOperatorRole);
  line.what = run.command;
  line.purpose = run.target;
  batch.access.push_back(line);
  if (!run.family_id.empty()) {
    domain::AccessRecord own = line;
    own.family_id = run.family_id;
    // The family reads "Stip's administration", not the name of an account on the server.
    own.user_id = "system";
    own.purpose = std::string(kOperatorPurpose);
    batch.access.push_back(std::move(own));
  }
  auto committed = ledger.Commit(batch);
  if (!committed) return tl::unexpected(committed.error());
  if (committed->access.empty()) return Fail(Code::kInternal, "the operator line was not written");
  // One transaction. The store seals each line on its own: a family that does not exist (any
  // more) has no log to write on, which leaves the system line standing; any other failure of
  // the family's line fails the run.
  if (committed->access.size() > 1 && !committed->access[1] &&
      committed->access[1].error().code != Code::kNotFound) {
    return tl::unexpected(committed->access[1].error());
  }
  if (!committed->access.front()) return tl::unexpected(committed->access.front().error());
  return *committed->access.front();
}

Result<OperatorLogView> Stip::ListOperatorLog(const Principal& who, domain::Page page) {
  if (who.IsFamily() || !who.user.admin) {
    return Fail(Code::kPermissionDenied, "Only an administrator may read the operators' log.");
  }
  if (page.before < 0) {
    domain::FieldError before{"before",
                              domain::FieldCode::kOutOfRange,
                              "must be 0 or a positive position",
                              {{"min", std::int64_t{0}}}};
    return Fail(domain::Error::Invalid("Paging is not valid.", {std::move(before)}));
  }
  if (page.limit < 1 || page.limit > options_.max_page) {
    const std::int64_t max = options_.max_page;
    domain::FieldError limit{"limit",
                             domain::FieldCode::kOutOfRange,
                             "must be between 1 and " + std::to_string(max),
                             {{"min", std::int64_t{1}}, {"max", max}}};
    return Fail(domain::Error::Invalid("Paging is not valid.", {std::move(limit)}));
  }
  domain::Page probe = page;
  probe.limit += 1;  // one more, to learn whether there is an older page
  auto records = families_.ListAccessLog(std::string(kOperatorLog), probe);
  if (!records) return tl::unexpected(records.error());
  OperatorLogView view;
  if (static_cast<int>(records->size()) > page.limit) {
    records->pop_back();
    view.next_before = records->back().seq;
  }
  view.lines = std::move(*records);
  return view;
}

}  // namespace stip::app
