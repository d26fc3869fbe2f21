// Reads of issue 3's projections for both engines: one entry, withholdings, reactions (with
// correction requests) and objections of a family; each one statement on ReadOne.
#include <string>
#include <utility>
#include <vector>

#include "domain/access.h"
#include "domain/model.h"
#include "domain/time.h"
#include "store/core/queries_reads_reactions.h"
#include "store/core/reads_support.h"
#include "store/entry_fields.h"

namespace stip::store::core {

namespace {

Result<domain::Reaction> ReactionFrom(const Row& q) {
  domain::Reaction r;
  r.id = q.Text(0);
  r.family_id = q.Text(1);
  r.entry_id = q.Text(2);
  r.member_id = q.Text(3);
  r.account_id = q.Text(4);
  auto kind = domain::ParseReactionKind(q.Text(5));
  auto status = domain::ParseRequestStatus(q.Text(9));
  if (!kind || !status) return Fail(Corrupt("reaction in " + r.family_id));
  r.kind = *kind;
  r.text = q.Text(6);
  r.created_at = q.Int(7);
  if (const std::string deadline = q.Text(8); !deadline.empty()) {
    r.deadline = domain::ParseDate(deadline);
  }
  r.status = *status;
  r.answer = q.Text(10);
  r.answered_by = q.Text(11);
  r.answered_at = q.Int(12);
  r.correction_entry_id = q.Text(13);
  return r;
}

// Every row of `sql` (with `args`) on `port`, mapped by ReactionFrom, in the statement's order.
template <typename... Args>
Status ReactionsOn(SqlPort& port, std::vector<domain::Reaction>& out, Sql sql,
                   const Args&... args) {
  return port.Each(
      sql,
      [&](const Row& q) -> Result<bool> {
        auto r = ReactionFrom(q);
        if (!r) return Fail(r.error());
        out.push_back(std::move(*r));
        return true;
      },
      args...);
}

// The same as one unit of work of `store`.
template <typename... Args>
Result<std::vector<domain::Reaction>> Reactions(CoreStore& store, Sql sql, const Args&... args) {
  std::vector<domain::Reaction> out;
  auto status = store.ReadOne([&](SqlPort& port) { return ReactionsOn(port, out, sql, args...); });
  if (!status) return Fail(status.error());
  return out;
}

}  // namespace

Status ListReactionsOn(SqlPort& port, const std::string& family_id, std::int64_t min_entry_seq,
                       std::int64_t max_entry_seq, std::vector<domain::Reaction>& out) {
  return ReactionsOn(port, out, read_sql::kListReactions, family_id, min_entry_seq, max_entry_seq);
}

Status ListOpenCorrectionsOn(SqlPort& port, const std::string& family_id,
                             std::vector<domain::Reaction>& out) {
  return ReactionsOn(port, out, read_sql::kListOpenCorrections, family_id);
}

Result<std::optional<domain::Entry>> FindEntryOn(SqlPort& port, const std::string& family_id,
                                                 const std::string& entry_id) {
  return port.One<domain::Entry>(read_sql::kFindEntry, EntryFrom, family_id, entry_id);
}

Result<std::optional<domain::Entry>> CoreStore::FindEntry(const std::string& family_id,
                                                          const std::string& entry_id) {
  return Fetch<std::optional<domain::Entry>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return FindEntryOn(port, family_id, entry_id);
  });
}

Status ListWithholdingsOn(SqlPort& port, const std::string& family_id,
                          std::vector<domain::Withholding>& out) {
  return port.Each(
      read_sql::kListWithholdings,
      [&](const Row& q) -> Result<bool> {
        auto ground = domain::ParseWithholdingGround(q.Text(3));
        auto review = domain::ParseDate(q.Text(7));
        auto kind = domain::ParseWithheldKind(q.Text(11));
        if (!ground || !review || !kind) return Fail(Corrupt("withholding in " + family_id));
        domain::Withholding w;
        w.id = q.Text(0);
        w.entry_id = q.Text(1);
        // One id for a withholding.decided; several, ' '-separated, for withholding.decided_for.
        w.member_ids = SplitIds(q.Text(2));
        if (w.member_ids.size() == 1) {
          w.member_id = std::move(w.member_ids.front());
          w.member_ids.clear();
        }
        w.whole_household = q.Bool(9);
        w.ground = *ground;
        w.reason = q.Text(4);
        w.decided_by = q.Text(5);
        w.decided_at = q.Int(6);
        w.review_date = *review;
        w.lifted = q.Bool(8);
        w.narrowing_reason = q.Text(10);
        w.kind = *kind;
        out.push_back(std::move(w));
        return true;
      },
      family_id);
}

Result<std::vector<domain::Withholding>> CoreStore::ListWithholdings(const std::string& family_id) {
  std::vector<domain::Withholding> out;
  auto status = ReadOne([&](SqlPort& port) { return ListWithholdingsOn(port, family_id, out); });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::Reaction>> CoreStore::ListReactions(const std::string& family_id,
                                                               std::int64_t min_entry_seq,
                                                               std::int64_t max_entry_seq) {
  return Reactions(*this, read_sql::kListReactions, family_id, min_entry_seq, max_entry_seq);
}

Result<std::optional<domain::Reaction>> CoreStore::FindReaction(const std::string& family_id,
                                                                const std::string& reaction_id) {
  return Fetch<std::optional<domain::Reaction>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<domain::Reaction>(read_sql::kFindReaction, ReactionFrom, family_id,
                                      reaction_id);
  });
}

Result<std::vector<domain::Reaction>> CoreStore::ListOpenCorrections(const std::string& family_id) {
  return Reactions(*this, read_sql::kListOpenCorrections, family_id);
}

Status ListObjectionsOn(SqlPort& port, const std::string& family_id,
                        std::vector<domain::Objection>& out) {
  return port.Each(
      read_sql::kListObjections,
      [&](const Row& q) -> Result<bool> {
        auto state = domain::ParseRequestStatus(q.Text(6));
        if (!state) return Fail(Corrupt("objection in " + family_id));
        out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Int(5), *state,
                       q.Text(7), q.Text(8), q.Int(9)});
        return true;
      },
      family_id);
}

Result<std::vector<domain::Objection>> CoreStore::ListObjections(const std::string& family_id) {
  std::vector<domain::Objection> out;
  auto status = ReadOne([&](SqlPort& port) { return ListObjectionsOn(port, family_id, out); });
  if (!status) return Fail(status.error());
  return out;
}

}  // namespace stip::store::core
