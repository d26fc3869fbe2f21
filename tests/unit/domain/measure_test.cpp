// Court measures and their legal deadlines (issue 12 item 3): month arithmetic at month ends and
// in leap years, the 18th birthday (also of a child born on 29 February), every deadline rule
// with its early warning, the checks on a new measure, an extension and an early end, the
// frame, and who reads which measure.
#include "domain/measure.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "access_support.h"

namespace stip::domain {
namespace {

using testing::Household;
using testing::kToday;  // 2026-11-29
using testing::Mem;
using testing::Pro;
using testing::Query;

MeasureRecord Measure(MeasureKind kind, Date start, std::optional<Date> end,
                      std::vector<std::string> children = {"c_noor"}) {
  MeasureRecord m;
  m.id = "mtr_1";
  m.seq = 10;
  m.kind = kind;
  m.children = std::move(children);
  m.ruling_date = start;
  m.start = start;
  m.end = end;
  m.recorded_at = testing::Noon(start);
  return m;
}

const MeasureDeadline* Find(const std::vector<MeasureDeadline>& all, DeadlineKind kind) {
  for (const auto& d : all) {
    if (d.kind == kind) return &d;
  }
  return nullptr;
}

NewMeasureInput Input(std::string kind = "ots") {
  NewMeasureInput in;
  in.kind = std::move(kind);
  in.children = {"c_noor"};
  in.ruling_date = "2026-11-20";
  in.start = "2026-11-20";
  in.end = "2027-11-20";
  in.threats = "Noor is vaak alleen thuis.";
  return in;
}

bool HasError(const std::vector<FieldError>& errors, const std::string& field, FieldCode code) {
  for (const auto& e : errors) {
    if (e.field == field && e.code == code) return true;
  }
  return false;
}

// --- dates ------------------------------------------------------------------------------------

TEST(MeasureDatesTest, AddMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(AddMonths({2027, 1, 31}, 1), (Date{2027, 2, 28}));
  EXPECT_EQ(AddMonths({2028, 1, 31}, 1), (Date{2028, 2, 29}));  // leap year
  EXPECT_EQ(AddMonths({2026, 8, 31}, 1), (Date{2026, 9, 30}));
  EXPECT_EQ(AddMonths({2026, 12, 15}, 1), (Date{2027, 1, 15}));
  EXPECT_EQ(AddMonths({2028, 2, 29}, 12), (Date{2029, 2, 28}));  // a year on from 29 Feb
  EXPECT_EQ(AddMonths({2027, 3, 31}, -1), (Date{2027, 2, 28}));
  EXPECT_EQ(AddMonths({2028, 4, 30}, -2), (Date{2028, 2, 29}));
  EXPECT_EQ(AddMonths({2027, 1, 10}, -2), (Date{2026, 11, 10}));
}

TEST(MeasureDatesTest, EighteenthBirthdayOfA29FebruaryChildIsTheFirstOfMarch) {
  EXPECT_EQ(EighteenthBirthday({2012, 2, 29}), (Date{2030, 3, 1}));
  EXPECT_EQ(EighteenthBirthday({2008, 2, 29}), (Date{2026, 3, 1}));
  EXPECT_EQ(EighteenthBirthday({2016, 2, 29}), (Date{2034, 3, 1}));
  EXPECT_EQ(EighteenthBirthday({2010, 2, 28}), (Date{2028, 2, 28}));
  EXPECT_EQ(EighteenthBirthday({2010, 7, 1}), (Date{2028, 7, 1}));
  // Born 29 February 2000: 18 in 2018, not a leap year either.
  EXPECT_EQ(EighteenthBirthday({2000, 2, 29}), (Date{2018, 3, 1}));
}

// --- deadlines ----------------------------------------------------------------------------------

TEST(MeasureDeadlinesTest, AnOtsHasItsExtensionRequestAndTheRaadTwoMonthsBeforeTheEnd) {
  const Family f = Household();
  const auto m = Measure(MeasureKind::kOts, {2026, 3, 31}, Date{2027, 3, 31});
  const auto all = MeasureDeadlines(m, f, kToday);
  const auto* ext = Find(all, DeadlineKind::kExtensionRequest);
  const auto* raad = Find(all, DeadlineKind::kRaadNoExtension);
  ASSERT_NE(ext, nullptr);
  ASSERT_NE(raad, nullptr);
  EXPECT_EQ(ext->due, (Date{2027, 2, 28}));  // 31 March less a month: the end of February
  EXPECT_EQ(raad->due, (Date{2027, 1, 31}));
  EXPECT_EQ(raad->article, "BW 1:265j");
  EXPECT_EQ(raad->warn_from, AddDays(raad->due, -42));
  EXPECT_FALSE(raad->overdue);
  EXPECT_EQ(Find(all, DeadlineKind::kEnds), nullptr);      // extendable: the request, not the end
  EXPECT_EQ(Find(all, DeadlineKind::kEighteen), nullptr);  // Noor is 8
  EXPECT_LE(all.front().due, all.back().due);
}

TEST(MeasureDeadlinesTest, InALeapYearTheRaadIsToldOn29February) {
  const Family f = Household();
  const auto m = Measure(MeasureKind::kOts, {2027, 4, 30}, Date{2028, 4, 30});
  const auto raad_all = MeasureDeadlines(m, f, kToday);  // kept: Find points into it
  const auto* raad = Find(raad_all, DeadlineKind::kRaadNoExtension);
  ASSERT_NE(raad, nullptr);
  EXPECT_EQ(raad->due, (Date{2028, 2, 29}));
}

TEST(MeasureDeadlinesTest, APlacementAuthorisationLapsesWhenNotUsedWithinThreeMonths) {
  const Family f = Household();
  const auto m = Measure(MeasureKind::kUithuisplaatsing, {2026, 11, 30}, Date{2027, 11, 30});
  const auto use_all = MeasureDeadlines(m, f, kToday);  // kept: Find points into it
  const auto* use = Find(use_all, DeadlineKind::kUseBy);
  ASSERT_NE(use, nullptr);
  EXPECT_EQ(use->due, (Date{2027, 2, 28}));  // 30 November + 3 months: end of February
  EXPECT_EQ(use->article, "BW 1:265c");
  EXPECT_EQ(use->warn_from, (Date{2027, 2, 14}));
}

TEST(MeasureDeadlinesTest, AnEmergencyOrderIsHeardWithinTwoWeeksWarnedFromTheFirstDay) {
  const Family f = Household();
  const auto m = Measure(MeasureKind::kSpoedmachtiging, {2026, 11, 20}, Date{2027, 2, 20});
  const auto all = MeasureDeadlines(m, f, kToday);
  const auto* hearing = Find(all, DeadlineKind::kHearing);
  ASSERT_NE(hearing, nullptr);
  EXPECT_EQ(hearing->due, (Date{2026, 12, 4}));
  EXPECT_EQ(hearing->warn_from, (Date{2026, 11, 20}));
  EXPECT_FALSE(hearing->overdue);
  // Not extendable: the end itself is the deadline.
  EXPECT_NE(Find(all, DeadlineKind::kEnds), nullptr);
  EXPECT_EQ(Find(all, DeadlineKind::kExtensionRequest), nullptr);
  // After the two weeks it shows overdue.
  const auto later = MeasureDeadlines(m, f, {2026, 12, 5});
  EXPECT_TRUE(Find(later, DeadlineKind::kHearing)->overdue);
  // Counted from the order itself, also when the measure was set to start later (Rv 800(3)).
  auto later_start = m;
  later_start.start = {2026, 11, 25};
  EXPECT_EQ(Find(MeasureDeadlines(later_start, f, kToday), DeadlineKind::kHearing)->due,
            (Date{2026, 12, 4}));
}

TEST(MeasureDeadlinesTest, ASuspensionOfCustodyLapsesAfterThreeMonths) {
  const Family f = Household();
  const auto m = Measure(MeasureKind::kSchorsingGezag, {2026, 11, 29}, Date{2027, 2, 28});
  const auto req_all = MeasureDeadlines(m, f, kToday);  // kept: Find points into it
  const auto* req = Find(req_all, DeadlineKind::kCustodyRequest);
  ASSERT_NE(req, nullptr);
  EXPECT_EQ(req->due, (Date{2027, 2, 28}));  // 29 Nov + 3 months in a year without 29 Feb
}

TEST(MeasureDeadlinesTest, AVoorlopigeOtsShowsItsEnd) {
  const Family f = Household();
  const auto m = Measure(MeasureKind::kVoorlopigeOts, {2026, 11, 1}, Date{2027, 2, 1});
  const auto all = MeasureDeadlines(m, f, kToday);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].kind, DeadlineKind::kEnds);
  EXPECT_EQ(all[0].due, (Date{2027, 2, 1}));
}

