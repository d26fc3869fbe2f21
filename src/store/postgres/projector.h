// Folds sealed ledger events into the PostgreSQL projection tables, one function per event type
// (ledger/event_types.h), with the rules and errors of src/store/sqlite/projector.cpp.
#pragma once

#include <cstdint>
#include <string>

#include "domain/model.h"
#include "ledger/event.h"
#include "store/postgres/connection.h"

namespace stip::store::postgres {

class Projector {
 public:
  explicit Projector(Connection& conn) : conn_(conn) {}

  // Applies one sealed event inside the caller's transaction. An unknown type, a malformed
  // payload or a domain error (a member for an unknown family, a duplicate id) fails with a
  // message naming the event; the caller rolls back whatever the item wrote.
  Status Apply(const ledger::Event& event);

  // Writes what Apply deferred: the change time and entry count of the last family touched
  // (consecutive events of one family update its row once, not once per event). Call it after
  // the last Apply and before the transaction commits; a projector dropped without it, after a
  // failed Apply, leaves its item to be rolled back anyway.
  Status Flush();

 private:
  using Handler = Status (Projector::*)(const ledger::Event&);
  struct Route {
    std::string_view type;
    bool system_chain;  // true: only on "system"; false: only on a family chain
    Handler handler;
  };

  Status OrganisationCreated(const ledger::Event& e);
  Status TeamCreated(const ledger::Event& e);
  Status UserCreated(const ledger::Event& e);
  Status PasswordSet(const ledger::Event& e);
  Status TokenIssued(const ledger::Event& e);
  Status TokenRevoked(const ledger::Event& e);
  Status FamilyCreated(const ledger::Event& e);
  Status MemberAdded(const ledger::Event& e);
  Status CustodySet(const ledger::Event& e);
  Status InvolvementStarted(const ledger::Event& e);
  Status InvolvementEnded(const ledger::Event& e);
  Status EntryAdded(const ledger::Event& e);
  // Issue 3 (projector_reactions.cpp): entry audience, withholdings, reactions, corrections.
  Status EntryAudience(const ledger::Event& e, const std::string& entry_id);
  Status WithholdingDecided(const ledger::Event& e);
  Status WithholdingRenewed(const ledger::Event& e);
  Status WithholdingLifted(const ledger::Event& e);
  Status ObjectionFiled(const ledger::Event& e);
  Status ObjectionAnswered(const ledger::Event& e);
  Status ReactionAdded(const ledger::Event& e);
  Status CorrectionAnswered(const ledger::Event& e);
  Status EntryCorrected(const ledger::Event& e);
  // Family accounts and consents (projector_accounts.cpp).
  Status AccountInvited(const ledger::Event& e);
  Status AccountActivated(const ledger::Event& e);
  Status AccountRevoked(const ledger::Event& e);
  Status ConsentGiven(const ledger::Event& e);
  Status ConsentEnded(const ledger::Event& e);

  // Whether `sql` (a SELECT 1 ... query) finds a row for the bound arguments.
  template <typename... Args>
  Result<bool> Exists(Sql sql, const Args&... args);
  // Runs a write; returns how many rows it changed.
  template <typename... Args>
  Result<std::int64_t> Write(Sql sql, const Args&... args);
  // The family of a family event exists; marks it changed at the event's time (and counts an
  // entry for entry.added).
  Status TouchFamily(const ledger::Event& e, bool count_entry);

  static const Route kRoutes[];
  Connection& conn_;
  // The family whose row this projector has checked (or created) in this transaction, and the
  // touch not yet written to it: the time of its latest event and the entries counted since.
  struct PendingTouch {
    std::string family;
    bool dirty = false;
    domain::Millis time = 0;
    std::int64_t entries = 0;
  };
  PendingTouch pending_;
};

}  // namespace stip::store::postgres
