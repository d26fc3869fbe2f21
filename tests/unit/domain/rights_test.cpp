// The family's rights (issue 12 item 4): the data is complete, sourced, checked, plain and
// linked to the glossary; which rights come with which ruling or decision; the terms' dates.
#include "domain/rights.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "domain/plain_language.h"

namespace stip::domain {
namespace {

bool Has(const std::vector<const Right*>& rights, std::string_view id) {
  return std::any_of(rights.begin(), rights.end(), [&](const Right* r) { return r->id == id; });
}

TEST(Rights, EveryMeasureKindAndEveryHeavyDecisionKindHasItsRights) {
  for (const auto k : kAllMeasureKinds) {
    const auto rights = RightsForMeasure(k);
    EXPECT_FALSE(rights.empty()) << ToString(k);
    // The AKJ trusted person, complaints and the inspectorate come with every ruling.
    for (const char* id : {"vertrouwenspersoon", "klacht", "inspectie"}) {
      EXPECT_TRUE(Has(rights, id)) << ToString(k) << " " << id;
    }
  }
  for (const auto k : kAllDecisionKinds) {
    if (!IsHeavy(k)) continue;
    const auto rights = RightsForDecision(k);
    EXPECT_TRUE(Has(rights, "vertrouwenspersoon")) << ToString(k);
    EXPECT_TRUE(Has(rights, "klacht")) << ToString(k);
    EXPECT_TRUE(Has(rights, "inspectie")) << ToString(k);
  }
  // Light decisions carry no rights panel.
  EXPECT_TRUE(RightsForDecision(DecisionKind::kPlanChange).empty());
  EXPECT_TRUE(RightsForDecision(DecisionKind::kHelpChange).empty());
}

TEST(Rights, FreeLegalAidWithCustodyTerminationAndAPlacement) {
  EXPECT_TRUE(Has(RightsForMeasure(MeasureKind::kGezagsbeeindiging), "gratis_advocaat"));
  EXPECT_TRUE(Has(RightsForMeasure(MeasureKind::kUithuisplaatsing), "gratis_advocaat"));
  EXPECT_TRUE(Has(RightsForMeasure(MeasureKind::kSpoedmachtiging), "gratis_advocaat"));
  EXPECT_TRUE(Has(RightsForDecision(DecisionKind::kRequestEndCustody), "gratis_advocaat"));
  EXPECT_TRUE(Has(RightsForDecision(DecisionKind::kOutOfHomePlacement), "gratis_advocaat"));
  // Not where the law does not grant it.
  EXPECT_FALSE(Has(RightsForMeasure(MeasureKind::kOts), "gratis_advocaat"));
  EXPECT_FALSE(Has(RightsForMeasure(MeasureKind::kVoorlopigeOts), "gratis_advocaat"));
}

TEST(Rights, AppealWithEveryRulingButAVoorlopigeOts) {
  for (const auto k : kAllMeasureKinds) {
    EXPECT_EQ(Has(RightsForMeasure(k), "hoger_beroep"), k != MeasureKind::kVoorlopigeOts)
        << ToString(k);
  }
}

TEST(Rights, ExpertAndHearingWithRequestsToTheJudge) {
  for (const auto k : {DecisionKind::kRequestMeasure, DecisionKind::kRequestExtension,
                       DecisionKind::kRequestEndCustody, DecisionKind::kOutOfHomePlacement}) {
    EXPECT_TRUE(Has(RightsForDecision(k), "onafhankelijke_deskundige")) << ToString(k);
    EXPECT_TRUE(Has(RightsForDecision(k), "kind_gehoord")) << ToString(k);
  }
  EXPECT_FALSE(Has(RightsForDecision(DecisionKind::kEndContact), "onafhankelijke_deskundige"));
}

TEST(Rights, AWrittenInstructionCanBeAnnulledWithinTwoWeeks) {
  const auto rights = RightsForDecision(DecisionKind::kWrittenInstruction);
  ASSERT_TRUE(Has(rights, "aanwijzing_laten_vervallen"));
  const Right* r = *std::find_if(rights.begin(), rights.end(), [](const Right* x) {
    return x->id == "aanwijzing_laten_vervallen";
  });
  EXPECT_EQ(RightDeadline(*r, Date{2026, 12, 7}), (Date{2026, 12, 21}));
}

TEST(Rights, TheAppealDeadlineIsThreeMonthsAfterTheRuling) {
  const auto rights = RightsForMeasure(MeasureKind::kOts);
  const Right* appeal = *std::find_if(rights.begin(), rights.end(),
                                      [](const Right* x) { return x->id == "hoger_beroep"; });
  EXPECT_EQ(RightDeadline(*appeal, Date{2026, 11, 30}), (Date{2027, 2, 28}));
  EXPECT_EQ(RightDeadline(*appeal, Date{2027, 11, 30}), (Date{2028, 2, 29}));
  const Right* trusted = *std::find_if(
      rights.begin(), rights.end(), [](const Right* x) { return x->id == "vertrouwenspersoon"; });
  EXPECT_FALSE(RightDeadline(*trusted, Date{2026, 11, 30}).has_value());
}

TEST(Rights, EveryTextHasASourceACheckedDateAndWhoHelps) {
  ASSERT_GE(Rights().size(), 8u);
  for (const auto& r : Rights()) {
    EXPECT_FALSE(r.source.empty()) << r.id;
    EXPECT_GE(r.checked.year, 2026) << r.id;
    EXPECT_FALSE(r.contact.empty()) << r.id;
    EXPECT_FALSE(r.title_nl.empty()) << r.id;
    EXPECT_FALSE(r.text_en.empty()) << r.id;
    EXPECT_FALSE(r.moments.empty()) << r.id;
    // A website is a bare public domain, the page makes it a link.
    EXPECT_EQ(r.website.find("://"), std::string::npos) << r.id;
    EXPECT_EQ(r.text_en.find("[["), std::string::npos) << r.id;
  }
}

TEST(Rights, EveryDutchTextIsPlainB1AndUsesU) {
  for (const auto& r : Rights()) {
    const auto text = ParseLinkedText(r.text_nl).plain;
    const auto report = CheckPlainLanguage(text);
    for (const auto& a : report.advice) {
      EXPECT_NE(a.kind, AdviceKind::kLongSentence) << r.id << ": " << a.found;
    }
    ASSERT_TRUE(report.readability.score.has_value()) << r.id;
    // B1: at least "normaal" on the Flesch-Douma scale.
    EXPECT_GE(*report.readability.score, 60.0) << r.id << ": " << text;
    // The family's pages say "u", never "je".
    for (const char* je : {" je ", " jij ", " jouw ", "Je ", "Jij "}) {
      EXPECT_EQ((" " + text).find(je), std::string::npos) << r.id;
    }
  }
}

TEST(Rights, EveryGlossaryLinkResolvesToATerm) {
  std::set<std::string> anchors;
  for (const auto& t : LegalTerms()) anchors.insert(TermAnchor(t.term));
  for (const auto& e : Glossary()) anchors.insert(TermAnchor(e.term));
  for (const auto& r : Rights()) {
    const auto linked = ParseLinkedText(r.text_nl);
    EXPECT_FALSE(linked.links.empty()) << r.id << " links no legal term";
    for (const auto& l : linked.links) {
      EXPECT_TRUE(anchors.count(TermAnchor(l.term))) << r.id << ": " << l.term;
      EXPECT_EQ(linked.plain.substr(l.offset, l.length), l.term);
    }
  }
  // The terms the rights and measures pages use are in the glossary.
  for (const char* term :
       {"ondertoezichtstelling", "uithuisplaatsing", "spoedmachtiging", "schorsing van het gezag",
        "gezagsbeëindiging", "schriftelijke aanwijzing", "hoger beroep", "rechtsbijstand",
        "vertrouwenspersoon"}) {
    EXPECT_TRUE(anchors.count(TermAnchor(term))) << term;
  }
}

TEST(Rights, ABrokenListFailsWithItsLine) {
  const auto bad = ParseRights(
      "x\tots,nope\t-\truling\t3m\tt\tt\tt\tt\tc\t-\t-\tRv 806\t2026-12-07\n"
      "y\t-\t-\tsometime\t3x\tt\tt\tt\tt\tc\t-\t-\tRv 806\tnever\n"
      "z\t-\t-\truling\n");
  ASSERT_FALSE(bad.has_value());
  std::set<std::string> lines;
  for (const auto& f : bad.error().fields) lines.insert(f.field);
  EXPECT_EQ(lines, (std::set<std::string>{"line 1", "line 2", "line 3"}));
  const auto good = ParseRights(
      "# note\nx\t-\t-\truling\t14d\tt\tt [[a]] b\tt\tt\tc\tsite.nl\t-\tRv 1\t2026-12-07\n");
  ASSERT_TRUE(good.has_value());
  EXPECT_EQ((*good)[0].term_days, 14);
  EXPECT_EQ((*good)[0].website, "site.nl");
  EXPECT_TRUE((*good)[0].phone.empty());
}

TEST(Rights, LinkedTextKeepsThePlainWords) {
  const auto t = ParseLinkedText("Ga in [[hoger beroep]] bij de [[kinderrechter]].");
  EXPECT_EQ(t.plain, "Ga in hoger beroep bij de kinderrechter.");
  ASSERT_EQ(t.links.size(), 2u);
  EXPECT_EQ(t.links[0].term, "hoger beroep");
  EXPECT_EQ(t.links[1].offset, t.plain.find("kinderrechter"));
}

}  // namespace
}  // namespace stip::domain
