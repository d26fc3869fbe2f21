// Network members (naasten, issue 10): a parent with custody or a young person of 16+ invites a
// grandmother, neighbour or coach and decides, entry by entry, what they see; a consent record
// holds what, with whom, on which ground and until when. The access engine decides every read.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "app/events.h"
#include "app/family_auth.h"
#include "app/outbox.h"
#include "app/reactions_internal.h"
#include "app/stip.h"
#include "domain/local_time.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

constexpr std::size_t kMaxEndReasonChars = 500;

std::string MemberName(const domain::Family& family, const std::string& id) {
  for (const auto& m : family.members) {
    if (m.id == id) return m.name;
  }
  return id;
}

}  // namespace

// The items of a consent from the entry ids the giver chose, each one they may share; field
// errors name the wrong ones ("entry_ids[2]").
Result<std::vector<std::string>> Stip::SharedItems(const Access& access,
                                                   domain::NetworkGround ground,
                                                   const std::vector<std::string>& entry_ids,
                                                   std::vector<domain::FieldError>& errors) {
  std::vector<std::string> items;
  if (entry_ids.size() > kMaxSharedItems) {
    errors.push_back({"entry_ids",
                      domain::FieldCode::kTooMany,
                      "at most " + std::to_string(kMaxSharedItems) + " entries at once",
                      {{"max", static_cast<std::int64_t>(kMaxSharedItems)}}});
    return items;
  }
  auto all = reactions_.ListWithholdings(access.family.id);
  if (!all) return tl::unexpected(all.error());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < entry_ids.size(); ++i) {
    const std::string at = "entry_ids[" + std::to_string(i) + "]";
    const std::string& id = entry_ids[i];
    if (!seen.insert(id).second) {
      errors.push_back({at, domain::FieldCode::kDuplicate, "is listed twice"});
      continue;
    }
    auto entry = families_.FindEntry(access.family.id, id);
    if (!entry) return tl::unexpected(entry.error());
    if (!*entry) {
      errors.push_back(
          {at, domain::FieldCode::kUnknownId, "is not an entry", {{"of", std::string("entry")}}});
      continue;
    }
    auto withholdings = WithholdingsFor(families_, **entry, *all);
    if (!withholdings) return tl::unexpected(withholdings.error());
    auto audience = AudienceFor(families_, **entry);
    if (!audience) return tl::unexpected(audience.error());
    if (!domain::MayShareEntry(access.family, access.query, ground, *audience, *withholdings)) {
      errors.push_back({at, domain::FieldCode::kNotShareable, "may not be shared by you"});
      continue;
    }
    items.push_back(domain::ToString(domain::SharedItem{domain::SharedKind::kEntry, id}));
  }
  return items;
}

namespace {

// To an address that has a Stip account already, instead of a login code: the invitation
// cannot use it, and the owner of the address (who alone reads this) can tell the family.
Mail AddressInUseMail(const std::string& to, domain::Millis now) {
  Mail mail;
  mail.to = to;
  mail.created_at = now;
  mail.subject = "Uitnodiging voor Stip / Invitation to Stip";
  mail.body =
      "Hallo,\n\n"
      "Een gezin heeft je uitgenodigd in Stip, om een paar dingen met je te delen. Dit "
      "e-mailadres hoort in dat gezin al bij een ander account. Daarom kun je er niet mee "
      "inloggen voor deze uitnodiging.\n\n"
      "Wil je wel meedoen? Vraag degene die je uitnodigde om je opnieuw uit te nodigen met een "
      "ander e-mailadres.\n\n"
      "---\n"
      "A family invited you to Stip to share a few things with you. This e-mail address already "
      "belongs to another account in that family, so it cannot be used for this invitation. To "
      "take part, "
      "ask the person who invited you to invite you again with another e-mail address.\n";
  return mail;
}

// "" or a real date from today on; a field error otherwise.
std::optional<domain::FieldError> CheckUntil(const std::string& valid_until,
                                             const domain::Date& today) {
  if (valid_until.empty()) return std::nullopt;
  const auto until = domain::ParseDate(valid_until);
  if (!until) return domain::FieldError{"valid_until", domain::NotADate()};
  if (*until < today) {
    return domain::FieldError{"valid_until",
                              domain::FieldCode::kDateBeforeStart,
                              "lies before today",
                              {{"start", domain::FormatDate(today)}}};
  }
  return std::nullopt;
}

}  // namespace

