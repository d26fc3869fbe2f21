// The verifier driver: streams every chain out of the store into the ledger's verifiers.
#include <utility>

#include "app/stip.h"
#include "ledger/verifier.h"

namespace stip::app {
namespace {

VerifyProblem ToProblem(const ledger::Problem& p) {
  return {p.chain, p.seq, std::string(ledger::ProblemKindName(p.kind)), p.message};
}

}  // namespace

Result<VerifyReport> Stip::Verify(const std::optional<std::string>& family_id) {
  VerifyReport report;
  ledger::GlobalChainVerifier global;
  auto read_global = store_.ReadGlobalChain([&](const store::GlobalLink& l) {
    global.Add({l.seq, l.chain, l.chain_seq, l.chain_hash, l.prev_hash, l.hash});
    return true;
  });
  if (!read_global) return tl::unexpected(read_global.error());

  std::vector<std::string> chains;
  if (family_id) {
    chains.push_back(*family_id);
  } else {
    auto all = store_.ListChains();
    if (!all) return tl::unexpected(all.error());
    chains = std::move(*all);
  }

  for (const std::string& chain : chains) {
    ledger::ChainVerifier events(chain);
    auto read = store_.ReadChain(chain, [&](const ledger::Event& e) {
      events.Add(e);
      return true;
    });
    if (!read) return tl::unexpected(read.error());
    if (events.problem()) report.problems.push_back(ToProblem(*events.problem()));
    report.events += events.events();
    if (events.events() > 0) {
      ++report.chains;
      global.CheckHead(chain, events.head_seq(), events.head_hash());
    }
    if (chain == ledger::kSystemChain) continue;
    ledger::AccessChainVerifier access(chain);
    auto read_access = store_.ReadAccessChain(
        chain, [&](const domain::AccessRecord& r, const std::string& prev, const std::string& h) {
          access.Add(r, prev, h);
          return true;
        });
    if (!read_access) return tl::unexpected(read_access.error());
    if (access.problem()) report.problems.push_back(ToProblem(*access.problem()));
    report.access_records += access.records();
  }

  report.global_seq = global.head_seq();
  report.global_hash = std::string(global.head_hash());
  for (const ledger::Problem& p : global.Finish()) {
    // With --family only that family's heads were checked: the other chains are not missing.
    if (family_id && p.chain != *family_id && p.chain != "global") continue;
    report.problems.push_back(ToProblem(p));
  }
  if (family_id && report.chains == 0 && report.problems.empty()) {
    return domain::Fail(domain::Code::kNotFound,
                        "No family '" + *family_id + "' in this installation (and none recorded).");
  }
  return report;
}

Result<store::RebuildReport> Stip::Rebuild() { return store_.Rebuild(); }

}  // namespace stip::app
