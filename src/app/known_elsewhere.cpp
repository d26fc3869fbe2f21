// "Al bekend?" (issue 10 item 6): before a file is opened, whether a child is known in another
// file of this installation, after the Verwijsindex rules (domain/known_elsewhere.h). Only a
// keyed hash of each child's identity is kept (signal.recorded); a match tells which team holds
// the file and how to reach it, nothing else. Every check and its outcome is on the system
// chain, and a file that matched gets a line in its access log.
#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include <spdlog/spdlog.h>

#include "app/events.h"
#include "app/stip.h"
#include "app/system.h"
#include "app/throttle.h"
#include "domain/known_elsewhere.h"
#include "domain/text.h"
#include "ledger/event.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

// The signal keys in `installation_keys`: one per calendar month (UTC), "signal_hmac:YYYY-MM",
// so that the key of a month whose signals can no longer match can go (DeleteSignalKeys); the
// first signals were made under the one key "signal_hmac".
std::string MonthKeyName(const domain::Date& d) {
  return std::string(store::kFirstSignalKey) + ":" + domain::FormatDate(d).substr(0, 7);
}
std::string MonthKeyName(domain::Millis t) { return MonthKeyName(domain::DateOf(t)); }
// The children of one household: a check is about one family, not a search over many.
constexpr std::size_t kMaxChildren = 12;
constexpr domain::Millis kMillisPerDay = 86'400'000;

// A signal key goes as soon as no signal made under it can match any more (its hashes stay on
// the ledger, and without the key they cannot be tried against BSNs): a month's key once the
// month lies before the active term, with a month's margin; the first key once none of its
// signals is active. The store checks again that no active signal uses the key.
void DeleteSignalKeys(store::Signals& signals, const domain::SignalPolicy& policy,
                      domain::Millis now) {
  const domain::Millis active_since =
      now - static_cast<domain::Millis>(policy.active_days) * kMillisPerDay;
  domain::Date first_active_month = domain::DateOf(active_since);
  first_active_month.day = 1;
  const std::string keep_from =
      MonthKeyName(domain::AddDays(first_active_month, -1));  // the month before
  auto keys = signals.ListInstallationKeys();
  if (!keys) {
    spdlog::warn("signals: the old keys were left for the next run: {}", keys.error().message);
    return;
  }
  const std::string prefix = std::string(store::kFirstSignalKey) + ":";
  int deleted = 0;
  for (const auto& [name, value] : *keys) {
    const bool old_month = name.starts_with(prefix) && name < keep_from;
    if (!old_month && name != store::kFirstSignalKey) continue;
    auto gone = signals.DeleteSignalKey(name, active_since);
    if (!gone) {
      spdlog::warn("signals: key {} was left for the next run: {}", name, gone.error().message);
      continue;
    }
    if (*gone) ++deleted;
  }
  if (deleted > 0) spdlog::info("signals: deleted {} key(s) no signal can match with", deleted);
}

}  // namespace

