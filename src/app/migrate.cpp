#include "app/migrate.h"

#include <string>
#include <utility>
#include <vector>

#include "app/stip.h"
#include "ledger/chains.h"
#include "store/store.h"

namespace stip::app {
namespace {

using domain::Code;
using domain::Fail;
using domain::Result;
using domain::Status;

constexpr std::size_t kBatch = 1000;  // events, lines or links per import transaction

domain::Error Diverged(const std::string& what, std::int64_t seq) {
  return {Code::kFailedPrecondition,
          "The target already holds a different history for " + what + " (position " +
              std::to_string(seq) +
              " differs). Nothing of it was overwritten; migrate into an empty database, or "
              "find out where the target's data came from first.",
          {}};
}

// Copies one sequence (a chain, an access log or the global chain) from `read_from` into
// `import`, skipping the prefix the target already has. `Item` has a seq and a hash.
template <typename Item>
Status CopySequence(const std::string& what,
                    const std::function<Status(const std::function<bool(Item)>&)>& read_from,
                    const std::function<Status(const std::function<bool(Item)>&)>& read_to,
                    const std::function<Status(const std::vector<Item>&)>& import,
                    const std::function<std::int64_t(const Item&)>& seq_of,
                    const std::function<std::string(const Item&)>& hash_of, std::int64_t& copied,
                    std::int64_t& present) {
  std::vector<std::string> existing;  // the target's hashes, index seq - 1
  if (auto read = read_to([&](Item item) {
        existing.push_back(hash_of(item));
        return true;
      });
      !read) {
    return read;
  }
  std::int64_t source_count = 0;
  Status failed;
  std::vector<Item> batch;
  auto read = read_from([&](Item item) {
    ++source_count;
    const std::int64_t seq = seq_of(item);
    if (seq <= static_cast<std::int64_t>(existing.size())) {
      if (seq < 1 || existing[static_cast<std::size_t>(seq - 1)] != hash_of(item)) {
        failed = Fail(Diverged(what, seq));
        return false;
      }
      ++present;
      return true;
    }
    batch.push_back(std::move(item));
    if (batch.size() >= kBatch) {
      failed = import(batch);
      copied += static_cast<std::int64_t>(batch.size());
      batch.clear();
      if (!failed) return false;
    }
    return true;
  });
  if (!failed) return failed;
  if (!read) return read;
  if (static_cast<std::int64_t>(existing.size()) > source_count) {
    return Fail(Diverged(what, source_count + 1));
  }
  if (auto status = import(batch); !status) return status;
  copied += static_cast<std::int64_t>(batch.size());
  return {};
}

}  // namespace

std::string DescribeProblems(const VerifyReport& report) {
  std::string text;
  for (const auto& p : report.problems) {
    text += "\n  " + p.chain + ", " + std::to_string(p.seq) + ": " + p.kind + " — " + p.message;
  }
  return text;
}

Result<MigrateReport> Migrate(store::Store& from, store::Store& to,
                              const MigrateObserver& observe) {
  MigrateReport report;
  const auto progress = [&](const std::string& phase, std::int64_t done, std::int64_t total) {
    if (observe) observe({phase, done, total});
  };

  progress("verify source", 0, 1);
  auto source_ok = VerifyStore(from);
  if (!source_ok) return tl::unexpected(source_ok.error());
  if (!source_ok->ok()) {
    return Fail(Code::kFailedPrecondition,
                "The source does not verify, so it is not copied; restore its last good backup "
                "first:" +
                    DescribeProblems(*source_ok));
  }
  progress("verify source", 1, 1);

  auto chains = from.ListChains();  // the system chain first: families refer to its users
  if (!chains) return tl::unexpected(chains.error());
  const auto total = static_cast<std::int64_t>(chains->size());
  report.chains = total;
  using EventFn = std::function<bool(ledger::Event)>;
  using AccessFn = std::function<bool(store::SealedAccess)>;
  for (std::int64_t i = 0; i < total; ++i) {
    const std::string& chain = (*chains)[static_cast<std::size_t>(i)];
    progress("chains", i, total);
    auto status = CopySequence<ledger::Event>(
        "chain " + chain,
        [&](const EventFn& f) {
          return from.ReadChain(chain, [&](const ledger::Event& e) { return f(e); });
        },
        [&](const EventFn& f) {
          return to.ReadChain(chain, [&](const ledger::Event& e) { return f(e); });
        },
        [&](const std::vector<ledger::Event>& events) { return to.ImportEvents(chain, events); },
        [](const ledger::Event& e) { return e.seq; }, [](const ledger::Event& e) { return e.hash; },
        report.events_copied, report.events_present);
    if (!status) return tl::unexpected(status.error());
  }
  progress("chains", total, total);

  for (std::int64_t i = 0; i < total; ++i) {
    const std::string& chain = (*chains)[static_cast<std::size_t>(i)];
    progress("access logs", i, total);
    const auto sealed = [](const std::function<bool(store::SealedAccess)>& f) {
      return [&f](const domain::AccessRecord& r, const std::string& prev, const std::string& h) {
        return f(store::SealedAccess{r, prev, h});
      };
    };
    auto status = CopySequence<store::SealedAccess>(
        "the access log of " + chain,
        [&](const AccessFn& f) { return from.ReadAccessChain(chain, sealed(f)); },
        [&](const AccessFn& f) { return to.ReadAccessChain(chain, sealed(f)); },
        [&](const std::vector<store::SealedAccess>& lines) {
          return to.ImportAccess(chain, lines);
        },
        [](const store::SealedAccess& a) { return a.record.seq; },
        [](const store::SealedAccess& a) { return a.hash; }, report.access_copied,
        report.access_present);
    if (!status) return tl::unexpected(status.error());
  }
  progress("access logs", total, total);

  progress("global chain", 0, 1);
  using GlobalFn = std::function<bool(store::GlobalLink)>;
  auto global = CopySequence<store::GlobalLink>(
      "the global chain",
      [&](const GlobalFn& f) {
        return from.ReadGlobalChain([&](const store::GlobalLink& l) { return f(l); });
      },
      [&](const GlobalFn& f) {
        return to.ReadGlobalChain([&](const store::GlobalLink& l) { return f(l); });
      },
      [&](const std::vector<store::GlobalLink>& links) { return to.ImportGlobal(links); },
      [](const store::GlobalLink& l) { return l.seq; },
      [](const store::GlobalLink& l) { return l.hash; }, report.global_copied,
      report.global_present);
  if (!global) return tl::unexpected(global.error());
  progress("global chain", 1, 1);

  // Password hashes are operational state, not ledger; without them nobody could log in.
  auto users = from.ListUsers();
  if (!users) return tl::unexpected(users.error());
  for (std::size_t i = 0; i < users->size(); ++i) {
    progress("credentials", static_cast<std::int64_t>(i), static_cast<std::int64_t>(users->size()));
    const std::string& id = (*users)[i].id;
    auto hash = from.PasswordHash(id);
    if (!hash) return tl::unexpected(hash.error());
    if (!*hash) continue;
    if (auto set = to.SetPasswordHash(id, **hash); !set) return tl::unexpected(set.error());
    ++report.credentials;
  }
  // So are the second login steps: without them a professional who set one up would log in on
  // the target with the password alone.
  for (const auto& user : *users) {
    auto totp = from.FindTotp(user.id);
    if (!totp) return tl::unexpected(totp.error());
    if (!*totp) continue;
    if (auto set = to.ImportTotp(**totp); !set) return tl::unexpected(set.error());
    ++report.second_steps;
  }

  // The installation's secrets (the key of the "al bekend?" signals) are operational state too:
  // a target with another key would never match a signal on record, so that is refused.
  auto keys = from.ListInstallationKeys();
  if (!keys) return tl::unexpected(keys.error());
  for (const auto& [name, value] : *keys) {
    auto kept = to.InstallationKey(name, value);
    if (!kept) return tl::unexpected(kept.error());
    if (*kept != value) {
      return Fail(Code::kFailedPrecondition,
                  "The target already has another installation key '" + name +
                      "': its signals and the source's cannot both be matched. Migrate into an "
                      "empty database.");
    }
    ++report.keys;
  }

  progress("verify target", 0, 1);
  auto target_ok = VerifyStore(to);
  if (!target_ok) return tl::unexpected(target_ok.error());
  if (!target_ok->ok()) {
    return Fail(Code::kInternal, "The copy does not verify in the target; do not use it:" +
                                     DescribeProblems(*target_ok));
  }
  report.verified_events = target_ok->events;
  progress("verify target", 1, 1);
  return report;
}

}  // namespace stip::app
