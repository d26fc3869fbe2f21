// Who wants which mail (issue 10 item 8): the folds of notify.digest_set and account.mail_set,
// their reads, and when each professional's digest last went out (operational state).
#include "ledger/events.h"
#include "store/core/core_store.h"
#include "store/core/projector.h"
#include "store/core/queries_projector.h"
#include "store/core/reads_support.h"

namespace stip::store::core {
namespace {

using domain::Code;
using domain::Fail;

namespace sql {
inline constexpr Sql kSetDigest =
    "INSERT INTO digest_settings (user_id, frequency) VALUES ($1, $2) "
    "ON CONFLICT (user_id) DO UPDATE SET frequency = excluded.frequency";
inline constexpr Sql kListDigest =
    "SELECT user_id, frequency FROM digest_settings ORDER BY user_id";
inline constexpr Sql kAccountInFamily = "SELECT 1 FROM accounts WHERE id = $1 AND family_id = $2";
inline constexpr Sql kSetAccountMail =
    "INSERT INTO account_mail (account_id, family_id, enabled) VALUES ($1, $2, $3) "
    "ON CONFLICT (account_id) DO UPDATE SET enabled = excluded.enabled";
inline constexpr Sql kListMailed =
    "SELECT account_id FROM account_mail WHERE family_id = $1 AND enabled = TRUE "
    "ORDER BY account_id";
inline constexpr Sql kLastDigest = "SELECT sent_at FROM digest_sent WHERE user_id = $1";
inline constexpr Sql kSetLastDigest =
    "INSERT INTO digest_sent (user_id, sent_at) VALUES ($1, $2) "
    "ON CONFLICT (user_id) DO UPDATE SET sent_at = excluded.sent_at";
inline constexpr Sql kQueueEntryMail =
    "INSERT INTO entry_mail_pending (account_id, entry_id, family_id, due_at) "
    "VALUES ($1, $2, $3, $4) ON CONFLICT (account_id, entry_id) DO NOTHING";
inline constexpr Sql kDueEntryMails =
    "SELECT account_id, family_id, entry_id, due_at FROM entry_mail_pending WHERE account_id IN "
    "(SELECT account_id FROM entry_mail_pending WHERE due_at <= $1) "
    "ORDER BY account_id, due_at, entry_id";
inline constexpr Sql kForgetEntryMails =
    "DELETE FROM entry_mail_pending WHERE account_id = $1 AND due_at <= $2";
}  // namespace sql

}  // namespace

Status Projector::On(const ledger::events::DigestSet& ev, const Envelope& env) {
  if (!domain::ParseDigestFrequency(ev.frequency)) {
    return Fail(env.BadField("frequency", "must be daily, weekly or off"));
  }
  auto user = port_.Exists(projector_sql::kUserExists, ev.user_id);
  if (!user) return Fail(user.error());
  if (!*user) return Fail(env.Problem(Code::kNotFound, "unknown user " + ev.user_id));
  return Run(sql::kSetDigest, ev.user_id, ev.frequency);
}

Status Projector::On(const ledger::events::AccountMailSet& ev, const Envelope& env) {
  auto account = port_.Exists(sql::kAccountInFamily, ev.account_id, env.chain());
  if (!account) return Fail(account.error());
  if (!*account) {
    return Fail(
        env.Problem(Code::kNotFound, "unknown account " + ev.account_id + " in this family"));
  }
  return Run(sql::kSetAccountMail, ev.account_id, env.chain(), ev.on);
}

Result<std::vector<domain::DigestSetting>> CoreStore::ListDigestSettings() {
  std::vector<domain::DigestSetting> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(sql::kListDigest, [&](const Row& r) {
      out.push_back({r.Text(0), domain::ParseDigestFrequency(r.Text(1)).value_or(
                                    domain::DigestFrequency::kDaily)});
    });
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<std::string>> CoreStore::ListMailedAccounts(const std::string& family_id) {
  std::vector<std::string> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        sql::kListMailed, [&](const Row& r) { out.push_back(r.Text(0)); }, family_id);
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::optional<domain::Millis>> CoreStore::LastDigestSent(const std::string& user_id) {
  return Fetch<std::optional<domain::Millis>>(*this, &CoreStore::ReadOne, [&](SqlPort& port) {
    return port.One<domain::Millis>(
        sql::kLastDigest, [](const Row& r) { return r.Int(0); }, user_id);
  });
}

Status CoreStore::SetLastDigestSent(const std::string& user_id, domain::Millis at) {
  return Operational([&](SqlPort& port) -> Status {
    auto written = port.Write(sql::kSetLastDigest, user_id, at);
    if (!written) return Fail(written.error());
    return {};
  });
}

Status CoreStore::QueueEntryMails(const std::vector<PendingEntryMail>& mails) {
  if (mails.empty()) return {};
  return Operational([&](SqlPort& port) -> Status {
    for (const auto& m : mails) {
      auto written =
          port.Write(sql::kQueueEntryMail, m.account_id, m.entry_id, m.family_id, m.due_at);
      if (!written) return Fail(written.error());
    }
    return {};
  });
}

Result<std::vector<Notifications::PendingEntryMail>> CoreStore::ListDueEntryMails(
    domain::Millis now) {
  std::vector<PendingEntryMail> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        sql::kDueEntryMails,
        [&](const Row& r) {
          out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Int(3)});
        },
        now);
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::int64_t> CoreStore::ForgetEntryMails(const std::string& account_id,
                                                 domain::Millis up_to) {
  std::int64_t removed = 0;
  auto status = Operational([&](SqlPort& port) -> Status {
    auto written = port.Write(sql::kForgetEntryMails, account_id, up_to);
    if (!written) return Fail(written.error());
    removed = *written;
    return {};
  });
  if (!status) return Fail(status.error());
  return removed;
}

}  // namespace stip::store::core
