// Ledger throughput: `stip verify` must check at least 1,000,000 events/s on one core, and
// SHA-256 is the floor. Each benchmark reports items/s = events (or links) per second.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "ledger/chains.h"
#include "ledger/event.h"
#include "ledger/verifier.h"

namespace stip::ledger {
namespace {

// A typical entry: four short fields and a text of `text_size` bytes with some Dutch letters.
Event TypicalEvent(int n, std::size_t text_size) {
  std::string text;
  while (text.size() < text_size) text += "Moeder vertelt dat het beter gaat; co\xC3\xB6rdinatie. ";
  text.resize(text_size);
  Event event;
  event.chain = "fam_01HZX3K9Q8W7E6R5T4Y3U2I1O0";
  event.type = "entry.added";
  event.actor = "usr_01HZX3K9Q8W7E6R5T4Y3U2I1O0";
  event.time = 1764429600000 + n;
  event.payload = {{"id", "ent_" + std::to_string(n)},
                   {"kind", "observation"},
                   {"source", "huisbezoek"},
                   {"text", text}};
  return event;
}

std::vector<Event> SealedChain(int count, std::size_t text_size) {
  std::vector<Event> events;
  events.reserve(count);
  std::string head;
  for (int n = 1; n <= count; ++n) {
    Event event = TypicalEvent(n, text_size);
    if (!Seal(event, n - 1, head)) std::abort();
    head = event.hash;
    events.push_back(std::move(event));
  }
  return events;
}

// The floor: SHA-256 over 32 bytes + a canonical event of typical size.
void BM_ChainHashOnly(benchmark::State& state) {
  const std::string canonical =
      Canonical(TypicalEvent(1, static_cast<std::size_t>(state.range(0)))).value();
  for (auto _ : state) benchmark::DoNotOptimize(ChainHash(kGenesisHash, canonical));
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(canonical.size() + 32));
}
BENCHMARK(BM_ChainHashOnly)->Arg(64)->Arg(200)->Arg(1000);

// The public one-shot path (allocates the canonical string and the hash each time).
void BM_CanonicalAndChainHash(benchmark::State& state) {
  const Event event = TypicalEvent(1, static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto canonical = Canonical(event);
    benchmark::DoNotOptimize(ChainHash(kGenesisHash, *canonical));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CanonicalAndChainHash)->Arg(64)->Arg(200)->Arg(1000);

// What `stip verify` does per event once the store has decoded it.
void BM_ChainVerifier(benchmark::State& state) {
  const auto events = SealedChain(10000, static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    ChainVerifier verifier(events.front().chain);
    for (const Event& event : events) verifier.Add(event);
    if (!verifier.ok()) state.SkipWithError("chain did not verify");
    benchmark::DoNotOptimize(verifier.head_hash());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(events.size()));
}
BENCHMARK(BM_ChainVerifier)->Arg(64)->Arg(200)->Arg(1000);

// Including ParsePayload, for a store that keeps the payload as canonical text.
void BM_ParsePayloadAndVerify(benchmark::State& state) {
  auto events = SealedChain(10000, static_cast<std::size_t>(state.range(0)));
  std::vector<std::string> stored;
  for (auto& event : events) {
    stored.push_back(CanonicalPayload(event.payload).value());
    event.payload.clear();
  }
  for (auto _ : state) {
    ChainVerifier verifier(events.front().chain);
    for (std::size_t i = 0; i < events.size(); ++i) {
      events[i].payload = ParsePayload(stored[i]).value();
      verifier.Add(events[i]);
    }
    if (!verifier.ok()) state.SkipWithError("chain did not verify");
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(events.size()));
}
BENCHMARK(BM_ParsePayloadAndVerify)->Arg(200);

void BM_GlobalChainVerifier(benchmark::State& state) {
  struct Link {
    std::string chain, chain_hash, prev_hash, hash;
  };
  std::vector<Link> links;
  std::string prev(kGenesisHash);
  for (int n = 0; n < 10000; ++n) {
    Link link{"fam_" + std::to_string(n % 500), ChainHash(kGenesisHash, std::to_string(n)), prev,
              ""};
    link.hash = GlobalLinkHash(prev, link.chain, n / 500 + 1, link.chain_hash);
    prev = link.hash;
    links.push_back(std::move(link));
  }
  for (auto _ : state) {
    GlobalChainVerifier global;
    for (std::size_t i = 0; i < links.size(); ++i) {
      const Link& l = links[i];
      global.Add({static_cast<std::int64_t>(i) + 1, l.chain, static_cast<std::int64_t>(i) / 500 + 1,
                  l.chain_hash, l.prev_hash, l.hash});
    }
    benchmark::DoNotOptimize(global.head_hash());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(links.size()));
}
BENCHMARK(BM_GlobalChainVerifier);

}  // namespace
}  // namespace stip::ledger

BENCHMARK_MAIN();
