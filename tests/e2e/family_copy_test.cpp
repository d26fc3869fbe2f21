// End-to-end (issue 13 item 3): the family's own copy as PDF. What a member reads in it
// (pdftotext): their entries and reactions, what is withheld from them only as a placeholder,
// when it was made on every page (no chain head); professionals get none; every copy leaves an
// access-log line.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"
#include "pdf_text.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;
using stip::testing::PdfHas;
using stip::testing::PdfPages;
using stip::testing::PdfText;

using FamilyCopyTest = FamilyE2eTest;

constexpr const char* kNeighbourMarks[] = {"Els de Groot", "Lindelaan"};

#define SKIP_WITHOUT_PDFTOTEXT()                                                      \
  if (!stip::testing::HavePopplerTool("pdftotext")) {                                 \
    GTEST_SKIP() << "pdftotext is missing: run scripts/setup (Debian poppler-utils)"; \
  }

void ExpectPdf(const HttpResponse& r, const std::string& who) {
  EXPECT_EQ(r.status, 200u) << who << " " << r.Describe();
  EXPECT_EQ(r.Header("content-type"), "application/pdf") << who;
  EXPECT_TRUE(r.body.starts_with("%PDF-")) << who;
  EXPECT_NE(r.Header("content-disposition").find("stip-ons-gezin.pdf"), std::string::npos);
}

TEST_F(FamilyCopyTest, MarloesCopyHoldsHerEntriesAndReactionsAndSaysWhenItWasMade) {
  SKIP_WITHOUT_PDFTOTEXT();
  auto marloes = LogInFamily(kMarloes);
  const std::string base = "/api/v1/families/" + family_id_;
  // She reacts to the newest entry she can read; the copy shows it beside the entry.
  const json::value home = Home(*marloes);
  std::string entry;
  for (const auto& e : Arr(home, "entries")) {
    if (e.as_object().contains("text")) {
      entry = Str(e, "id");
      break;
    }
  }
  ASSERT_FALSE(entry.empty());
  const std::string reaction = "Dit klopt niet: Mees was die dag bij oma <b>Riet</b>.";
  HttpResponse reacted =
      marloes->PostJson(base + "/entries/" + entry + "/reactions",
                        json::object{{"kind", "disagreement"}, {"text", reaction}});
  ASSERT_EQ(reacted.status, 201u) << reacted.Describe();

  const json::value overview = Overview(*lead_, family_id_);
  const std::string head_seq = std::to_string(Int(overview, "head_seq"));
  HttpResponse copy = marloes->Get("/ons-gezin/kopie.pdf");
  ExpectPdf(copy, "Marloes");
  const std::string text = PdfText(copy.body);
  EXPECT_TRUE(PdfHas(text, "Kopie van ons dossier"));
  EXPECT_TRUE(PdfHas(text, "Marloes"));
  EXPECT_TRUE(PdfHas(text, std::string(kLeadName)));
  EXPECT_TRUE(PdfHas(text, reaction)) << "her reaction, markup and all, as typed";
  int visible = 0;
  for (const auto& e : Arr(Home(*marloes), "entries")) {
    if (!e.as_object().contains("text")) continue;
    ++visible;
    EXPECT_TRUE(PdfHas(text, Str(e, "text"))) << Str(e, "text");
  }
  EXPECT_GT(visible, 5);
  EXPECT_TRUE(PdfHas(text, "In deze kopie staan"));
  EXPECT_FALSE(PdfHas(text, "??missing message??"));
  for (const char* mark : kNeighbourMarks) EXPECT_FALSE(PdfHas(text, mark)) << mark;
  // Every page says when the copy was made and which page it is; the last what it holds. No
  // chain head: it would count events the member may not know of (privacy review).
  auto pages = PdfPages(copy.body);
  ASSERT_TRUE(pages);
  ASSERT_GE(pages->size(), 2u);
  for (std::size_t p = 0; p < pages->size(); ++p) {
    EXPECT_TRUE(PdfHas((*pages)[p], "kopie van")) << "page " << p + 1;
    EXPECT_FALSE(PdfHas((*pages)[p], "keten stap")) << "page " << p + 1;
    EXPECT_TRUE(PdfHas(
        (*pages)[p], "pagina " + std::to_string(p + 1) + " van " + std::to_string(pages->size())));
  }
  EXPECT_TRUE(PdfHas(pages->back(), "Over deze kopie"));
  EXPECT_TRUE(PdfHas(pages->back(), "staan niet in deze kopie"));
  EXPECT_EQ(copy.body.find("stip-chain-seq:"), std::string::npos);
  EXPECT_EQ(copy.body.find("stip-chain-seq:" + head_seq), std::string::npos);
  {
    std::filesystem::create_directories(STIP_ARTIFACTS_DIR);
    std::ofstream(std::string(STIP_ARTIFACTS_DIR) + "/family-copy-marloes.pdf", std::ios::binary)
        << copy.body;
  }
  EXPECT_TRUE(stip::testing::FirstPageToPng(
      copy.body, std::string(STIP_ARTIFACTS_DIR) + "/family-copy-marloes-page1.png"));

  // The API gives the same copy for her session; in English when asked.
  HttpResponse api = marloes->Get(base + "/copy.pdf?lang=en");
  ExpectPdf(api, "Marloes (API)");
  EXPECT_TRUE(PdfHas(PdfText(api.body), "Copy of our file"));
  EXPECT_TRUE(PdfHas(PdfText(api.body), "About this copy"));
  EXPECT_FALSE(PdfHas(PdfText(api.body), "??missing message??"));
  EXPECT_TRUE(PdfHas(PdfText(api.body), reaction));

  // Each copy is on the family's access log as a copy.
  HttpResponse log = lead_->Get(base + "/access-log?limit=50");
  ASSERT_EQ(log.status, 200u) << log.Describe();
  int copies = 0;
  for (const auto& line : Arr(ParseJson(log), "lines")) copies += Str(line, "what") == "copy_pdf";
  EXPECT_EQ(copies, 2);
  // The lead's page of who read the file says what was read, and Marloes's own says it too.
  HttpResponse lead_log = lead_->Get("/gezinnen/" + family_id_ + "/inzage");
  ASSERT_EQ(lead_log.status, 200u);
  EXPECT_NE(lead_log.body.find("een kopie van het dossier als PDF"), std::string::npos);
  HttpResponse own_log = marloes->Get("/ons-gezin/inzage");
  ASSERT_EQ(own_log.status, 200u);
  EXPECT_NE(own_log.body.find("een kopie van het dossier als PDF"), std::string::npos);
}