Result<std::string> Stip::InviteNetworkMember(const Principal& who, const std::string& family_id,
                                              const NewNetworkMember& input) {
  if (!family_auth_) {
    return Fail(Code::kUnavailable,
                "Stip cannot send e-mail yet: no outbox is configured (see docs/architecture.md).");
  }
  const auto contact = NormalContact(input.contact);
  const std::string network_id = ids_.NewId("nwm");
  const std::string account_id = ids_.NewId("acc");
  const std::string consent_id = ids_.NewId("ncs");
  bool address_in_use = false;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kShareWithNetwork);
    if (!access) return tl::unexpected(access.error());
    const std::string me = who.account->member_id;
    const auto ground = domain::SharingGround(access->family, access->query);
    if (!ground) return Fail(Code::kPermissionDenied, "You may not share with a network member.");
    std::vector<domain::FieldError> errors;
    if (auto p = domain::CheckText(input.name, kMaxNetworkNameChars, true, false)) {
      errors.push_back({"name", *p});
    }
    if (auto p = domain::CheckText(input.relation, kMaxRelationChars, true, false)) {
      errors.push_back({"relation", *p});
    }
    if (!contact) {
      errors.push_back({"contact", domain::FieldCode::kNotAnEmail, "must be an e-mail address"});
    }
    if (auto e = CheckUntil(input.valid_until, access->query.today)) errors.push_back(*e);
    auto items = SharedItems(*access, *ground, input.entry_ids, errors);
    if (!items) return tl::unexpected(items.error());
    if (!errors.empty()) {
      return Fail(
          domain::Error::Invalid("The network member cannot be invited like this.", errors));
    }
    // An address with an account in this family already is matched here, not answered (the
    // family gets the same answer as for any invitation). Accounts in other families do not
    // count: one address may have an account in several families.
    auto taken = accounts_.ListAccountsByContact(*contact);
    if (!taken) return tl::unexpected(taken.error());
    address_in_use = std::any_of(taken->begin(), taken->end(), [&](const domain::Account& a) {
      return a.family_id == family_id;
    });
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    const auto now = clock_.Now();
    req.events.push_back(MakeEvent(family_id, who.user.id, now,
                                   events::NetworkMemberInvited{
                                       .id = network_id,
                                       .account_id = account_id,
                                       .name = domain::Trim(input.name),
                                       .relation = domain::Trim(input.relation),
                                       // "-": the address has an account already;
                                       // this network member has no login (ledger-format.md).
                                       .contact = address_in_use ? std::string("-") : *contact,
                                       .invited_by = me,
                                   }));
    req.events.push_back(MakeEvent(family_id, who.user.id, now,
                                   events::NetworkConsentGiven{
                                       .id = consent_id,
                                       .network_member_id = network_id,
                                       .given_by = me,
                                       .ground = std::string(domain::ToString(*ground)),
                                       .items = std::move(*items),
                                       .valid_until = input.valid_until,
                                   }));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  if (address_in_use) {
    // The network member is recorded without a login; the address's owner (only they) learns
    // why and what to do. The family gets the same answer as for any invitation.
    if (auto sent = outbox_->Send(AddressInUseMail(*contact, clock_.Now())); !sent) {
      return tl::unexpected(sent.error());
    }
    return network_id;
  }
  if (auto sent = family_auth_->Begin(*contact, true, account_id); !sent) {
    return tl::unexpected(sent.error());
  }
  return network_id;
}