TEST(MeasureDeadlinesTest, AMeasureNeverRunsPast18) {
  const Family f = Household();
  // Lotte turns 18 on 1 July 2028; the judge's end lies after it.
  auto m = Measure(MeasureKind::kOts, {2027, 11, 1}, Date{2028, 11, 1}, {"c_lotte"});
  EXPECT_EQ(EffectiveEnd(m, f), (Date{2028, 7, 1}));
  EXPECT_TRUE(ClampedAtEighteen(m, f));
  const auto all = MeasureDeadlines(m, f, kToday);
  const auto* eighteen = Find(all, DeadlineKind::kEighteen);
  ASSERT_NE(eighteen, nullptr);
  EXPECT_EQ(eighteen->due, (Date{2028, 7, 1}));
  EXPECT_EQ(eighteen->child_id, "c_lotte");
  // No extension request for an end that 18 comes before.
  EXPECT_EQ(Find(all, DeadlineKind::kExtensionRequest), nullptr);
  // On the birthday it has ended: no deadlines, voluntary frame.
  EXPECT_EQ(StateOn(m, f, {2028, 7, 1}), MeasureState::kEnded);
  EXPECT_EQ(StateOn(m, f, {2028, 6, 30}), MeasureState::kRunning);
  EXPECT_TRUE(MeasureDeadlines(m, f, {2028, 7, 1}).empty());
}

