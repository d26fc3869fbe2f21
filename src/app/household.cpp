// The household and who is involved change after the file is open (issue 10): members join and
// leave, a birth date is corrected, custody changes on a court ruling, professionals join and
// leave. Each is one event with a reason; access follows at once, because every request asks
// the access engine on the family as stored (app/authorize.cpp).
#include <algorithm>
#include <utility>

#include "app/events.h"
#include "app/stip.h"
#include "domain/household.h"
#include "domain/known_elsewhere.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

std::optional<domain::Date> DateFrom(const std::string& text) {
  return domain::ParseDate(domain::Trim(text));
}

domain::Error Invalid(const char* what, std::vector<domain::FieldError> errors) {
  return domain::Error::Invalid(what, std::move(errors));
}

}  // namespace

Result<std::string> Stip::AddMember(const Principal& who, const std::string& family_id,
                                    const NewHouseholdMember& input) {
  const std::string member_id = ids_.NewId("mem");
  const std::string name = domain::Trim(input.name);
  const auto role = domain::ParseMemberRole(input.role);
  const auto birth = DateFrom(input.birth_date);
  // Issue 10 item 6: a child who joins gets a signal too (its BSN, or its name and birth date).
  std::vector<domain::FieldError> signal_errors;
  SignalHashSet hashes;
  const std::string bsn = domain::Trim(input.bsn);
  if (role != domain::MemberRole::kChild) {
    if (!bsn.empty())
      signal_errors.push_back(
          {"bsn", domain::FieldCode::kDoesNotMatch, "is asked for children only; leave it out"});
  } else if (!bsn.empty() || (!domain::NormalName(name).empty() && birth)) {
    auto made = SignalHashes({{bsn, name, input.birth_date}}, {""}, signal_errors);
    if (!made) return tl::unexpected(made.error());
    hashes = std::move(*made);
  }
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kChangeHousehold);
    if (!access) return tl::unexpected(access.error());
    auto errors = domain::CheckNewMember(name, role, birth, input.reason, access->query.today);
    errors.insert(errors.end(), signal_errors.begin(), signal_errors.end());
    if (!errors.empty()) return Fail(Invalid("The member cannot be added like this.", errors));
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::MemberAdded{.id = member_id,
                                                       .name = name,
                                                       .role = std::string(ToString(*role)),
                                                       .birth_date = domain::FormatDate(*birth),
                                                       .reason = domain::Trim(input.reason)}));
    for (const auto& hash : hashes.record) {
      req.events.push_back(MakeEvent(
          family_id, who.user.id, access->query.now,
          events::SignalRecorded{.member_id = member_id, .key_hash = hash, .key = hashes.key}));
    }
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return member_id;
}

