// The demo family's accounts (issue 3): four members invited by the lead, with fictional
// @example.org addresses, so that a new user can log in as a parent or a child.
#include "app/demo.h"
#include "store/store.h"

namespace stip::app {

Result<std::vector<DemoInvite>> InviteDemoFamily(Stip& stip, store::Store& store,
                                                 const std::string& family_id) {
  auto lead_user = store.FindUserByUsername("regisseur");
  if (!lead_user) return tl::unexpected(lead_user.error());
  if (!*lead_user) return domain::Fail(domain::Code::kInternal, "the demo lead was not stored");
  const Principal as_lead{**lead_user, Principal::Via::kCli, "", std::nullopt};
  auto family = store.FindFamily(family_id);
  if (!family) return tl::unexpected(family.error());
  if (!*family) return domain::Fail(domain::Code::kInternal, "the demo family was not stored");

  struct Wanted {
    const char* first_name;
    const char* contact;
    const char* description;
  };
  static constexpr Wanted kWanted[] = {
      {"Marloes", "marloes@example.org", "moeder, met gezag: leest het hele dossier"},
      {"Ruben", "ruben@example.org", "vader, zonder gezag: ziet alleen de samenvatting"},
      {"Lotte", "lotte@example.org", "13 jaar: eigen toegang, kindvriendelijke weergave"},
      {"Daan", "daan@example.org", "16 jaar: beslist zelf over zijn eigen informatie"},
  };
  std::vector<DemoInvite> invited;
  for (const auto& w : kWanted) {
    for (const auto& m : (*family)->members) {
      if (!m.name.starts_with(w.first_name)) continue;
      auto account = stip.InviteMember(as_lead, family_id, {m.id, w.contact});
      if (!account) return tl::unexpected(account.error());
      invited.push_back({m.name, w.contact, w.description});
    }
  }
  return invited;
}

}  // namespace stip::app
