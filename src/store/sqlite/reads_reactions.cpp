// Reads of issue 3's projections on the SQLite reader pool: one entry, withholdings, reactions
// (with correction requests) and objections of a family.
#include <string>
#include <utility>
#include <vector>

#include "domain/access.h"
#include "domain/model.h"
#include "domain/time.h"
#include "store/entry_fields.h"
#include "store/sqlite/sql_reactions.h"
#include "store/sqlite/store_impl.h"

namespace stip::store::sqlite {

namespace {

using domain::Fail;

Error Corrupt(const std::string& what) {
  return Error::Internal("the database holds an invalid " + what + "; run stip rebuild");
}

template <typename RowFn, typename... Args>
Status EachRow(Connection& conn, std::string_view query_sql, RowFn&& row, const Args&... args) {
  auto query = conn.Prepare(query_sql);
  if (!query) return Fail(query.error());
  query->Bind(args...);
  for (;;) {
    auto has_row = query->Step();
    if (!has_row) return Fail(has_row.error());
    if (!*has_row) return {};
    if (auto status = row(*query); !status) return status;
  }
}

Result<domain::Reaction> ReactionFrom(const Query& q) {
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

Result<std::optional<domain::Entry>> SqliteStore::FindEntry(const std::string& family_id,
                                                            const std::string& entry_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::optional<domain::Entry> found;
  auto status = EachRow(
      **conn, sql::kFindEntry,
      [&](const Query& q) -> Status {
        auto e = EntryFrom(q);
        if (!e) return Fail(e.error());
        found = std::move(*e);
        return {};
      },
      family_id, entry_id);
  if (!status) return Fail(status.error());
  return found;
}

Result<std::vector<domain::Withholding>> SqliteStore::ListWithholdings(
    const std::string& family_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Withholding> out;
  auto status = EachRow(
      **conn, sql::kListWithholdings,
      [&](const Query& q) -> Status {
        auto ground = domain::ParseWithholdingGround(q.Text(3));
        auto review = domain::ParseDate(q.Text(7));
        if (!ground || !review) return Fail(Corrupt("withholding in " + family_id));
        out.push_back({q.Text(0), q.Text(1), q.Text(2), *ground, q.Text(4), q.Text(5), q.Int(6),
                       *review, q.Int(8) != 0});
        return {};
      },
      family_id);
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::Reaction>> SqliteStore::ListReactions(const std::string& family_id,
                                                                 std::int64_t min_entry_seq,
                                                                 std::int64_t max_entry_seq) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Reaction> out;
  auto status = EachRow(
      **conn, sql::kListReactions,
      [&](const Query& q) -> Status {
        auto r = ReactionFrom(q);
        if (!r) return Fail(r.error());
        out.push_back(std::move(*r));
        return {};
      },
      family_id, min_entry_seq, max_entry_seq);
  if (!status) return Fail(status.error());
  return out;
}

Result<std::optional<domain::Reaction>> SqliteStore::FindReaction(const std::string& family_id,
                                                                  const std::string& reaction_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::optional<domain::Reaction> found;
  auto status = EachRow(
      **conn, sql::kFindReaction,
      [&](const Query& q) -> Status {
        auto r = ReactionFrom(q);
        if (!r) return Fail(r.error());
        found = std::move(*r);
        return {};
      },
      family_id, reaction_id);
  if (!status) return Fail(status.error());
  return found;
}

Result<std::vector<domain::Reaction>> SqliteStore::ListOpenCorrections(
    const std::string& family_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Reaction> out;
  auto status = EachRow(
      **conn, sql::kListOpenCorrections,
      [&](const Query& q) -> Status {
        auto r = ReactionFrom(q);
        if (!r) return Fail(r.error());
        out.push_back(std::move(*r));
        return {};
      },
      family_id);
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::Objection>> SqliteStore::ListObjections(const std::string& family_id) {
  auto conn = readers_->Acquire();
  if (!conn) return Fail(conn.error());
  std::vector<domain::Objection> out;
  auto status = EachRow(
      **conn, sql::kListObjections,
      [&](const Query& q) -> Status {
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

}  // namespace stip::store::sqlite
