// The demo family's accounts (issue 3): four members invited by the lead, with fictional
// @example.org addresses, so that a new user can log in as a parent or a child. Issue 11: a
// safety map with two rounds, answered by Sanne, Youssef, Marloes and Lotte from their own
// accounts (and Mees's answer taken down by Sanne), with Marloes's disagreement. Issue 11 item
// 2: the offer to make their own plan, accepted, and the family's plan in two versions that
// Marloes wrote, with Sanne's comment beside the first. Issue 11 items 3 and 4: two past
// meetings with their agenda, record, agreements and feedback. Issue 12: the behavioural
// scientist Femke joins the file, and one past heavy decision was drafted, shared, answered by
// Marloes in her own words, given a second opinion by Femke, and taken by Sanne. Issue 11 item 5:
// Lotte wrote her own words, shared with her mother; Daan wrote his, shared with nobody; Sanne
// wrote Lotte an explanation; Mees has none yet, so the lead sees that.
#include <array>
#include <map>
#include <vector>

#include "app/demo.h"
#include "domain/local_time.h"
#include "domain/time.h"
#include "store/store.h"

namespace stip::app {
namespace {

// A family member as the use cases see them after logging in with a code.
Result<Principal> MemberPrincipal(store::Store& store, const std::string& contact,
                                  const std::string& name) {
  auto account = store.FindAccountByContact(contact);
  if (!account) return tl::unexpected(account.error());
  if (!*account) return domain::Fail(domain::Code::kInternal, "demo account missing: " + contact);
  Principal p;
  p.user.id = (*account)->id;
  p.user.username = contact;
  p.user.display_name = name;
  p.via = Principal::Via::kCli;
  p.account = **account;
  return p;
}

Status SeedSafetyMap(Stip& stip, store::Store& store, const std::string& family_id,
                     const Principal& sanne) {
  auto duo_user = store.FindUserByUsername("veiligheid");
  if (!duo_user || !*duo_user) return domain::Fail(domain::Code::kInternal, "demo duo missing");
  const Principal youssef{**duo_user, Principal::Via::kCli, "", std::nullopt};
  auto marloes = MemberPrincipal(store, "marloes@example.org", "Marloes Veldhoven");
  if (!marloes) return tl::unexpected(marloes.error());
  auto lotte = MemberPrincipal(store, "lotte@example.org", "Lotte Kramer");
  if (!lotte) return tl::unexpected(lotte.error());
  auto family = store.FindFamily(family_id);
  if (!family || !*family) return domain::Fail(domain::Code::kInternal, "demo family missing");
  std::string mees;
  for (const auto& m : (*family)->members) {
    if (m.name.starts_with("Mees")) mees = m.id;
  }

  if (auto r = stip.OpenSafetyRound(sanne, family_id); !r) return tl::unexpected(r.error());
  auto fights = stip.AddDanger(
      sanne, family_id,
      {"Sanne (wijkteam) en Youssef (veiligheidsteam)",
       "Als Marloes en Ruben ruzie maken, wordt er geschreeuwd en met spullen gegooid. Lotte en "
       "Mees zijn daar dan bij.",
       "Lotte en Mees blijven bang in hun eigen huis. Ze kunnen gewond raken en slapen slecht."});
  if (!fights) return tl::unexpected(fights.error());
  auto school = stip.AddDanger(
      sanne, family_id,
      {"De school van Lotte", "Lotte komt vaak te laat op school en heeft dan niet gegeten.",
       "Lotte mist lessen en kan zich slecht concentreren. Ze raakt achter op school."});
  if (!school) return tl::unexpected(school.error());
  for (const char* words :
       {"Opa en oma Veldhoven wonen dichtbij en halen Mees elke dinsdag op van school.",
        "Marloes zoekt zelf hulp: ze praat met de schuldhulp van de gemeente.",
        "Lotte praat open met haar mentor op school."}) {
    if (auto r = stip.AddStrength(sanne, family_id, words); !r) return tl::unexpected(r.error());
  }
  if (auto r = stip.AddSafetyGoal(sanne, family_id, *fights,
                                  "Lotte en Mees zijn nooit meer bij ruzie tussen volwassenen. "
                                  "Gaat het mis, dan gaan ze naar opa en oma.");
      !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = stip.AddSafetyGoal(sanne, family_id, *school,
                                  "Lotte is elke schooldag op tijd op school en heeft gegeten.");
      !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = stip.AddDisagreement(*marloes, family_id,
                                    {*fights, "",
                                     "Er is één keer met een bord gegooid, niet vaker. Sinds "
                                     "Ruben weg is, is er geen ruzie meer in huis."});
      !r) {
    return tl::unexpected(r.error());
  }
  struct Answer {
    const Principal* who;
    const std::string* danger;
    int score;
    const char* words;
  };
  const Answer round1[] = {
      {&sanne, &*fights, 3, "Er is veel gebeurd. Ik wil eerst zien dat het rustig blijft."},
      {&youssef, &*fights, 2, ""},
      {&*marloes, &*fights, 6, "Het is nu rustig thuis."},
      {&*lotte, &*fights, 5, "Soms ben ik nog bang als papa belt."},
      {&sanne, &*school, 5, ""},
      {&*marloes, &*school, 7, "Het ontbijt lukt bijna altijd."},
      {&*lotte, &*school, 6, ""},
  };
  const Answer round2[] = {
      {&sanne, &*fights, 5, "Het plan met opa en oma werkt."},
      {&youssef, &*fights, 4, ""},
      {&*marloes, &*fights, 7, ""},
      {&*lotte, &*fights, 7, "Het is rustiger."},
      {&sanne, &*school, 6, ""},
      {&*marloes, &*school, 8, ""},
      {&*lotte, &*school, 8, "Ik ben bijna nooit meer te laat."},
  };
  for (const auto& a : round1) {
    if (auto r = stip.GiveScore(*a.who, family_id, {*a.danger, a.score, a.words, ""}); !r) {
      return tl::unexpected(r.error());
    }
  }
  if (auto r = stip.OpenSafetyRound(sanne, family_id); !r) return tl::unexpected(r.error());
  for (const auto& a : round2) {
    if (auto r = stip.GiveScore(*a.who, family_id, {*a.danger, a.score, a.words, ""}); !r) {
      return tl::unexpected(r.error());
    }
  }
  // Mees (7) answers with Sanne, who takes it down with him.
  if (!mees.empty()) {
    if (auto r = stip.GiveScore(sanne, family_id, {*fights, 6, "Ik vind het fijn bij oma.", mees});
        !r) {
      return tl::unexpected(r.error());
    }
  }
  return {};
}

Status SeedFamilyPlan(Stip& stip, store::Store& store, const std::string& family_id,
                      const Principal& sanne) {
  auto marloes = MemberPrincipal(store, "marloes@example.org", "Marloes Veldhoven");
  if (!marloes) return tl::unexpected(marloes.error());
  auto family = store.FindFamily(family_id);
  if (!family || !*family) return domain::Fail(domain::Code::kInternal, "demo family missing");
  // Dated the day the file was opened (never after the app's today).
  const domain::Date opened = domain::DateOf((*family)->created_at);
  const auto day = [&](int n) { return domain::FormatDate(domain::AddDays(opened, n)); };
  if (auto r = stip.OfferFamilyPlan(
          sanne, family_id, {day(0), "Aan de keukentafel gevraagd, met oma Veldhoven erbij."});
      !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = stip.AnswerPlanOffer(sanne, family_id, {"accepted", day(0), day(21), "", ""}); !r) {
    return tl::unexpected(r.error());
  }
  NewPlanVersion first;
  first.kind = "family";
  first.goals = {"Er is minder ruzie in huis.", "Lotte en Mees gaan elke dag naar school."};
  first.actions = {{"Ruzie? Dan gaan we eerst even naar buiten.", "member", "Marloes", day(14)},
                   {"Mees op woensdag uit school halen.", "network", "Oma Veldhoven", day(7)}};
  first.evaluation_on = day(42);
  first.if_not_working = "Dan komen we weer samen met oma Veldhoven en Sanne.";
  auto v1 = stip.WritePlanVersion(*marloes, family_id, first);
  if (!v1) return tl::unexpected(v1.error());
  if (auto r =
          stip.CommentOnPlan(sanne, family_id, *v1, "Goed begin. Wie let op de school van Lotte?");
      !r) {
    return tl::unexpected(r.error());
  }
  // Issue 11 item 6: a comment the lead withholds from Lotte for now; she sees a placeholder
  // with the reason and can object.
  auto about_contact = stip.CommentOnPlan(
      sanne, family_id, *v1,
      "Ruben wil de omgang via de rechter regelen. Dat bespreken we eerst met Marloes.");
  if (!about_contact) return tl::unexpected(about_contact.error());
  std::string lotte_id;
  for (const auto& m : (*family)->members) {
    if (m.name == "Lotte Kramer") lotte_id = m.id;
  }
  NewWithholding from_lotte{lotte_id, "serious_harm_to_child",
                            "Sanne wil dit eerst zelf met je bespreken.", day(28)};
  if (auto r = stip.WithholdItem(sanne, family_id, "plan_comment", *about_contact, from_lotte);
      !r) {
    return tl::unexpected(r.error());
  }
  NewPlanVersion second = first;
  second.goals.push_back("Lotte heeft een vaste plek om huiswerk te maken.");
  second.actions.push_back(
      {"Elke ochtend samen met Lotte de schooltas nakijken.", "member", "Marloes", day(10)});
  if (auto v2 = stip.WritePlanVersion(*marloes, family_id, second); !v2) {
    return tl::unexpected(v2.error());
  }
  return {};
}

// Issue 11 items 3 and 4: two past meetings, four and one week ago, each with Marloes's own
// agenda point, a record (the summary as an entry), agreements and Marloes's and Lotte's
// feedback; a meeting to come is left for the lead to plan.
Status SeedMeetings(Stip& stip, store::Store& store, const std::string& family_id,
                    const Principal& sanne) {
  auto duo_user = store.FindUserByUsername("veiligheid");
  if (!duo_user || !*duo_user) return domain::Fail(domain::Code::kInternal, "demo duo missing");
  auto marloes = MemberPrincipal(store, "marloes@example.org", "Marloes Veldhoven");
  if (!marloes) return tl::unexpected(marloes.error());
  auto lotte = MemberPrincipal(store, "lotte@example.org", "Lotte Kramer");
  if (!lotte) return tl::unexpected(lotte.error());
  auto family = store.FindFamily(family_id);
  if (!family || !*family) return domain::Fail(domain::Code::kInternal, "demo family missing");
  std::map<std::string, std::string> id;  // first name -> member id
  for (const auto& m : (*family)->members) id[m.name.substr(0, m.name.find(' '))] = m.id;
  const domain::Date today = domain::AmsterdamDate((*family)->created_at);
  struct Past {
    int days_ago;
    const char* agenda;
    const char* summary;
    std::vector<std::string> agreements;
    std::array<int, 4> marloes;
    std::array<int, 4> lotte;
    const char* lotte_words;
  };
  const Past kPast[] = {
      {28,
       "Ik wil graag praten over de omgang met Ruben. Mag Mees hem in het weekend zien?",
       "We spraken met Marloes, Lotte, Sanne en Youssef over de ruzies thuis en over school. "
       "Iedereen vindt het nu rustiger. Lotte vertelde dat ze soms nog bang is als papa belt. "
       "Mees gaf een tekening mee van zijn huis met opa en oma erbij. Daan sprak Sanne vooraf "
       "apart. We maakten afspraken over ophalen en over school.",
       {"Opa en oma Veldhoven halen Mees op dinsdag en donderdag op van school.",
        "Lotte eet voor school een boterham. Marloes zet die klaar."},
       {4, 4, 3, 4},
       {3, 4, 3, 3},
       "Ik mocht zelf vertellen. Het ging wel snel."},
      {7,
       "Hoe gaat het verder met de schuldhulp? Kan Sanne meedenken?",
       "We keken terug op de afspraken. Het ophalen door opa en oma gaat goed. Lotte is bijna "
       "nooit meer te laat op school. Marloes heeft een afspraak bij de schuldhulp. Mees was niet "
       "bij het overleg; Sanne sprak hem vooraf thuis.",
       {"Sanne gaat mee naar het eerste gesprek bij de schuldhulp."},
       {5, 4, 4, 5},
       {4, 5, 4, 4},
       ""},
  };
  for (const auto& p : kPast) {
    domain::NewMeetingPlan plan;
    plan.date = domain::FormatDate(domain::AddDays(today, -p.days_ago));
    plan.time = "10:00";
    plan.place = "Wijkteam Lindewaard-Oost, Stationsplein 3";
    plan.members = {id["Marloes"], id["Lotte"]};
    plan.professionals = {sanne.user.id, (*duo_user)->id};
    auto meeting = stip.PlanMeeting(sanne, family_id, plan);
    if (!meeting) return tl::unexpected(meeting.error());
    if (auto r = stip.AddAgendaItem(*marloes, family_id, *meeting, "question", p.agenda); !r) {
      return tl::unexpected(r.error());
    }
    NewMeetingRecordInput record;
    record.summary = p.summary;
    record.record.present_members = plan.members;
    record.record.present_professionals = plan.professionals;
    record.record.agreements = p.agreements;
    record.record.children = {
        {id["Lotte"], domain::ChildHeard::kPresent, ""},
        {id["Daan"], domain::ChildHeard::kHeardBefore, "Sanne sprak Daan een week ervoor."},
        {id["Mees"],
         p.days_ago == 28 ? domain::ChildHeard::kOwnWords : domain::ChildHeard::kHeardBefore,
         p.days_ago == 28 ? "Een tekening van zijn huis." : "Sanne sprak hem thuis."}};
    if (auto r = stip.RecordMeeting(sanne, family_id, *meeting, record); !r) {
      return tl::unexpected(r.error());
    }
    NewFeedback from_marloes;
    NewFeedback from_lotte;
    for (std::size_t q = 0; q < 4; ++q) {
      from_marloes.answers[q] = p.marloes[q];
      from_lotte.answers[q] = p.lotte[q];
    }
    from_lotte.words = p.lotte_words;
    if (auto r = stip.GiveFeedback(*marloes, family_id, *meeting, from_marloes); !r) {
      return tl::unexpected(r.error());
    }
    if (auto r = stip.GiveFeedback(*lotte, family_id, *meeting, from_lotte); !r) {
      return tl::unexpected(r.error());
    }
  }
  return {};
}

Status SeedDecision(Stip& stip, store::Store& store, const std::string& family_id,
                    const Principal& sanne) {
  auto femke_user = store.FindUserByUsername("gedragswetenschapper");
  if (!femke_user || !*femke_user) {
    return domain::Fail(domain::Code::kInternal, "demo behavioural scientist missing");
  }
  const Principal femke{**femke_user, Principal::Via::kCli, "", std::nullopt};
  if (auto r = stip.StartInvolvement(sanne, family_id,
                                     {femke.user.id, "second_opinion",
                                      "Gedragswetenschapper voor tegenspraak op zware besluiten."});
      !r) {
    return tl::unexpected(r.error());
  }
  auto marloes = MemberPrincipal(store, "marloes@example.org", "Marloes Veldhoven");
  if (!marloes) return tl::unexpected(marloes.error());
  auto family = store.FindFamily(family_id);
  if (!family || !*family) return domain::Fail(domain::Code::kInternal, "demo family missing");
  const domain::Date opened = domain::DateOf((*family)->created_at);
  const auto before = [&](int days) { return domain::FormatDate(domain::AddDays(opened, -days)); };
  NewDecision d;
  d.kind = "end_contact";
  auto& c = d.content;
  c.what =
      "Ruben ziet Lotte en Mees voorlopig alleen onder begeleiding, in het omgangshuis, één keer "
      "per twee weken. Na drie maanden kijken we samen opnieuw.";
  c.legal_ground = "BW 1:377a (omgang)";
  c.facts = {{"Bij een overdracht van de kinderen is er geschreeuwd waar Mees bij was.",
              "Melding van de school van Mees", before(60), ""},
             {"Lotte zegt dat ze bang is als haar vader belt.", "Gesprek van Sanne met Lotte",
              before(45), ""}};
  c.opinions = {{"Onbegeleid contact is nu te onrustig voor Mees.", "Sanne de Wit (wijkteam)"}};
  c.alternatives = {{"Contact zoals het was, zonder begeleiding.",
                     "De overdrachten gingen twee keer mis waar de kinderen bij waren."},
                    {"Helemaal geen contact.", "Lotte en Mees willen hun vader blijven zien."}};
  c.present = {"Marloes Veldhoven", "Ruben Kramer", "Sanne de Wit (wijkteam)",
               "Youssef Amrani (veiligheidsteam)"};
  for (const auto& m : (*family)->members) {
    if (m.role != domain::MemberRole::kChild) continue;
    if (m.name.starts_with("Daan")) {
      c.children.push_back({m.id, false,
                            "Daan (16) ziet zijn vader zelf wanneer hij wil; het besluit gaat "
                            "niet over hem. Hij wilde er niet over praten."});
    } else if (m.name.starts_with("Lotte")) {
      c.children.push_back({m.id, true, "Apart gesproken door Sanne, thuis, zonder ouders erbij."});
    } else {
      c.children.push_back({m.id, true, "Met tekeningen, samen met Sanne, op school."});
    }
  }
  c.decider = sanne.user.id;
  auto id = stip.DraftDecision(sanne, family_id, d);
  if (!id) return tl::unexpected(id.error());
  if (auto r = stip.ShareDecision(sanne, family_id, *id); !r) return r;
  if (auto r = stip.AddDecisionView(
          *marloes, family_id, *id,
          {"",
           "Ik vind het goed dat er iemand bij is. Ik wil wel dat de kinderen hun vader "
           "blijven zien, en dat Lotte mag zeggen als ze een keer niet wil."});
      !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = stip.GiveSecondOpinion(
          femke, family_id, *id,
          {"agree_with_conditions",
           "De feiten dragen het besluit: de kinderen waren twee keer bij onrust. Begeleid "
           "contact houdt de band met vader en geeft rust.",
           "Na drie maanden evalueren met Lotte apart; haar wens weegt mee."});
      !r) {
    return tl::unexpected(r.error());
  }
  return stip.TakeDecision(sanne, family_id, *id);
}

// Issue 12 item 3: a running OTS for Mees, ruled nine months before the file was opened in
// Stip and ending three months after it, so the deadlines table has dates and the Raad's
// deadline (two months before the end) shows as an early warning on Mijn werk.
Status SeedMeasure(Stip& stip, store::Store& store, const std::string& family_id,
                   const Principal& sanne) {
  auto family = store.FindFamily(family_id);
  if (!family || !*family) return domain::Fail(domain::Code::kInternal, "demo family missing");
  std::string mees;
  std::string marloes;
  for (const auto& m : (*family)->members) {
    if (m.name.starts_with("Mees")) mees = m.id;
    if (m.name.starts_with("Marloes")) marloes = m.id;
  }
  const domain::Date opened = domain::AmsterdamDate((*family)->created_at);
  const domain::Date start = domain::AddMonths(opened, -9);
  NewMeasure m;
  m.kind = "ots";
  m.children = {mees};
  m.parents = {marloes};  // the parent with custody it concerns
  m.ruling_date = domain::FormatDate(start);
  m.start = domain::FormatDate(start);
  m.end = domain::FormatDate(domain::AddMonths(start, 12));
  m.threats =
      "Mees is vaak bij ruzie tussen zijn ouders en is bang in zijn eigen huis. Hulp in het "
      "vrijwillig kader kwam niet op gang.";
  auto id = stip.RecordMeasure(sanne, family_id, m);
  if (!id) return tl::unexpected(id.error());
  return {};
}

Status SeedChildVoices(Stip& stip, store::Store& store, const std::string& family_id,
                       const Principal& sanne) {
  auto lotte = MemberPrincipal(store, "lotte@example.org", "Lotte Kramer");
  if (!lotte) return tl::unexpected(lotte.error());
  auto daan = MemberPrincipal(store, "daan@example.org", "Daan Kramer");
  if (!daan) return tl::unexpected(daan.error());
  auto family = store.FindFamily(family_id);
  if (!family || !*family) return domain::Fail(domain::Code::kInternal, "demo family missing");
  std::string marloes;
  for (const auto& m : (*family)->members) {
    if (m.name.starts_with("Marloes")) marloes = m.id;
  }
  NewChildVoice own;
  own.good_things = "Ik heb een fijne mentor. Met oma kan ik goed praten.";
  own.worries = "Als papa belt, word ik soms nog bang. Ik wil niet dat er weer ruzie komt.";
  own.dreams = "Ik wil later dierenarts worden. En ik wil dat het thuis rustig blijft.";
  own.share = "members";
  own.share_with = {marloes};
  if (auto r = stip.WriteChildVoice(*lotte, family_id, own); !r) return tl::unexpected(r.error());
  NewChildVoice his;
  his.good_things = "Voetbal en mijn vrienden.";
  his.worries = "Dat mama het te zwaar heeft.";
  his.share = "professionals";
  if (auto r = stip.WriteChildVoice(*daan, family_id, his); !r) return tl::unexpected(r.error());
  if (auto r = stip.WriteExplanation(
          sanne, family_id, (*lotte).account->member_id,
          "Lotte, wij maken ons zorgen omdat er thuis soms hard ruzie werd gemaakt. Dan was jij "
          "bang. Dat is niet jouw schuld.\n\nWat doen we? Mama en papa praten met ons over hoe "
          "het rustiger kan. Opa en oma halen jou en Mees soms op. Je mag altijd aan Sanne "
          "vertellen hoe het gaat.");
      !r) {
    return tl::unexpected(r.error());
  }
  return {};
}

}  // namespace

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
  if (auto r = SeedSafetyMap(stip, store, family_id, as_lead); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = SeedFamilyPlan(stip, store, family_id, as_lead); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = SeedMeetings(stip, store, family_id, as_lead); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = SeedDecision(stip, store, family_id, as_lead); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = SeedMeasure(stip, store, family_id, as_lead); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = SeedChildVoices(stip, store, family_id, as_lead); !r) {
    return tl::unexpected(r.error());
  }
  return invited;
}

}  // namespace stip::app
