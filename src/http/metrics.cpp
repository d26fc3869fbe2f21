#include "http/metrics.h"

#include <charconv>
#include <span>

#include "app/committer.h"
#include "http/router.h"

namespace stip::http {
namespace {

// Request durations from 0.5 ms (a cached page) to 5 s (something is badly wrong).
constexpr std::array<double, 13> kDurationBuckets = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
// Access-log lines per committed batch; the committer's largest batch is 1024.
constexpr std::array<double, 11> kBatchBuckets = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};

constexpr unsigned kMinStatus = 100;
constexpr unsigned kMaxStatus = 599;

std::string Number(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : std::string("NaN");
}

// Label values may hold any text; the exposition format escapes \, " and newlines.
std::string Escape(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

// Methods under which unmatched requests are counted; anything else is "OTHER".
constexpr std::array<boost::beast::http::verb, 7> kUnmatchedMethods = {
    boost::beast::http::verb::get,    boost::beast::http::verb::head,
    boost::beast::http::verb::post,   boost::beast::http::verb::put,
    boost::beast::http::verb::patch,  boost::beast::http::verb::delete_,
    boost::beast::http::verb::options};

}  // namespace

// Bucket counts are kept per bucket (not cumulative) so one observation touches one atomic;
// Render() accumulates. The sum is kept in integral units (ns, or items) for the same reason.
struct Metrics::Histogram {
  // `scale` integral units per observed unit: 1e9 for seconds kept as ns, 1 for counts.
  Histogram(std::span<const double> b, double s) : bounds(b), scale(s), counts(b.size() + 1) {}
  void Observe(double value) {
    std::size_t i = 0;
    while (i < bounds.size() && value > bounds[i]) ++i;
    counts[i].fetch_add(1, std::memory_order_relaxed);
    const double units = value * scale;
    sum.fetch_add(units > 0 ? static_cast<std::uint64_t>(units + 0.5) : 0,
                  std::memory_order_relaxed);
  }
  void Render(std::string& out, std::string_view name, std::string_view labels) const {
    std::uint64_t cumulative = 0;
    const std::string sep = labels.empty() ? "" : ",";
    for (std::size_t i = 0; i <= bounds.size(); ++i) {
      cumulative += counts[i].load(std::memory_order_relaxed);
      const std::string le = i < bounds.size() ? Number(bounds[i]) : "+Inf";
      out += std::string(name) + "_bucket{" + std::string(labels) + sep + "le=\"" + le + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    const std::string braces = labels.empty() ? "" : "{" + std::string(labels) + "}";
    out += std::string(name) + "_sum" + braces + " " +
           Number(static_cast<double>(sum.load(std::memory_order_relaxed)) / scale) + "\n";
    out += std::string(name) + "_count" + braces + " " + std::to_string(cumulative) + "\n";
  }

  std::span<const double> bounds;
  double scale;
  std::vector<std::atomic<std::uint64_t>> counts;
  std::atomic<std::uint64_t> sum{0};
};

// One (route, method) pair; statuses are indexed directly, so any status is counted exactly.
struct Metrics::Series {
  std::string method;
  std::array<std::atomic<std::uint64_t>, kMaxStatus - kMinStatus + 1> by_status{};
};

struct Metrics::RouteMetrics {
  RouteMetrics() : duration(kDurationBuckets, 1e9) {}
  Histogram duration;
  std::vector<std::unique_ptr<Series>> series;  // one per method the route name is used with

  Series& For(boost::beast::http::verb method) {
    const std::string_view name = boost::beast::http::to_string(method);
    for (auto& s : series) {
      if (s->method == name) return *s;
    }
    return *series.back();  // unmatched: "OTHER"; a named route: its own method (HEAD -> GET)
  }
  void Add(std::string_view method) {
    for (auto& s : series) {
      if (s->method == method) return;
    }
    auto s = std::make_unique<Series>();
    s->method = std::string(method);
    series.push_back(std::move(s));
  }
};

Metrics::Metrics() : batch_size_(std::make_unique<Histogram>(kBatchBuckets, 1.0)) {
  auto unmatched = std::make_unique<RouteMetrics>();
  for (auto m : kUnmatchedMethods) unmatched->Add(boost::beast::http::to_string(m));
  unmatched->Add("OTHER");
  routes_.emplace(std::string(kUnmatchedRoute), std::move(unmatched));
}

Metrics::~Metrics() {
  if (committer_) committer_->SetObserver(nullptr);
}

void Metrics::RegisterRoutes(const Router& router) {
  for (const Route& route : router.routes()) {
    auto& slot = routes_[route.name];
    if (!slot) slot = std::make_unique<RouteMetrics>();
    slot->Add(boost::beast::http::to_string(route.method));
  }
}

void Metrics::WatchCommitter(app::Committer& committer) {
  committer_ = &committer;
  committer.SetObserver(
      [this](std::size_t appends, std::size_t access) { ObserveBatch(appends, access); });
}

void Metrics::ObserveRequest(std::string_view route_name, boost::beast::http::verb method,
                             unsigned status, double seconds) {
  auto it = routes_.find(route_name);
  if (it == routes_.end()) it = routes_.find(kUnmatchedRoute);  // added after registration
  RouteMetrics& route = *it->second;
  route.duration.Observe(seconds);
  if (status < kMinStatus || status > kMaxStatus) status = 500;
  route.For(method).by_status[status - kMinStatus].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::ObserveBatch(std::size_t appends, std::size_t access) {
  batches_.fetch_add(1, std::memory_order_relaxed);
  appends_.fetch_add(appends, std::memory_order_relaxed);
  if (access > 0) batch_size_->Observe(static_cast<double>(access));
}

std::string Metrics::Render() const {
  std::string out;
  out.reserve(4096 + routes_.size() * 1024);
  out +=
      "# HELP stip_http_requests_total HTTP requests by route name, method and status.\n"
      "# TYPE stip_http_requests_total counter\n";
  for (const auto& [name, route] : routes_) {
    for (const auto& series : route->series) {
      for (unsigned i = 0; i < series->by_status.size(); ++i) {
        const auto n = series->by_status[i].load(std::memory_order_relaxed);
        if (n == 0) continue;
        out += "stip_http_requests_total{route=\"" + Escape(name) + "\",method=\"" +
               Escape(series->method) + "\",status=\"" + std::to_string(i + kMinStatus) + "\"} " +
               std::to_string(n) + "\n";
      }
    }
  }
  out +=
      "# HELP stip_http_request_duration_seconds Time from a complete request to its response, "
      "by route name.\n"
      "# TYPE stip_http_request_duration_seconds histogram\n";
  for (const auto& [name, route] : routes_) {
    route->duration.Render(out, "stip_http_request_duration_seconds",
                           "route=\"" + Escape(name) + "\"");
  }
  out +=
      "# HELP stip_ledger_appends_total Ledger appends made durable by the group committer.\n"
      "# TYPE stip_ledger_appends_total counter\n"
      "stip_ledger_appends_total " +
      std::to_string(appends_.load(std::memory_order_relaxed)) +
      "\n"
      "# HELP stip_committer_batches_total Transactions committed by the group committer.\n"
      "# TYPE stip_committer_batches_total counter\n"
      "stip_committer_batches_total " +
      std::to_string(batches_.load(std::memory_order_relaxed)) +
      "\n"
      "# HELP stip_access_log_batch_size Access-log lines per committed batch (batches with "
      "at least one line).\n"
      "# TYPE stip_access_log_batch_size histogram\n";
  batch_size_->Render(out, "stip_access_log_batch_size", "");
  return out;
}

}  // namespace stip::http