TEST(MeasureDeadlinesTest, A29FebruaryChildTurns18OnTheFirstOfMarch) {
  const Family f = Household();
  // Finn, born 29 Feb 2012: 18 on 1 March 2030.
  auto m = Measure(MeasureKind::kOts, {2029, 6, 1}, Date{2030, 6, 1}, {"c_finn"});
  EXPECT_EQ(EffectiveEnd(m, f), (Date{2030, 3, 1}));
  EXPECT_EQ(StateOn(m, f, {2030, 2, 28}), MeasureState::kRunning);
  EXPECT_EQ(StateOn(m, f, {2030, 3, 1}), MeasureState::kEnded);
}

TEST(MeasureDeadlinesTest, ForTwoChildrenTheMeasureEndsForEachAt18AndHoldsForTheYounger) {
  const Family f = Household();
  auto m =
      Measure(MeasureKind::kGezagsbeeindiging, {2026, 6, 1}, std::nullopt, {"c_lotte", "c_sem"});
  EXPECT_EQ(EffectiveEnd(m, f), (Date{2031, 3, 15}));  // Sem, the younger
  const auto all = MeasureDeadlines(m, f, kToday);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].child_id, "c_lotte");
  EXPECT_EQ(all[1].child_id, "c_sem");
}

TEST(MeasureDeadlinesTest, AnEndedMeasureHasNoDeadlinesAndTheFrameTurnsVoluntary) {
  const Family f = Household();
  auto m = Measure(MeasureKind::kOts, {2026, 3, 1}, Date{2027, 3, 1});
  EXPECT_EQ(FrameOn({m}, f, kToday), Frame::kCompulsory);
  m.ended_on = Date{2026, 11, 1};
  EXPECT_TRUE(MeasureDeadlines(m, f, kToday).empty());
  EXPECT_EQ(FrameOn({m}, f, kToday), Frame::kVoluntary);
  // A measure that starts later is not running yet.
  auto later = Measure(MeasureKind::kOts, {2026, 12, 1}, Date{2027, 12, 1});
  EXPECT_EQ(StateOn(later, f, kToday), MeasureState::kScheduled);
  EXPECT_EQ(FrameOn({later}, f, kToday), Frame::kVoluntary);
}

