// "Al bekend?" (issue 10 item 6): the fold of signal.recorded and signal.deleted into `signals`,
// the reads the check needs, and the installation's key (operational state, never the ledger).
// known_elsewhere.checked with a match folds into `known_checks`: who may ask to join which file.
#include <charconv>

#include "ledger/events.h"
#include "store/core/core_store.h"
#include "store/core/projector.h"
#include "store/core/reads_support.h"

namespace stip::store::core {
namespace {

using domain::Code;
using domain::Fail;

namespace sql {
inline constexpr Sql kMemberIsChild =
    "SELECT 1 FROM members WHERE family_id = $1 AND id = $2 AND role = 'child'";
inline constexpr Sql kInsertSignal =
    "INSERT INTO signals (family_id, seq, member_id, key_hash, key_name, signalled_at) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
inline constexpr Sql kDeleteSignals =
    "DELETE FROM signals WHERE family_id = $1 AND signalled_at < $2";
// The team of the file's lead today: a match tells whom to contact now, after any handover.
inline constexpr Sql kSignalsFor =
    "SELECT s.key_hash, s.family_id, coalesce(u.team_id, ''), s.signalled_at FROM signals s "
    "LEFT JOIN involvements i ON i.family_id = s.family_id AND i.role = 'lead' "
    "AND i.ended_at IS NULL "
    "LEFT JOIN users u ON u.id = i.user_id "
    "WHERE s.key_hash = $1 ORDER BY s.signalled_at, s.family_id";
inline constexpr Sql kSignalsBefore =
    "SELECT family_id, min(signalled_at) FROM signals WHERE signalled_at < $1 "
    "GROUP BY family_id ORDER BY family_id";
inline constexpr Sql kInsertKey =
    "INSERT INTO installation_keys (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";
// Ask to join: who got a match in which file (join_requests.cpp reads it).
inline constexpr Sql kInsertCheck =
    "INSERT INTO known_checks (id, family_id, user_id, checked_at) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (id, family_id) DO NOTHING";
inline constexpr Sql kFindKey = "SELECT value FROM installation_keys WHERE name = $1";
inline constexpr Sql kListKeys = "SELECT name, value FROM installation_keys ORDER BY name";
// A signal key goes unless a signal made under it could still match.
inline constexpr Sql kDeleteSignalKey =
    "DELETE FROM installation_keys WHERE name = $1 "
    "AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.key_name = $1 AND s.signalled_at >= $2)";
}  // namespace sql

bool IsHexHash(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// "signal_hmac:YYYY-MM".
bool IsMonthKeyName(const std::string& s) {
  const std::string prefix = std::string(kFirstSignalKey) + ":";
  if (s.size() != prefix.size() + 7 || !s.starts_with(prefix) || s[prefix.size() + 4] != '-') {
    return false;
  }
  for (std::size_t i = prefix.size(); i < s.size(); ++i) {
    if (i != prefix.size() + 4 && (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

}  // namespace

Status Projector::On(const ledger::events::SignalRecorded& ev, const Envelope& env) {
  if (!IsHexHash(ev.key_hash)) {
    return Fail(env.BadField("key_hash", "must be 64 lower-case hex digits"));
  }
  if (!ev.key.empty() && !IsMonthKeyName(ev.key)) {
    return Fail(env.BadField("key", "must be signal_hmac:YYYY-MM"));
  }
  auto child = port_.Exists(sql::kMemberIsChild, env.chain(), ev.member_id);
  if (!child) return Fail(child.error());
  if (!*child) {
    return Fail(env.Problem(Code::kNotFound, "no child " + ev.member_id + " in this family"));
  }
  return Run(sql::kInsertSignal, env.chain(), env.seq(), ev.member_id, ev.key_hash,
             ev.key.empty() ? std::string(kFirstSignalKey) : ev.key, env.time());
}

Status Projector::On(const ledger::events::SignalDeleted& ev, const Envelope& env) {
  domain::Millis before = 0;
  const auto* end = ev.before.data() + ev.before.size();
  auto [ptr, ec] = std::from_chars(ev.before.data(), end, before);
  if (ec != std::errc() || ptr != end || before < 0) {
    return Fail(env.BadField("before", "must be milliseconds since the epoch"));
  }
  return Run(sql::kDeleteSignals, env.chain(), before);
}

Status Projector::On(const ledger::events::KnownElsewhereChecked& ev, const Envelope& env) {
  if (ev.outcome != "no_match" && ev.outcome != "match" && ev.outcome != "opened_anyway") {
    return Fail(env.BadField("outcome", "must be no_match, match or opened_anyway"));
  }
  if (ev.outcome != "match") return {};
  for (const auto& family_id : ev.families) {
    if (auto s = Run(sql::kInsertCheck, ev.id, family_id, env.actor(), env.time()); !s) return s;
  }
  return {};
}

Result<std::string> CoreStore::InstallationKey(const std::string& name,
                                               const std::string& candidate) {
  std::optional<std::string> out;
  auto status = Operational([&](SqlPort& port) -> Status {
    auto written = port.Write(sql::kInsertKey, name, candidate);
    if (!written) return Fail(written.error());
    auto found = port.One<std::string>(
        sql::kFindKey, [](const Row& r) { return r.Text(0); }, name);
    if (!found) return Fail(found.error());
    out = std::move(*found);
    return {};
  });
  if (!status) return Fail(status.error());
  if (!out) return Fail(domain::Error::Internal("the installation key " + name + " was not kept"));
  return *out;
}

Result<std::vector<std::pair<std::string, std::string>>> CoreStore::ListInstallationKeys() {
  std::vector<std::pair<std::string, std::string>> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(sql::kListKeys, [&](const Row& r) { out.emplace_back(r.Text(0), r.Text(1)); });
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<bool> CoreStore::DeleteSignalKey(const std::string& name, domain::Millis active_since) {
  bool deleted = false;
  auto status = Operational([&](SqlPort& port) -> Status {
    auto gone = port.Write(sql::kDeleteSignalKey, name, active_since);
    if (!gone) return Fail(gone.error());
    deleted = *gone > 0;
    return {};
  });
  if (!status) return Fail(status.error());
  return deleted;
}

Result<std::vector<domain::Signal>> CoreStore::ListSignals(
    const std::vector<std::string>& key_hashes) {
  std::vector<domain::Signal> out;
  auto status = ReadSnapshot([&](SqlPort& port) -> Status {
    for (const auto& hash : key_hashes) {
      auto each = port.Each(
          sql::kSignalsFor,
          [&](const Row& r) {
            out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Int(3)});
          },
          hash);
      if (!each) return each;
    }
    return {};
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<domain::Signal>> CoreStore::ListSignalsBefore(domain::Millis before) {
  std::vector<domain::Signal> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        sql::kSignalsBefore,
        [&](const Row& r) {
          out.push_back({"", r.Text(0), "", r.Int(1)});
        },
        before);
  });
  if (!status) return Fail(status.error());
  return out;
}

}  // namespace stip::store::core
