// Prometheus metrics of the HTTP server and the group committer, rendered in the text exposition
// format for GET /metrics. Series are created at start-up from the route table; recording is
// lock-free (one atomic per counter and bucket), so it costs nothing noticeable per request.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <boost/beast/http/verb.hpp>

namespace stip::app {
class Committer;
}

namespace stip::http {

class Router;

// Route name under which requests that match no route are counted.
inline constexpr std::string_view kUnmatchedRoute = "unmatched";

class Metrics {
 public:
  Metrics();
  ~Metrics();  // stops watching the committer (if any)
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  // Creates the series of every route in `router`. Call after all routes are added and before
  // the first request (the Server does this in its constructor); not thread-safe with Observe*.
  void RegisterRoutes(const Router& router);
  // Counts the committer's batches (SetObserver). The committer must outlive this object.
  void WatchCommitter(app::Committer& committer);

  // One finished request. `route_name` is the matched route's name, or kUnmatchedRoute.
  void ObserveRequest(std::string_view route_name, boost::beast::http::verb method, unsigned status,
                      double seconds);
  // One committed batch of `appends` ledger appends and `access` access-log lines.
  void ObserveBatch(std::size_t appends, std::size_t access);

  // The Prometheus text exposition (version 0.0.4) of every series.
  std::string Render() const;

 private:
  struct Histogram;
  struct Series;
  struct RouteMetrics;

  std::map<std::string, std::unique_ptr<RouteMetrics>, std::less<>> routes_;
  std::unique_ptr<Histogram> batch_size_;
  std::atomic<std::uint64_t> appends_{0};
  std::atomic<std::uint64_t> batches_{0};
  app::Committer* committer_ = nullptr;
};

}  // namespace stip::http
