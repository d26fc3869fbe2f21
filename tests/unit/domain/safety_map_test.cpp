// The safety map's rules (issue 11): who answers and who reads whose voice, one answer per
// participant per worry per round, and series that are only the given values in a stable order.
#include "domain/safety_map.h"

#include <gtest/gtest.h>

#include "access_support.h"

namespace stip::domain {
namespace {

using testing::Household;
using testing::Mem;
using testing::Pro;
using testing::Query;

SafetyMap MapWithOneWorry() {
  SafetyMap map;
  map.rounds = {{1, 0, "u_lead"}, {2, 0, "u_lead"}};
  map.dangers = {
      {"dng_1", 1, "De school", "Sem komt vaak te laat", "Sem mist zijn lessen", "u_lead", 0}};
  return map;
}

ScaleAnswer Answer(std::string who, int round, int score,
                   ParticipantKind kind = ParticipantKind::kMember) {
  ScaleAnswer a;
  a.id = "sca_" + who + std::to_string(round);
  a.danger_id = "dng_1";
  a.round = round;
  a.kind = kind;
  a.participant_id = std::move(who);
  a.score = score;
  return a;
}

TEST(SafetyMap, CurrentRoundIsTheNewest) {
  EXPECT_EQ(CurrentRound(SafetyMap{}), 0);
  EXPECT_EQ(CurrentRound(MapWithOneWorry()), 2);
}

TEST(SafetyMap, AWorryNeedsWhoWhatAndWhatIfNothingChanges) {
  const auto errors = CheckDanger("", " ", "");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "who_worried");
  EXPECT_EQ(errors[1].field, "worry");
  EXPECT_EQ(errors[2].field, "if_nothing_changes");
  EXPECT_EQ(errors[0].code, FieldCode::kRequired);
  EXPECT_TRUE(CheckDanger("De school", "Sem komt te laat", "Hij mist lessen").empty());
  // One line for who is worried.
  EXPECT_EQ(CheckDanger("De\nschool", "x", "y").at(0).code, FieldCode::kControlCharacter);
}

TEST(SafetyMap, AGoalIsPairedWithAnExistingWorry) {
  const auto map = MapWithOneWorry();
  EXPECT_TRUE(CheckGoal(map, "dng_1", "Sem is op tijd op school").empty());
  const auto unknown = CheckGoal(map, "dng_9", "x");
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].field, "danger_id");
  EXPECT_EQ(unknown[0].code, FieldCode::kUnknownId);
  EXPECT_EQ(CheckGoal(map, "", "x").at(0).code, FieldCode::kRequired);
}

TEST(SafetyMap, ADisagreementIsAMembersOwnWords) {
  const auto family = Household();
  const auto map = MapWithOneWorry();
  EXPECT_TRUE(CheckDisagreement(family, map, "dng_1", "m_moeder", "Dat klopt niet.").empty());
  EXPECT_EQ(CheckDisagreement(family, map, "dng_1", "m_niemand", "x").at(0).code,
            FieldCode::kNotAMember);
  EXPECT_EQ(CheckDisagreement(family, map, "dng_1", "m_moeder", "").at(0).field, "words");
}

TEST(SafetyMap, AScoreIsAWholeNumberFromZeroToTen) {
  const auto map = MapWithOneWorry();
  for (int s : {0, 5, 10}) EXPECT_TRUE(CheckScore(map, "dng_1", s, "").empty()) << s;
  EXPECT_EQ(CheckScore(map, "dng_1", 11, "").at(0).code, FieldCode::kOutOfRange);
  EXPECT_EQ(CheckScore(map, "dng_1", -1, "").at(0).code, FieldCode::kOutOfRange);
  EXPECT_EQ(CheckScore(map, "dng_1", std::nullopt, "").at(0).code, FieldCode::kRequired);
  EXPECT_EQ(CheckScore(map, "dng_9", 5, "").at(0).field, "danger_id");
}

TEST(SafetyMap, OneAnswerPerParticipantPerWorryPerRound) {
  auto map = MapWithOneWorry();
  map.answers = {Answer("m_moeder", 1, 4)};
  EXPECT_NE(FindAnswer(map, "dng_1", 1, "m_moeder"), nullptr);
  // Another round, or someone else, is a new answer.
  EXPECT_EQ(FindAnswer(map, "dng_1", 2, "m_moeder"), nullptr);
  EXPECT_EQ(FindAnswer(map, "dng_1", 1, "c_sem"), nullptr);
}

