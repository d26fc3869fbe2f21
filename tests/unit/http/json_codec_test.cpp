// The strict JSON decoder: one 400 that lists every problem, 415 for other media types.
#include "http/json_codec.h"

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

namespace stip::http {
namespace {

Request JsonRequest(std::string body, std::string content_type = "application/json") {
  Request r;
  r.headers["content-type"] = std::move(content_type);
  r.body = std::move(body);
  return r;
}

boost::json::value ErrorOf(const Response& r) { return boost::json::parse(r.body).at("error"); }

// Decodes {"name", "members":[{"name","age?"}], "active?"} the way the API handlers do.
std::vector<domain::FieldError> Decode(const std::string& body) {
  auto object = ParseJsonObject(JsonRequest(body));
  EXPECT_TRUE(object) << body;
  std::vector<domain::FieldError> problems;
  if (!object) return problems;
  ObjectReader reader(*object, problems);
  reader.RequiredString("name");
  for (auto& m : reader.Objects("members", true)) {
    m.RequiredString("name");
    m.OptionalString("nickname");
    m.Finish();
  }
  reader.OptionalBool("active", true);
  reader.Finish();
  return problems;
}

TEST(JsonCodecTest, AcceptsAValidBody) {
  EXPECT_TRUE(
      Decode(R"({"name":"x","members":[{"name":"a"},{"name":"b","nickname":null}]})").empty());
  EXPECT_TRUE(Decode(R"({"name":"x","members":[],"active":false})").empty());
}

TEST(JsonCodecTest, AKeyNamedTwiceIsRefusedWhereverItIs) {
  for (const std::string body :
       {R"({"a": 1, "a": 2})", R"({"a": 1, "b": {"c": true, "c": false}})",
        R"({"list": [{"x": 1}, {"x": 2, "y": 3, "x": 4}]})", R"({"\u0061": 1, "a": 2})"}) {
    auto object = ParseJsonObject(JsonRequest(body));
    ASSERT_FALSE(object) << body;
    EXPECT_EQ(object.error().status, 400u);
    EXPECT_NE(object.error().body.find("appears twice"), std::string::npos)
        << body << ": " << object.error().body;
  }
  // Equal keys in different objects are fine, and so are equal values.
  auto fine = ParseJsonObject(
      JsonRequest(R"({"a": {"x": 1}, "b": {"x": 1}, "list": [{"x": 1}, {"x": 1}]})"));
  ASSERT_TRUE(fine) << fine.error().body;
  EXPECT_EQ(fine->at("b").at("x").as_int64(), 1);
}

TEST(JsonCodecTest, MalformedJsonSaysWhereAndTrailingDataIsRefused) {
  auto broken = ParseJsonObject(JsonRequest(R"({"kind": "fact", "source": )"));
  ASSERT_FALSE(broken);
  EXPECT_NE(broken.error().body.find("not valid JSON"), std::string::npos);
  auto trailing = ParseJsonObject(JsonRequest(R"({"a": 1} {"b": 2})"));
  ASSERT_FALSE(trailing);
  EXPECT_EQ(trailing.error().status, 400u);
  auto spaced = ParseJsonObject(JsonRequest("  {\"a\": \"\u00e9\"}  \n"));
  ASSERT_TRUE(spaced) << spaced.error().body;
  EXPECT_EQ(spaced->at("a").as_string(), "\xc3\xa9");
}

TEST(JsonCodecTest, ReportsAnUnknownFieldWithTheAllowedOnes) {
  auto problems = Decode(R"({"name":"x","members":[],"colour":"red"})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "colour");
  EXPECT_EQ(problems[0].message, "unknown field; the allowed fields are: name, members, active");
}

TEST(JsonCodecTest, ReportsWrongTypesAndMissingFieldsAllAtOnce) {
  auto problems = Decode(R"({"name":7,"members":[{"nickname":1,"x":2},"str"],"active":"yes"})");
  ASSERT_EQ(problems.size(), 6u);
  EXPECT_EQ(problems[0].field, "name");
  EXPECT_EQ(problems[0].message, "must be a string, not a number");
  EXPECT_EQ(problems[1].field, "members[1]");
  EXPECT_EQ(problems[1].message, "must be an object, not a string");
  EXPECT_EQ(problems[2].field, "members[0].name");
  EXPECT_EQ(problems[2].message, "is required");
  EXPECT_EQ(problems[3].field, "members[0].nickname");
  EXPECT_EQ(problems[4].field, "members[0].x");
  EXPECT_EQ(problems[5].field, "active");
  EXPECT_EQ(problems[5].message, "must be true or false, not a string");
}

TEST(JsonCodecTest, EachProblemCarriesItsCodeAndParameters) {
  using domain::FieldCode;
  auto problems = Decode(R"({"name":7,"members":[{"nickname":1}],"colour":"red"})");
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].code, FieldCode::kWrongType);
  EXPECT_EQ(std::get<std::string>(*problems[0].Param("expected")), "string");
  EXPECT_EQ(std::get<std::string>(*problems[0].Param("actual")), "number");
  EXPECT_EQ(problems[1].code, FieldCode::kRequired);   // members[0].name
  EXPECT_EQ(problems[2].code, FieldCode::kWrongType);  // members[0].nickname
  EXPECT_EQ(problems[3].code, FieldCode::kUnknownField);
  EXPECT_EQ(std::get<std::vector<std::string>>(*problems[3].Param("allowed")),
            (std::vector<std::string>{"name", "members", "active"}));
}

TEST(JsonCodecTest, NullIsMissingForRequiredFields) {
  auto problems = Decode(R"({"name":null,"members":null})");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "name");
  EXPECT_EQ(problems[0].message, "is required");
  EXPECT_EQ(problems[1].field, "members");
}