// The running consent `consent_id` of this family that the viewer gave, or NotFound.
Result<domain::NetworkConsentRecord> Stip::MyNetworkConsent(const Principal& who,
                                                            const std::string& family_id,
                                                            const std::string& consent_id) {
  auto consents = accounts_.ListNetworkConsents(family_id);
  if (!consents) return tl::unexpected(consents.error());
  for (auto& c : *consents) {
    if (c.consent.id == consent_id && !c.consent.ended &&
        c.consent.given_by == who.account->member_id) {
      return std::move(c);
    }
  }
  return Fail(Code::kNotFound, "You have no running consent for a network member with this id.");
}

Status Stip::ChangeNetworkConsent(const Principal& who, const std::string& family_id,
                                  const std::string& consent_id, const NetworkShare& share) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kShareWithNetwork);
    if (!access) return tl::unexpected(access.error());
    auto consent = MyNetworkConsent(who, family_id, consent_id);
    if (!consent) return tl::unexpected(consent.error());
    // Shared on the ground the consent was given on; a changed standing ends sharing instead.
    const auto ground = domain::SharingGround(access->family, access->query);
    if (!ground || *ground != consent->consent.ground) {
      return Fail(Code::kPermissionDenied, "You may no longer share on this consent; end it.");
    }
    std::vector<domain::FieldError> errors;
    if (auto e = CheckUntil(share.valid_until, access->query.today)) errors.push_back(*e);
    auto items = SharedItems(*access, *ground, share.entry_ids, errors);
    if (!items) return tl::unexpected(items.error());
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("What you share cannot be changed like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, clock_.Now(),
                                   events::NetworkConsentChanged{
                                       .id = consent_id,
                                       .items = std::move(*items),
                                       .valid_until = share.valid_until,
                                   }));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

namespace {

// The lead (vast gezicht) stops what the family shares with a network member when the child's
// safety asks for it: with a reason, which the family reads on its list of changes; the
// network member gets 404 from that instant. Only the lead: a duo partner asks the lead.
Result<store::AppendRequest> StopAsLead(store::AccountReads& accounts, domain::Millis now,
                                        const Principal& who, const Access& access,
                                        const std::string& consent_id, const std::string& reason) {
  const auto lead = domain::CurrentLead(access.family);
  if (!lead || lead->user_id != who.user.id) {
    return Fail(Code::kPermissionDenied,
                "Only the lead professional (vast gezicht) may stop what the family shares with "
                "a network member.");
  }
  if (auto p = domain::CheckText(reason, kMaxEndReasonChars, true, true)) {
    return Fail(domain::Error::Invalid("Say why the sharing stops: the family reads it.",
                                       {{"reason", *p}}));
  }
  auto consents = accounts.ListNetworkConsents(access.family.id);
  if (!consents) return tl::unexpected(consents.error());
  const auto it = std::find_if(consents->begin(), consents->end(), [&](const auto& c) {
    return c.consent.id == consent_id && !c.consent.ended;
  });
  if (it == consents->end()) {
    return Fail(Code::kNotFound, "This family has no running consent with this id.");
  }
  store::AppendRequest req{access.family.id, access.family.head_seq, {}};
  req.events.push_back(
      MakeEvent(access.family.id, who.user.id, now,
                events::NetworkConsentEnded{.id = consent_id, .reason = domain::Trim(reason)}));
  return req;
}

}  // namespace

