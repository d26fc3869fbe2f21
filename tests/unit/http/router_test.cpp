// The route table: parameters, specificity, 404 versus 405, and start-up errors.
#include "http/router.h"

#include <gtest/gtest.h>

namespace stip::http {
namespace {

using boost::beast::http::verb;

Route Make(verb method, std::string pattern, std::string name) {
  return Route{method,          std::move(pattern),
               std::move(name), false,
               Auth::kPublic,   [](Request&) { return Response::Text(200, "", "text/plain"); }};
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.Add(Make(verb::get, "/", "home"));
    router_.Add(Make(verb::get, "/api/v1/families", "families.list"));
    router_.Add(Make(verb::post, "/api/v1/families", "families.create"));
    router_.Add(Make(verb::get, "/api/v1/families/{id}", "families.get"));
    router_.Add(Make(verb::get, "/api/v1/families/{id}/entries/{entry}", "entries.get"));
    router_.Add(Make(verb::get, "/families/{id}", "page.family"));
    router_.Add(Make(verb::get, "/families/new", "page.new"));  // added after {id} on purpose
    router_.Add(Make(verb::get, "/static/{file...}", "static"));
  }

  const Route* Match(verb method, const std::string& path) {
    return router_.Match(method, path, params_, exists_);
  }

  Router router_;
  std::map<std::string, std::string> params_;
  bool exists_ = false;
};

TEST_F(RouterTest, MatchesLiteralPaths) {
  const Route* r = Match(verb::get, "/api/v1/families");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->name, "families.list");
  EXPECT_TRUE(params_.empty());
  ASSERT_NE(Match(verb::get, "/"), nullptr);
  EXPECT_EQ(Match(verb::get, "/")->name, "home");
}

TEST_F(RouterTest, FillsParameters) {
  const Route* r = Match(verb::get, "/api/v1/families/fam_1/entries/ent_2");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->name, "entries.get");
  EXPECT_EQ(params_.at("id"), "fam_1");
  EXPECT_EQ(params_.at("entry"), "ent_2");
}

TEST_F(RouterTest, SegmentsAreDecodedAfterSplittingSoAnEscapedSlashStaysInside) {
  const Route* r = Match(verb::get, "/api/v1/families/fam%2Fx%20y/entries/ent_2");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->name, "entries.get");
  EXPECT_EQ(params_.at("id"), "fam/x y");
  // Decoded first, "fam_1%2Fentries%2Fent_2" would have been the entries route.
  r = Match(verb::get, "/api/v1/families/fam_1%2Fentries%2Fent_2");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(params_.at("id"), "fam_1/entries/ent_2");
  EXPECT_EQ(Match(verb::get, "/api/v1/fam%69lies")->name, "families.list");
}

TEST_F(RouterTest, SameMethodPicksByMethod) {
  ASSERT_NE(Match(verb::post, "/api/v1/families"), nullptr);
  EXPECT_EQ(Match(verb::post, "/api/v1/families")->name, "families.create");
}

TEST_F(RouterTest, LiteralSegmentBeatsParameterWhateverTheOrder) {
  ASSERT_NE(Match(verb::get, "/families/new"), nullptr);
  EXPECT_EQ(Match(verb::get, "/families/new")->name, "page.new");
  ASSERT_NE(Match(verb::get, "/families/fam_9"), nullptr);
  EXPECT_EQ(Match(verb::get, "/families/fam_9")->name, "page.family");
  EXPECT_EQ(params_.at("id"), "fam_9");
}

TEST_F(RouterTest, RestParameterTakesTheRemainder) {
  const Route* r = Match(verb::get, "/static/css/stip.css");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(params_.at("file"), "css/stip.css");
  EXPECT_EQ(Match(verb::get, "/static/"), nullptr);
}

TEST_F(RouterTest, UnknownPathIsNotFound) {
  EXPECT_EQ(Match(verb::get, "/api/v1/nothing"), nullptr);
  EXPECT_FALSE(exists_);
  EXPECT_EQ(Match(verb::get, "/api/v1/families/"), nullptr);  // empty {id}
  EXPECT_FALSE(exists_);
  EXPECT_EQ(Match(verb::get, "/api/v1/families/x/extra"), nullptr);
  EXPECT_FALSE(exists_);
  EXPECT_EQ(Match(verb::get, ""), nullptr);
}

TEST_F(RouterTest, KnownPathWithOtherMethodIsMethodNotAllowed) {
  EXPECT_EQ(Match(verb::delete_, "/api/v1/families"), nullptr);
  EXPECT_TRUE(exists_);
  const auto allowed = router_.AllowedMethods("/api/v1/families");
  ASSERT_EQ(allowed.size(), 2u);
  EXPECT_EQ(allowed[0], verb::get);
  EXPECT_EQ(allowed[1], verb::post);
}

TEST_F(RouterTest, BrokenTablesStopTheStartUp) {
  EXPECT_THROW(router_.Add(Make(verb::get, "/api/v1/families", "again")), std::invalid_argument);
  EXPECT_THROW(router_.Add(Make(verb::get, "no-slash", "x")), std::invalid_argument);
  EXPECT_THROW(router_.Add(Make(verb::get, "/a/{}", "x")), std::invalid_argument);
  EXPECT_THROW(router_.Add(Make(verb::get, "/a/x{id}", "x")), std::invalid_argument);
  EXPECT_THROW(router_.Add(Make(verb::get, "/a/{rest...}/b", "x")), std::invalid_argument);
}

TEST_F(RouterTest, OnlyPublicLiteralRoutesMayRunOnTheIoThread) {
  Route ping = Make(verb::get, "/ping", "ping");
  ping.on_io_thread = true;
  router_.Add(ping);
  EXPECT_TRUE(router_.RunsOnIoThread(verb::get, "/ping"));
  EXPECT_FALSE(router_.RunsOnIoThread(verb::post, "/ping"));
  EXPECT_FALSE(router_.RunsOnIoThread(verb::get, "/ping/x"));
  EXPECT_FALSE(router_.RunsOnIoThread(verb::get, "/api/v1/families"));  // a worker route

  Route with_param = Make(verb::get, "/p/{id}", "p");
  with_param.on_io_thread = true;
  EXPECT_THROW(router_.Add(with_param), std::invalid_argument);
  Route logged_in = Make(verb::get, "/mine", "mine");
  logged_in.auth = Auth::kApi;  // needs a credential lookup: the store
  logged_in.on_io_thread = true;
  EXPECT_THROW(router_.Add(logged_in), std::invalid_argument);
}

}  // namespace
}  // namespace stip::http
