// Test helpers for the ledger tests: builds sealed chains, access logs and global links the way
// the store does, so each test can tamper with one thing and expect one problem.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json/object.hpp>

#include "domain/model.h"
#include "ledger/chains.h"
#include "ledger/event.h"
#include "ledger/verifier.h"

namespace stip::ledger {

// So that a failing expectation shows the problem, not its bytes.
inline void PrintTo(const Problem& problem, std::ostream* os) {
  *os << problem.chain << " seq " << problem.seq << " " << ProblemKindName(problem.kind) << ": "
      << problem.message;
}

}  // namespace stip::ledger

namespace stip::ledger::testing {

inline Event MakeEvent(const std::string& chain, int n) {
  Event event;
  event.chain = chain;
  event.type = "entry.added";
  event.actor = "usr_lead";
  event.time = 1764429600000 + n * 1000;
  event.payload = {{"id", "ent_" + std::to_string(n)},
                   {"kind", "observation"},
                   {"source", "huisbezoek"},
                   {"text", "aantekening " + std::to_string(n)}};
  return event;
}

// A chain of `count` sealed events, seq 1..count.
inline std::vector<Event> MakeChain(const std::string& chain, int count) {
  std::vector<Event> events;
  std::string head_hash;
  for (int n = 1; n <= count; ++n) {
    Event event = MakeEvent(chain, n);
    EXPECT_TRUE(Seal(event, n - 1, head_hash).has_value());
    head_hash = event.hash;
    events.push_back(std::move(event));
  }
  return events;
}

// Re-seals events[from..] after events[from-1], as an attacker with the code would.
inline void Reseal(std::vector<Event>& events, std::size_t from) {
  for (std::size_t i = from; i < events.size(); ++i) {
    const std::int64_t head_seq = i == 0 ? 0 : events[i - 1].seq;
    const std::string head_hash = i == 0 ? "" : events[i - 1].hash;
    ASSERT_TRUE(Seal(events[i], head_seq, head_hash).has_value());
  }
}

struct AccessLine {
  domain::AccessRecord record;
  std::string prev_hash;
  std::string hash;
};

inline std::vector<AccessLine> MakeAccessLog(const std::string& family, int count) {
  std::vector<AccessLine> lines;
  std::string prev(kGenesisHash);
  for (int n = 1; n <= count; ++n) {
    AccessLine line;
    line.record = {family, n,         1764429600000 + n * 500, "usr_lead",
                   "lead", "entries", "gesprek voorbereiden",  n % 3 == 0};
    line.prev_hash = prev;
    auto hash = AccessHash(prev, line.record);
    EXPECT_TRUE(hash.has_value());
    line.hash = hash.value_or("");
    prev = line.hash;
    lines.push_back(std::move(line));
  }
  return lines;
}

// One global link, as the store appends after every append to a chain.
struct Link {
  std::int64_t seq = 0;
  std::string chain;
  std::int64_t chain_seq = 0;
  std::string chain_hash;
  std::string prev_hash;
  std::string hash;

  GlobalLinkView View() const { return {seq, chain, chain_seq, chain_hash, prev_hash, hash}; }
};

inline void AppendLink(std::vector<Link>& links, const std::string& chain, std::int64_t chain_seq,
                       const std::string& chain_hash) {
  Link link;
  link.seq = static_cast<std::int64_t>(links.size()) + 1;
  link.chain = chain;
  link.chain_seq = chain_seq;
  link.chain_hash = chain_hash;
  link.prev_hash = links.empty() ? std::string(kGenesisHash) : links.back().hash;
  link.hash = GlobalLinkHash(link.prev_hash, chain, chain_seq, chain_hash);
  links.push_back(std::move(link));
}

inline std::optional<Problem> VerifyAccess(const std::string& family,
                                           const std::vector<AccessLine>& lines) {
  AccessChainVerifier verifier(family);
  for (const auto& line : lines) verifier.Add(line.record, line.prev_hash, line.hash);
  return verifier.problem();
}

}  // namespace stip::ledger::testing
