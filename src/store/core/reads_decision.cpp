// The decisions of one family (issue 12), each at its newest version with its views and second
// opinions, read in one snapshot for both engines.
#include <optional>
#include <string>

#include "domain/decision.h"
#include "ledger/decision_content.h"
#include "store/core/core_store.h"
#include "store/core/sql.h"

namespace stip::store::core {

namespace {

inline constexpr Sql kListDecisions =
    "SELECT id, seq, version, content, content_hash, state, drafted_by, drafted_at, changed_at, "
    "shared_at, taken_by, taken_at FROM decisions WHERE family_id = $1 ORDER BY seq, id";
inline constexpr Sql kListNotes =
    "SELECT id, seq, decision_id, note, member_id, verdict, words, conditions, version, "
    "content_hash, written_by, written_at FROM decision_notes WHERE family_id = $1 "
    "ORDER BY seq, id";

domain::Error Corrupt(const std::string& what) {
  return domain::Error{domain::Code::kInternal, "stored decision " + what + " is corrupt", {}};
}

}  // namespace

Result<std::vector<domain::DecisionRecord>> CoreStore::ListDecisions(const std::string& family_id) {
  std::vector<domain::DecisionRecord> out;
  std::optional<domain::Error> bad;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    out.clear();
    if (auto s = port.Each(
            kListDecisions,
            [&](const Row& r) {
              domain::DecisionRecord d;
              d.id = r.Text(0);
              d.seq = r.Int(1);
              d.version = static_cast<int>(r.Int(2));
              auto content = ledger::DecodeDecisionContent(r.View(3));
              const auto state = domain::ParseDecisionState(r.View(5));
              if ((!content || !state) && !bad) bad = Corrupt(d.id);
              if (content) d.content = std::move(*content);
              d.content_hash = r.Text(4);
              d.state = state.value_or(domain::DecisionState::kDraft);
              d.drafted_by = r.Text(6);
              d.drafted_at = r.Int(7);
              d.changed_at = r.Int(8);
              d.shared_at = r.Int(9);
              d.taken_by = r.Text(10);
              d.taken_at = r.Int(11);
              out.push_back(std::move(d));
            },
            family_id);
        !s) {
      return s;
    }
    return port.Each(
        kListNotes,
        [&](const Row& r) {
          const std::string decision_id = r.Text(2);
          domain::DecisionRecord* d = nullptr;
          for (auto& x : out) {
            if (x.id == decision_id) d = &x;
          }
          if (!d) {
            if (!bad) bad = Corrupt("note " + r.Text(0));
            return;
          }
          if (r.View(3) == "view") {
            domain::FamilyView v;
            v.id = r.Text(0);
            v.seq = r.Int(1);
            v.member_id = r.Text(4);
            v.words = r.Text(6);
            v.version = static_cast<int>(r.Int(8));
            v.written_by = r.Text(10);
            v.recorded = !v.written_by.starts_with("acc");
            v.written_at = r.Int(11);
            d->views.push_back(std::move(v));
            return;
          }
          domain::SecondOpinion o;
          o.id = r.Text(0);
          o.seq = r.Int(1);
          const auto verdict = domain::ParseVerdict(r.View(5));
          if (!verdict && !bad) bad = Corrupt("second opinion " + o.id);
          o.verdict = verdict.value_or(domain::Verdict::kAgree);
          o.reasons = r.Text(6);
          o.conditions = r.Text(7);
          o.version = static_cast<int>(r.Int(8));
          o.content_hash = r.Text(9);
          o.given_by = r.Text(10);
          o.given_at = r.Int(11);
          d->opinions.push_back(std::move(o));
        },
        family_id);
  });
  if (!status) return domain::Fail(status.error());
  if (bad) return domain::Fail(std::move(*bad));
  return out;
}

}  // namespace stip::store::core
