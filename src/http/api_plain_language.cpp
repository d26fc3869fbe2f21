// POST /api/v1/plain-language: advice on a text a professional is writing (long sentences,
// jargon with a plain alternative, a readability score). Stores nothing; the entry form's
// script calls it as the professional types.
#include <cmath>

#include <boost/json/array.hpp>

#include "http/api_internal.h"
#include "http/json_codec.h"

namespace stip::http::api {
namespace json = boost::json;
using boost::beast::http::verb;

namespace {

json::object Position(const domain::Advice& a) {
  return {{"offset", a.offset},
          {"length", a.length},
          {"char_offset", a.char_offset},
          {"char_length", a.char_length},
          {"text", a.found}};
}

}  // namespace

json::object EncodePlainLanguage(const domain::PlainLanguageReport& report, int max_words) {
  json::array long_sentences;
  json::array jargon;
  for (const auto& a : report.advice) {
    json::object item = Position(a);
    item["message"] = a.message;
    if (a.kind == domain::AdviceKind::kLongSentence) {
      item["words"] = a.word_count;
      item["suggestion"] = a.suggestion;
      long_sentences.push_back(std::move(item));
    } else {
      item["term"] = a.term;
      item["plain"] = a.suggestion;
      item["explanation"] = a.explanation;
      item["glossary_url"] = "/begrippen#" + domain::TermAnchor(a.term);
      jargon.push_back(std::move(item));
    }
  }
  const domain::Readability& r = report.readability;
  json::object readability{{"words", r.words},
                           {"sentences", r.sentences},
                           {"syllables", r.syllables},
                           {"score", nullptr},
                           {"label", nullptr}};
  if (r.score) {
    readability["score"] = std::round(*r.score * 10) / 10;
    readability["label"] = std::string(r.level);
  }
  return {{"max_sentence_words", max_words},
          {"long_sentences", std::move(long_sentences)},
          {"jargon", std::move(jargon)},
          {"readability", std::move(readability)}};
}

namespace {

Response Check(app::Stip& stip, Request& request) {
  auto text = ParseSingleString(request, "text");
  if (!text) return std::move(text.error());
  auto report = stip.AdviseOnText(Caller(request), *text);
  if (!report) return Response::FromError(report.error());
  return Response::Json(
      200, EncodePlainLanguage(*report, domain::PlainLanguageOptions{}.max_sentence_words));
}

}  // namespace

void AddPlainLanguageRoutes(Router& router, app::Stip& stip) {
  // A question, not a change: no ledger event, so no CSRF token needed (a browser sends one
  // anyway). Professionals only: the app refuses family members.
  router.Add({verb::post, "/api/v1/plain-language", "api.plain_language.check", false, Auth::kApi,
              [&stip](Request& request) { return Check(stip, request); }});
}

}  // namespace stip::http::api