TEST(SafetyMap, WhoAnswers) {
  const auto family = Household();
  // Parents with custody, children of 12+ and another adult of the household answer
  // themselves; a child answers with the child-friendly wording.
  for (const char* m : {"m_moeder", "c_sem", "c_lotte", "m_oma"}) {
    const auto d = DecideScorer(family, Query(Mem(m)));
    EXPECT_TRUE(d.allowed) << m;
    EXPECT_EQ(d.participant_id, m);
    EXPECT_EQ(d.kind, ParticipantKind::kMember);
  }
  EXPECT_TRUE(DecideScorer(family, Query(Mem("c_sem"))).child);
  EXPECT_FALSE(DecideScorer(family, Query(Mem("m_moeder"))).child);
  // A parent without custody reads the summary only; a child under 12 has the child view.
  EXPECT_FALSE(DecideScorer(family, Query(Mem("m_vader"))).allowed);
  EXPECT_EQ(DecideScorer(family, Query(Mem("m_vader"))).reason, Reason::kSummaryOnly);
  EXPECT_FALSE(DecideScorer(family, Query(Mem("c_noor"))).allowed);
  // Every involved professional answers for themselves; not an ended or uninvolved one.
  const auto lead = DecideScorer(family, Query(Pro("u_lead")));
  EXPECT_TRUE(lead.allowed);
  EXPECT_EQ(lead.kind, ParticipantKind::kProfessional);
  EXPECT_TRUE(DecideScorer(family, Query(Pro("u_duo"))).allowed);
  EXPECT_FALSE(DecideScorer(family, Query(Pro("u_oud"))).allowed);
  EXPECT_FALSE(DecideScorer(family, Query(Pro("u_vreemd"))).allowed);
  // On emergency access one reads; one does not answer.
  EXPECT_FALSE(DecideScorer(family, Query(testing::Glass("u_vreemd", "nood"))).allowed);
  // A network member does not answer here.
  EXPECT_FALSE(DecideScorer(family, Query(NetworkViewer{"nwm_1"})).allowed);
}

TEST(SafetyMap, AYoungerChildsAnswerIsTakenDownOnlyForAChildUnderTwelve) {
  const auto family = Household();
  EXPECT_TRUE(CheckRecordedFor(family, Query(Pro("u_lead")), "c_noor").empty());
  EXPECT_FALSE(CheckRecordedFor(family, Query(Pro("u_lead")), "c_sem").empty());  // 13
  EXPECT_FALSE(CheckRecordedFor(family, Query(Pro("u_lead")), "m_moeder").empty());
  EXPECT_EQ(CheckRecordedFor(family, Query(Pro("u_lead")), "x").at(0).code, FieldCode::kNotAMember);
}

TEST(SafetyMap, WhoReadsTheMap) {
  const auto family = Household();
  EXPECT_TRUE(DecideSafetyMap(family, Query(Pro("u_lead"))).allowed);
  EXPECT_TRUE(DecideSafetyMap(family, Query(Mem("m_moeder"))).allowed);
  EXPECT_TRUE(DecideSafetyMap(family, Query(Mem("c_sem"))).allowed);
  EXPECT_FALSE(DecideSafetyMap(family, Query(Mem("m_vader"))).allowed);
  EXPECT_FALSE(DecideSafetyMap(family, Query(Mem("c_noor"))).allowed);
  EXPECT_FALSE(DecideSafetyMap(family, Query(Pro("u_oud"))).allowed);
  EXPECT_FALSE(DecideSafetyMap(family, Query(NetworkViewer{"nwm_1"})).allowed);
}

TEST(SafetyMap, AYoungPersonsVoiceIsTheirsUnlessTheyConsent) {
  const auto family = Household();
  auto map = MapWithOneWorry();
  map.answers = {Answer("c_lotte", 1, 3), Answer("c_sem", 1, 6), Answer("m_moeder", 1, 7)};
  map.disagreements = {{"dsg_1", 0, "dng_1", "c_lotte", "Niet waar.", "acc_lotte", 0}};
  // The mother does not read Lotte's (16) answer and words; she reads Sem's (13).
  const auto mother = VisibleMap(family, Query(Mem("m_moeder")), map);
  ASSERT_EQ(mother.answers.size(), 2u);
  EXPECT_EQ(mother.answers[0].participant_id, "c_sem");
  EXPECT_TRUE(mother.disagreements.empty());
  // With Lotte's consent she does.
  const Consent consent{"c_lotte", "m_moeder", {2026, 8, 1}, std::nullopt};
  const auto with = VisibleMap(family, Query(Mem("m_moeder"), testing::kToday, {consent}), map);
  EXPECT_EQ(with.answers.size(), 3u);
  EXPECT_EQ(with.disagreements.size(), 1u);
  // Lotte reads her own, Sem does not read Lotte's; professionals read everything.
  EXPECT_EQ(VisibleMap(family, Query(Mem("c_lotte")), map).answers.size(), 3u);
  EXPECT_EQ(VisibleMap(family, Query(Mem("c_sem")), map).answers.size(), 2u);
  EXPECT_EQ(VisibleMap(family, Query(Pro("u_lead")), map).answers.size(), 3u);
}

