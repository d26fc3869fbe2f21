#include "web/advice.h"

#include <array>
#include <cmath>
#include <set>

#include "web/messages.h"

namespace stip::web {
namespace {

// domain/plain_language.cpp's Dutch labels and their catalogue keys.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kLevels{{
    {"zeer makkelijk", "readability_very_easy"},
    {"makkelijk", "readability_easy"},
    {"redelijk makkelijk", "readability_fairly_easy"},
    {"normaal", "readability_normal"},
    {"redelijk moeilijk", "readability_fairly_hard"},
    {"moeilijk", "readability_hard"},
    {"zeer moeilijk", "readability_very_hard"},
}};

constexpr int kMaxWords = domain::PlainLanguageOptions{}.max_sentence_words;

}  // namespace

std::string ReadabilityText(std::string_view locale, std::string_view dutch_label) {
  for (const auto& [label, key] : kLevels) {
    if (label == dutch_label) return std::string(Text(locale, key));
  }
  return std::string(dutch_label);
}

std::string SentenceStart(std::string_view sentence, int words) {
  std::string out;
  int count = 0;
  std::size_t i = 0;
  const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
  while (i < sentence.size()) {
    while (i < sentence.size() && space(sentence[i])) ++i;
    if (i == sentence.size()) break;
    if (count == words) return out + " …";
    std::size_t end = i;
    while (end < sentence.size() && !space(sentence[end])) ++end;
    if (!out.empty()) out += ' ';
    out.append(sentence.substr(i, end - i));
    ++count;
    i = end;
  }
  return out;
}

Data AdviceData(std::string_view locale, const domain::PlainLanguageReport& report,
                std::string_view title_key) {
  Data advice;
  advice.set("title", std::string(Text(locale, title_key)));
  const domain::Readability& r = report.readability;
  if (r.score) {
    advice.set("score", Fill(Text(locale, "advice_score"),
                             {{"label", ReadabilityText(locale, r.level)},
                              {"score", std::to_string(std::lround(*r.score))}}));
  } else {
    advice.set("score", false);
  }
  Data long_sentences{Data::type::list};
  Data jargon{Data::type::list};
  std::set<std::string> seen;  // each jargon term once, where it first appears
  const std::string max = std::to_string(kMaxWords);
  for (const auto& a : report.advice) {
    Data item;
    if (a.kind == domain::AdviceKind::kLongSentence) {
      item.set("start", SentenceStart(a.found));
      item.set("text", Fill(Text(locale, "advice_long_item"),
                            {{"words", std::to_string(a.word_count)}, {"max", max}}));
      long_sentences.push_back(item);
    } else if (seen.insert(a.term).second) {
      item.set("found", a.found);
      item.set("href", "/begrippen#" + domain::TermAnchor(a.term));
      item.set("plain", a.suggestion);
      jargon.push_back(item);
    }
  }
  advice.set("has_long", !long_sentences.is_empty_list());
  advice.set("long", long_sentences);
  advice.set("has_jargon", !jargon.is_empty_list());
  advice.set("jargon", jargon);
  advice.set("none", report.advice.empty() && r.words > 0);
  return advice;
}

ScriptTexts AdviceScriptTexts(std::string_view locale) {
  ScriptTexts out;
  for (const auto& [label, key] : kLevels) out.levels[std::string(label)] = Text(locale, key);
  out.texts = {
      {"url", "/api/v1/plain-language"},
      {"max", std::to_string(kMaxWords)},
  };
  for (const char* key : {"title", "score", "none", "long_title", "long_item", "jargon_title",
                          "jargon_instead", "unavailable"}) {
    out.texts[key] = Text(locale, std::string("advice_") + key);
  }
  out.texts["glossary"] = Text(locale, "advice_glossary_link");
  return out;
}

Data AdviceScriptData(std::string_view locale) {
  const ScriptTexts script = AdviceScriptTexts(locale);
  const auto pairs = [](const std::map<std::string, std::string>& map) {
    Data list{Data::type::list};
    for (const auto& [key, text] : map) {
      Data item;
      item.set("key", key);
      item.set("text", text);
      list.push_back(item);
    }
    return list;
  };
  Data data;
  data.set("texts", pairs(script.texts));
  data.set("levels", pairs(script.levels));
  return data;
}

}  // namespace stip::web