Status Stip::RecordDeparture(const Principal& who, const std::string& family_id,
                             const std::string& member_id, const std::string& left_on,
                             const std::string& reason) {
  const auto date = DateFrom(left_on);
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kChangeHousehold);
    if (!access) return tl::unexpected(access.error());
    auto errors =
        domain::CheckDeparture(access->family, member_id, date, reason, access->query.today);
    if (!errors.empty())
      return Fail(Invalid("The departure cannot be recorded like this.", errors));
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::MemberLeft{.member_id = member_id,
                                                      .left_on = domain::FormatDate(*date),
                                                      .reason = domain::Trim(reason)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::CorrectBirthDate(const Principal& who, const std::string& family_id,
                              const std::string& member_id, const std::string& birth_date,
                              const std::string& reason) {
  const auto date = DateFrom(birth_date);
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kChangeHousehold);
    if (!access) return tl::unexpected(access.error());
    auto errors = domain::CheckBirthDateCorrection(access->family, member_id, date, reason,
                                                   access->query.today);
    if (!errors.empty())
      return Fail(Invalid("The birth date cannot be corrected like this.", errors));
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::BirthDateCorrected{.member_id = member_id,
                                             .birth_date = domain::FormatDate(*date),
                                             .reason = domain::Trim(reason)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::ChangeCustody(const Principal& who, const std::string& family_id,
                           const CustodyChange& change) {
  const auto date = DateFrom(change.ruling_date);
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kChangeHousehold);
    if (!access) return tl::unexpected(access.error());
    auto errors = domain::CheckCustodyChange(access->family, change.parent_id, change.child_id,
                                             date, change.reason, access->query.today);
    if (!change.has_custody) {
      errors.push_back({"has_custody", domain::NotOneOf(domain::ValueList::kYesNo)});
    }
    if (!errors.empty()) return Fail(Invalid("Custody cannot be changed like this.", errors));
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::CustodySet{.parent_id = change.parent_id,
                                                      .child_id = change.child_id,
                                                      .has_custody = *change.has_custody,
                                                      .ruling_date = domain::FormatDate(*date),
                                                      .reason = domain::Trim(change.reason)}));
    // A parent who no longer has custody of any child may no longer share with the network on
    // that ground: what they shared ends now, by an event the family sees, so that custody
    // regained later does not silently share it again.
    if (!*change.has_custody) {
      domain::Family after = access->family;
      for (auto& c : after.custody) {
        if (c.parent_id == change.parent_id && c.child_id == change.child_id) {
          c.has_custody = false;
        }
      }
      domain::AccessQuery as_parent = access->query;
      as_parent.viewer = domain::MemberViewer{change.parent_id};
      const auto ground = domain::SharingGround(after, as_parent);
      auto network = accounts_.ListNetworkConsents(family_id);
      if (!network) return tl::unexpected(network.error());
      for (const auto& record : *network) {
        const domain::NetworkConsent& c = record.consent;
        if (c.ended || c.given_by != change.parent_id ||
            c.ground != domain::NetworkGround::kParentWithCustody ||
            ground == domain::NetworkGround::kParentWithCustody) {
          continue;
        }
        req.events.push_back(MakeEvent(
            family_id, who.user.id, access->query.now,
            events::NetworkConsentEnded{
                .id = c.id,
                .reason = "Wie dit deelde, heeft geen gezag meer over een kind in het gezin."}));
      }
    }
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::StartInvolvement(const Principal& who, const std::string& family_id,
                              const NewInvolvement& input) {
  const auto role = domain::ParseInvolvementRole(input.role);
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kManageInvolvements);
    if (!access) return tl::unexpected(access.error());
    bool exists = false;
    std::optional<domain::Team> team;
    std::optional<domain::Problem> barred;  // an administrator or a disabled account
    if (!input.user_id.empty() && !input.user_id.starts_with("acc")) {
      auto pro = LoadProfessional(input.user_id);
      if (!pro && pro.error().code != Code::kNotFound) return tl::unexpected(pro.error());
      exists = pro.has_value();
      if (pro) {
        team = pro->team;
        barred = domain::CheckMayBeInvolved(pro->user);
      }
    }
    auto errors =
        domain::CheckJoin(access->family, input.user_id, exists, team, role, input.reason);
    if (barred) errors.push_back({"user_id", std::move(*barred)});
    if (!errors.empty()) return Fail(Invalid("The professional cannot join like this.", errors));
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::InvolvementStarted{.user_id = input.user_id,
                                             .role = std::string(ToString(*role)),
                                             .reason = domain::Trim(input.reason)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::EndInvolvement(const Principal& who, const std::string& family_id,
                            const std::string& user_id, const std::string& reason) {
  // One's own involvement one may end while involved; another's is the lead's to end.
  const bool own = !who.IsFamily() && who.user.id == user_id;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id,
                            own ? domain::Action::kViewFile : domain::Action::kManageInvolvements);
    if (!access) return tl::unexpected(access.error());
    auto errors = domain::CheckLeave(access->family, user_id, reason);
    if (!errors.empty()) return Fail(Invalid("The involvement cannot end like this.", errors));
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::InvolvementEnded{.user_id = user_id, .reason = domain::Trim(reason)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<std::vector<InvolvedProfessional>> Stip::LoadInvolved(const domain::Family& family) {
  std::vector<InvolvedProfessional> out;
  for (const auto& inv : family.involvements) {
    if (inv.ended_at) continue;
    auto pro = LoadProfessional(inv.user_id);
    if (!pro) return tl::unexpected(pro.error());
    out.push_back({inv, std::move(*pro)});
  }
  // The fixed face first, then in the order they joined.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.involvement.role == domain::InvolvementRole::kLead &&
           b.involvement.role != domain::InvolvementRole::kLead;
  });
  return out;
}