TEST(JsonCodecTest, InvalidBodyListsEveryProblemInOne400) {
  Response r = InvalidBody({{"a", domain::Required()}, {"b", domain::Required()}});
  EXPECT_EQ(r.status, 400u);
  auto e = ErrorOf(r);
  EXPECT_EQ(e.at("code"), "invalid_argument");
  EXPECT_EQ(e.at("message"), "The request body has 2 problems; each is listed in fields.");
  EXPECT_EQ(e.at("fields").as_array().size(), 2u);
}

TEST(JsonCodecTest, MalformedJsonSaysWhereAndWhy) {
  auto r = ParseJsonObject(JsonRequest(R"({"name": "x",})"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 400u);
  const std::string message(ErrorOf(r.error()).at("message").as_string());
  EXPECT_EQ(message.rfind("The body is not valid JSON: ", 0), 0u) << message;
  EXPECT_NE(message.find("at offset 13"), std::string::npos) << message;

  r = ParseJsonObject(JsonRequest(R"({"a":1} trailing)"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 400u);
  r = ParseJsonObject(JsonRequest(R"({"a":)"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 400u);
  r = ParseJsonObject(JsonRequest("{\"a\":\"\xff\"}"));  // not UTF-8
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 400u);
}

TEST(JsonCodecTest, BodyMustBeAnObject) {
  for (const char* body : {"[1,2]", "\"text\"", "42", "null"}) {
    auto r = ParseJsonObject(JsonRequest(body));
    ASSERT_FALSE(r) << body;
    EXPECT_EQ(r.error().status, 400u);
    EXPECT_NE(std::string(ErrorOf(r.error()).at("message").as_string()).find("JSON object"),
              std::string::npos);
  }
  auto empty = ParseJsonObject(JsonRequest(""));
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().status, 400u);
}

TEST(JsonCodecTest, OtherContentTypesAre415) {
  for (const char* type : {"", "text/plain", "application/x-www-form-urlencoded"}) {
    auto r = ParseJsonObject(JsonRequest("{}", type));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().status, 415u) << type;
    EXPECT_EQ(ErrorOf(r.error()).at("code"), "invalid_argument");
  }
  EXPECT_TRUE(ParseJsonObject(JsonRequest("{}", "application/json; charset=utf-8")));
}

TEST(PageFromQueryTest, DefaultsAndLimits) {
  Request r;
  auto page = PageFromQuery(r, 200);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->before, 0);
  EXPECT_EQ(page->limit, 50);

  r.query = {{"before", "17"}, {"limit", "200"}};
  page = PageFromQuery(r, 200);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->before, 17);
  EXPECT_EQ(page->limit, 200);
}

TEST(PageFromQueryTest, RejectsEveryBadParameterAtOnce) {
  Request r;
  r.query = {{"before", "-1"}, {"limit", "201"}};
  auto page = PageFromQuery(r, 200);
  ASSERT_FALSE(page);
  EXPECT_EQ(page.error().code, domain::Code::kInvalidArgument);
  EXPECT_EQ(page.error().message, "The query has 2 bad parameters; see fields.");
  ASSERT_EQ(page.error().fields.size(), 2u);
  EXPECT_EQ(page.error().fields[0].field, "before");
  EXPECT_EQ(page.error().fields[1].field, "limit");
  for (const char* bad : {"", "abc", "1.5", "0x10", " 3", "0", "99999999999999999999"}) {
    r.query = {{"limit", bad}};
    EXPECT_FALSE(PageFromQuery(r, 200)) << bad;
  }
}

}  // namespace
}  // namespace stip::http
