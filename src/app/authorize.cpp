// Every use case on a family file asks here first: one place between callers and the access
// engine (domain/access.h), so no page or route decides access on its own.
#include <utility>

#include "app/stip.h"
#include "domain/local_time.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

domain::Error NotInvolved(const std::string& family_id) {
  return domain::Error::NotFound("No family file '" + family_id +
                                 "' that you are involved in. Check the address, or ask the "
                                 "lead professional to add you.");
}

}  // namespace

Result<Access> Stip::AccessTo(const Principal& who, domain::Family family,
                              std::vector<domain::ConsentRecord> consents) {
  // Administrators never see a family (DESIGN §1), also one named in a file before the rule that
  // refuses it existed: no standing at all, so every family route answers 404 to them.
  if (!who.IsFamily() && who.user.admin && who.via != Principal::Via::kCli) {
    return Fail(NotInvolved(family.id));
  }
  Access access;
  access.family = std::move(family);
  access.query.now = clock_.Now();
  access.query.today = domain::AmsterdamDate(access.query.now);
  if (who.IsNetwork()) {
    // Issue 10: a network member stands in the file only through the consents for them.
    access.query.viewer = domain::NetworkViewer{who.account->member_id};
    auto network = accounts_.ListNetworkConsents(access.family.id);
    if (!network) return tl::unexpected(network.error());
    for (auto& c : *network) access.query.network_consents.push_back(std::move(c.consent));
  } else if (who.IsFamily()) {
    access.query.viewer = domain::MemberViewer{who.account->member_id};
  } else {
    access.query.viewer = domain::ProfessionalViewer{who.user.id, false, ""};
  }
  // Consents of young persons (16+) for a parent or carer; the engine checks their dates.
  for (auto& c : consents) access.query.consents.push_back(std::move(c.consent));
  access.role = std::string(domain::AccessRole(access.family, access.query));
  if (access.role.empty() && !who.IsFamily()) {
    // Issue 10 item 4: a professional without an involvement reads through a running use of
    // emergency access, read-only (the engine's kEmergency), until it ends or expires.
    auto uses = families_.ListEmergencyAccess(access.family.id);
    if (!uses) return tl::unexpected(uses.error());
    if (const auto* use = domain::ActiveUse(*uses, who.user.id, access.query.now)) {
      access.query.viewer = domain::ProfessionalViewer{who.user.id, true, use->reason};
      access.role = std::string(domain::AccessRole(access.family, access.query));
      access.emergency = *use;
    }
  }
  if (access.role.empty()) return Fail(NotInvolved(access.family.id));
  return access;
}

Result<Access> Stip::LoadAccess(const Principal& who, const std::string& family_id) {
  if (who.IsFamily() && who.account->family_id != family_id) return Fail(NotInvolved(family_id));
  auto family = families_.FindFamily(family_id);
  if (!family) return tl::unexpected(family.error());
  if (!*family) return Fail(NotInvolved(family_id));
  auto consents = accounts_.ListConsents(family_id);
  if (!consents) return tl::unexpected(consents.error());
  return AccessTo(who, std::move(**family), std::move(*consents));
}

Result<Access> Stip::AuthorizeFile(const Principal& who, const std::string& family_id,
                                   domain::Action action, domain::Page page,
                                   domain::FamilyFileParts parts, domain::FamilyFile& file) {
  if (who.IsFamily() && who.account->family_id != family_id) return Fail(NotInvolved(family_id));
  auto read = families_.ReadFamilyFile(family_id, page, parts);
  if (!read) return tl::unexpected(read.error());
  if (!*read) return Fail(NotInvolved(family_id));
  file = std::move(**read);
  auto access = AccessTo(who, std::move(file.family), std::move(file.consents));
  file.family = domain::Family{};
  file.consents.clear();
  if (!access) return access;
  access->decision = domain::Decide(access->family, access->query, action);
  if (!access->decision.allowed) {
    // A network member learns nothing of the file beyond what is shared: 404 everywhere else.
    if (who.IsNetwork()) return Fail(NotInvolved(family_id));
    return Fail(Code::kPermissionDenied,
                "You may not do this in this family file (" +
                    std::string(domain::ToString(access->decision.reason)) + ").");
  }
  return access;
}

Result<Access> Stip::Authorize(const Principal& who, const std::string& family_id,
                               domain::Action action) {
  auto access = LoadAccess(who, family_id);
  if (!access) return access;
  access->decision = domain::Decide(access->family, access->query, action);
  if (!access->decision.allowed) {
    // A network member learns nothing of the file beyond what is shared: 404 everywhere else.
    if (who.IsNetwork()) return Fail(NotInvolved(family_id));
    return Fail(Code::kPermissionDenied,
                "You may not do this in this family file (" +
                    std::string(domain::ToString(access->decision.reason)) + ").");
  }
  return access;
}

}  // namespace stip::app
