// Folds sealed ledger events into the projection tables, one function per event type
// (ledger/event_types.h), once for both engines over core::SqlPort. Used by Commit, Import,
// Rebuild.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/model.h"
#include "ledger/event.h"
#include "store/core/sql.h"

namespace stip::store::core {

class Projector {
 public:
  // `port` is the connection of the caller's write transaction; it must outlive the projector.
  explicit Projector(SqlPort& port) : port_(port) {}

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

  // System chain (projector.cpp).
  Status OrganisationCreated(const ledger::Event& e);
  Status TeamCreated(const ledger::Event& e);
  Status UserCreated(const ledger::Event& e);
  Status PasswordSet(const ledger::Event& e);
  Status TokenIssued(const ledger::Event& e);
  Status TokenRevoked(const ledger::Event& e);
  // Family chains (projector_family.cpp); Apply has checked that the family exists.
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

  // The family of a family event exists; marks it changed at the event's time (and counts an
  // entry for entry.added and entry.corrected).
  Status TouchFamily(const ledger::Event& e, bool count_entry);
  // NotFound naming the event unless `member_id` is a member of the event's family.
  Status RequireMember(const ledger::Event& e, const std::string& member_id);
  // The ledger position of entry `id` in this family, or NotFound naming the event.
  Result<std::int64_t> EntrySeq(const ledger::Event& e, const std::string& id);
  // Runs a write whose changed-row count does not matter.
  template <typename... Args>
  Status Run(Sql sql, const Args&... args) {
    auto written = port_.Write(sql, args...);
    if (!written) return tl::unexpected(written.error());
    return {};
  }

  static const Route kRoutes[];
  SqlPort& port_;
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

}  // namespace stip::store::core
