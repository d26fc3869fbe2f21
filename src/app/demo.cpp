#include "app/demo.h"
#include "store/store.h"

#include <map>
#include <string>
#include <utility>

namespace stip::app {
namespace {

// A birth date `years` years and `days` days before today.
std::string BornAgo(const domain::Clock& clock, int years, int days) {
  domain::Date d = domain::DateOf(clock.Now() - static_cast<domain::Millis>(days) * 86400000);
  d.year -= years;
  if (d.month == 2 && d.day == 29) d.day = 28;
  return domain::FormatDate(d);
}

struct DemoEntry {
  bool by_duo;
  const char* kind;
  const char* source;
  const char* text;
  // Issue 3's rules, so a new user meets them: the young person (16+) whose own confidential
  // information this is (parents need his consent), and whether it is withheld from the whole
  // household (issue 13: protecting a third person holds for every member, children too).
  const char* confidential_of = nullptr;  // member ref, e.g. "daan"
  bool withheld_from_household = false;
};

// Why the neighbour's call is withheld from the family (ground: protects a third person).
constexpr char kWithheldReason[] =
    "In deze aantekening staat wie de zorgen meldde. Die persoon vroeg om niet genoemd te worden.";
constexpr int kWithheldReviewDays = 90;

// Plain Dutch (B1), as the family will read it.
constexpr DemoEntry kEntries[] = {
    {false, "fact", "aanmelding school",
     "De mentor van Lotte meldde zich bij het wijkteam. Lotte is de laatste weken vaak te laat "
     "en lijkt erg moe."},
    {false, "conversation_report", "huisbezoek",
     "Eerste gesprek thuis met Marloes, Daan, Lotte en Mees. Marloes vertelde dat het sinds de "
     "scheiding zwaar is. Geld en slaap zijn de grootste zorgen."},
    {false, "opinion", "eigen inschatting",
     "Ik denk dat Marloes veel alleen draagt. De kinderen zijn duidelijk op elkaar gesteld."},
    {true, "fact", "melding politie",
     "De politie was op 2 oktober bij het huis na een ruzie tussen Marloes en Ruben bij het "
     "ophalen van Mees. Niemand raakte gewond."},
    {true, "conversation_report", "gesprek met Ruben",
     "Gesprek met Ruben. Hij wil Mees vaker zien en is boos over hoe het ophalen gaat. Hij wil "
     "wel meedenken over betere afspraken."},
    {false, "agreement", "gezinsgesprek",
     "Afspraak: het ophalen van Mees gebeurt voorlopig bij opa en oma Veldhoven, niet bij het huis "
     "van Marloes."},
    {false, "observation", "huisbezoek",
     "Mees liet trots zijn tekeningen zien. Hij vertelde dat hij het spannend vindt als papa en "
     "mama ruzie maken."},
    {false, "conversation_report", "gesprek met Daan",
     "Daan (16) wil zelf bepalen wat er met school gebeurt. Hij heeft een bijbaan en helpt thuis "
     "veel met Mees."},
    {true, "opinion", "eigen inschatting",
     "Ik maak me zorgen als de spanning tussen de ouders weer oploopt. Nu gaat het beter door de "
     "afspraak over het ophalen."},
    {false, "agreement", "gezinsgesprek",
     "Afspraak: Marloes gaat met de schuldhulp van de gemeente praten. Sanne helpt met de eerste "
     "afspraak."},
    {false, "fact", "school",
     "Lotte is deze maand nog twee keer te laat gekomen, minder dan de maand ervoor."},
    {false, "conversation_report", "gesprek met Lotte",
     "Lotte (13) vertelde dat ze 's avonds lang wakker ligt. Ze wil graag met iemand praten die "
     "niet van school is."},
    {true, "fact", "melding buurvrouw",
     "Buurvrouw Els de Groot (Lindelaan 14) belde op 30 september over geschreeuw in huis. Zij "
     "vroeg om haar naam niet aan het gezin te noemen.",
     nullptr, true},
    {false, "conversation_report", "gesprek met Daan",
     "Daan vertelde in vertrouwen dat hij wil stoppen met zijn opleiding en wil gaan werken. Hij "
     "wil dit eerst zelf met zijn moeder bespreken.",
     "daan", false},
};

}  // namespace

Result<DemoSeed> SeedDemo(Stip& stip, store::Store& store, const domain::Clock& clock) {
  // Issue 14: the documented accounts' password "demo" is allowed in demo mode only.
  if (!stip.options().demo) {
    return domain::Fail(domain::Code::kFailedPrecondition,
                        "The demo is seeded only by a Stip in demo mode (stip demo).");
  }
  auto count = store.CountFamilies();
  if (!count) return tl::unexpected(count.error());
  if (*count > 0) {
    return domain::Fail(domain::Code::kFailedPrecondition,
                        "The demo can only be seeded into an empty installation; use a new --data "
                        "directory.");
  }
  const Principal admin = stip.CliPrincipal();
  auto org = stip.CreateOrganisation(admin, "Gemeente Lindewaard");
  if (!org) return tl::unexpected(org.error());
  auto safety_org = stip.CreateOrganisation(admin, "Regio Lindewaard-Zuid");
  if (!safety_org) return tl::unexpected(safety_org.error());
  auto local_team =
      stip.CreateTeam(admin, {"", *org, "Wijkteam Lindewaard-Oost", domain::TeamKind::kLocal,
                              "0599 123 456", "wijkteam-oost@lindewaard.example"});
  if (!local_team) return tl::unexpected(local_team.error());
  auto safety_team = stip.CreateTeam(
      admin, {"", *safety_org, "Regionaal Veiligheidsteam Lindewaard-Zuid",
              domain::TeamKind::kRegionalSafety, "0599 654 321", "rvt@lindewaard-zuid.example"});
  if (!safety_team) return tl::unexpected(safety_team.error());

  DemoSeed seed;
  const auto add_user = [&](NewUser u, std::string description) -> Result<std::string> {
    auto id = stip.CreateUser(admin, u);
    if (id) seed.accounts.push_back({u.username, u.password, std::move(description)});
    return id;
  };
  auto lead =
      add_user({"regisseur", "Sanne de Wit", *local_team, "demo", false, "06 1234 5678",
                "sanne.dewit@lindewaard.example"},
               "vast gezicht (regisseur) van het gezin Veldhoven, Wijkteam Lindewaard-Oost");
  if (!lead) return tl::unexpected(lead.error());
  auto duo = add_user({"veiligheid", "Youssef Amrani", *safety_team, "demo", false, "06 8765 4321",
                       "y.amrani@lindewaard-zuid.example"},
                      "duo-partner uit het Regionaal Veiligheidsteam");
  if (!duo) return tl::unexpected(duo.error());
  auto colleague = add_user({"collega", "Iris Bos", *local_team, "demo", false, "", ""},
                            "collega in hetzelfde wijkteam, niet betrokken: ziet het gezin niet");
  if (!colleague) return tl::unexpected(colleague.error());
  // Issue 12: the behavioural scientist who gives the second opinion (tegenspraak) on heavy
  // decisions in the Veldhoven file (involved as second_opinion in demo_family.cpp).
  auto scientist = add_user({"gedragswetenschapper", "Femke Hendriks", *local_team, "demo", false,
                             "", "f.hendriks@lindewaard.example"},
                            "gedragswetenschapper bij gezin Veldhoven: geeft tegenspraak op zware "
                            "besluiten");
  if (!scientist) return tl::unexpected(scientist.error());
  // Issue 10 item 4: the team lead of the local team judges its emergency access (and sees the
  // team's work on Mijn werk, never a family file).
  auto team_lead = add_user(
      {"teamleider", "Karin Mulder", *local_team, "demo", false, "", "k.mulder@lindewaard.example"},
      "teamleider van Wijkteam Lindewaard-Oost: beoordeelt noodtoegang, ziet geen gezin");
  if (!team_lead) return tl::unexpected(team_lead.error());
  if (auto set = stip.SetTeamLead(admin, *local_team, *team_lead, "demo"); !set) {
    return tl::unexpected(set.error());
  }
  auto admin_user = add_user({"beheerder", "Beheer Lindewaard", *local_team, "demo", true, "", ""},
                             "beheerder: accounts en teams, geen toegang tot gezinnen");
  if (!admin_user) return tl::unexpected(admin_user.error());

  NewFamily family;
  family.name = "Gezin Veldhoven";
  family.members = {
      {"marloes", "Marloes Veldhoven", "parent", BornAgo(clock, 41, 75)},
      {"ruben", "Ruben Kramer", "parent", BornAgo(clock, 43, 200)},
      // Issue 10 item 6: BSNs from the test range 9999..., 11-proof and never issued, so that
      // "al bekend?" can be tried with them (only their keyed hashes are stored).
      {"daan", "Daan Kramer", "child", BornAgo(clock, 16, 40), "999990019"},
      {"lotte", "Lotte Kramer", "child", BornAgo(clock, 13, 120), "999990020"},
      {"mees", "Mees Kramer", "child", BornAgo(clock, 7, 250), "999990032"},
  };
  // Marloes has custody of all three children; Ruben has none (it was ended after the divorce).
  for (const char* child : {"daan", "lotte", "mees"}) {
    family.custody.push_back({"marloes", child, true});
    family.custody.push_back({"ruben", child, false});
  }
  family.lead_user_id = *lead;
  family.duo_user_id = *duo;

  auto lead_user = store.FindUser(*lead);
  auto duo_user = store.FindUser(*duo);
  if (!lead_user || !*lead_user || !duo_user || !*duo_user) {
    return domain::Fail(domain::Code::kInternal, "demo accounts were not stored");
  }
  const Principal as_lead{**lead_user, Principal::Via::kCli, "", std::nullopt};
  const Principal as_duo{**duo_user, Principal::Via::kCli, "", std::nullopt};
  auto family_id = stip.CreateFamily(as_lead, family);
  if (!family_id) return tl::unexpected(family_id.error());
  seed.family_id = *family_id;

  // Member refs -> ids, for the confidential and the withheld entry.
  auto stored = store.FindFamily(*family_id);
  if (!stored || !*stored) return domain::Fail(domain::Code::kInternal, "demo family not stored");
  std::map<std::string, std::string> member_id;
  for (std::size_t i = 0; i < family.members.size(); ++i) {
    for (const auto& m : (*stored)->members) {
      if (m.name == family.members[i].name) member_id[family.members[i].ref] = m.id;
    }
  }
  const std::string review = domain::FormatDate(
      domain::DateOf(clock.Now() + static_cast<domain::Millis>(kWithheldReviewDays) * 86400000));

  for (const auto& e : kEntries) {
    NewEntry entry{e.kind, e.source, e.text};
    if (e.confidential_of) {
      entry.confidential_of = member_id[e.confidential_of];
      entry.concerns = {entry.confidential_of};
    }
    const Principal& author = e.by_duo ? as_duo : as_lead;
    auto id = stip.AddEntry(author, *family_id, entry);
    if (!id) return tl::unexpected(id.error());
    if (e.withheld_from_household) {
      NewWithholding from_all{"", "protects_third_person", kWithheldReason, review};
      from_all.whole_household = true;
      auto withheld = stip.Withhold(author, *family_id, *id, from_all);
      if (!withheld) return tl::unexpected(withheld.error());
    }
  }
  return seed;
}

}  // namespace stip::app