Status Stip::NameChanges(const domain::Family& family,
                         const std::vector<domain::HouseholdChange>& changes,
                         std::map<std::string, std::string>& names) {
  for (const auto& m : family.members) names[m.id] = m.name;
  // Issue 10: a stopped sharing names the network member.
  bool network_named = false;
  for (const auto& c : changes) {
    if (!network_named && c.kind.starts_with("network_consent.")) {
      network_named = true;
      auto network = accounts_.ListNetworkMembers(family.id);
      if (!network) return tl::unexpected(network.error());
      for (const auto& n : *network) names[n.id] = n.name;
    }
    // A handover's other party is a professional too (issue 10).
    const std::string none;
    const std::string* other = c.kind.starts_with("handover.") ? &c.other : &none;
    for (const std::string* id : {&c.actor, &c.subject, other}) {
      if (id->empty() || names.count(*id)) continue;
      auto user = admin_.FindUser(*id);
      if (!user) return tl::unexpected(user.error());
      if (*user) names[*id] = (*user)->display_name;
    }
  }
  return {};
}

Result<HouseholdView> Stip::ReadHousehold(const Principal& who, const std::string& family_id) {
  if (who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "The family reads this on its own page.");
  }
  auto access = Authorize(who, family_id, domain::Action::kViewFile);
  if (!access) return tl::unexpected(access.error());
  HouseholdView view;
  view.my_role = access->role;
  view.may_change_household =
      domain::Decide(access->family, access->query, domain::Action::kChangeHousehold).allowed;
  view.may_manage_involvements =
      domain::Decide(access->family, access->query, domain::Action::kManageInvolvements).allowed;
  auto involved = LoadInvolved(access->family);
  if (!involved) return tl::unexpected(involved.error());
  view.involved = std::move(*involved);
  domain::AccessQuery as_member = access->query;
  for (const auto& m : access->family.members) {
    as_member.viewer = domain::MemberViewer{m.id};
    view.reads[m.id] =
        domain::Decide(access->family, as_member, domain::Action::kViewEntries).reason;
  }
  auto changes = families_.ListHouseholdChanges(family_id);
  if (!changes) return tl::unexpected(changes.error());
  view.changes = std::move(*changes);
  if (auto named = NameChanges(access->family, view.changes, view.names); !named) {
    return tl::unexpected(named.error());
  }
  if (view.may_manage_involvements) {
    auto colleagues = ListProfessionals(who);
    if (!colleagues) return tl::unexpected(colleagues.error());
    for (auto& p : *colleagues) {
      // Only who may join: not an administrator, not a disabled account, not already involved.
      if (!domain::ActiveRole(access->family, p.user.id) && !domain::CheckMayBeInvolved(p.user)) {
        view.colleagues.push_back(std::move(p));
      }
    }
  }
  auto fixed_face = LoadFixedFace(access->family);
  if (!fixed_face) return tl::unexpected(fixed_face.error());
  view.fixed_face = std::move(*fixed_face);
  view.may_hand_over = view.may_manage_involvements && !view.fixed_face.pending;
  if (view.may_hand_over) {
    for (const auto& p : view.colleagues) {
      if (p.team && p.team->kind == domain::TeamKind::kLocal) view.successors.push_back(p);
    }
  }
  view.family = std::move(access->family);
  if (auto r = LogRead(who, family_id, view.my_role, "household", "hulpverlening"); !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

}  // namespace stip::app
