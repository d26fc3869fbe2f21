// Reading the chains back, for `stip verify` and `stip migrate`: each read streams one query in
// one read snapshot, so a chain of any length is read in constant memory.
#include <string>
#include <utility>
#include <vector>

#include "store/core/core_store.h"
#include "store/core/ledger_rows.h"
#include "store/core/queries_ledger.h"

namespace stip::store::core {

namespace q = queries;
using domain::Code;
using domain::Fail;

Result<ledger::Event> EventFrom(const Row& row, bool for_verify) {
  ledger::Event e;
  e.chain = row.Text(0);
  e.seq = row.Int(1);
  e.type = row.Text(2);
  e.actor = row.Text(3);
  e.time = row.Int(4);
  const std::string_view stored = row.View(5);
  if (ledger::IsRedacted(stored)) {
    // Destroyed content (issue 14): the event keeps its place, type and hashes only.
    e.redacted = true;
    e.prev_hash = row.Text(6);
    e.hash = row.Text(7);
    return e;
  }
  auto payload = ledger::ParsePayload(stored);
  if (payload) {
    e.payload = std::move(*payload);
  } else if (for_verify) {
    e.payload[ledger::kUnreadablePayloadKey] = stored;
  } else {
    return Fail(Code::kInternal, "event " + std::to_string(e.seq) + " of " + e.chain +
                                     " has a stored payload that cannot be read (" +
                                     payload.error().message + "); run stip verify");
  }
  e.prev_hash = row.Text(6);
  e.hash = row.Text(7);
  return e;
}

Result<std::vector<std::string>> CoreStore::ListChains() {
  std::vector<std::string> chains;
  bool has_system = false;
  auto status = ReadSnapshot([&](SqlPort& port) {
    return port.Each(q::kListChains, [&](const Row& row) {
      std::string chain = row.Text(0);
      if (chain == ledger::kSystemChain) {
        has_system = true;
      } else {
        chains.push_back(std::move(chain));
      }
    });
  });
  if (!status) return Fail(status.error());
  // The system chain first: the families refer to its users, and Rebuild folds it first too.
  if (has_system) chains.insert(chains.begin(), std::string(ledger::kSystemChain));
  return chains;
}

Status CoreStore::ReadChain(const std::string& chain, const EventVisitor& visit) {
  return ReadSnapshot([&](SqlPort& port) {
    return port.EachStreamed(
        q::kReadChain,
        [&](const Row& row) -> Result<bool> {
          auto event = EventFrom(row, true);
          if (!event) return Fail(event.error());
          return visit(*event);
        },
        chain);
  });
}

Status CoreStore::ReadAccessChain(const std::string& family_id, const AccessVisitor& visit) {
  return ReadSnapshot([&](SqlPort& port) {
    return port.EachStreamed(
        q::kReadAccessChain,
        [&](const Row& row) {
          domain::AccessRecord record{row.Text(0), row.Int(1),  row.Int(2),  row.Text(3),
                                      row.Text(4), row.Text(5), row.Text(6), row.Bool(7)};
          return visit(record, row.Text(8), row.Text(9));
        },
        family_id);
  });
}

Status CoreStore::ReadGlobalChain(const GlobalVisitor& visit) {
  return ReadSnapshot([&](SqlPort& port) {
    return port.EachStreamed(q::kReadGlobalChain, [&](const Row& row) {
      GlobalLink link{row.Int(0), row.Text(1), row.Int(2), row.Text(3), row.Text(4), row.Text(5)};
      return visit(link);
    });
  });
}

Status CoreStore::ReadChainStored(const std::string& chain, const StoredEventVisitor& visit) {
  return ReadSnapshot([&](SqlPort& port) {
    return port.EachStreamed(
        q::kReadChain,
        [&](const Row& row) {
          return visit({row.View(0), row.Int(1), row.View(2), row.View(3), row.Int(4), row.View(5),
                        row.View(6), row.View(7)});
        },
        chain);
  });
}

Status CoreStore::ReadAllEvents(const StoredEventVisitor& visit) {
  return ReadSnapshot([&](SqlPort& port) {
    return port.EachStreamed(q::kReadAllEvents, [&](const Row& row) {
      // Views into the engine's row buffer: nothing is copied or parsed.
      return visit({row.View(0), row.Int(1), row.View(2), row.View(3), row.Int(4), row.View(5),
                    row.View(6), row.View(7)});
    });
  });
}

Status CoreStore::ReadAllAccess(const StoredAccessVisitor& visit) {
  return ReadSnapshot([&](SqlPort& port) {
    return port.EachStreamed(q::kReadAllAccess, [&](const Row& row) {
      return visit({row.View(0), row.Int(1), row.Int(2), row.View(3), row.View(4), row.View(5),
                    row.View(6), row.Bool(7), row.View(8), row.View(9)});
    });
  });
}

}  // namespace stip::store::core
