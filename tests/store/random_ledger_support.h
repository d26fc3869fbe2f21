// Random ledgers of valid events for property tests of the fold (a seeded model of what exists,
// so every event it makes is one the projector must accept), and an engine-neutral projection dump.
#pragma once

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "domain/error.h"
#include "ledger/event.h"
#include "store/store.h"

namespace stip::store::testing {

class RandomLedger {
 public:
  // Every id and family chain starts with `prefix`, so that the ledgers of many seeds can share
  // one store; they share its system chain, which is at `system_head` when this one starts.
  RandomLedger(std::uint32_t seed, std::string prefix, std::int64_t system_head);
  ~RandomLedger();
  RandomLedger(const RandomLedger&) = delete;
  RandomLedger& operator=(const RandomLedger&) = delete;

  // The next group commit: sometimes a system append, and appends to one or two families, each
  // at its chain's current head. Every event is valid on top of the batches before it, whatever
  // order the engine takes the appends of this batch in.
  CommitBatch Next();
  std::int64_t events() const { return events_; }
  std::int64_t system_head() const;

 private:
  struct Model;
  std::vector<ledger::Event> SystemEvents();
  std::vector<ledger::Event> FamilyEvents(std::size_t family);
  std::vector<ledger::Event> OneFamilyEvent(std::size_t family);

  std::uint32_t Below(std::uint32_t n) { return n == 0 ? 0 : rng_() % n; }
  bool Chance(int percent) { return Below(100) < static_cast<std::uint32_t>(percent); }
  std::string NewId(const char* kind);
  std::string Date();
  std::string Text();
  ledger::Event Ev(const std::string& chain, std::string_view type, boost::json::object payload);

  std::mt19937 rng_;
  std::string prefix_;
  std::int64_t events_ = 0;
  std::int64_t next_id_ = 0;
  domain::Millis clock_ = 1'764'000'000'000;
  std::unique_ptr<Model> model_;
};

// Every projection table (and the cached chain heads), row by row in primary-key order, each
// value as typed text: the same logical content gives the same lines on every engine (a
// boolean reads "true" whether it is stored as BOOLEAN or as 0/1).
domain::Result<std::vector<std::string>> DumpProjections(Store& store);

// Where two dumps first differ, for a failure message; "" when they are equal.
std::string FirstDifference(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace stip::store::testing