TEST_F(FamilyCopyTest, NobodyInTheHouseholdReadsTheNeighbourInTheirCopy) {
  SKIP_WITHOUT_PDFTOTEXT();
  for (std::string_view who : {kMarloes, kLotte, kDaan, kRuben}) {
    auto member = LogInFamily(who);
    HttpResponse copy = member->Get("/ons-gezin/kopie.pdf");
    ExpectPdf(copy, std::string(who));
    const std::string text = PdfText(copy.body);
    for (const char* mark : kNeighbourMarks) {
      EXPECT_FALSE(PdfHas(text, mark)) << who << " reads " << mark;
    }
    if (who == kDaan) {
      // Daan (16) reads that it is withheld, and why: the same words as his page.
      EXPECT_TRUE(PdfHas(text, "Deze aantekening laten we je nu niet zien")) << text;
    }
    if (who == kRuben) {
      EXPECT_TRUE(PdfHas(text, "Samenvatting"));  // no custody: the summary
    }
  }
}

// "Complete, for the legal right to a copy": the JSON copy holds every other part of the file
// (safety map, plan, meetings, decisions, measures, the children's own words) exactly as the
// member reads it on that part's own route, and nothing of a part they may not read there.
TEST_F(FamilyCopyTest, TheJsonCopyHoldsEveryPartExactlyAsTheMemberReadsItOnItsOwnRoute) {
  const std::string base = "/api/v1/families/" + family_id_;
  const std::pair<const char*, std::string> parts[] = {
      {"safety_map", base + "/safety-map"}, {"plan", base + "/plan"},
      {"meetings", base + "/meetings"},     {"decisions", base + "/decisions"},
      {"measures", base + "/measures"},     {"child_voices", base + "/child-voice"}};
  int shown = 0;
  int left_out = 0;
  for (std::string_view who : {kMarloes, kLotte, kDaan, kRuben}) {
    auto member = LogInFamily(who);
    HttpResponse copy = member->Get("/ons-gezin/download.json");
    ASSERT_EQ(copy.status, 200u) << who << " " << copy.Describe();
    const json::object download = ParseJson(copy).as_object();
    HttpResponse api_copy = member->Get(base + "/export");
    ASSERT_EQ(api_copy.status, 200u) << who << " " << api_copy.Describe();
    const json::object from_api = ParseJson(api_copy).as_object();
    for (const auto& [key, route] : parts) {
      ASSERT_TRUE(download.contains(key)) << who << " has no " << key;
      HttpResponse own = member->Get(route);
      if (own.status == 200u) {
        EXPECT_EQ(download.at(key), ParseJson(own))
            << who << ": " << key << " differs from " << route;
        ++shown;
      } else {
        EXPECT_TRUE(own.status == 403u || own.status == 404u) << who << " " << own.Describe();
        EXPECT_TRUE(download.at(key).is_null()) << who << " reads " << key << " in the copy only";
        ++left_out;
      }
      EXPECT_EQ(download.at(key), from_api.at(key)) << who << ": the page and the API differ";
    }
  }
  EXPECT_GT(shown, 0);
  EXPECT_GT(left_out, 0) << "some member may not read some part (Ruben has no custody)";
}