// --- checks -------------------------------------------------------------------------------------

TEST(MeasureCheckTest, AGoodOtsIsAccepted) {
  MeasureRecord out;
  EXPECT_TRUE(CheckNewMeasure(Household(), Input(), kToday, false, out).empty());
  EXPECT_EQ(out.kind, MeasureKind::kOts);
  EXPECT_EQ(out.end, (Date{2027, 11, 20}));
}

TEST(MeasureCheckTest, BadInputIsRefusedFieldByField) {
  MeasureRecord out;
  auto in = Input("curatele");
  EXPECT_TRUE(
      HasError(CheckNewMeasure(Household(), in, kToday, false, out), "kind", FieldCode::kNotOneOf));
  in = Input();
  in.end = "2026-11-19";
  EXPECT_TRUE(HasError(CheckNewMeasure(Household(), in, kToday, false, out), "end",
                       FieldCode::kDateBeforeStart));
  in.end = "2027-11-21";  // one day over the year
  EXPECT_TRUE(
      HasError(CheckNewMeasure(Household(), in, kToday, false, out), "end", FieldCode::kInvalid));
  in = Input("voorlopige_ots");
  in.end = "2027-02-21";  // over 3 months
  EXPECT_TRUE(
      HasError(CheckNewMeasure(Household(), in, kToday, false, out), "end", FieldCode::kInvalid));
  in = Input();
  in.ruling_date = "2026-12-01";
  EXPECT_TRUE(HasError(CheckNewMeasure(Household(), in, kToday, false, out), "ruling_date",
                       FieldCode::kDateInFuture));
  in = Input();
  in.children = {"m_moeder"};
  EXPECT_TRUE(HasError(CheckNewMeasure(Household(), in, kToday, false, out), "children[0]",
                       FieldCode::kInvalid));
  in.children = {"c_noor", "c_noor"};
  EXPECT_TRUE(HasError(CheckNewMeasure(Household(), in, kToday, false, out), "children[1]",
                       FieldCode::kDuplicate));
  in.children = {};
  EXPECT_TRUE(HasError(CheckNewMeasure(Household(), in, kToday, false, out), "children",
                       FieldCode::kRequired));
  in = Input();
  in.threats = "";
  EXPECT_TRUE(HasError(CheckNewMeasure(Household(), in, kToday, false, out), "threats",
                       FieldCode::kRequired));
  in = Input();
  in.decision_id = "bsl_x";
  EXPECT_TRUE(HasError(CheckNewMeasure(Household(), in, kToday, false, out), "decision_id",
                       FieldCode::kUnknownId));
  EXPECT_TRUE(CheckNewMeasure(Household(), in, kToday, true, out).empty());
  in = Input("gezagsbeeindiging");
  EXPECT_TRUE(
      HasError(CheckNewMeasure(Household(), in, kToday, false, out), "end", FieldCode::kInvalid));
  in.end = "";
  in.parents = {"m_moeder"};  // the parent whose custody it ends
  EXPECT_TRUE(CheckNewMeasure(Household(), in, kToday, false, out).empty());
}

TEST(MeasureCheckTest, NoMeasureStartsOnOrAfterAChildsEighteenthBirthday) {
  MeasureRecord out;
  auto in = Input();
  in.children = {"c_lotte"};  // 18 on 2028-07-01
  in.ruling_date = "2026-11-01";
  in.start = "2028-07-01";
  in.end = "2029-01-01";
  EXPECT_TRUE(HasError(CheckNewMeasure(Household(), in, kToday, false, out), "start",
                       FieldCode::kChildTooOld));
  in.start = "2028-06-30";
  in.end = "2029-06-30";
  EXPECT_TRUE(CheckNewMeasure(Household(), in, kToday, false, out).empty());
}