Status Stip::EndNetworkConsent(const Principal& who, const std::string& family_id,
                               const std::string& consent_id, const std::string& reason) {
  if (auto p = domain::CheckText(reason, kMaxEndReasonChars, false, true)) {
    return Fail(domain::Error::Invalid("The reason cannot be used like this.", {{"reason", *p}}));
  }
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    // Whoever gave a consent may always end it, also after losing the standing to give one:
    // standing in the file is enough (a parent without custody still sees the summary).
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    if (!who.IsFamily() || who.IsNetwork()) {
      return Fail(Code::kPermissionDenied, "Only the family member who shared it ends it.");
    }
    auto consent = MyNetworkConsent(who, family_id, consent_id);
    if (!consent) return tl::unexpected(consent.error());
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, clock_.Now(),
                  events::NetworkConsentEnded{.id = consent_id, .reason = domain::Trim(reason)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::StopNetworkConsent(const Principal& who, const std::string& family_id,
                                const std::string& consent_id, const std::string& reason) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    if (who.IsNetwork()) return Fail(Code::kNotFound, "No such family file.");
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    if (who.IsFamily()) {
      return Fail(Code::kPermissionDenied,
                  "The lead professional stops this; you end what you shared yourself.");
    }
    return StopAsLead(accounts_, clock_.Now(), who, *access, consent_id, reason);
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<NetworkOverview> Stip::OpenNetwork(const Principal& who, const std::string& family_id) {
  if (who.IsNetwork()) return Fail(Code::kNotFound, "No such family file.");
  // Everyone who may open the file (a professional involved, a family member with standing in
  // it) sees who can see what; a member sees only the shared entries they may read themselves.
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  // Emergency access reads what its allow-list names (domain/emergency_actions.h); the family's
  // network (who they trust, what they share) is not on it.
  if (access->emergency) {
    return Fail(Code::kPermissionDenied,
                "Emergency access reads the file; the family's network is not part of it.");
  }
  // A family member who reads no entries (a parent without custody: the summary only) does not
  // see the network either.
  if (who.IsFamily() &&
      !domain::Decide(access->family, access->query, domain::Action::kViewEntries).allowed) {
    return Fail(Code::kPermissionDenied, "Only who reads the family file sees its network.");
  }
  auto members = accounts_.ListNetworkMembers(family_id);
  if (!members) return tl::unexpected(members.error());
  auto consents = accounts_.ListNetworkConsents(family_id);
  if (!consents) return tl::unexpected(consents.error());
  auto all = reactions_.ListWithholdings(family_id);
  if (!all) return tl::unexpected(all.error());
  NetworkOverview out;
  out.family_id = family_id;
  if (!who.IsFamily()) {
    const auto lead = domain::CurrentLead(access->family);
    out.may_stop = lead && lead->user_id == who.user.id;
  }
  if (who.IsFamily()) out.my_ground = domain::SharingGround(access->family, access->query);
  std::map<std::string, std::optional<domain::Entry>> entries;  // read once each
  const auto readable = [&](const std::string& id) -> Result<const domain::Entry*> {
    auto it = entries.find(id);
    if (it == entries.end()) {
      auto entry = families_.FindEntry(family_id, id);
      if (!entry) return tl::unexpected(entry.error());
      std::optional<domain::Entry> keep;
      if (*entry) {
        auto withholdings = WithholdingsFor(families_, **entry, *all);
        if (!withholdings) return tl::unexpected(withholdings.error());
        auto audience = AudienceFor(families_, **entry);
        if (!audience) return tl::unexpected(audience.error());
        const auto d = domain::DecideEntry(access->family, access->query, *audience, *withholdings);
        if (d.visibility == domain::Visibility::kVisible) keep = std::move(**entry);
      }
      it = entries.emplace(id, std::move(keep)).first;
    }
    return it->second ? &*it->second : nullptr;
  };
  const std::string me = who.IsFamily() ? who.account->member_id : std::string();
  for (auto& m : *members) {
    NetworkMemberView view;
    view.invited_by_name = MemberName(access->family, m.invited_by);
    for (auto& c : *consents) {
      if (c.consent.network_member_id != m.id) continue;
      // A young person's (16+) own network is their own information: the rest of the household
      // does not see whom they share with.
      if (who.IsFamily() && c.consent.ground == domain::NetworkGround::kYoungPersonOwn &&
          c.consent.given_by != me) {
        continue;
      }
      NetworkConsentView cv;
      cv.given_by_name = MemberName(access->family, c.consent.given_by);
      cv.mine = who.IsFamily() && c.consent.given_by == who.account->member_id;
      domain::AccessQuery as_network = access->query;
      as_network.viewer = domain::NetworkViewer{m.id};
      as_network.network_consents = {c.consent};
      cv.in_force = domain::Decide(access->family, as_network, domain::Action::kViewShared).allowed;
      for (const auto& item : c.consent.items) {
        auto entry = readable(item.id);
        if (!entry) return tl::unexpected(entry.error());
        if (*entry) {
          cv.entries.push_back(**entry);
        } else if (!who.IsFamily()) {
          // Counted for professionals only: to a family member the count would tell that
          // entries exist which they cannot read (a hidden entry has no placeholder).
          ++cv.other_items;
        }
      }
      cv.record = c;
      view.consents.push_back(std::move(cv));
    }
    // Whom a young person invited for themselves shows to them only.
    if (who.IsFamily() && view.consents.empty() && m.invited_by != me) continue;
    view.member = std::move(m);
    out.members.push_back(std::move(view));
  }
  if (out.my_ground) {
    auto listed = families_.ListEntries(family_id, domain::Page{0, kMaxShareableListed + 1});
    if (!listed) return tl::unexpected(listed.error());
    out.more_shareable = static_cast<int>(listed->size()) > kMaxShareableListed;
    if (out.more_shareable) listed->pop_back();
    for (auto& e : *listed) {
      auto withholdings = WithholdingsFor(families_, e, *all);
      if (!withholdings) return tl::unexpected(withholdings.error());
      auto audience = AudienceFor(families_, e);
      if (!audience) return tl::unexpected(audience.error());
      if (domain::MayShareEntry(access->family, access->query, *out.my_ground, *audience,
                                *withholdings)) {
        out.shareable.push_back(std::move(e));
      }
    }
  }
  const char* purpose = who.IsFamily() ? "eigen dossier" : "hulpverlening";
  if (auto r = LogRead(who, family_id, access->role, "network", purpose); !r) {
    return tl::unexpected(r.error());
  }
  return out;
}

Result<SharedView> Stip::OpenShared(const Principal& who) {
  if (!who.IsNetwork()) {
    return Fail(Code::kNotFound, "This page is for network members of a family.");
  }
  const std::string family_id = who.account->family_id;
  auto access = Authorize(who, family_id, domain::Action::kViewShared);
  if (!access) return tl::unexpected(access.error());
  SharedView out;
  out.family_name = access->family.name;
  auto members = accounts_.ListNetworkMembers(family_id);
  if (!members) return tl::unexpected(members.error());
  for (auto& m : *members) {
    if (m.id == who.account->member_id) out.me = std::move(m);
  }
  auto all = reactions_.ListWithholdings(family_id);
  if (!all) return tl::unexpected(all.error());
  std::set<std::string> done;
  for (const auto& c : access->query.network_consents) {
    if (c.network_member_id != out.me.id || !domain::Holds(c, access->query.today)) continue;
    for (const auto& item : c.items) {
      if (item.kind != domain::SharedKind::kEntry || done.contains(item.id)) continue;
      auto entry = families_.FindEntry(family_id, item.id);
      if (!entry) return tl::unexpected(entry.error());
      if (!*entry) continue;
      auto withholdings = WithholdingsFor(families_, **entry, *all);
      if (!withholdings) return tl::unexpected(withholdings.error());
      // The engine decides each entry again: a withholding or a lost custody since counts now.
      auto audience = AudienceFor(families_, **entry);
      if (!audience) return tl::unexpected(audience.error());
      const auto d = domain::DecideEntry(access->family, access->query, *audience, *withholdings);
      if (d.visibility != domain::Visibility::kVisible) continue;
      done.insert(item.id);
      out.entries.push_back(
          {std::move(**entry), MemberName(access->family, c.given_by), c.valid_until});
    }
  }
  std::sort(out.entries.begin(), out.entries.end(),
            [](const SharedEntry& a, const SharedEntry& b) { return a.entry.seq > b.entry.seq; });
  if (auto r = LogRead(who, family_id, access->role, "shared", "gedeeld met naaste"); !r) {
    return tl::unexpected(r.error());
  }
  return out;
}

}  // namespace stip::app
