// DumpProjections (random_ledger_support.h): every projection column by name and type, so that a
// column an engine stores differently (BOOLEAN or 0/1) still reads the same.
#include <string>
#include <vector>

#include "store/core/core_store.h"
#include "store/random_ledger_support.h"

namespace stip::store::testing {

namespace {

using core::Row;
using core::Sql;

// types: one letter per column: t text, i integer, b boolean (any may be NULL).
struct Table {
  const char* name;
  Sql select;
  const char* types;
};

constexpr Table kTables[] = {
    {"organisations", "SELECT id, name, created_at FROM organisations ORDER BY id", "tti"},
    {"teams", "SELECT id, organisation_id, name, kind, phone, email FROM teams ORDER BY id",
     "tttttt"},
    {"users",
     "SELECT id, username, display_name, team_id, admin, phone, email, password_set_at "
     "FROM users ORDER BY id",
     "ttttbtti"},
    {"tokens", "SELECT id, user_id, name, token_sha256, issued_at, revoked FROM tokens ORDER BY id",
     "ttttib"},
    {"families", "SELECT id, name, created_at, updated_at, entry_count FROM families ORDER BY id",
     "ttiii"},
    {"members",
     "SELECT family_id, id, seq, name, role, birth_date FROM members ORDER BY family_id, id",
     "ttittt"},
    {"custody",
     "SELECT family_id, parent_id, child_id, has_custody, seq FROM custody "
     "ORDER BY family_id, parent_id, child_id",
     "tttbi"},
    {"involvements",
     "SELECT family_id, seq, user_id, role, started_at, ended_at, reason, end_reason "
     "FROM involvements ORDER BY family_id, seq",
     "tittiitt"},
    {"entries",
     "SELECT family_id, seq, id, kind, source, text, author_id, created_at, concerns, "
     "confidential_of, corrects, corrected_by FROM entries ORDER BY family_id, seq",
     "titttttitttt"},
    {"accounts",
     "SELECT id, family_id, member_id, contact, invited_at, activated_at, revoked, seq "
     "FROM accounts ORDER BY id",
     "ttttiibi"},
    {"consents",
     "SELECT id, family_id, young_person_id, member_id, given_on, valid_until, ended_at, seq "
     "FROM consents ORDER BY id",
     "ttttttii"},
    {"withholdings",
     "SELECT family_id, id, seq, entry_id, member_id, ground, reason, decided_by, decided_at, "
     "review_date, lifted, whole_household, narrowing_reason FROM withholdings "
     "ORDER BY family_id, id",
     "ttitttttitbbt"},
    {"reactions",
     "SELECT family_id, id, seq, entry_id, entry_seq, member_id, account_id, kind, text, "
     "created_at, deadline, status, answer, answered_by, answered_at, correction_entry_id "
     "FROM reactions ORDER BY family_id, id",
     "ttitittttittttit"},
    {"objections",
     "SELECT family_id, id, seq, withholding_id, member_id, text, filed_at, status, answer, "
     "answered_by, answered_at FROM objections ORDER BY family_id, id",
     "ttitttittti"},
    {"chains", "SELECT chain, head_seq, head_hash FROM chains ORDER BY chain", "tit"},
};

// Text escaped so that every line is one line and no two values run together.
void AppendText(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  out += '"';
}

}  // namespace

domain::Result<std::vector<std::string>> DumpProjections(Store& store) {
  auto* core_store = dynamic_cast<core::CoreStore*>(&store);
  if (core_store == nullptr) {
    return tl::unexpected(domain::Error::Internal("the store is not a core::CoreStore"));
  }
  std::vector<std::string> lines;
  auto status = core_store->ReadSnapshot([&](core::SqlPort& port) -> domain::Status {
    for (const Table& table : kTables) {
      const std::string_view types = table.types;
      auto dumped = port.EachStreamed(table.select, [&](const Row& row) -> domain::Result<bool> {
        if (row.Columns() != static_cast<int>(types.size())) {
          return tl::unexpected(domain::Error::Internal(std::string(table.name) +
                                                        ": column count differs from its types"));
        }
        std::string line = table.name;
        for (int c = 0; c < row.Columns(); ++c) {
          line += '|';
          if (row.IsNull(c)) {
            line += "NULL";
          } else if (types[c] == 'i') {
            line += std::to_string(row.Int(c));
          } else if (types[c] == 'b') {
            line += row.Bool(c) ? "true" : "false";
          } else {
            AppendText(line, row.View(c));
          }
        }
        lines.push_back(std::move(line));
        return true;
      });
      if (!dumped) return dumped;
    }
    return {};
  });
  if (!status) return tl::unexpected(status.error());
  return lines;
}

std::string FirstDifference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] != b[i]) return "line " + std::to_string(i) + ":\n  " + a[i] + "\n  " + b[i];
  }
  if (a.size() != b.size()) {
    return std::to_string(a.size()) + " lines against " + std::to_string(b.size());
  }
  return "";
}

}  // namespace stip::store::testing