TEST(MeasureCheckTest, AnOtsIsExtendedByAtMostAYearAndOtherKindsNotAtAll) {
  const Family f = Household();
  auto m = Measure(MeasureKind::kOts, {2026, 3, 1}, Date{2027, 3, 1});
  std::optional<Error> pre;
  Date ruling, end;
  EXPECT_TRUE(
      CheckExtension(m, f, "2026-11-20", "2028-03-01", "", kToday, pre, ruling, end).empty());
  EXPECT_FALSE(pre);
  EXPECT_EQ(end, (Date{2028, 3, 1}));
  EXPECT_TRUE(
      HasError(CheckExtension(m, f, "2026-11-20", "2028-03-02", "", kToday, pre, ruling, end),
               "end", FieldCode::kInvalid));
  EXPECT_TRUE(
      HasError(CheckExtension(m, f, "2026-11-20", "2027-03-01", "", kToday, pre, ruling, end),
               "end", FieldCode::kDateBeforeStart));
  EXPECT_TRUE(
      HasError(CheckExtension(m, f, "2026-02-01", "2027-06-01", "", kToday, pre, ruling, end),
               "ruling_date", FieldCode::kDateBeforeStart));
  auto v = Measure(MeasureKind::kVoorlopigeOts, {2026, 11, 1}, Date{2027, 2, 1});
  EXPECT_TRUE(
      CheckExtension(v, f, "2026-11-20", "2027-03-01", "", kToday, pre, ruling, end).empty());
  ASSERT_TRUE(pre);
  EXPECT_EQ(pre->code, Code::kFailedPrecondition);
}

TEST(MeasureCheckTest, AnEarlyEndNeedsADayFromTheStartAndAReason) {
  const Family f = Household();
  auto m = Measure(MeasureKind::kOts, {2026, 3, 1}, Date{2027, 3, 1});
  std::optional<Error> pre;
  Date day;
  EXPECT_TRUE(HasError(CheckEnd(m, f, "2026-02-01", "", kToday, pre, day), "ended_on",
                       FieldCode::kDateBeforeStart));
  EXPECT_TRUE(
      HasError(CheckEnd(m, f, "2026-11-01", "", kToday, pre, day), "reason", FieldCode::kRequired));
  EXPECT_TRUE(HasError(CheckEnd(m, f, "2026-12-01", "klaar", kToday, pre, day), "ended_on",
                       FieldCode::kDateInFuture));
  EXPECT_TRUE(CheckEnd(m, f, "2026-11-01", "De rechter hief de OTS op.", kToday, pre, day).empty());
  m.ended_on = Date{2026, 11, 1};
  CheckEnd(m, f, "2026-11-20", "nogmaals", kToday, pre, day);
  ASSERT_TRUE(pre);
  EXPECT_EQ(pre->code, Code::kFailedPrecondition);
}

// --- who reads ------------------------------------------------------------------------------

TEST(MeasureAccessTest, AParentWithCustodyAndAChildOf12PlusAboutThemselvesRead) {
  const Family f = Household();
  auto about_sem = Measure(MeasureKind::kOts, {2026, 3, 1}, Date{2027, 3, 1}, {"c_sem"});
  const std::vector<MeasureRecord> all{about_sem};
  EXPECT_EQ(VisibleMeasures(f, Query(Mem("m_moeder")), all).size(), 1u);  // custody of Sem
  EXPECT_EQ(VisibleMeasures(f, Query(Mem("c_sem")), all).size(), 1u);     // Sem, 13, himself
  EXPECT_EQ(VisibleMeasures(f, Query(Mem("c_lotte")), all).size(), 0u);   // not about Lotte
  EXPECT_EQ(VisibleMeasures(f, Query(Pro("u_lead")), all).size(), 1u);
  EXPECT_TRUE(DecideMeasureEditor(f, Query(Pro("u_lead"))).allowed);
  EXPECT_TRUE(DecideMeasureEditor(f, Query(Pro("u_duo"))).allowed);
  EXPECT_FALSE(DecideMeasureEditor(f, Query(Mem("m_moeder"))).allowed);
  EXPECT_FALSE(DecideMeasures(f, Query(Pro("u_nobody"))).allowed);
}

