// The access engine, per entry: open by default to whom it concerns, withholdings with a legal
// ground that lapse on their review date, and a young person's own information from 16.
#include <gtest/gtest.h>

#include "access_support.h"
#include "domain/access.h"

namespace stip::domain::testing {
namespace {

using G = WithholdingGround;
constexpr auto kVisible = Visibility::kVisible, kWithheld = Visibility::kWithheld,
               kNotShown = Visibility::kNotShown;
// Short names so that the table rows stay short.
constexpr auto Vis = kVisible, Whd = kWithheld, Not = kNotShown;

EntryAudience About(std::string id, std::vector<std::string> concerns,
                    std::optional<std::string> confidential_of = std::nullopt) {
  return EntryAudience{std::move(id), std::move(concerns), std::move(confidential_of)};
}

const EntryAudience kAll = About("e_all", {});  // the whole household
const EntryAudience kNoor = About("e_noor", {"c_noor"});
const EntryAudience kSem = About("e_sem", {"c_sem"});
const EntryAudience kLotte = About("e_lotte", {"c_lotte"});
const EntryAudience kLotteOwn = About("e_lotte_own", {"c_lotte"}, "c_lotte");
const EntryAudience kLotteOwnAll = About("e_lotte_own_all", {}, "c_lotte");
const EntryAudience kOma = About("e_oma", {"m_oma"});
const EntryAudience kMoeder = About("e_moeder", {"m_moeder"});
const EntryAudience kSemAndLotte = About("e_sem_lotte", {"c_sem", "c_lotte"});

struct EntryCase {
  const char* what;
  Viewer viewer;
  Date today;
  EntryAudience entry;
  std::vector<Withholding> withholdings;
  std::vector<Consent> consents;
  Visibility visibility;
  Reason reason;
};

const Withholding kSemFromMother =
    Withheld("e_sem", "m_moeder", G::kSeriousHarmToChild, {2027, 2, 1});
const Withholding kSemFromFather =
    Withheld("e_sem", "m_vader", G::kSeriousHarmToChild, {2027, 2, 1});
const Withholding kAllFromSem = Withheld("e_all", "c_sem", G::kProtectsThirdPerson, {2027, 1, 1});
const Withholding kLotteOwnFromMother =
    Withheld("e_lotte_own", "m_moeder", G::kYoungPersonConfidential, {2027, 5, 1});
const Withholding kOmaFromOma = Withheld("e_oma", "m_oma", G::kProtectsThirdPerson, {2027, 1, 1});

const Consent kLotteToMother = ConsentOf("c_lotte", "m_moeder", {2026, 8, 1});
const Consent kLotteToMotherUntilToday = ConsentOf("c_lotte", "m_moeder", {2026, 8, 1}, kToday);
const Consent kLotteToMotherExpired =
    ConsentOf("c_lotte", "m_moeder", {2026, 8, 1}, Date{2026, 11, 28});
const Consent kLotteToMotherNextWeek = ConsentOf("c_lotte", "m_moeder", {2026, 12, 6});
const Consent kLotteToFather = ConsentOf("c_lotte", "m_vader", {2026, 8, 1});
const Consent kLotteToOma = ConsentOf("c_lotte", "m_oma", {2026, 8, 1});  // not valid

// Each row: who asks on which day about which entry, with which withholdings and consents on
// record, and what they get. Two lines per row, so clang-format leaves the table alone.
// clang-format off
const EntryCase kCases[] = {
    // Professionals read every entry while involved; withholdings are towards family members.
    {"lead, confidential", Pro("u_lead"), kToday, kLotteOwn,
     {}, {}, Vis, Inv},
    {"lead, withheld from mother", Pro("u_lead"), kToday, kSem,
     {kSemFromMother}, {}, Vis, Inv},
    {"emergency", Glass("u_vreemd", "nood"), kToday, kAll,
     {}, {}, Vis, Emg},
    {"ended involvement", Pro("u_oud"), kToday, kAll,
     {}, {}, Not, End},
    // A child under 12 has the child view, not entries.
    {"Noor (8), household", Mem("c_noor"), kToday, kAll,
     {}, {}, Not, U12},
    {"Noor (8), about her", Mem("c_noor"), kToday, kNoor,
     {}, {}, Not, U12},
    // 12 to 15: own access to what concerns them.
    {"Sem (13), household", Mem("c_sem"), kToday, kAll,
     {}, {}, Vis, Own},
    {"Sem (13), about him", Mem("c_sem"), kToday, kSem,
     {}, {}, Vis, Own},
    {"Sem (13), about Noor", Mem("c_sem"), kToday, kNoor,
     {}, {}, Not, NCo},
    {"Sem (13), about mother", Mem("c_sem"), kToday, kMoeder,
     {}, {}, Not, NCo},
    {"Sem (13), Lotte's own", Mem("c_sem"), kToday, kLotteOwnAll,
     {}, {}, Not, YPI},
    {"Sem the day before 12", Mem("c_sem"), kSemIs11, kSem,
     {}, {}, Not, U12},
    {"Sem on his 12th birthday", Mem("c_sem"), kSemIs12, kSem,
     {}, {}, Vis, Own},
    {"Sem (13), withheld from him", Mem("c_sem"), kToday, kAll,
     {kAllFromSem}, {}, Whd, Wth},
    // 16+: the young person's own information.
    {"Lotte, her own", Mem("c_lotte"), kToday, kLotteOwn,
     {}, {}, Vis, Own},
    {"Lotte, about Sem", Mem("c_lotte"), kToday, kSem,
     {}, {}, Not, NCo},
    // A parent with custody reads for children under 16, unless withheld.
    {"mother, household", Mem("m_moeder"), kToday, kAll,
     {}, {}, Vis, Own},
    {"mother, Noor (8)", Mem("m_moeder"), kToday, kNoor,
     {}, {}, Vis, Pwc},
    {"mother, Sem (13)", Mem("m_moeder"), kToday, kSem,
     {}, {}, Vis, Pwc},
    {"mother, Sem (13) withheld from her", Mem("m_moeder"), kToday, kSem,
     {kSemFromMother}, {}, Whd, Wth},
    {"mother, Sem withheld from father only", Mem("m_moeder"), kToday, kSem,
     {kSemFromFather}, {}, Vis, Pwc},
    {"mother, another entry's withholding", Mem("m_moeder"), kToday, kNoor,
     {kSemFromMother}, {}, Vis, Pwc},
    {"mother, Sem and Lotte together", Mem("m_moeder"), kToday, kSemAndLotte,
     {}, {}, Vis, Pwc},
    {"mother, about grandmother", Mem("m_moeder"), kToday, kOma,
     {}, {}, Not, NCo},
    // Lotte turns 16 on 1 July 2026: from then on her mother needs her consent.
    {"mother, Lotte the day before 16", Mem("m_moeder"), kLotteIs15, kLotte,
     {}, {}, Vis, Pwc},
    {"mother, Lotte on her 16th birthday", Mem("m_moeder"), kLotteIs16, kLotte,
     {}, {}, Not, YPI},
    {"mother, Lotte with consent", Mem("m_moeder"), kToday, kLotte,
     {}, {kLotteToMother}, Vis, Con},
    {"mother, Lotte, consent's last day", Mem("m_moeder"), kToday, kLotte,
     {}, {kLotteToMotherUntilToday}, Vis, Con},
    {"mother, Lotte, consent expired yesterday", Mem("m_moeder"), kToday, kLotte,
     {}, {kLotteToMotherExpired}, Not, YPI},
    {"mother, Lotte, consent from next week", Mem("m_moeder"), kToday, kLotte,
     {}, {kLotteToMotherNextWeek}, Not, YPI},
    {"mother, Lotte, consent for father only", Mem("m_moeder"), kToday, kLotte,
     {}, {kLotteToFather}, Not, YPI},
    {"mother, Lotte's own, no consent", Mem("m_moeder"), kToday, kLotteOwnAll,
     {}, {}, Not, YPI},
    {"mother, Lotte's own, consent", Mem("m_moeder"), kToday, kLotteOwn,
     {}, {kLotteToMother}, Vis, Con},
    {"mother, Lotte's own, consent but withheld", Mem("m_moeder"), kToday, kLotteOwn,
     {kLotteOwnFromMother}, {kLotteToMother}, Whd, Wth},
    {"mother, a confidential mark before 16 does not count", Mem("m_moeder"), kLotteIs15, kLotteOwn,
     {}, {}, Vis, Pwc},
    // A parent without custody: the summary, no entries at all.
    {"father, household", Mem("m_vader"), kToday, kAll,
     {}, {}, Not, SOn},
    {"father, Noor", Mem("m_vader"), kToday, kNoor,
     {}, {}, Not, SOn},
    {"father, Lotte with her consent", Mem("m_vader"), kToday, kLotte,
     {}, {kLotteToFather}, Not, SOn},
    // Other adults: only what concerns them.
    {"grandmother, household", Mem("m_oma"), kToday, kAll,
     {}, {}, Vis, Own},
    {"grandmother, about her", Mem("m_oma"), kToday, kOma,
     {}, {}, Vis, Own},
    {"grandmother, about Noor", Mem("m_oma"), kToday, kNoor,
     {}, {}, Not, NCo},
    {"grandmother, Lotte's own in a household entry", Mem("m_oma"), kToday, kLotteOwnAll,
     {}, {}, Not, YPI},
    {"grandmother, Lotte, a consent wrongly recorded for her", Mem("m_oma"), kToday, kLotte,
     {}, {kLotteToOma}, Not, NCo},
    {"grandmother, withheld from her", Mem("m_oma"), kToday, kOma,
     {kOmaFromOma}, {}, Whd, Wth},
    {"carer without custody, about Noor", Mem("m_pleeg"), kToday, kNoor,
     {}, {}, Not, NCo},
    {"stranger", Mem("m_buurman"), kToday, kAll,
     {}, {}, Not, Unk},
};
// clang-format on

TEST(AccessEntry, EveryRule) {
  const Family family = Household();
  for (const auto& c : kCases) {
    const EntryDecision d =
        DecideEntry(family, Query(c.viewer, c.today, c.consents), c.entry, c.withholdings);
    EXPECT_EQ(d.visibility, c.visibility) << c.what << ": got " << ToString(d.visibility);
    EXPECT_EQ(d.reason, c.reason) << c.what << ": got " << ToString(d.reason);
    EXPECT_EQ(d.emergency, c.reason == Reason::kEmergency) << c.what;
    // A family member may react on what they see and object to what is withheld from them.
    const bool member = std::holds_alternative<MemberViewer>(c.viewer);
    EXPECT_EQ(d.may_react, member && c.visibility == kVisible) << c.what;
    EXPECT_EQ(d.may_request_correction, member && c.visibility == kVisible) << c.what;
    EXPECT_EQ(d.may_object, c.visibility == kWithheld) << c.what;
    EXPECT_EQ(d.withholdings.empty(), c.visibility != kWithheld) << c.what;
  }
}

TEST(AccessEntry, APlaceholderCarriesTheWithholding) {
  const EntryDecision d =
      DecideEntry(Household(), Query(Mem("m_moeder")), kSem, std::vector{kSemFromMother});
  ASSERT_EQ(d.visibility, kWithheld);
  ASSERT_EQ(d.withholdings.size(), 1u);
  EXPECT_EQ(d.withholdings[0].ground, G::kSeriousHarmToChild);
  EXPECT_EQ(d.withholdings[0].decided_by, "u_lead");
  EXPECT_EQ(d.withholdings[0].decided_at, Noon({2026, 11, 1}));
  EXPECT_EQ(d.withholdings[0].review_date, (Date{2027, 2, 1}));
}

struct LapseCase {
  const char* what;
  Withholding withholding;
  Date today;
  bool in_force;
};

Withholding Renewed(Withholding w, Date review) {
  w.review_date = review;
  return w;
}
Withholding Lifted(Withholding w) {
  w.lifted = true;
  return w;
}

TEST(AccessWithholding, LapsesOnItsReviewDateUnlessRenewed) {
  const Withholding w = Withheld("e_sem", "m_moeder", G::kProtectsThirdPerson, {2026, 12, 1});
  // Decided 1 Nov 2026; 70 days later is 10 Jan 2027.
  const Withholding inv = Withheld("e_sem", "m_moeder", G::kRunningInvestigation, {2027, 3, 1});
  const LapseCase cases[] = {
      {"the day before the review date", w, {2026, 11, 30}, true},
      {"on the review date", w, {2026, 12, 1}, false},
      {"renewed before the review date", Renewed(w, {2027, 3, 1}), {2026, 12, 1}, true},
      {"renewed, then its new review date", Renewed(w, {2027, 3, 1}), {2027, 3, 1}, false},
      {"lifted early", Lifted(w), {2026, 11, 2}, false},
      {"investigation on day 69", inv, {2027, 1, 9}, true},
      {"investigation on day 70", inv, {2027, 1, 10}, false},
      {"investigation renewed beyond the limit", Renewed(inv, {2027, 6, 1}), {2027, 1, 10}, false},
      {"investigation, earlier review date", Renewed(inv, {2026, 12, 1}), {2026, 12, 1}, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(InForce(c.withholding, c.today), c.in_force) << c.what;
    // And the entry shows accordingly.
    const EntryDecision d =
        DecideEntry(Household(), Query(Mem("m_moeder"), c.today), kSem, std::vector{c.withholding});
    EXPECT_EQ(d.visibility, c.in_force ? kWithheld : kVisible) << c.what;
  }
  EXPECT_EQ(LapseDate(inv), (Date{2027, 1, 10}));
  AccessPolicy longer;
  longer.investigation_max_days = 120;
  EXPECT_EQ(LapseDate(inv, longer), (Date{2027, 3, 1}));
}

TEST(AccessConsent, HoldsFromGivenThroughLastDay) {
  const Consent c = ConsentOf("c_lotte", "m_moeder", {2026, 8, 1}, Date{2026, 12, 31});
  EXPECT_FALSE(Holds(c, {2026, 7, 31}));
  EXPECT_TRUE(Holds(c, {2026, 8, 1}));
  EXPECT_TRUE(Holds(c, {2026, 12, 31}));
  EXPECT_FALSE(Holds(c, {2027, 1, 1}));
  EXPECT_TRUE(Holds(ConsentOf("c_lotte", "m_moeder", {2026, 8, 1}), {2040, 1, 1}));
}

bool Has(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}

TEST(AccessChecks, Withholding) {
  const Family f = Household();
  const Withholding ok = Withheld("e_sem", "m_moeder", G::kSeriousHarmToChild, {2027, 2, 1});
  EXPECT_TRUE(CheckWithholding(f, kSem, ok, kToday).empty());

  Withholding bad = ok;
  bad.reason = "  ";
  bad.decided_by = "";
  bad.member_id = "m_buurman";
  bad.entry_id = "e_other";
  const auto errors = CheckWithholding(f, kSem, bad, kToday);
  for (const char* field : {"reason", "decided_by", "member_id", "entry_id"}) {
    EXPECT_TRUE(Has(errors, field)) << field;
  }
  EXPECT_TRUE(Has(CheckWithholding(f, kSem, Renewed(ok, kToday), kToday), "review_date"));

  const Withholding inv = Withheld("e_sem", "m_moeder", G::kRunningInvestigation, {2027, 1, 10});
  EXPECT_TRUE(CheckWithholding(f, kSem, inv, kToday).empty());
  EXPECT_TRUE(Has(CheckWithholding(f, kSem, Renewed(inv, {2027, 1, 11}), kToday), "review_date"));

  // The young person's own information: only from 16, and not withheld from themselves.
  const Withholding own =
      Withheld("e_lotte", "m_moeder", G::kYoungPersonConfidential, {2027, 2, 1});
  EXPECT_TRUE(CheckWithholding(f, kLotte, own, kToday).empty());
  EXPECT_TRUE(Has(CheckWithholding(f, kLotte, own, {2026, 6, 30}), "ground"));
  Withholding from_herself = own;
  from_herself.member_id = "c_lotte";
  EXPECT_TRUE(Has(CheckWithholding(f, kLotte, from_herself, kToday), "ground"));
  Withholding about_sem = own;
  about_sem.entry_id = "e_sem";
  EXPECT_TRUE(Has(CheckWithholding(f, kSem, about_sem, kToday), "ground"));

  // Serious harm to a child needs an entry about a child.
  Withholding harm = Withheld("e_moeder", "m_vader", G::kSeriousHarmToChild, {2027, 2, 1});
  EXPECT_TRUE(Has(CheckWithholding(f, kMoeder, harm, kToday), "ground"));
}

TEST(AccessChecks, EntryAudience) {
  const Family f = Household();
  EXPECT_TRUE(CheckEntryAudience(f, kAll, kToday).empty());
  EXPECT_TRUE(CheckEntryAudience(f, kLotteOwn, kToday).empty());
  EXPECT_TRUE(CheckEntryAudience(f, kLotteOwnAll, kToday).empty());
  EXPECT_TRUE(Has(CheckEntryAudience(f, kLotteOwn, {2026, 6, 30}), "confidential_of"));
  EXPECT_TRUE(
      Has(CheckEntryAudience(f, About("e", {"c_sem"}, "c_sem"), kToday), "confidential_of"));
  EXPECT_TRUE(
      Has(CheckEntryAudience(f, About("e", {"c_sem"}, "c_lotte"), kToday), "confidential_of"));
  const auto errors = CheckEntryAudience(f, About("e", {"c_sem", "x", "c_sem"}), kToday);
  EXPECT_TRUE(Has(errors, "concerns[1]"));
  EXPECT_TRUE(Has(errors, "concerns[2]"));
}

TEST(AccessChecks, Consent) {
  const Family f = Household();
  EXPECT_TRUE(CheckConsent(f, kLotteToMother, kToday).empty());
  EXPECT_TRUE(
      Has(CheckConsent(f, ConsentOf("c_sem", "m_moeder", kToday), kToday), "young_person_id"));
  EXPECT_TRUE(Has(CheckConsent(f, ConsentOf("c_lotte", "m_oma", kToday), kToday), "member_id"));
  EXPECT_TRUE(
      Has(CheckConsent(f, ConsentOf("c_lotte", "m_moeder", {2026, 12, 1}), kToday), "given_on"));
  EXPECT_TRUE(
      Has(CheckConsent(f, ConsentOf("c_lotte", "m_moeder", kToday, Date{2026, 11, 1}), kToday),
          "valid_until"));
}

}  // namespace
}  // namespace stip::domain::testing