Result<Stip::SignalHashSet> Stip::SignalHashes(const std::vector<KnownChild>& children,
                                               const std::vector<std::string>& paths,
                                               std::vector<domain::FieldError>& errors) {
  std::vector<std::string> identities;
  for (std::size_t i = 0; i < children.size(); ++i) {
    const KnownChild& c = children[i];
    const auto field = [&](const char* name) {
      return paths[i].empty() ? std::string(name) : paths[i] + "." + name;
    };
    const std::string bsn = domain::Trim(c.bsn);
    if (!bsn.empty()) {
      if (!domain::IsElevenProof(bsn)) {
        errors.push_back({field("bsn"),
                          domain::FieldCode::kBadFormat,
                          "is not a BSN: 9 digits that pass the 11-test",
                          {{"format", "bsn"}}});
        continue;
      }
      identities.push_back(domain::IdentityKey(bsn, "", {}));
      continue;
    }
    const auto birth = domain::ParseDate(domain::Trim(c.birth_date));
    const std::string name = domain::NormalName(c.name);
    // An empty normal name never matches another: without a name (or a BSN) no signal.
    if (name.empty()) {
      errors.push_back({field("name"), domain::Required("give a name or a BSN")});
    }
    if (!birth) errors.push_back({field("birth_date"), domain::NotADate()});
    if (!name.empty() && birth) identities.push_back(domain::IdentityKey("", name, *birth));
  }
  SignalHashSet out;
  if (!errors.empty() || identities.empty()) return out;
  const auto now = clock_.Now();
  out.key = MonthKeyName(now);
  auto key = signals_.InstallationKey(out.key, ids_.NewSecret(32));
  if (!key) return tl::unexpected(key.error());
  for (const auto& identity : identities) out.record.push_back(HmacSha256Hex(*key, identity));
  // A signal on record may have been made under an earlier month's key: the identities are
  // hashed under every key whose month may still hold a live signal (and the first key).
  auto keys = signals_.ListInstallationKeys();
  if (!keys) return tl::unexpected(keys.error());
  const std::string oldest_live =
      MonthKeyName(now - static_cast<domain::Millis>(options_.signals.active_days) * kMillisPerDay);
  out.match = out.record;
  for (const auto& [name, value] : *keys) {
    const bool first = name == store::kFirstSignalKey;
    const bool monthly = name.starts_with(std::string(store::kFirstSignalKey) + ":");
    if (name == out.key || !(first || (monthly && name >= oldest_live))) continue;
    for (const auto& identity : identities) out.match.push_back(HmacSha256Hex(value, identity));
  }
  return out;
}

Result<std::vector<domain::SignalMatch>> Stip::MatchesFor(const Principal& who,
                                                          const SignalHashSet& hashes) {
  if (hashes.match.empty()) return std::vector<domain::SignalMatch>{};
  // Every child looked for counts (a check of 12 children is 12), before anything is looked up.
  const auto now = clock_.Now();
  const std::string key = AttemptKey("known-check", who.user.id, "");
  std::optional<std::pair<int, domain::Millis>> counted;
  for (std::size_t i = 0; i < hashes.record.size(); ++i) {
    auto c = throttles_.CountInWindow(key, now, kMillisPerDay);
    if (!c) return tl::unexpected(c.error());
    counted = *c;
  }
  if (counted && counted->first > options_.known_checks_per_day) {
    const auto hours = (counted->second + kMillisPerDay - now + 3'599'999) / 3'600'000;
    return Fail(Code::kResourceExhausted,
                "You looked for " + std::to_string(options_.known_checks_per_day) +
                    " children in the last day, the most one person may: nothing was looked up "
                    "now. Try again in " +
                    std::to_string(hours) + " hours.");
  }
  auto signals = signals_.ListSignals(hashes.match);
  if (!signals) return tl::unexpected(signals.error());
  return domain::MatchSignals(hashes.match, *signals, now, {}, options_.signals);
}

Status Stip::LogMatches(const Principal& who, const std::vector<domain::SignalMatch>& matches) {
  // The family reads that a professional asked whether their family was known here: nothing of
  // their file was read, and the line says so (what "known_elsewhere_check").
  std::set<std::string> logged;
  for (const auto& m : matches) {
    if (!logged.insert(m.family_id).second) continue;
    if (auto r = LogRead(who, m.family_id, "known_elsewhere", "known_elsewhere_check",
                         "nagaan of het gezin al bekend is");
        !r) {
      return r;
    }
  }
  return {};
}

