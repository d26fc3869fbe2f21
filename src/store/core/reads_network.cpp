// Network members and their consents (issue 10): projection reads on ReadOne, for both engines.
#include <string>
#include <utility>

#include "domain/access.h"
#include "domain/time.h"
#include "store/core/queries_network.h"
#include "store/core/reads_support.h"

namespace stip::store::core {
namespace {

domain::NetworkMember MemberFrom(const Row& r) {
  domain::NetworkMember m;
  m.id = r.Text(0);
  m.family_id = r.Text(1);
  m.account_id = r.Text(2);
  m.name = r.Text(3);
  m.relation = r.Text(4);
  m.contact = r.Text(5);
  m.invited_by = r.Text(6);
  m.invited_at = r.Int(7);
  m.activated_at = r.OptInt(8);
  return m;
}

Result<NetworkConsentRecord> ConsentFrom(const Row& r) {
  NetworkConsentRecord out;
  auto& c = out.consent;
  c.id = r.Text(0);
  out.family_id = r.Text(1);
  c.network_member_id = r.Text(2);
  c.given_by = r.Text(3);
  const auto ground = domain::ParseNetworkGround(r.Text(4));
  if (!ground) return Fail(Corrupt("network consent ground"));
  c.ground = *ground;
  const std::string items = r.Text(5);
  std::size_t start = 0;
  while (start < items.size()) {
    std::size_t end = items.find(' ', start);
    if (end == std::string::npos) end = items.size();
    auto item = domain::ParseSharedItem(std::string_view(items).substr(start, end - start));
    if (!item) return Fail(Corrupt("shared item"));
    c.items.push_back(std::move(*item));
    start = end + 1;
  }
  const auto given_on = domain::ParseDate(r.Text(6));
  if (!given_on) return Fail(Corrupt("network consent date"));
  c.given_on = *given_on;
  if (const std::string until = r.Text(7); !until.empty()) {
    c.valid_until = domain::ParseDate(until);
    if (!c.valid_until) return Fail(Corrupt("network consent date"));
  }
  out.given_at = r.Int(8);
  out.changed_at = r.Int(9);
  out.ended_at = r.OptInt(10);
  c.ended = out.ended_at.has_value();
  return out;
}

}  // namespace

Result<std::vector<domain::NetworkMember>> CoreStore::ListNetworkMembers(
    const std::string& family_id) {
  std::vector<domain::NetworkMember> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        network_sql::kListNetworkMembers, [&](const Row& r) { out.push_back(MemberFrom(r)); },
        family_id);
  });
  if (!status) return Fail(status.error());
  return out;
}

Result<std::vector<NetworkConsentRecord>> CoreStore::ListNetworkConsents(
    const std::string& family_id) {
  std::vector<NetworkConsentRecord> out;
  auto status = ReadOne([&](SqlPort& port) {
    return port.Each(
        network_sql::kListNetworkConsents,
        [&](const Row& r) -> Result<bool> {
          auto consent = ConsentFrom(r);
          if (!consent) return Fail(consent.error());
          out.push_back(std::move(*consent));
          return true;
        },
        family_id);
  });
  if (!status) return Fail(status.error());
  return out;
}

}  // namespace stip::store::core
