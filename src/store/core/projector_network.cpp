// Folds the network-member events (issue 10): who was invited, what is shared with them, and
// when that ended. The family row was already checked and touched by Projector::Apply.
#include <string>
#include <utility>

#include "domain/access.h"
#include "domain/local_time.h"
#include "domain/time.h"
#include "ledger/events.h"
#include "store/core/projector.h"
#include "store/core/queries_network.h"

namespace stip::store::core {
namespace {

namespace sql = network_sql;
namespace events = ledger::events;
using domain::Code;
using domain::Fail;

struct ConsentState {
  std::string family_id;
  bool ended = false;
};

std::string JoinItems(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ' ';
    out += item;
  }
  return out;
}

}  // namespace

Status Projector::CheckNetworkItems(const Envelope& env, const std::vector<std::string>& items,
                                    const std::string& valid_until) {
  for (const auto& item : items) {
    if (!domain::ParseSharedItem(item) || item.find(' ') != std::string::npos) {
      return Fail(env.BadField("items", "holds an item that is not 'entry:<id>'"));
    }
  }
  if (!valid_until.empty() && !domain::ParseDate(valid_until)) {
    return Fail(env.BadField("valid_until", "is not YYYY-MM-DD"));
  }
  return {};
}

Status Projector::On(const events::NetworkMemberInvited& ev, const Envelope& env) {
  if (auto status = RequireMember(env, ev.invited_by); !status) return status;
  // One live account per address within a family (an address may have accounts in several
  // families). An address that had an account in this family already is not refused: the app
  // records it as "-" (docs/ledger-format.md), a network member without a login. Only this
  // family's own chain is read, so a rebuild in any order of families folds the same.
  const bool without_login = ev.contact == "-";
  if (!without_login) {
    auto contact_taken = port_.Exists(sql::kContactTaken, ev.contact, env.chain());
    if (!contact_taken) return Fail(contact_taken.error());
    if (*contact_taken) {
      return Fail(env.Problem(Code::kAlreadyExists, "an account uses this contact already"));
    }
  }
  const std::string contact = without_login ? std::string() : ev.contact;
  auto account_taken = port_.Exists(sql::kAccountIdTaken, ev.account_id);
  if (!account_taken) return Fail(account_taken.error());
  if (*account_taken)
    return Fail(env.Problem(Code::kAlreadyExists, "account exists: " + ev.account_id));
  auto exists = port_.Exists(sql::kNetworkMemberExists, env.chain(), ev.id);
  if (!exists) return Fail(exists.error());
  if (*exists) return Fail(env.Problem(Code::kAlreadyExists, "network member exists: " + ev.id));
  return Run(sql::kInsertNetworkMember, ev.id, env.chain(), ev.account_id, ev.name, ev.relation,
             contact, ev.invited_by, env.time(), env.seq());
}

Status Projector::On(const events::NetworkConsentGiven& ev, const Envelope& env) {
  if (!domain::ParseNetworkGround(ev.ground)) {
    return Fail(env.BadField("ground", "is not parent_with_custody or young_person_own"));
  }
  if (auto status = CheckNetworkItems(env, ev.items, ev.valid_until); !status) return status;
  if (auto status = RequireMember(env, ev.given_by); !status) return status;
  auto known = port_.Exists(sql::kNetworkMemberExists, env.chain(), ev.network_member_id);
  if (!known) return Fail(known.error());
  if (!*known) {
    return Fail(env.Problem(Code::kNotFound, "unknown network member " + ev.network_member_id));
  }
  auto existing = port_.Exists(sql::kNetworkConsentState, ev.id);
  if (!existing) return Fail(existing.error());
  if (*existing) return Fail(env.Problem(Code::kAlreadyExists, "consent exists: " + ev.id));
  // The day it was given is the event's calendar date in the Netherlands.
  return Run(sql::kInsertNetworkConsent, ev.id, env.chain(), ev.network_member_id, ev.given_by,
             ev.ground, JoinItems(ev.items), domain::FormatDate(domain::AmsterdamDate(env.time())),
             ev.valid_until, env.time(), env.seq());
}

Result<bool> Projector::RunningNetworkConsent(const Envelope& env, const std::string& id) {
  auto state = port_.One<ConsentState>(
      sql::kNetworkConsentState,
      [](const Row& r) {
        return ConsentState{r.Text(0), !r.IsNull(1)};
      },
      id);
  if (!state) return Fail(state.error());
  if (!*state || (*state)->family_id != env.chain()) {
    return Fail(env.Problem(Code::kNotFound, "unknown network consent " + id + " in this family"));
  }
  if ((*state)->ended) {
    return Fail(env.Problem(Code::kFailedPrecondition, "network consent " + id + " has ended"));
  }
  return true;
}

Status Projector::On(const events::NetworkConsentChanged& ev, const Envelope& env) {
  if (auto status = CheckNetworkItems(env, ev.items, ev.valid_until); !status) return status;
  if (auto running = RunningNetworkConsent(env, ev.id); !running) return Fail(running.error());
  return Run(sql::kChangeNetworkConsent, ev.id, JoinItems(ev.items), ev.valid_until, env.time());
}

Status Projector::On(const events::NetworkConsentEnded& ev, const Envelope& env) {
  if (auto running = RunningNetworkConsent(env, ev.id); !running) return Fail(running.error());
  if (auto s = Run(sql::kEndNetworkConsent, ev.id, env.time()); !s) return s;
  // On the family's list of changes: who stopped the sharing with whom, and why (the lead may
  // stop it for the child's safety; a loss of custody stops it too). The giver reads it there.
  auto parties = port_.One<std::pair<std::string, std::string>>(
      sql::kNetworkConsentParties,
      [](const Row& r) {
        return std::pair{r.Text(0), r.Text(1)};
      },
      ev.id);
  if (!parties) return Fail(parties.error());
  if (!*parties) return Fail(env.Problem(Code::kNotFound, "unknown network consent " + ev.id));
  return RecordChange(env, ev.kType, (*parties)->first, (*parties)->second, "", false, ev.reason);
}

// A network member's first login (account.activated with the network member's account id).
Result<bool> Projector::ActivateNetworkAccount(const Envelope& env, const std::string& account_id) {
  auto changed = port_.Write(sql::kActivateNetworkAccount, env.chain(), account_id, env.time());
  if (!changed) return Fail(changed.error());
  return *changed > 0;
}

}  // namespace stip::store::core