Status Stip::RecordCheck(const Principal& who, const std::string& id,
                         const std::vector<domain::SignalMatch>& matches,
                         const std::string& outcome, const std::string& family_id,
                         const std::string& reason) {
  std::vector<std::string> families;
  for (const auto& m : matches) {
    if (std::find(families.begin(), families.end(), m.family_id) == families.end()) {
      families.push_back(m.family_id);
    }
  }
  const std::string chain(ledger::kSystemChain);
  auto head = AppendWithRetry(chain, [&]() -> Result<store::AppendRequest> {
    auto system_head = ledger_.Head(chain);
    if (!system_head) return tl::unexpected(system_head.error());
    store::AppendRequest req{chain, system_head->seq, {}};
    req.events.push_back(MakeEvent(chain, who.user.id, clock_.Now(),
                                   events::KnownElsewhereChecked{.id = id,
                                                                 .families = families,
                                                                 .outcome = outcome,
                                                                 .family_id = family_id,
                                                                 .reason = reason}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<KnownElsewhereCheck> Stip::CheckKnownElsewhere(const Principal& who,
                                                      const std::vector<KnownChild>& children) {
  if (who.IsFamily() || who.user.admin) {
    return Fail(Code::kPermissionDenied,
                "Only a professional of a team checks whether a family is known already.");
  }
  auto me = LoadProfessional(who.user.id);
  if (!me) return tl::unexpected(me.error());
  if (!me->team) {
    return Fail(Code::kPermissionDenied,
                "Only a professional of a team checks whether a family is known already.");
  }
  std::vector<domain::FieldError> errors;
  if (children.empty()) {
    errors.push_back({"children",
                      domain::FieldCode::kTooFew,
                      "name at least one child",
                      {{"min", std::int64_t{1}}}});
  } else if (children.size() > kMaxChildren) {
    errors.push_back({"children",
                      domain::FieldCode::kTooMany,
                      "at most " + std::to_string(kMaxChildren) + " children",
                      {{"max", static_cast<std::int64_t>(kMaxChildren)}}});
  }
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < children.size(); ++i) {
    paths.push_back("children[" + std::to_string(i) + "]");
  }
  auto hashes = errors.empty() ? SignalHashes(children, paths, errors) : Result<SignalHashSet>{};
  if (!hashes) return tl::unexpected(hashes.error());
  if (!errors.empty()) {
    return Fail(domain::Error::Invalid("The children cannot be checked like this.", errors));
  }
  auto matches = MatchesFor(who, *hashes);
  if (!matches) return tl::unexpected(matches.error());
  return RecordMatches(who, *matches);
}

Result<KnownElsewhereCheck> Stip::RecordMatches(const Principal& who,
                                                const std::vector<domain::SignalMatch>& matches) {
  KnownElsewhereCheck out;
  out.id = ids_.NewId("chk");
  for (const auto& m : matches) {
    if (m.team_id.empty()) continue;  // a file without a lead: no one to contact (cannot be)
    if (std::any_of(out.teams.begin(), out.teams.end(),
                    [&](const domain::Team& t) { return t.id == m.team_id; })) {
      continue;
    }
    auto team = admin_.FindTeam(m.team_id);
    if (!team) return tl::unexpected(team.error());
    if (*team) out.teams.push_back(std::move(**team));
  }
  if (auto r = RecordCheck(who, out.id, matches, matches.empty() ? "no_match" : "match", "", "");
      !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = LogMatches(who, matches); !r) return tl::unexpected(r.error());
  return out;
}

Result<int> Stip::DeleteExpiredSignals() {
  const auto now = clock_.Now();
  const domain::Millis before =
      now - static_cast<domain::Millis>(options_.signals.delete_after_days) * kMillisPerDay;
  auto expired = signals_.ListSignalsBefore(before);
  if (!expired) return tl::unexpected(expired.error());
  int files = 0;
  std::optional<domain::Error> failed;
  for (const auto& s : *expired) {
    auto head = AppendWithRetry(s.family_id, [&]() -> Result<store::AppendRequest> {
      auto family = families_.FindFamily(s.family_id);
      if (!family) return tl::unexpected(family.error());
      if (!*family) return Fail(Code::kNotFound, "no family " + s.family_id);
      store::AppendRequest req{s.family_id, (*family)->head_seq, {}};
      req.events.push_back(MakeEvent(
          s.family_id, "system", now,
          events::SignalDeleted{.before = std::to_string(before),
                                .reason = "Verwijsindex: a signal is deleted after " +
                                          std::to_string(options_.signals.delete_after_days) +
                                          " days"}));
      return req;
    });
    if (!head) {
      // One file that cannot be written to now does not keep the others' signals alive.
      failed = head.error();
      continue;
    }
    ++files;
  }
  DeleteSignalKeys(signals_, options_.signals, now);
  if (failed && files == 0) return tl::unexpected(*failed);
  if (failed) spdlog::warn("signals: a file was left for the next run: {}", failed->message);
  return files;
}

}  // namespace stip::app
