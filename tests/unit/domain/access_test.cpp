// The access engine, file level: every kind of viewer against every action, and the days on
// which the answer changes (birthdays at 12, 16 and 18, custody, involvements, emergencies).
#include "domain/access.h"

#include <gtest/gtest.h>

#include <set>

#include "access_support.h"
#include "domain/emergency_actions.h"

namespace stip::domain::testing {
namespace {

using Row = std::array<Reason, kAllActions.size()>;

struct ProfileCase {
  const char* who;
  Viewer viewer;
  Row expected;  // in the order of kAllActions
};

// Columns: file, summary, entries, child view, access log | react, correction, object,
// download, consent | add entry, answer correction, withhold, answer objection, invite |
// change household, manage involvements (issue 10) | share with network, view shared (issue 10).
// One viewer per row keeps the matrix readable, so clang-format leaves it alone.
// clang-format off
const ProfileCase kProfiles[] = {
    {"lead", Pro("u_lead"),
     {Inv, Inv, Inv, Inv, Inv, Fam, Fam, Fam, Fam, Fam, Inv, Inv, Inv, Inv, Inv, Inv, Inv, Fam, Fam}},
    {"duo", Pro("u_duo"),
     {Inv, Inv, Inv, Inv, Inv, Fam, Fam, Fam, Fam, Fam, Inv, Inv, Inv, Inv, Ldr, Inv, Ldr, Fam, Fam}},
    {"involved lead breaking the glass is simply involved", Glass("u_lead", "nacht"),
     {Inv, Inv, Inv, Inv, Inv, Fam, Fam, Fam, Fam, Fam, Inv, Inv, Inv, Inv, Inv, Inv, Inv, Fam, Fam}},
    {"emergency with a reason reads only", Glass("u_vreemd", "melding politie 02:10, kind alleen"),
     {Emg, Emg, Emg, Emg, Emg, Fam, Fam, Fam, Fam, Fam, ERO, ERO, ERO, ERO, ERO, ERO, ERO, Fam, Fam}},
    {"emergency without a reason", Glass("u_vreemd", "  "),
     {NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR, NoR}},
    {"involvement ended", Pro("u_oud"),
     {End, End, End, End, End, End, End, End, End, End, End, End, End, End, End, End, End, End, End}},
    {"involvement not started yet", Pro("u_later"),
     {NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn}},
    {"never involved", Pro("u_vreemd"),
     {NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn, NIn}},
    {"no user", Pro(""),
     {Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk}},
    {"child of 8", Mem("c_noor"),
     {U12, U12, U12, Kid, U12, U12, U12, U12, U12, U16, Prf, Prf, Prf, Prf, Prf, Prf, Prf, Csh, NCo}},
    {"child of 13", Mem("c_sem"),
     {Own, Own, Own, Kid, Own, Own, Own, Own, Own, U16, Prf, Prf, Prf, Prf, Prf, Prf, Prf, Csh, NCo}},
    {"young person of 16", Mem("c_lotte"),
     {Own, Own, Own, Kid, Own, Own, Own, Own, Own, Own, Prf, Prf, Prf, Prf, Prf, Prf, Prf, Own, NCo}},
    {"parent with custody", Mem("m_moeder"),
     {Pwc, Pwc, Pwc, Pwc, Pwc, Pwc, Pwc, Pwc, Pwc, NYP, Prf, Prf, Prf, Prf, Prf, Prf, Prf, Pwc, NCo}},
    {"parent without custody", Mem("m_vader"),
     {SOn, Sum, SOn, SOn, SOn, SOn, SOn, SOn, Sum, NYP, Prf, Prf, Prf, Prf, Prf, Prf, Prf, Csh, NCo}},
    {"other adult", Mem("m_oma"),
     {Own, NCo, Own, NCo, Own, Own, Own, Own, Own, NYP, Prf, Prf, Prf, Prf, Prf, Prf, Prf, Csh, NCo}},
    {"carer without custody", Mem("m_pleeg"),
     {Own, NCo, Own, NCo, Own, Own, Own, Own, Own, NYP, Prf, Prf, Prf, Prf, Prf, Prf, Prf, Csh, NCo}},
    {"not a member of this family", Mem("m_buurman"),
     {Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk, Unk}},
};
// clang-format on

TEST(AccessMatrix, EveryViewerAgainstEveryAction) {
  const Family family = Household();
  for (const auto& c : kProfiles) {
    for (std::size_t i = 0; i < kAllActions.size(); ++i) {
      const Action action = kAllActions[i];
      const Decision d = Decide(family, Query(c.viewer), action);
      EXPECT_EQ(d.reason, c.expected[i])
          << c.who << " / " << ToString(action) << ": got " << ToString(d.reason);
      EXPECT_EQ(d.allowed, IsYes(c.expected[i])) << c.who << " / " << ToString(action);
      EXPECT_EQ(d.emergency, d.reason == Reason::kEmergency) << c.who << " / " << ToString(action);
    }
  }
}

using A = Action;

struct DayCase {
  const char* what;
  Viewer viewer;
  Date today;
  Action action;
  Reason expected;
};

// The same question on consecutive days: the answer changes on the birthday itself.
const DayCase kDays[] = {
    {"Sem the day before 12", Mem("c_sem"), kSemIs11, A::kViewEntries, U12},
    {"Sem on his 12th birthday", Mem("c_sem"), kSemIs12, A::kViewEntries, Own},
    {"Sem at 11 reacts through his parents", Mem("c_sem"), kSemIs11, A::kReact, U12},
    {"Sem at 12 reacts himself", Mem("c_sem"), kSemIs12, A::kReact, Own},
    {"Sem at 11 has his child view", Mem("c_sem"), kSemIs11, A::kViewChildView, Kid},
    {"Lotte the day before 16", Mem("c_lotte"), kLotteIs15, A::kManageConsent, U16},
    {"Lotte on her 16th birthday", Mem("c_lotte"), kLotteIs16, A::kManageConsent, Own},
    {"Finn (29 Feb) on 28 Feb 2024", Mem("c_finn"), kFinnIs11, A::kViewFile, U12},
    {"Finn (29 Feb) on 29 Feb 2024", Mem("c_finn"), kFinnIs12, A::kViewFile, Own},
    {"Finn (29 Feb) on 28 Feb 2028", Mem("c_finn"), kFinnIs15, A::kManageConsent, U16},
    {"Finn (29 Feb) on 29 Feb 2028", Mem("c_finn"), kFinnIs16, A::kManageConsent, Own},
    {"the old lead before the hand-over", Pro("u_oud"), {2026, 1, 4}, A::kAddEntry, Inv},
    {"the planned duo before the start", Pro("u_later"), {2027, 1, 3}, A::kViewFile, NIn},
    {"the planned duo from the start", Pro("u_later"), {2027, 1, 4}, A::kViewFile, Inv},
};

TEST(AccessDays, AnswersChangeOnTheDay) {
  const Family family = Household();
  for (const auto& c : kDays) {
    const Decision d = Decide(family, Query(c.viewer, c.today), c.action);
    EXPECT_EQ(d.reason, c.expected) << c.what << ": got " << ToString(d.reason);
  }
}

// Custody of a child ends at 18: a parent whose only custody is of Finn (29 Feb 2012) keeps
// the file until 28 Feb 2030 and has the summary only from 1 March 2030.
TEST(AccessCustody, EndsWhenTheChildTurns18) {
  Family family = Household();
  family.custody = {{"m_vader", "c_finn", true}};
  EXPECT_EQ(Decide(family, Query(Mem("m_vader"), {2030, 2, 28}), Action::kViewEntries).reason, Pwc);
  EXPECT_EQ(Decide(family, Query(Mem("m_vader"), {2030, 3, 1}), Action::kViewEntries).reason, SOn);
  EXPECT_EQ(Decide(family, Query(Mem("m_vader"), {2030, 3, 1}), Action::kViewSummary).reason, Sum);
}

TEST(AccessCustody, GrantedAndEndedCustodyChangeTheAnswer) {
  Family family = Household();
  const auto ask = [&](Action a) { return Decide(family, Query(Mem("m_vader")), a).reason; };
  EXPECT_EQ(ask(Action::kViewEntries), SOn);
  family.custody.push_back({"m_vader", "c_lotte", true});  // granted (Lotte is 16)
  EXPECT_EQ(ask(Action::kViewEntries), Pwc);
  EXPECT_EQ(ask(Action::kReact), Pwc);
  family.custody.back().has_custody = false;  // ended by the court
  EXPECT_EQ(ask(Action::kViewEntries), SOn);
  EXPECT_EQ(ask(Action::kReact), SOn);

  // A carer gains the file with custody, and is another adult without it.
  family.custody.push_back({"m_pleeg", "c_noor", true});
  EXPECT_EQ(Decide(family, Query(Mem("m_pleeg")), Action::kViewSummary).reason, Pwc);
  family.custody.pop_back();
  EXPECT_EQ(Decide(family, Query(Mem("m_pleeg")), Action::kViewSummary).reason, NCo);
}

TEST(AccessInvolvement, EndsAtTheInstantItEnds) {
  Family family = Household();
  AccessQuery q = Query(Pro("u_duo"));
  family.involvements[1].ended_at = q.now + 3'600'000;  // ends in an hour
  EXPECT_EQ(Decide(family, q, Action::kViewEntries).reason, Inv);
  family.involvements[1].ended_at = q.now;  // ended just now
  EXPECT_EQ(Decide(family, q, Action::kViewEntries).reason, End);
  // Breaking the glass after the involvement ended works, flagged.
  q.viewer = Glass("u_duo", "moeder belt in paniek, lead onbereikbaar");
  const Decision d = Decide(family, q, Action::kViewEntries);
  EXPECT_TRUE(d.allowed);
  EXPECT_TRUE(d.emergency);
}

// Privacy review: emergency access reads only what is on the allow-list; every other action,
// also one added later, is refused.
TEST(AccessEmergency, OnlyTheReadsOnTheAllowListAreAllowed) {
  const Family family = Household();
  const AccessQuery q = Query(Glass("u_vreemd", "politie aan de deur"));
  for (const Action action : kAllActions) {
    const Decision d = Decide(family, q, action);
    EXPECT_EQ(d.allowed, IsEmergencyReadAction(action)) << ToString(action);
    if (!IsEmergencyReadAction(action)) {
      EXPECT_NE(d.reason, Reason::kEmergency) << ToString(action);
    }
  }
  EXPECT_EQ(kEmergencyReadActions.size(), 5u)
      << "reading more by emergency access is a decision of its own: update this test with it";
}

TEST(AccessEmergency, CanBeSwitchedOffByPolicy) {
  AccessQuery q = Query(Glass("u_vreemd", "politie aan de deur"));
  q.policy.allow_emergency_access = false;
  EXPECT_EQ(Decide(Household(), q, Action::kViewFile).reason, NIn);
}

struct ChildViewCase {
  const char* what;
  Viewer viewer;
  const char* child;
  std::vector<Consent> consents;
  Reason expected;
};

TEST(AccessChildView, PerChild) {
  const Consent lotte_to_mother = ConsentOf("c_lotte", "m_moeder", {2026, 9, 1});
  const ChildViewCase cases[] = {
      {"lead sees any child view", Pro("u_lead"), "c_lotte", {}, Inv},
      {"emergency sees it flagged", Glass("u_vreemd", "brand"), "c_noor", {}, Emg},
      {"a child sees its own", Mem("c_noor"), "c_noor", {}, Kid},
      {"a child of 13 sees its own", Mem("c_sem"), "c_sem", {}, Kid},
      {"not a sibling's", Mem("c_sem"), "c_noor", {}, NCo},
      {"mother of a child under 12", Mem("m_moeder"), "c_noor", {}, Pwc},
      {"mother of a child of 13", Mem("m_moeder"), "c_sem", {}, Pwc},
      {"mother of a 16-year-old without consent", Mem("m_moeder"), "c_lotte", {}, YPI},
      {"mother of a 16-year-old with consent", Mem("m_moeder"), "c_lotte", {lotte_to_mother}, Con},
      {"father without custody", Mem("m_vader"), "c_noor", {}, SOn},
      {"grandmother", Mem("m_oma"), "c_noor", {}, NCo},
      {"not a child", Mem("m_moeder"), "m_oma", {}, NCo},
      {"not involved", Pro("u_vreemd"), "c_noor", {}, NIn},
  };
  const Family family = Household();
  for (const auto& c : cases) {
    const Decision d = DecideChildView(family, Query(c.viewer, kToday, c.consents), c.child);
    EXPECT_EQ(d.reason, c.expected) << c.what << ": got " << ToString(d.reason);
    EXPECT_EQ(d.allowed, IsYes(c.expected)) << c.what;
  }
}

TEST(AccessObjection, GoesToASecondProfessional) {
  const Family family = Household();
  const Withholding w =
      Withheld("e_1", "m_moeder", WithholdingGround::kProtectsThirdPerson, {2027, 3, 1});
  EXPECT_EQ(DecideObjectionAnswer(family, Query(Pro("u_lead")), w).reason, Slf);
  EXPECT_EQ(DecideObjectionAnswer(family, Query(Pro("u_duo")), w).reason, Inv);
  EXPECT_EQ(DecideObjectionAnswer(family, Query(Glass("u_vreemd", "x")), w).reason, ERO);
  EXPECT_EQ(DecideObjectionAnswer(family, Query(Mem("m_moeder")), w).reason, Prf);
  EXPECT_EQ(DecideObjectionAnswer(family, Query(Pro("u_oud")), w).reason, End);
}

TEST(AccessRoleName, NamesTheRoleForTheAccessLog) {
  const Family family = Household();
  const auto role = [&](Viewer v) { return AccessRole(family, Query(std::move(v))); };
  EXPECT_EQ(role(Pro("u_lead")), "lead");
  EXPECT_EQ(role(Pro("u_duo")), "duo");
  EXPECT_EQ(role(Glass("u_vreemd", "nood")), "emergency");
  EXPECT_EQ(role(Pro("u_oud")), "");
  EXPECT_EQ(role(Mem("m_moeder")), "parent");
  EXPECT_EQ(role(Mem("m_pleeg")), "carer");
  EXPECT_EQ(role(Mem("c_noor")), "child");
  EXPECT_EQ(role(Mem("m_oma")), "other_adult");
  EXPECT_EQ(role(Mem("m_buurman")), "");
}

TEST(AccessNames, AreStableUniqueAndParse) {
  std::set<std::string_view> names;
  for (Action a : kAllActions) {
    EXPECT_NE(ToString(a), "unknown");
    EXPECT_TRUE(names.insert(ToString(a)).second) << ToString(a);
    EXPECT_EQ(ParseAction(ToString(a)), a);
  }
  EXPECT_FALSE(ParseAction("view_everything"));
  for (auto g :
       {WithholdingGround::kProtectsThirdPerson, WithholdingGround::kSeriousHarmToChild,
        WithholdingGround::kYoungPersonConfidential, WithholdingGround::kRunningInvestigation}) {
    EXPECT_EQ(ParseWithholdingGround(ToString(g)), g);
    EXPECT_FALSE(GroundExplanation(g).empty());
    EXPECT_NE(GroundExplanation(g), "unknown");
  }
  EXPECT_FALSE(ParseWithholdingGround("because"));
  std::set<std::string_view> reasons;
  for (int r = 0; r <= static_cast<int>(Reason::kDecidedItYourself); ++r) {
    const auto name = ToString(static_cast<Reason>(r));
    EXPECT_NE(name, "unknown") << r;
    EXPECT_TRUE(reasons.insert(name).second) << name;
  }
  EXPECT_EQ(ToString(Visibility::kWithheld), "withheld");
}

}  // namespace
}  // namespace stip::domain::testing