// The map is about the whole household: Kees (carer) joined later and reads only what was
// written since; Sem (13) moved out on 1 November: he keeps what was written before, reads
// nothing written from that day, and no longer answers.
TEST(SafetyMap, AMemberReadsWhatWasWrittenWhileTheyLivedInTheHousehold) {
  auto family = Household();
  for (auto& m : family.members) m.joined_seq = m.id == "m_pleeg" ? 40 : 2;
  for (auto& m : family.members) {
    if (m.id == "c_sem") m.left_on = Date{2026, 11, 1};
  }
  const Millis before = testing::Noon({2026, 10, 1}), after = testing::Noon({2026, 11, 2});
  SafetyMap map;
  map.rounds = {{1, before, "u_lead"}};
  map.dangers = {{"dng_1", 10, "De school", "Sem komt te laat", "Sem mist les", "u_lead", before},
                 {"dng_2", 50, "De buren", "Ruzie", "Angst", "u_lead", after}};
  map.strengths = {{"str_1", 11, "Oma helpt", "u_lead", before},
                   {"str_2", 51, "Kees kookt", "u_lead", after}};
  map.goals = {{"sgl_1", 12, "dng_1", "Op tijd", "u_lead", before},
               {"sgl_2", 52, "dng_2", "Rustig", "u_lead", after}};
  map.disagreements = {{"dsg_1", 13, "dng_1", "m_moeder", "Klopt niet.", "acc_m", before},
                       {"dsg_2", 53, "dng_2", "m_moeder", "Klopt niet.", "acc_m", after}};
  auto a1 = Answer("m_moeder", 1, 4);
  a1.seq = 14;
  a1.given_at = before;
  auto a2 = Answer("m_moeder", 1, 5);
  a2.id = "sca_2";
  a2.danger_id = "dng_2";
  a2.seq = 54;
  a2.given_at = after;
  map.answers = {a1, a2};
  const auto ids = [](const SafetyMap& m) {
    std::string out;
    for (const auto& d : m.dangers) out += d.id + " ";
    for (const auto& s : m.strengths) out += s.id + " ";
    for (const auto& g : m.goals) out += g.id + " ";
    for (const auto& d : m.disagreements) out += d.id + " ";
    for (const auto& a : m.answers) out += a.id + " ";
    return out;
  };
  // Who lived in the household all along reads everything; so does a professional.
  EXPECT_EQ(ids(VisibleMap(family, Query(Mem("m_moeder")), map)),
            "dng_1 dng_2 str_1 str_2 sgl_1 sgl_2 dsg_1 dsg_2 sca_m_moeder1 sca_2 ");
  EXPECT_EQ(ids(VisibleMap(family, Query(Pro("u_lead")), map)),
            "dng_1 dng_2 str_1 str_2 sgl_1 sgl_2 dsg_1 dsg_2 sca_m_moeder1 sca_2 ");
  // Kees joined at seq 40: not the history before.
  EXPECT_EQ(ids(VisibleMap(family, Query(Mem("m_pleeg")), map)), "dng_2 str_2 sgl_2 dsg_2 sca_2 ");
  // Sem left on 1 November: not what was written since.
  ASSERT_TRUE(DecideSafetyMap(family, Query(Mem("c_sem"))).allowed);
  EXPECT_EQ(ids(VisibleMap(family, Query(Mem("c_sem")), map)),
            "dng_1 str_1 sgl_1 dsg_1 sca_m_moeder1 ");
  // And he no longer answers or writes in his disagreement.
  EXPECT_FALSE(DecideScorer(family, Query(Mem("c_sem"))).allowed);
  EXPECT_EQ(DecideScorer(family, Query(Mem("c_sem"))).reason, Reason::kWrittenAfterLeaving);
  EXPECT_FALSE(CheckDisagreement(family, map, "dng_1", "c_sem", "Niet waar.").empty());
  EXPECT_TRUE(DecideScorer(family, Query(Mem("m_pleeg"))).allowed);
}