TEST_F(FamilyCopyTest, ProfessionalsAndTheAdministratorGetNoFamilyCopy) {
  auto admin = NewClient();
  LogIn(*admin, kAdminUser);
  const std::string api = "/api/v1/families/" + family_id_ + "/copy.pdf";
  for (HttpClient* client : {lead_.get(), admin.get()}) {
    HttpResponse page = client->Get("/ons-gezin/kopie.pdf");
    EXPECT_EQ(page.status, 303u) << page.Describe();
    EXPECT_FALSE(page.body.starts_with("%PDF"));
    HttpResponse r = client->Get(api);
    EXPECT_TRUE(r.status == 403u || r.status == 404u) << r.Describe();
    EXPECT_FALSE(r.body.starts_with("%PDF"));
  }
  // Without a login: to the login page, or 401 on the API.
  auto anonymous = NewClient();
  EXPECT_EQ(anonymous->Get("/ons-gezin/kopie.pdf").status, 303u);
  EXPECT_EQ(anonymous->Get(api).status, 401u);
  // Another family's id: 404, nothing of it.
  auto marloes = LogInFamily(kMarloes);
  EXPECT_EQ(marloes->Get("/api/v1/families/fam_someoneelse/copy.pdf").status, 404u);
}

// No silent caps: with more entries than "Ons gezin" shows (500), the PDF and the JSON download
// both hold every one.
TEST_F(FamilyCopyTest, TheCopyHoldsTheWholeFilePastFiveHundredEntries) {
  SKIP_WITHOUT_PDFTOTEXT();
  const std::string base = "/api/v1/families/" + family_id_;
  constexpr int kAdded = 510;
  for (int i = 0; i < kAdded; ++i) {
    HttpResponse r = lead_->PostJson(
        base + "/entries", EntryBody("Huisbezoek nummer " + std::to_string(i) + " verliep rustig.",
                                     "observation", "huisbezoek"));
    ASSERT_EQ(r.status, 201u) << r.Describe();
  }
  auto marloes = LogInFamily(kMarloes);
  HttpResponse json_copy = marloes->Get("/ons-gezin/download.json");
  ASSERT_EQ(json_copy.status, 200u);
  const json::value download = ParseJson(json_copy);
  EXPECT_GT(Arr(download, "entries").size(), static_cast<std::size_t>(kAdded));
  EXPECT_FALSE(download.as_object().contains("chain_seq")) << "no count of events it may not see";
  EXPECT_FALSE(download.as_object().contains("chain_head_hash"));
  HttpResponse copy = marloes->Get("/ons-gezin/kopie.pdf");
  ExpectPdf(copy, "Marloes");
  const std::string text = PdfText(copy.body);
  EXPECT_TRUE(PdfHas(text, "Huisbezoek nummer 0 verliep rustig."));
  EXPECT_TRUE(PdfHas(text, "Huisbezoek nummer " + std::to_string(kAdded - 1) + " verliep rustig."));
  // The oldest demo entry is still there, past the page's 500.
  EXPECT_TRUE(PdfHas(text, Str(Arr(download, "entries").back(), "text")));
}

}  // namespace
}  // namespace stip::e2e
