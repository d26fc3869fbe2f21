// The Prometheus text exposition: names, labels, cumulative buckets and committer counters.
#include "http/metrics.h"

#include <gtest/gtest.h>

#include "http/router.h"

namespace stip::http {
namespace {

using boost::beast::http::verb;

bool Has(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

Router Routes() {
  Router router;
  auto ok = [](Request&) { return Response::Text(200, "", "text/plain"); };
  router.Add({verb::get, "/api/v1/me", "api.me", false, Auth::kApi, ok});
  router.Add({verb::post, "/login", "page.login", true, Auth::kPublic, ok});
  router.Add({verb::get, "/login", "page.login", false, Auth::kPublic, ok});
  return router;
}

TEST(MetricsTest, CountsRequestsByRouteMethodAndStatus) {
  Metrics metrics;
  metrics.RegisterRoutes(Routes());
  metrics.ObserveRequest("api.me", verb::get, 200, 0.002);
  metrics.ObserveRequest("api.me", verb::get, 200, 0.002);
  metrics.ObserveRequest("api.me", verb::head, 401, 0.0001);
  metrics.ObserveRequest("page.login", verb::post, 303, 0.3);
  metrics.ObserveRequest(kUnmatchedRoute, verb::delete_, 404, 0.0001);
  metrics.ObserveRequest(kUnmatchedRoute, verb::unknown, 400, 0.0001);
  const std::string text = metrics.Render();

  EXPECT_TRUE(Has(text, "# TYPE stip_http_requests_total counter"));
  EXPECT_TRUE(
      Has(text, "stip_http_requests_total{route=\"api.me\",method=\"GET\",status=\"200\"} 2"));
  // HEAD is served by the GET route and counted under the route's own method.
  EXPECT_TRUE(
      Has(text, "stip_http_requests_total{route=\"api.me\",method=\"GET\",status=\"401\"} 1"));
  EXPECT_TRUE(
      Has(text, "stip_http_requests_total{route=\"page.login\",method=\"POST\",status=\"303\"} 1"));
  EXPECT_TRUE(Has(
      text, "stip_http_requests_total{route=\"unmatched\",method=\"DELETE\",status=\"404\"} 1"));
  EXPECT_TRUE(
      Has(text, "stip_http_requests_total{route=\"unmatched\",method=\"OTHER\",status=\"400\"} 1"));
  EXPECT_EQ(text.find("status=\"500\""), std::string::npos);  // never-seen series stay out
}

TEST(MetricsTest, DurationHistogramIsCumulativePerRoute) {
  Metrics metrics;
  metrics.RegisterRoutes(Routes());
  metrics.ObserveRequest("api.me", verb::get, 200, 0.0004);
  metrics.ObserveRequest("api.me", verb::get, 200, 0.003);
  metrics.ObserveRequest("api.me", verb::get, 200, 7.0);
  const std::string text = metrics.Render();
  const std::string b = "stip_http_request_duration_seconds_bucket{route=\"api.me\",le=";
  EXPECT_TRUE(Has(text, "# TYPE stip_http_request_duration_seconds histogram"));
  EXPECT_TRUE(Has(text, b + "\"0.0005\"} 1"));
  EXPECT_TRUE(Has(text, b + "\"0.001\"} 1"));
  EXPECT_TRUE(Has(text, b + "\"0.005\"} 2"));
  EXPECT_TRUE(Has(text, b + "\"5\"} 2"));
  EXPECT_TRUE(Has(text, b + "\"+Inf\"} 3"));
  EXPECT_TRUE(Has(text, "stip_http_request_duration_seconds_count{route=\"api.me\"} 3"));
  EXPECT_TRUE(Has(text, "stip_http_request_duration_seconds_sum{route=\"api.me\"} 7.0034"));
  // Registered routes have their (empty) histogram from the start.
  EXPECT_TRUE(Has(text, "stip_http_request_duration_seconds_count{route=\"page.login\"} 0"));
}

TEST(MetricsTest, CommitterBatches) {
  Metrics metrics;
  metrics.ObserveBatch(3, 0);
  metrics.ObserveBatch(1, 5);
  metrics.ObserveBatch(0, 1);
  const std::string text = metrics.Render();
  EXPECT_TRUE(Has(text, "# TYPE stip_ledger_appends_total counter"));
  EXPECT_TRUE(Has(text, "stip_ledger_appends_total 4"));
  EXPECT_TRUE(Has(text, "stip_committer_batches_total 3"));
  EXPECT_TRUE(Has(text, "# TYPE stip_access_log_batch_size histogram"));
  EXPECT_TRUE(Has(text, "stip_access_log_batch_size_bucket{le=\"1\"} 1"));
  EXPECT_TRUE(Has(text, "stip_access_log_batch_size_bucket{le=\"4\"} 1"));
  EXPECT_TRUE(Has(text, "stip_access_log_batch_size_bucket{le=\"8\"} 2"));
  EXPECT_TRUE(Has(text, "stip_access_log_batch_size_bucket{le=\"+Inf\"} 2"));
  EXPECT_TRUE(Has(text, "stip_access_log_batch_size_sum 6"));
  EXPECT_TRUE(Has(text, "stip_access_log_batch_size_count 2"));
}

TEST(MetricsTest, EveryLineIsACommentOrASample) {
  Metrics metrics;
  metrics.RegisterRoutes(Routes());
  metrics.ObserveRequest("api.me", verb::get, 200, 0.01);
  const std::string text = metrics.Render();
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.starts_with("# HELP ") || line.starts_with("# TYPE ")) continue;
    ASSERT_TRUE(line.starts_with("stip_")) << line;
    const auto space = line.rfind(' ');
    ASSERT_NE(space, std::string::npos) << line;
    const std::string value = line.substr(space + 1);
    EXPECT_FALSE(value.empty()) << line;
    EXPECT_EQ(value.find_first_not_of("0123456789.e-+"), std::string::npos) << line;
  }
}

}  // namespace
}  // namespace stip::http
