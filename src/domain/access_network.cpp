// The access engine for network members (naasten, issue 10): a network member sees exactly what
// a consent in force shares with them, and only while its giver could still share it.
#include <algorithm>

#include "domain/access.h"

namespace stip::domain {
namespace {

Decision Yes(Reason reason) { return {true, reason, false}; }
Decision No(Reason reason) { return {false, reason, false}; }

const std::string& NetworkMemberOf(const AccessQuery& query) {
  return std::get<NetworkViewer>(query.viewer).network_member_id;
}

AccessQuery AsMember(const AccessQuery& query, const std::string& member_id) {
  AccessQuery as_member = query;
  as_member.viewer = MemberViewer{member_id};
  return as_member;
}

// A consent counts while it holds and its giver may still share on its ground: a parent who
// lost custody, or a young person's consent given as 16+, stops sharing at once.
bool Counts(const Family& family, const AccessQuery& query, const NetworkConsent& consent) {
  if (!Holds(consent, query.today)) return false;
  if (consent.network_member_id != NetworkMemberOf(query)) return false;
  const auto ground = SharingGround(family, AsMember(query, consent.given_by));
  return ground && *ground == consent.ground;
}

bool Lists(const NetworkConsent& consent, SharedKind kind, std::string_view id) {
  return std::any_of(consent.items.begin(), consent.items.end(),
                     [&](const SharedItem& item) { return item.kind == kind && item.id == id; });
}

}  // namespace

bool Holds(const NetworkConsent& consent, const Date& today) {
  return !consent.ended && consent.given_on <= today &&
         (!consent.valid_until || today <= *consent.valid_until);
}

std::optional<NetworkGround> SharingGround(const Family& family, const AccessQuery& query) {
  if (!std::holds_alternative<MemberViewer>(query.viewer)) return std::nullopt;
  const Decision d = Decide(family, query, Action::kShareWithNetwork);
  if (!d.allowed) return std::nullopt;
  return d.reason == Reason::kParentWithCustody ? NetworkGround::kParentWithCustody
                                                : NetworkGround::kYoungPersonOwn;
}

bool MayShareEntry(const Family& family, const AccessQuery& query, NetworkGround ground,
                   const EntryAudience& entry, std::span<const Withholding> withholdings) {
  if (!std::holds_alternative<MemberViewer>(query.viewer)) return false;
  const std::string& giver = std::get<MemberViewer>(query.viewer).member_id;
  // Nothing withheld from anyone leaves the household through its network: a withholding often
  // protects a third person, whom the network member may know.
  for (const auto& w : withholdings) {
    if (w.entry_id == entry.entry_id && InForce(w, query.today, query.policy)) return false;
  }
  // A young person shares their own information: an entry about them alone (or confidential to
  // them), not one that also names their parents or siblings, or the whole household.
  if (ground == NetworkGround::kYoungPersonOwn) {
    const bool own = (entry.concerns.size() == 1 && entry.concerns.front() == giver) ||
                     entry.confidential_of == giver;
    if (!own) return false;
  } else {
    // A young person's (16+) information is theirs to share, not a parent's: confidential to
    // them, or naming them (also with a younger sibling), even when the parent may read it.
    if (entry.confidential_of && *entry.confidential_of != giver) return false;
    for (const auto& id : entry.concerns) {
      for (const auto& m : family.members) {
        if (m.id == id && m.role == MemberRole::kChild &&
            AgeOn(m.birth_date, query.today) >= query.policy.young_person_decides_age) {
          return false;
        }
      }
    }
  }
  return DecideEntry(family, query, entry, withholdings).visibility == Visibility::kVisible;
}

Decision DecideNetwork(const Family& family, const AccessQuery& query, Action action) {
  const bool any =
      std::any_of(query.network_consents.begin(), query.network_consents.end(),
                  [&](const NetworkConsent& consent) { return Counts(family, query, consent); });
  // Without a consent in force the network member has no standing at all: the file does not
  // exist for them (404), also on a session opened before the consent ended.
  if (!any) return No(Reason::kUnknownViewer);
  if (action == Action::kViewShared) return Yes(Reason::kNetworkConsent);
  return No(Reason::kSharedOnly);
}

EntryDecision DecideNetworkEntry(const Family& family, const AccessQuery& query,
                                 const EntryAudience& entry,
                                 std::span<const Withholding> withholdings) {
  EntryDecision out;
  const Decision file = DecideNetwork(family, query, Action::kViewShared);
  if (!file.allowed) {
    out.reason = file.reason;
    return out;
  }
  out.reason = Reason::kSharedOnly;
  for (const auto& consent : query.network_consents) {
    if (!Counts(family, query, consent) || !Lists(consent, SharedKind::kEntry, entry.entry_id)) {
      continue;
    }
    if (MayShareEntry(family, AsMember(query, consent.given_by), consent.ground, entry,
                      withholdings)) {
      out.visibility = Visibility::kVisible;
      out.reason = Reason::kNetworkConsent;
      return out;
    }
  }
  return out;
}

std::string ToString(const SharedItem& item) {
  switch (item.kind) {
    case SharedKind::kEntry:
      return "entry:" + item.id;
  }
  return item.id;
}

std::optional<SharedItem> ParseSharedItem(std::string_view s) {
  constexpr std::string_view kEntry = "entry:";
  if (s.starts_with(kEntry) && s.size() > kEntry.size()) {
    return SharedItem{SharedKind::kEntry, std::string(s.substr(kEntry.size()))};
  }
  return std::nullopt;
}

std::string_view ToString(NetworkGround v) {
  switch (v) {
    case NetworkGround::kParentWithCustody:
      return "parent_with_custody";
    case NetworkGround::kYoungPersonOwn:
      return "young_person_own";
  }
  return "unknown";
}

std::optional<NetworkGround> ParseNetworkGround(std::string_view s) {
  if (s == "parent_with_custody") return NetworkGround::kParentWithCustody;
  if (s == "young_person_own") return NetworkGround::kYoungPersonOwn;
  return std::nullopt;
}

}  // namespace stip::domain
