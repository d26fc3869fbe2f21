// The family's rights with every compulsory step and every heavy decision (issue 12 item 4):
// which right applies when, its text in B1 Dutch and in English, how to reach who helps, the
// legal source and the day it was last checked. The texts are data (data/rechten.tsv), so
// they can be kept current without touching code. Rules only, no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/decision.h"
#include "domain/error.h"
#include "domain/measure.h"
#include "domain/time.h"

namespace stip::domain {

// When a right matters: a judge's ruling on a measure, a written instruction of the family
// guardian, a request to the judge.
enum class RightMoment { kRuling, kWrittenInstruction, kRequest };
std::string_view ToString(RightMoment v);  // "ruling", "written_instruction", "request"

struct Right {
  std::string id;  // "hoger_beroep"
  std::vector<MeasureKind> measures;
  std::vector<DecisionKind> decisions;
  std::vector<RightMoment> moments;
  // The time to use the right in, counted from the ruling or the instruction (0: none).
  int term_months = 0;
  int term_days = 0;
  std::string title_nl;
  std::string text_nl;  // B1 Dutch; [[term]] links to the glossary
  std::string title_en;
  std::string text_en;
  std::string contact;  // who helps: "Het Juridisch Loket"
  std::string website;  // "juridischloket.nl"; "" none
  std::string phone;    // "" none (only where the number is certain)
  std::string source;   // the article: "Rv 806"
  Date checked;         // the day text and source were last compared with the law
};

// The rights compiled into Stip (data/rechten.tsv), in file order.
const std::vector<Right>& Rights();

// Reads a list in the rechten.tsv format (see its header). Fails with the line numbers of
// malformed lines, unknown kinds and moments, bad terms and dates, and duplicate ids.
Result<std::vector<Right>> ParseRights(std::string_view tsv);

// The rights that come with a ruling on a measure of `kind`, in list order.
std::vector<const Right*> RightsForMeasure(MeasureKind kind);
// The rights that come with a decision of `kind` (heavy ones, and a written instruction).
std::vector<const Right*> RightsForDecision(DecisionKind kind);

// The last day to use a right with a term, counted from `from` (the ruling, the instruction):
// none for a right without a term.
std::optional<Date> RightDeadline(const Right& right, const Date& from);

// A text with its glossary links: the plain text ("[[hoger beroep]]" becomes "hoger beroep")
// and each linked term with its place in the plain text (bytes).
struct GlossaryLink {
  std::string term;
  std::size_t offset = 0;
  std::size_t length = 0;
};
struct LinkedText {
  std::string plain;
  std::vector<GlossaryLink> links;
};
LinkedText ParseLinkedText(std::string_view text);

}  // namespace stip::domain