// A young person's consent is for a parent or carer, as for an entry: a consent on record that
// names Sem (13) or Oma does not let them read Lotte's (16) answer.
TEST(SafetyMap, AYoungPersonsConsentIsForAParentOrCarerOnly) {
  const auto family = Household();
  auto map = MapWithOneWorry();
  map.answers = {Answer("c_lotte", 1, 3)};
  for (const char* reader : {"c_sem", "m_oma"}) {
    const Consent consent{"c_lotte", reader, {2026, 8, 1}, std::nullopt};
    EXPECT_TRUE(
        VisibleMap(family, Query(Mem(reader), testing::kToday, {consent}), map).answers.empty())
        << reader;
  }
  const Consent parent{"c_lotte", "m_moeder", {2026, 8, 1}, std::nullopt};
  EXPECT_EQ(
      VisibleMap(family, Query(Mem("m_moeder"), testing::kToday, {parent}), map).answers.size(),
      1u);
}

// Opening rounds and adding to the map is for the lead and the duo; a second opinion and the
// previous lead write entries but answer only with their own score.
TEST(SafetyMap, TheLeadAndTheDuoShapeTheMap) {
  auto family = Household();
  family.involvements.push_back({"u_tegen", InvolvementRole::kSecondOpinion,
                                 testing::Noon({2026, 3, 1}), std::nullopt, "tegenspraak"});
  family.involvements.push_back({"u_vorig", InvolvementRole::kPreviousLead,
                                 testing::Noon({2026, 3, 1}), std::nullopt, "overdracht"});
  EXPECT_TRUE(DecideMapEditor(family, Query(Pro("u_lead"))).allowed);
  EXPECT_TRUE(DecideMapEditor(family, Query(Pro("u_duo"))).allowed);
  for (const char* pro : {"u_tegen", "u_vorig"}) {
    EXPECT_EQ(DecideMapEditor(family, Query(Pro(pro))).reason, Reason::kLeadOnly) << pro;
    EXPECT_FALSE(DecideMapEditor(family, Query(Pro(pro))).allowed) << pro;
    EXPECT_TRUE(DecideScorer(family, Query(Pro(pro))).allowed) << pro;
  }
  EXPECT_FALSE(DecideMapEditor(family, Query(Pro("u_oud"))).allowed);
  EXPECT_FALSE(DecideMapEditor(family, Query(Mem("m_moeder"))).allowed);
  EXPECT_FALSE(DecideMapEditor(family, Query(testing::Glass("u_vreemd", "nood"))).allowed);
}

TEST(SafetyMap, SeriesAreTheGivenValuesPerParticipantNeverCombinedNorSortedByScore) {
  auto map = MapWithOneWorry();
  map.answers = {Answer("u_lead", 1, 2, ParticipantKind::kProfessional), Answer("c_sem", 1, 9),
                 Answer("m_moeder", 1, 5), Answer("m_moeder", 2, 6), Answer("c_sem", 2, 1)};
  const std::vector<Participant> people = {{ParticipantKind::kMember, "m_moeder", "Sara Jansen", 0},
                                           {ParticipantKind::kMember, "c_sem", "Sem de Vries", 1},
                                           {ParticipantKind::kProfessional, "u_lead", "Sanne", 3}};
  const auto series = SeriesOf(map, "dng_1", people);
  // One series per participant (three, not one combined), by role then name: parent, child,
  // professional, whatever the scores.
  ASSERT_EQ(series.size(), 3u);
  EXPECT_EQ(series[0].participant.id, "m_moeder");
  EXPECT_EQ(series[1].participant.id, "c_sem");
  EXPECT_EQ(series[2].participant.id, "u_lead");
  // Each point is a given value, per round; a round without an answer has none.
  ASSERT_EQ(series[0].points.size(), 2u);
  EXPECT_EQ(series[0].points[0].score, 5);
  EXPECT_EQ(series[0].points[1].score, 6);
  EXPECT_EQ(series[1].points[1].score, 1);
  EXPECT_EQ(series[2].points[1].score, std::nullopt);
}

TEST(SafetyMap, ChildrenAreShownChildFriendlyWording) {
  EXPECT_NE(ScaleWordingFor(true).zero, ScaleWordingFor(false).zero);
  EXPECT_NE(ScaleWordingFor(true).ten, ScaleWordingFor(false).ten);
}

}  // namespace
}  // namespace stip::domain