// --- the parents a measure names (privacy review finding 1) -----------------------------------

TEST(MeasureParentsTest, AParentWithoutCustodyNamedOnAGezagsbeeindigingReadsItsSummary) {
  const Family f = Household();
  auto ending = Measure(MeasureKind::kGezagsbeeindiging, {2026, 11, 2}, std::nullopt, {"c_noor"});
  ending.threats = "Noor kan niet veilig bij haar vader wonen.";
  ending.decision_id = "bsl_1";
  ending.parents = {"m_vader"};
  const std::vector<MeasureRecord> all{ending};
  // Tim has no custody of Noor: without being named he would read nothing.
  EXPECT_FALSE(DecideMeasures(f, Query(Mem("m_vader"))).allowed);
  const Decision d = DecideMeasures(f, Query(Mem("m_vader")), all);
  EXPECT_TRUE(d.allowed);
  EXPECT_EQ(d.reason, Reason::kSummaryRight);
  const auto seen = VisibleMeasures(f, Query(Mem("m_vader")), all);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_TRUE(seen[0].summary_only);
  EXPECT_EQ(seen[0].kind, MeasureKind::kGezagsbeeindiging);
  EXPECT_EQ(seen[0].ruling_date, (Date{2026, 11, 2}));
  EXPECT_TRUE(seen[0].threats.empty());  // the child's details stay with who may read them
  EXPECT_TRUE(seen[0].decision_id.empty());
  EXPECT_TRUE(seen[0].history.empty());
  // The mother with custody reads it whole; a parent not named still reads nothing more.
  const auto mother = VisibleMeasures(f, Query(Mem("m_moeder")), all);
  ASSERT_EQ(mother.size(), 1u);
  EXPECT_FALSE(mother[0].summary_only);
  EXPECT_EQ(mother[0].threats, ending.threats);
  ending.parents.clear();
  EXPECT_TRUE(VisibleMeasures(f, Query(Mem("m_vader")), {ending}).empty());
  EXPECT_FALSE(DecideMeasures(f, Query(Mem("m_vader")), {ending}).allowed);
}

TEST(MeasureParentsTest, ANamedParentOfA16PlusChildWithoutConsentReadsOnlyTheSummary) {
  const Family f = Household();
  auto about_lotte = Measure(MeasureKind::kOts, {2026, 10, 1}, Date{2027, 10, 1}, {"c_lotte"});
  about_lotte.threats = "Wat Lotte zelf vertelde.";
  const std::vector<MeasureRecord> unnamed{about_lotte};
  // Lotte is 16: her mother needs her consent to read her information.
  EXPECT_TRUE(VisibleMeasures(f, Query(Mem("m_moeder")), unnamed).empty());
  about_lotte.parents = {"m_moeder"};
  const auto seen = VisibleMeasures(f, Query(Mem("m_moeder")), {about_lotte});
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_TRUE(seen[0].summary_only);
  EXPECT_TRUE(seen[0].threats.empty());
  // Lotte reads her own measure whole.
  const auto own = VisibleMeasures(f, Query(Mem("c_lotte")), {about_lotte});
  ASSERT_EQ(own.size(), 1u);
  EXPECT_FALSE(own[0].summary_only);
}

