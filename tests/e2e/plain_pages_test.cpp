// Issue 13 item 4: every family-facing page reads at B1. The text a family member sees on each of
// their pages in the demo (the <main> of the page, each heading, paragraph, list item, label and
// button a unit of its own) is scored by Stip's own checker (POST /api/v1/plain-language):
// Flesch-Douma at least 60 and at most 15 words per sentence on average. The figures per page
// and member are printed for the closing note.
#include <algorithm>
#include <cstdio>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include "family_harness.h"

namespace stip::e2e {
namespace {

namespace json = boost::json;

constexpr double kMinScore = 60.0;
constexpr double kMaxWordsPerSentence = 15.0;
constexpr std::size_t kChunk = 15000;  // under the checker's 20,000-character limit

// The tags whose end ends a unit of text (a heading is read as a sentence of its own).
bool EndsAUnit(std::string_view tag) {
  static const std::vector<std::string_view> kBlocks = {
      "p",  "li", "h1",    "h2",     "h3",     "h4",      "h5",     "h6",      "td",  "th",
      "dt", "dd", "label", "button", "legend", "summary", "option", "caption", "div", "br"};
  for (std::string_view b : kBlocks) {
    if (tag == b) return true;
  }
  return false;
}

std::string Decode(std::string text) {
  static const std::vector<std::pair<std::string, std::string>> kEntities = {
      {"&amp;", "&"}, {"&lt;", "<"},   {"&gt;", ">"},   {"&quot;", "\""},
      {"&#39;", "'"}, {"&nbsp;", " "}, {"&#x27;", "'"}, {"&#x2F;", "/"}};
  for (const auto& [from, to] : kEntities) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

// The words of <main>, with a full stop after every unit that has none of its own.
std::string MainText(const std::string& html) {
  const auto start = html.find("<main");
  const auto end = html.find("</main>");
  if (start == std::string::npos || end == std::string::npos) return {};
  std::string body = html.substr(start, end - start);
  for (const char* skipped : {"script", "template", "style"}) {
    const std::regex block(std::string("<") + skipped + "[\\s\\S]*?</" + skipped + ">");
    body = std::regex_replace(body, block, " ");
  }
  std::string out;
  const auto close_unit = [&] {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty()) return;
    const char last = out.back();
    if (last != '.' && last != '!' && last != '?' && last != ':') out += '.';
    out += ' ';
  };
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] != '<') {
      const auto next = body.find('<', i);
      out += Decode(body.substr(i, next - i));
      i = next == std::string::npos ? body.size() : next;
      continue;
    }
    const auto close = body.find('>', i);
    if (close == std::string::npos) break;
    std::string_view tag(body.data() + i + 1, close - i - 1);
    const bool closing = tag.starts_with('/');
    if (closing) tag.remove_prefix(1);
    tag = tag.substr(0, tag.find_first_of(" \t\n/"));
    if (EndsAUnit(tag) && (closing || tag == "br")) {
      close_unit();
    } else {
      out += ' ';
    }
    i = close + 1;
  }
  close_unit();
  // One space between words.
  std::string collapsed;
  for (char c : out) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  return collapsed;
}

struct Figures {
  std::int64_t words = 0, sentences = 0, syllables = 0;
  double WordsPerSentence() const {
    return sentences == 0 ? 0.0 : static_cast<double>(words) / static_cast<double>(sentences);
  }
  // The checker's formula (src/domain/plain_language.h) over the whole page.
  double Score() const {
    if (words == 0) return 100.0;
    const double score = 206.835 - 0.93 * WordsPerSentence() -
                         77.0 * static_cast<double>(syllables) / static_cast<double>(words);
    return score < 0 ? 0 : (score > 100 ? 100 : score);
  }
};

class PlainPagesTest : public FamilyE2eTest {
 protected:
  // The checker's counts for `text`, in chunks that end at a sentence.
  Figures Check(const std::string& text) {
    Figures total;
    for (std::size_t at = 0; at < text.size();) {
      std::size_t end = std::min(text.size(), at + kChunk);
      if (end < text.size()) {
        const auto stop = text.rfind(". ", end);
        if (stop != std::string::npos && stop > at) end = stop + 1;
      }
      HttpResponse r = lead_->PostJson("/api/v1/plain-language",
                                       json::object{{"text", text.substr(at, end - at)}});
      EXPECT_EQ(r.status, 200u) << r.Describe();
      if (r.status != 200u) return total;
      const json::value readability = Field(ParseJson(r), "readability");
      total.words += Int(readability, "words");
      total.sentences += Int(readability, "sentences");
      total.syllables += Int(readability, "syllables");
      at = end;
    }
    return total;
  }
};

TEST_F(PlainPagesTest, EveryFamilyPageReadsAtB1ForEveryMember) {
  const std::vector<std::string> pages = {"/ons-gezin",
                                          "/ons-gezin/inzage",
                                          "/ons-gezin/naasten",
                                          "/ons-gezin/veiligheid",
                                          "/ons-gezin/plan",
                                          "/ons-gezin/overleg",
                                          "/ons-gezin/besluiten",
                                          "/ons-gezin/maatregelen",
                                          "/ons-gezin/eigen-woorden",
                                          "/ons-gezin/vernietigen"};
  std::printf("B1 figures per family page (Flesch-Douma, words per sentence):\n");
  int checked = 0;
  for (const std::string_view member : {kMarloes, kRuben, kLotte, kDaan}) {
    auto client = LogInFamily(member);
    ASSERT_TRUE(client);
    for (const std::string& path : pages) {
      HttpResponse page = client->Get(path);
      if (page.status == 403u || page.status == 404u) continue;  // not this member's page
      ASSERT_EQ(page.status, 200u) << member << " " << path << ": " << page.Describe();
      const std::string text = MainText(page.body);
      ASSERT_FALSE(text.empty()) << member << " " << path;
      const Figures f = Check(text);
      std::printf("  %-22s %-26s %5.1f %5.1f (%lld words)\n", std::string(member).c_str(),
                  path.c_str(), f.Score(), f.WordsPerSentence(), static_cast<long long>(f.words));
      EXPECT_GE(f.Score(), kMinScore) << member << " " << path << ":\n" << text;
      EXPECT_LE(f.WordsPerSentence(), kMaxWordsPerSentence) << member << " " << path << ":\n"
                                                            << text;
      ++checked;
    }
  }
  EXPECT_GE(checked, 20) << "most family pages were read";
}

}  // namespace
}  // namespace stip::e2e
