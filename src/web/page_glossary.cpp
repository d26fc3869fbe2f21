// The glossary (/begrippen, public): every legal term a family can meet in Stip and every word
// of the jargon list, explained in plain language, alphabetical with an A-Z index. The words
// are data (src/domain/data/begrippen.tsv and jargon_nl.tsv); this page only arranges them.
#include <map>

#include "domain/plain_language.h"
#include "web/messages.h"
#include "web/page_handlers.h"

namespace stip::web {
namespace {

// One term on the page: a legal term, a jargon word, or both (the legal explanation with the
// plain alternative of the jargon list).
struct GlossaryLine {
  std::string anchor;
  std::string term;
  std::string term_en;
  std::string explanation;  // in the page's language when `dutch_only` is false
  bool dutch_only = false;  // the jargon list is Dutch only
  std::string plain;        // the jargon list's plain alternative, or ""
};

// By sort key, each anchor once (so every id on the page is unique).
std::map<std::string, GlossaryLine> Lines(bool english) {
  std::map<std::string, GlossaryLine> by_key;
  std::map<std::string, std::string> key_of_anchor;
  for (const auto& t : domain::LegalTerms()) {
    GlossaryLine line{domain::TermAnchor(t.term),
                      t.term,
                      english ? t.term_en : std::string(),
                      english ? t.explanation_en : t.explanation,
                      false,
                      ""};
    key_of_anchor[line.anchor] = domain::TermSortKey(t.term);
    by_key.emplace(domain::TermSortKey(t.term), std::move(line));
  }
  for (const auto& e : domain::Glossary()) {
    const std::string anchor = domain::TermAnchor(e.term);
    if (const auto known = key_of_anchor.find(anchor); known != key_of_anchor.end()) {
      GlossaryLine& line = by_key[known->second];
      if (line.plain.empty()) line.plain = e.plain;
      continue;
    }
    key_of_anchor[anchor] = domain::TermSortKey(e.term);
    by_key.emplace(domain::TermSortKey(e.term),
                   GlossaryLine{anchor, e.term, "", e.explanation, english, e.plain});
  }
  return by_key;
}

std::string Letter(const std::string& sort_key) {
  const char c = sort_key.empty() ? '#' : sort_key.front();
  return std::string(1, c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : '#');
}

}  // namespace

http::Response GlossaryPage(const http::Request& req) {
  const std::string_view locale = NormalLocale(req.locale);
  const bool english = locale == "en";
  std::map<std::string, Data> groups;  // letter -> list of terms
  for (const auto& [key, line] : Lines(english)) {
    Data item;
    item.set("anchor", line.anchor);
    item.set("term", line.term);
    item.set("term_en", Opt(line.term_en));
    item.set("explanation", line.explanation);
    item.set("dutch_only", line.dutch_only);
    item.set("plain", Opt(line.plain));
    auto [group, added] = groups.try_emplace(Letter(key), Data::type::list);
    group->second.push_back(item);
  }
  Data letters{Data::type::list};
  for (char c = 'A'; c <= 'Z'; ++c) {
    const std::string letter(1, c);
    Data l;
    l.set("letter", letter);
    l.set("id", std::string(1, static_cast<char>(c - 'A' + 'a')));
    l.set("has", groups.count(letter) > 0);
    letters.push_back(l);
  }
  Data sections{Data::type::list};
  for (auto& [letter, terms] : groups) {
    Data g;
    g.set("letter", letter);
    g.set("id", letter == "#" ? std::string("overig")
                              : std::string(1, static_cast<char>(letter[0] - 'A' + 'a')));
    g.set("terms", terms);
    sections.push_back(g);
  }
  Data page;
  page.set("letters", letters);
  page.set("groups", sections);
  page.set("english", english);
  PageMeta meta;
  meta.title = std::string(Text(locale, "glossary_title"));
  meta.self_path = "/begrippen";
  return RenderPage(req, 200, "begrippen", meta, std::move(page));
}

}  // namespace stip::web
