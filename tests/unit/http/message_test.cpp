// Request and response helpers: the status table, error JSON, forms, targets and cookies.
#include "http/message.h"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "http/cookies.h"

namespace stip::http {
namespace {

using domain::Code;

TEST(StatusForTest, IsTheTableOfTheContract) {
  EXPECT_EQ(StatusFor(Code::kInvalidArgument), 400u);
  EXPECT_EQ(StatusFor(Code::kUnauthenticated), 401u);
  EXPECT_EQ(StatusFor(Code::kPermissionDenied), 403u);
  EXPECT_EQ(StatusFor(Code::kNotFound), 404u);
  EXPECT_EQ(StatusFor(Code::kAlreadyExists), 409u);
  EXPECT_EQ(StatusFor(Code::kConflict), 409u);
  EXPECT_EQ(StatusFor(Code::kFailedPrecondition), 422u);
  EXPECT_EQ(StatusFor(Code::kResourceExhausted), 429u);
  EXPECT_EQ(StatusFor(Code::kUnavailable), 503u);
  EXPECT_EQ(StatusFor(Code::kInternal), 500u);
}

TEST(ResponseTest, ErrorJsonAlwaysHasCodeMessageAndFields) {
  Response r = Response::FromError(domain::Error::NotFound("No such family."));
  EXPECT_EQ(r.status, 404u);
  EXPECT_EQ(r.content_type, "application/json");
  auto v = boost::json::parse(r.body);
  EXPECT_EQ(v.at("error").at("code"), "not_found");
  EXPECT_EQ(v.at("error").at("message"), "No such family.");
  EXPECT_TRUE(v.at("error").at("fields").as_array().empty());

  r = Response::FromError(
      domain::Error::Invalid("Bad.", {{"members[0].name", domain::Required()}}));
  EXPECT_EQ(r.status, 400u);
  v = boost::json::parse(r.body);
  EXPECT_EQ(v.at("error").at("fields").at(0).at("field"), "members[0].name");
  EXPECT_EQ(v.at("error").at("fields").at(0).at("message"), "is required");
  EXPECT_EQ(v.at("error").at("fields").at(0).at("code"), "required");
  EXPECT_TRUE(v.at("error").at("fields").at(0).at("params").as_object().empty());
}

TEST(ResponseTest, FieldErrorsCarryTheirCodeAndParameters) {
  const domain::FieldError too_long{
      "name", domain::FieldCode::kTooLong, "is too long", {{"max", 120}, {"length", 130}}};
  const domain::FieldError role{"members[0].role",
                                domain::NotOneOf(domain::ValueList::kMemberRole)};
  const auto v = boost::json::parse(
      Response::FromError(domain::Error::Invalid("Bad.", {too_long, role})).body);
  const auto& first = v.at("error").at("fields").at(0);
  EXPECT_EQ(first.at("code"), "too_long");
  EXPECT_EQ(first.at("params"), boost::json::parse(R"({"max":120,"length":130})"));
  const auto& second = v.at("error").at("fields").at(1);
  EXPECT_EQ(second.at("code"), "not_one_of");
  EXPECT_EQ(second.at("message"), "must be child, parent, carer or other_adult");
  EXPECT_EQ(second.at("params"),
            boost::json::parse(
                R"({"list":"member_role","allowed":["child","parent","carer","other_adult"]})"));
}

TEST(ResponseTest, UnauthenticatedNamesTheScheme) {
  Response r = Response::FromError({Code::kUnauthenticated, "Log in.", {}});
  EXPECT_EQ(r.status, 401u);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0].first, "WWW-Authenticate");
}

TEST(ResponseTest, RedirectIsSeeOther) {
  Response r = Response::Redirect("/login?next=%2F");
  EXPECT_EQ(r.status, 303u);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0], (std::pair<std::string, std::string>{"Location", "/login?next=%2F"}));
}

TEST(FormTest, DecodesPercentAndPlus) {
  Request req;
  req.body = "name=Eva+Jansen&text=caf%C3%A9%20%2B%26&empty=&flag&_csrf=abc";
  auto form = req.Form();
  EXPECT_EQ(form.at("name"), "Eva Jansen");
  EXPECT_EQ(form.at("text"), "caf\xC3\xA9 +&");
  EXPECT_EQ(form.at("empty"), "");
  EXPECT_EQ(form.at("flag"), "");
  EXPECT_EQ(form.at("_csrf"), "abc");
}

TEST(FormTest, LastValueWinsAndBrokenEscapesAreSkipped) {
  auto form = ParseUrlEncoded("a=1&a=2&b=%zz&c=%4&&d=ok");
  EXPECT_EQ(form.at("a"), "2");
  EXPECT_EQ(form.count("b"), 0u);
  EXPECT_EQ(form.count("c"), 0u);
  EXPECT_EQ(form.at("d"), "ok");
  EXPECT_TRUE(ParseUrlEncoded("").empty());
}

TEST(TargetTest, SplitsPathAndQuery) {
  Request req;
  ASSERT_TRUE(ParseTarget("/families/fam%201?before=3&purpose=zorg+overleg&lang=en", req));
  EXPECT_EQ(req.path, "/families/fam 1");
  EXPECT_EQ(req.query.at("before"), "3");
  EXPECT_EQ(req.query.at("purpose"), "zorg overleg");
  ASSERT_TRUE(ParseTarget("/", req));
  EXPECT_EQ(req.path, "/");
  EXPECT_TRUE(req.query.empty());
}

TEST(TargetTest, RejectsWhatIsNotOriginForm) {
  Request req;
  EXPECT_FALSE(ParseTarget("http://example.org/x", req));
  EXPECT_FALSE(ParseTarget("*", req));
  EXPECT_FALSE(ParseTarget("/a b", req));
  EXPECT_FALSE(ParseTarget("/bad%zz", req));
}

TEST(MediaTypeTest, DropsParametersAndCase) {
  EXPECT_EQ(MediaType("Application/JSON; charset=utf-8"), "application/json");
  EXPECT_EQ(MediaType(" text/html "), "text/html");
  EXPECT_EQ(MediaType(""), "");
}

TEST(CookieTest, ParsesTheCookieHeader) {
  auto c = ParseCookies("stip_session=abc; stip_lang=\"en\";  other = x ;broken; =novalue");
  EXPECT_EQ(c.at("stip_session"), "abc");
  EXPECT_EQ(c.at("stip_lang"), "en");
  EXPECT_EQ(c.at("other"), "x");
  EXPECT_EQ(c.count("broken"), 0u);
  EXPECT_EQ(c.size(), 3u);
  EXPECT_EQ(ParseCookies("a=1; a=2").at("a"), "1");  // the most specific path comes first
}

TEST(CookieTest, RequestReadsOneCookie) {
  Request req;
  req.headers["cookie"] = "x=1; stip_session=tok%2B";
  EXPECT_EQ(req.Cookie("stip_session"), "tok%2B");
  EXPECT_EQ(req.Cookie("missing"), "");
  EXPECT_EQ(req.Header("cookie"), "x=1; stip_session=tok%2B");
  EXPECT_EQ(req.Header("none"), "");
}

TEST(CookieTest, SessionCookieIsLockedDown) {
  EXPECT_EQ(SessionCookie("tok", 43200000, false),
            "stip_session=tok; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict");
  EXPECT_EQ(SessionCookie("tok", 1000, true),
            "stip_session=tok; Path=/; Max-Age=1; HttpOnly; SameSite=Strict; Secure");
  EXPECT_EQ(ClearSessionCookie(false),
            "stip_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
}

}  // namespace
}  // namespace stip::http
