// The PDF renderer (src/pdf): what a reader of the PDF finds in it, read back with pdftotext.
#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "pdf/document.h"
#include "pdf_text.h"

namespace stip::pdf {
namespace {

using testing::PdfHas;
using testing::PdfPages;
using testing::PdfText;

#define SKIP_WITHOUT_PDFTOTEXT()                                                      \
  if (!testing::HavePopplerTool("pdftotext")) {                                       \
    GTEST_SKIP() << "pdftotext is missing: run scripts/setup (Debian poppler-utils)"; \
  }

std::string Render(const Document& document) {
  auto pdf = RenderToString(document);
  EXPECT_TRUE(pdf) << (pdf ? "" : pdf.error().message);
  return pdf ? *pdf : std::string();
}

std::string Paragraph(int i) {
  return "Alinea " + std::to_string(i) +
         ": Lotte vertelde over school en over de week thuis. Haar moeder was erbij en zei dat "
         "het goed ging. We spraken af dat we over twee weken weer praten.";
}

Document ThreePages() {
  Document doc;
  doc.title = "Testdocument";
  doc.footer = "Keten 42 - kop abcdef0123456789";
  doc.Add(Title{"Ons gezin: de kopie", "Gemaakt op 7 december 2026"});
  doc.Add(Heading{"Aantekeningen", 1});
  for (int i = 1; i <= 60; ++i) doc.Add(Text{Paragraph(i)});
  return doc;
}

TEST(PdfRender, ThreePagesHoldEveryParagraphAndTheFooterOnEachPage) {
  SKIP_WITHOUT_PDFTOTEXT();
  const std::string pdf = Render(ThreePages());
  ASSERT_TRUE(pdf.starts_with("%PDF-"));
  auto pages = PdfPages(pdf);
  ASSERT_TRUE(pages) << "pdftotext failed";
  ASSERT_GE(pages->size(), 3U);
  const std::string all = PdfText(pdf);
  for (int i = 1; i <= 60; ++i) EXPECT_TRUE(PdfHas(all, Paragraph(i))) << i;
  const auto total = std::to_string(pages->size());
  for (std::size_t p = 0; p < pages->size(); ++p) {
    EXPECT_TRUE(PdfHas((*pages)[p], "pagina " + std::to_string(p + 1) + " van " + total)) << p;
    EXPECT_TRUE(PdfHas((*pages)[p], "Keten 42 - kop abcdef0123456789")) << p;
  }
}

TEST(PdfRender, UserTextIsNeverMarkup) {
  SKIP_WITHOUT_PDFTOTEXT();
  Document doc;
  doc.Add(Heading{"<i>kop</i>"});
  doc.Add(Text{"Dit is <b>vet</b> &amp; <span foreground=\"red\">rood</span>"});
  doc.Add(KeyValues{{{"<u>sleutel</u>", "waarde & <b>meer</b>"}}});
  doc.Add(SideBySide{"Links", {{"<tt>tekst</tt>"}}, "Rechts", {{"</markup>"}}, ""});
  const std::string all = PdfText(Render(doc));
  EXPECT_TRUE(PdfHas(all, "<i>kop</i>"));
  EXPECT_TRUE(PdfHas(all, "Dit is <b>vet</b> &amp; <span foreground=\"red\">rood</span>"));
  EXPECT_TRUE(PdfHas(all, "<u>sleutel</u>"));
  EXPECT_TRUE(PdfHas(all, "waarde & <b>meer</b>"));
  EXPECT_TRUE(PdfHas(all, "<tt>tekst</tt>"));
  EXPECT_TRUE(PdfHas(all, "</markup>"));
}

TEST(PdfRender, AnEmptyDocumentIsOnePageWithItsFooter) {
  SKIP_WITHOUT_PDFTOTEXT();
  Document doc;
  doc.footer = "leeg";
  const std::string pdf = Render(doc);
  auto pages = PdfPages(pdf);
  ASSERT_TRUE(pages);
  ASSERT_EQ(pages->size(), 1U);
  EXPECT_TRUE(PdfHas((*pages)[0], "pagina 1 van 1"));
  EXPECT_TRUE(PdfHas((*pages)[0], "leeg"));
}

TEST(PdfRender, LongWordsUrlsEmojiAndBrokenUtf8AreSetWithoutLoss) {
  SKIP_WITHOUT_PDFTOTEXT();
  const std::string word(600, 'x');
  const std::string url =
      "https://voorbeeld.nl/" + std::string(300, 'a') + "?q=" + std::string(200, 'b');
  Document doc;
  doc.Add(Text{word});
  doc.Add(Text{url});
  doc.Add(Text{"Groetjes 😀 van Daan — één café, ĳs, 日本語"});
  doc.Add(Text{std::string("kapot \xff\xfe einde")});
  doc.Add(Table{{"Wie", "Wat"}, {0.3, 0.7}, {{word, url}}});
  const std::string all = PdfText(Render(doc));
  EXPECT_TRUE(PdfHas(all, word));
  EXPECT_TRUE(PdfHas(all, url));
  EXPECT_TRUE(PdfHas(all, "één café"));
  EXPECT_TRUE(PdfHas(all, "kapot"));
  EXPECT_TRUE(PdfHas(all, "einde"));
}

// The court bundle's rule: the family's reaction never starts on a later page than the text it
// answers, also when the text runs over several pages.
TEST(PdfRender, SideBySideReactionStartsOnThePageOfItsText) {
  SKIP_WITHOUT_PDFTOTEXT();
  Document doc;
  doc.Add(Title{"Zij aan zij"});
  for (int i = 0; i < 30; ++i) doc.Add(Text{Paragraph(i)});  // most of the first page and more
  std::vector<Text> long_entry;
  for (int i = 0; i < 25; ++i)
    long_entry.push_back({"Zin " + std::to_string(i) + " " + Paragraph(i)});
  doc.Add(SideBySide{"Aantekening",
                     long_entry,
                     "Reactie van Marloes",
                     {{"REACTIE-MARLOES: dit klopt niet helemaal."}},
                     "Nog geen reactie."});
  doc.Add(SideBySide{
      "Aantekening", {{"Korte tekst zonder reactie."}}, "Reacties", {}, "Nog geen reactie."});
  auto pages = PdfPages(Render(doc));
  ASSERT_TRUE(pages);
  int text_page = -1, reaction_page = -1;
  for (std::size_t p = 0; p < pages->size(); ++p) {
    if (text_page < 0 && PdfHas((*pages)[p], "Zin 0 Alinea 0")) text_page = static_cast<int>(p);
    if (reaction_page < 0 && PdfHas((*pages)[p], "REACTIE-MARLOES")) {
      reaction_page = static_cast<int>(p);
    }
  }
  ASSERT_GE(text_page, 0);
  EXPECT_EQ(reaction_page, text_page);
  EXPECT_TRUE(PdfHas(PdfText(Render(doc)), "Zin 24 Alinea 24"));
  EXPECT_TRUE(PdfHas(PdfText(Render(doc)), "Nog geen reactie."));
}

// An entry's heading is never left alone at the foot of a page: it is on the page where its
// text starts.
TEST(PdfRender, ASideBySideHeadingStaysWithItsColumns) {
  SKIP_WITHOUT_PDFTOTEXT();
  Document doc;
  for (int i = 0; i < 60; ++i) {
    std::vector<Text> text{{"TEKST-" + std::to_string(i) + " " + Paragraph(i)}};
    for (int j = 0; j < i % 4; ++j) text.push_back({Paragraph(j)});
    doc.Add(
        SideBySide{"", text, "", {}, "Nog geen reactie.", 0.55, "KOP-" + std::to_string(i) + "."});
  }
  auto pages = PdfPages(Render(doc));
  ASSERT_TRUE(pages);
  ASSERT_GE(pages->size(), 3U);
  for (int i = 0; i < 60; ++i) {
    const std::string heading = "KOP-" + std::to_string(i) + ".";
    const std::string text = "TEKST-" + std::to_string(i) + " ";
    for (const auto& page : *pages) {
      if (PdfHas(page, heading)) {
        EXPECT_TRUE(PdfHas(page, text)) << heading;
      }
    }
  }
}

TEST(PdfRender, ATableRepeatsItsHeaderOnEveryPageItRunsOn) {
  SKIP_WITHOUT_PDFTOTEXT();
  Document doc;
  Table table{{"KOLOM-WIE", "KOLOM-WANNEER"}, {}, {}};
  for (int i = 0; i < 150; ++i) table.rows.push_back({"Rij " + std::to_string(i), "dag"});
  doc.Add(table);
  auto pages = PdfPages(Render(doc));
  ASSERT_TRUE(pages);
  ASSERT_GE(pages->size(), 2U);
  for (const auto& page : *pages) EXPECT_TRUE(PdfHas(page, "KOLOM-WIE"));
  EXPECT_TRUE(PdfHas(pages->back(), "Rij 149"));
}

TEST(PdfRender, TwoThousandEntriesRenderInLinearTime) {
  SKIP_WITHOUT_PDFTOTEXT();
  Document doc;
  doc.footer = "groot";
  doc.Add(Title{"Groot dossier"});
  for (int i = 0; i < 2000; ++i) {
    doc.Add(SideBySide{"Tekst",
                       {{Paragraph(i)}},
                       "Reacties",
                       {{"Reactie op " + std::to_string(i)}},
                       "",
                       0.55,
                       "Aantekening " + std::to_string(i)});
  }
  const auto start = std::chrono::steady_clock::now();
  auto rendered = RenderToString(doc);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
  ASSERT_TRUE(rendered);
  EXPECT_LT(seconds.count(), 60.0);
  const std::string all = PdfText(*rendered);
  EXPECT_TRUE(PdfHas(all, Paragraph(0)));
  EXPECT_TRUE(PdfHas(all, Paragraph(1999)));
  EXPECT_TRUE(PdfHas(all, "Reactie op 1999"));
}

TEST(PdfRender, AWriterThatStopsFailsTheRender) {
  int calls = 0;
  auto done = pdf::Render(ThreePages(), [&calls](std::string_view) { return ++calls < 2; });
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().code, domain::Code::kInternal);
}

TEST(PdfRender, StreamsInPiecesThatMakeTheWholeDocument) {
  std::string streamed;
  auto info = pdf::Render(ThreePages(), [&](std::string_view chunk) {
    streamed.append(chunk);
    return true;
  });
  ASSERT_TRUE(info);
  EXPECT_GE(info->pages, 3);
  EXPECT_EQ(info->bytes, static_cast<std::int64_t>(streamed.size()));
  EXPECT_TRUE(streamed.starts_with("%PDF-"));
  EXPECT_NE(streamed.find("%%EOF"), std::string::npos);
}

TEST(PdfRender, APageOfTheDocumentLooksRight) {
  if (!testing::HavePopplerTool("pdftoppm")) GTEST_SKIP() << "pdftoppm is missing: scripts/setup";
  Document doc = ThreePages();
  doc.blocks.insert(doc.blocks.begin() + 2,
                    SideBySide{"Aantekening van Sanne",
                               {{Paragraph(0)}, {Paragraph(1)}},
                               "Reactie van Marloes",
                               {{"Dat klopt, maar ik wil toevoegen dat..."}},
                               ""});
  doc.blocks.insert(doc.blocks.begin() + 2,
                    KeyValues{{{"Gezin", "Jansen"}, {"Vast gezicht", "Sanne de Wit"}}});
  EXPECT_TRUE(testing::FirstPageToPng(*RenderToString(doc),
                                      std::string(STIP_ARTIFACTS_DIR) + "/pdf-module-page1.png"));
}

}  // namespace
}  // namespace stip::pdf
