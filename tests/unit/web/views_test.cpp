// Domain values as people read them, and the access log as plain sentences.
#include "web/views.h"

#include <gtest/gtest.h>

namespace stip::web {
namespace {

app::AccessLogLine Line(const std::string& team, const std::string& role, const std::string& what) {
  app::AccessLogLine line;
  line.record.time = *domain::ParseTimestamp("2026-03-03T13:05:00.000Z");
  line.record.user_id = "usr_000001";
  line.record.role = role;
  line.record.what = what;
  line.record.purpose = "hulpverlening";
  line.user_name = "Sanne de Vries";
  line.team_name = team;
  return line;
}

TEST(ViewsTest, AccessLogLineReadsAsADutchSentence) {
  const AccessSentence s = DescribeAccess("nl", Line("Wijkteam Noord", "lead", "family_overview"));
  EXPECT_EQ(s.before + s.when + s.after,
            "Op 3 maart 2026 om 14:05 las Sanne de Vries (Wijkteam Noord, vast gezicht) het "
            "gezinsdossier. Reden: hulpverlening.");
  EXPECT_EQ(s.when, "3 maart 2026 om 14:05");
  EXPECT_EQ(s.iso, "2026-03-03T14:05+01:00");
}

// Issue 10 item 9: the purpose in words, the list of families as a read, and the free-text
// purposes of older lines as they were written.
TEST(ViewsTest, AccessLogLineSaysThePurposeInWords) {
  app::AccessLogLine line = Line("Wijkteam Noord", "lead", "family_list");
  line.record.purpose = "overdracht";
  const AccessSentence nl = DescribeAccess("nl", line);
  EXPECT_EQ(nl.before + nl.when + nl.after,
            "Op 3 maart 2026 om 14:05 las Sanne de Vries (Wijkteam Noord, vast gezicht) de naam "
            "van het gezin in de lijst van gezinnen. Reden: overdracht van het dossier.");
  line.record.purpose = "tegenspraak";
  const AccessSentence en = DescribeAccess("en", line);
  EXPECT_NE(en.after.find("read the family's name in the list of families. Reason: a second "
                          "opinion on a decision."),
            std::string::npos)
      << en.after;
  line.record.purpose = "gesprek voorbereiden";
  const std::string older = DescribeAccess("en", line).after;
  EXPECT_NE(older.find("Reason: gesprek voorbereiden."), std::string::npos) << older;
  EXPECT_EQ(PurposeText("nl", "eigen dossier"), "eigen dossier");
  EXPECT_EQ(PurposeText("en", "eigen dossier"), "their own file");
  EXPECT_EQ(PurposeText("nl", "noodtoegang"), "noodtoegang");
}

TEST(ViewsTest, AccessLogLineInEnglishAndWithoutTeam) {
  const AccessSentence en = DescribeAccess("en", Line("Wijkteam Noord", "duo", "access_log"));
  EXPECT_EQ(en.before + en.when + en.after,
            "On 3 March 2026 at 14:05, Sanne de Vries (Wijkteam Noord, duo partner) read the list "
            "of who read the file. Reason: help and support.");
  const AccessSentence nl = DescribeAccess("nl", Line("", "admin", "something_new"));
  EXPECT_EQ(nl.before + nl.when + nl.after,
            "Op 3 maart 2026 om 14:05 las Sanne de Vries (beheerder) een deel van het dossier. "
            "Reden: hulpverlening.");
}

// Issue 14 item 4: a line written by an operator command names Stip's administration, not the
// server account, and says what happened in plain words.
TEST(ViewsTest, OperatorLinesNameStipsAdministration) {
  app::AccessLogLine line = Line("", "operator", "verify");
  line.record.user_id = "os:root";
  line.record.purpose = "beheer";
  line.user_name = "os:root";
  const AccessSentence nl = DescribeAccess("nl", line);
  EXPECT_EQ(nl.before + nl.when + nl.after,
            "Op 3 maart 2026 om 14:05 controleerde Beheer van Stip (systeem) met de computer of "
            "jullie dossier nog klopt: of er niets in is veranderd. Niemand heeft het dossier toen "
            "bekeken.");
  line.record.what = "retention_destroy";
  const AccessSentence en = DescribeAccess("en", line);
  EXPECT_EQ(en.before + en.when + en.after,
            "On 3 March 2026 at 14:05, Stip's administration (system) gave the order to destroy "
            "the whole file. What it held is then wiped.");
  line.record.what = "something_later";
  const AccessSentence other = DescribeAccess("nl", line);
  EXPECT_EQ(other.before + other.when + other.after,
            "Op 3 maart 2026 om 14:05 gebruikte Beheer van Stip (systeem) jullie dossier voor het "
            "beheer van Stip.");
}

TEST(ViewsTest, AccessLogLinesByFamilyMembersNameTheirFamilyRole) {
  app::AccessLogLine line = Line("", "parent", "ons_gezin");
  line.user_name = "Marloes Veldhoven";
  const AccessSentence s = DescribeAccess("nl", line);
  EXPECT_EQ(s.before + s.when + s.after,
            "Op 3 maart 2026 om 14:05 las Marloes Veldhoven (ouder) de pagina Ons gezin. Reden: "
            "hulpverlening.");
  EXPECT_EQ(ReaderRoleText("nl", "child"), "kind");
  EXPECT_EQ(ReaderRoleText("nl", "carer"), "verzorger");
  EXPECT_EQ(ReaderRoleText("nl", "other_adult"), "andere volwassene");
  EXPECT_EQ(ReaderRoleText("nl", "lead"), "vast gezicht");
  EXPECT_EQ(ReaderRoleText("nl", "emergency"), "noodtoegang");
  EXPECT_EQ(ReaderRoleText("en", "parent"), "parent");
}

TEST(ViewsTest, RolesAndKindsInDutch) {
  EXPECT_EQ(InvolvementRoleText("nl", "lead"), "vast gezicht");
  EXPECT_EQ(InvolvementRoleText("nl", "duo"), "duo-partner");
  EXPECT_EQ(MemberRoleText("nl", domain::MemberRole::kChild), "kind");
  EXPECT_EQ(MemberRoleText("nl", domain::MemberRole::kParent), "ouder");
  EXPECT_EQ(MemberRoleText("nl", domain::MemberRole::kCarer), "verzorger");
  EXPECT_EQ(MemberRoleText("nl", domain::MemberRole::kOtherAdult), "andere volwassene");
  EXPECT_EQ(EntryKindText("nl", domain::EntryKind::kFact), "Feit");
  EXPECT_EQ(EntryKindText("nl", domain::EntryKind::kObservation), "Observatie");
  EXPECT_EQ(EntryKindText("nl", domain::EntryKind::kOpinion), "Mening");
  EXPECT_EQ(EntryKindText("nl", domain::EntryKind::kAgreement), "Afspraak");
  EXPECT_EQ(EntryKindText("nl", domain::EntryKind::kConversationReport), "Gespreksverslag");
  EXPECT_FALSE(EntryKindHint("nl", domain::EntryKind::kOpinion).empty());
}

TEST(ViewsTest, AgeAndPhone) {
  EXPECT_EQ(AgeText("nl", 1), "1 jaar");
  EXPECT_EQ(AgeText("nl", 7), "7 jaar");
  EXPECT_EQ(AgeText("en", 1), "1 year");
  EXPECT_EQ(AgeText("en", 0), "0 years");
  EXPECT_EQ(PhoneHref("030 - 123 45 67"), "tel:0301234567");
  EXPECT_EQ(PhoneHref("+31 (0)30 1234567"), "tel:+31301234567");
  EXPECT_EQ(PhoneHref("onbekend"), "");
}

}  // namespace
}  // namespace stip::web