TEST(MeasureParentsTest, ASuspensionOrEndingOfCustodyNamesAParentOrCarer) {
  const Family f = Household();
  MeasureRecord out;
  auto in = Input("gezagsbeeindiging");
  in.end = "";
  auto errors = CheckNewMeasure(f, in, kToday, false, out);
  EXPECT_TRUE(HasError(errors, "parents", FieldCode::kRequired));
  in.parents = {"c_sem", "m_niemand", "m_vader", "m_vader"};
  errors = CheckNewMeasure(f, in, kToday, false, out);
  EXPECT_TRUE(HasError(errors, "parents[0]", FieldCode::kInvalid));  // a child
  EXPECT_TRUE(HasError(errors, "parents[1]", FieldCode::kNotAMember));
  EXPECT_TRUE(HasError(errors, "parents[3]", FieldCode::kDuplicate));
  in.parents = {"m_vader"};
  EXPECT_TRUE(CheckNewMeasure(f, in, kToday, false, out).empty());
  EXPECT_EQ(out.parents, (std::vector<std::string>{"m_vader"}));
  // An OTS may name none.
  EXPECT_TRUE(CheckNewMeasure(f, Input("ots"), kToday, false, out).empty());
  // The form offers the parents with custody.
  const auto defaults = DefaultParents(f);
  EXPECT_NE(std::find(defaults.begin(), defaults.end(), "m_moeder"), defaults.end());
}

// --- a deadline met (privacy review finding 3) --------------------------------------------------

TEST(MeasureDeadlineDoneTest, AHearingHeldStopsBeingOverdue) {
  const Family f = Household();
  auto order = Measure(MeasureKind::kSpoedmachtiging, {2026, 11, 10}, Date{2027, 2, 10});
  const auto before = MeasureDeadlines(order, f, kToday);
  const auto* hearing = Find(before, DeadlineKind::kHearing);
  ASSERT_NE(hearing, nullptr);
  EXPECT_TRUE(hearing->overdue);  // due 24 November, today 29 November
  std::optional<Error> precondition;
  DeadlineDone done;
  auto errors = CheckDeadlineDone(order, f, "hearing", "2026-11-24", "2026-11-23", "Zitting",
                                  kToday, precondition, done);
  EXPECT_TRUE(errors.empty());
  EXPECT_FALSE(precondition.has_value());
  order.done.push_back(done);
  const auto after = MeasureDeadlines(order, f, kToday);
  const auto* held = Find(after, DeadlineKind::kHearing);
  ASSERT_NE(held, nullptr);
  EXPECT_FALSE(held->overdue);
  EXPECT_EQ(held->done_on, (Date{2026, 11, 23}));
  // Once only.
  CheckDeadlineDone(order, f, "hearing", "2026-11-24", "2026-11-24", "", kToday, precondition,
                    done);
  ASSERT_TRUE(precondition.has_value());
  EXPECT_EQ(precondition->code, Code::kFailedPrecondition);
}

TEST(MeasureDeadlineDoneTest, OnlyAnOpenDeadlineThatCanBeMetIsMarked) {
  const Family f = Household();
  const auto order = Measure(MeasureKind::kSpoedmachtiging, {2026, 11, 10}, Date{2027, 2, 10});
  std::optional<Error> precondition;
  DeadlineDone done;
  auto errors = CheckDeadlineDone(order, f, "ends", "2027-02-10", "2026-11-20", "", kToday,
                                  precondition, done);
  EXPECT_TRUE(HasError(errors, "deadline", FieldCode::kInvalid));
  errors = CheckDeadlineDone(order, f, "hearing", "2026-11-25", "2026-11-20", "", kToday,
                             precondition, done);
  EXPECT_TRUE(HasError(errors, "due", FieldCode::kInvalid));  // not its due date
  errors = CheckDeadlineDone(order, f, "hearing", "2026-11-24", "2026-12-20", "", kToday,
                             precondition, done);
  EXPECT_TRUE(HasError(errors, "done_on", FieldCode::kDateInFuture));
  errors = CheckDeadlineDone(order, f, "", "", "", "", kToday, precondition, done);
  EXPECT_TRUE(HasError(errors, "deadline", FieldCode::kRequired));
  EXPECT_FALSE(precondition.has_value());
}

}  // namespace
}  // namespace stip::domain
