// Reads of issue 3's projections on pooled PostgreSQL connections: one entry, withholdings,
// reactions (with correction requests) and objections of a family.
#include <string>
#include <utility>
#include <vector>

#include "domain/access.h"
#include "domain/model.h"
#include "domain/time.h"
#include "store/entry_fields.h"
#include "store/postgres/sql_reactions.h"
#include "store/postgres/store_impl.h"

namespace stip::store::postgres {

namespace {

using domain::Fail;

Error Corrupt(const std::string& what) {
  return Error::Internal("the database holds an invalid " + what + "; run stip rebuild");
}

template <typename RowFn, typename... Args>
Status EachRow(Connection& conn, Sql query_sql, RowFn&& row, const Args&... args) {
  auto rows = conn.Run(query_sql, args...);
  if (!rows) return Fail(rows.error());
  for (int i = 0; i < rows->size(); ++i) {
    if (auto status = row((*rows)[i]); !status) return status;
  }
  return {};
}

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

}  // namespace

Result<std::optional<domain::Entry>> PostgresStore::FindEntry(const std::string& family_id,
                                                              const std::string& entry_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::optional<domain::Entry> found;
  auto status = EachRow(
      **conn, sql::kFindEntry,
      [&](const Row& q) -> Status {
        auto e = EntryFrom(q);
        if (!e) return Fail(e.error());
        found = std::move(*e);
        return {};
      },
      family_id, entry_id);
  if (!status) return Fail(status.error());
  return found;
}

Result<std::vector<domain::Withholding>> PostgresStore::ListWithholdings(
    const std::string& family_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Withholding> out;
  auto status = EachRow(
      **conn, sql::kListWithholdings,
      [&](const Row& q) -> Status {
        auto ground = domain::ParseWithholdingGround(q.Text(3));
        auto review = domain::ParseDate(q.Text(7));
        if (!ground || !review) return Fail(Corrupt("withholding in " + family_id));
        out.push_back({q.Text(0), q.Text(1), q.Text(2), *ground, q.Text(4), q.Text(5), q.Int(6),
                       *review, q.Bool(8)});
        return {};
      },
      family_id);
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::Reaction>> PostgresStore::ListReactions(const std::string& family_id,
                                                                   std::int64_t min_entry_seq,
                                                                   std::int64_t max_entry_seq) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Reaction> out;
  auto status = EachRow(
      **conn, sql::kListReactions,
      [&](const Row& q) -> Status {
        auto r = ReactionFrom(q);
        if (!r) return Fail(r.error());
        out.push_back(std::move(*r));
        return {};
      },
      family_id, min_entry_seq, max_entry_seq);
  if (!status) return Fail(status.error());
  return out;
}

Result<std::optional<domain::Reaction>> PostgresStore::FindReaction(
    const std::string& family_id, const std::string& reaction_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::optional<domain::Reaction> found;
  auto status = EachRow(
      **conn, sql::kFindReaction,
      [&](const Row& q) -> Status {
        auto r = ReactionFrom(q);
        if (!r) return Fail(r.error());
        found = std::move(*r);
        return {};
      },
      family_id, reaction_id);
  if (!status) return Fail(status.error());
  return found;
}

Result<std::vector<domain::Reaction>> PostgresStore::ListOpenCorrections(
    const std::string& family_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Reaction> out;
  auto status = EachRow(
      **conn, sql::kListOpenCorrections,
      [&](const Row& q) -> Status {
        auto r = ReactionFrom(q);
        if (!r) return Fail(r.error());
        out.push_back(std::move(*r));
        return {};
      },
      family_id);
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::Objection>> PostgresStore::ListObjections(const std::string& family_id) {
  auto conn = pool_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Objection> out;
  auto status = EachRow(
      **conn, sql::kListObjections,
      [&](const Row& q) -> Status {
        auto state = domain::ParseRequestStatus(q.Text(6));
        if (!state) return Fail(Corrupt("objection in " + family_id));
        out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Int(5), *state,
                       q.Text(7), q.Text(8), q.Int(9)});
        return {};
      },
      family_id);
  if (!status) return Fail(status.error());
  return out;
}

}  // namespace stip::store::postgres
