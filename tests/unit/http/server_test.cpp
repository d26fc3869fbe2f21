// The Beast server over real sockets (port 0): keep-alive, limits, timeouts, a blocked handler
// not blocking the I/O thread, and graceful stop. The application is replaced by a fake
// authenticator; full end-to-end tests against the binary live in tests/e2e.
#include "http/server.h"

#include <sys/socket.h>
#include <sys/time.h>

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "http/dispatch.h"
#include "http/metrics.h"

namespace stip::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using boost::beast::http::verb;

class NobodyAuthenticator : public Authenticator {
 public:
  domain::Result<app::Principal> FromSession(const std::string&) override {
    return domain::Fail(domain::Code::kUnauthenticated, "no");
  }
  domain::Result<app::Principal> FromBearer(const std::string&) override {
    return domain::Fail(domain::Code::kUnauthenticated, "no");
  }
};

// A handler that waits until the test opens the gate.
class Gate {
 public:
  void Open() {
    std::lock_guard lock(mu_);
    open_ = true;
    cv_.notify_all();
  }
  void Wait() {
    std::unique_lock lock(mu_);
    ++entered_;
    cv_.notify_all();
    cv_.wait(lock, [this] { return open_; });
  }
  // Until `count` handlers wait at the gate.
  void WaitEntered(int count = 1) {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [this, count] { return entered_ >= count; });
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool open_ = false;
  int entered_ = 0;
};

// A blocking client with a receive timeout, so a broken server fails the test instead of
// hanging it.
class Client {
 public:
  explicit Client(unsigned short port) : socket_(ioc_) {
    socket_.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
    timeval tv{5, 0};
    ::setsockopt(socket_.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }

  bhttp::response<bhttp::string_body> Send(
      verb method, const std::string& target, std::string body = "",
      std::vector<std::pair<std::string, std::string>> extra = {}) {
    bhttp::request<bhttp::string_body> req(method, target, 11);
    req.set(bhttp::field::host, "localhost");
    for (auto& [k, v] : extra) req.set(k, v);
    req.body() = std::move(body);
    req.prepare_payload();
    bhttp::write(socket_, req);
    return Read(method == verb::head);
  }

  void SendRaw(const std::string& bytes) { asio::write(socket_, asio::buffer(bytes)); }

  bhttp::response<bhttp::string_body> Read(bool head = false) {
    bhttp::response_parser<bhttp::string_body> parser;
    parser.skip(head);
    bhttp::read(socket_, buffer_, parser);
    return parser.release();
  }

  // True when the server has closed the connection (EOF or reset).
  bool Closed() {
    char c;
    beast::error_code ec;
    socket_.read_some(asio::buffer(&c, 1), ec);
    return ec == asio::error::eof || ec == asio::error::connection_reset;
  }

 private:
  asio::io_context ioc_;
  tcp::socket socket_;
  beast::flat_buffer buffer_;
};

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.Add({verb::get, "/healthz", "ops.healthz", false, Auth::kPublic,
                 [](Request&) { return Response::Text(200, "ok", "text/plain"); },
                 /*on_io_thread=*/true});
    router_.Add({verb::post, "/echo", "echo", false, Auth::kPublic, [](Request& r) {
                   return Response::Text(200, r.body + "|" + r.Header("x-test"), "text/plain");
                 }});
    router_.Add({verb::get, "/slow", "slow", false, Auth::kPublic, [this](Request&) {
                   gate_.Wait();
                   return Response::Text(200, "done", "text/plain");
                 }});
    router_.Add({verb::get, "/boom", "boom", false, Auth::kPublic,
                 [](Request&) -> Response { throw std::runtime_error("kaput"); }});
    router_.Add({verb::delete_, "/gone", "gone", false, Auth::kPublic,
                 [](Request&) { return Response::Text(204, "", ""); }});
  }

  unsigned short Start(ServerOptions options = {}) {
    options.port = 0;
    if (options.io_threads > 2) options.io_threads = 2;
    options.worker_threads = 4;
    server_ = std::make_unique<Server>(options, router_, auth_, &metrics_);
    auto port = server_->Start();
    EXPECT_TRUE(port) << port.error().message;
    return port ? *port : 0;
  }

  void TearDown() override {
    gate_.Open();
    if (server_) server_->Stop();
  }

  Router router_;
  NobodyAuthenticator auth_;
  Metrics metrics_;
  Gate gate_;
  std::unique_ptr<Server> server_;
};

TEST_F(ServerTest, ServesSeveralRequestsOnOneKeptAliveConnection) {
  Client client(Start());
  for (int i = 0; i < 3; ++i) {
    auto res = client.Send(verb::post, "/echo", "hallo", {{"X-Test", "t"}});
    EXPECT_EQ(res.result_int(), 200u);
    EXPECT_EQ(res.body(), "hallo|t");
    EXPECT_TRUE(res.keep_alive());
    EXPECT_EQ(res[bhttp::field::x_frame_options], "DENY");
    EXPECT_EQ(res[bhttp::field::cache_control], "no-store");
  }
  EXPECT_NE(metrics_.Render().find(
                "stip_http_requests_total{route=\"echo\",method=\"POST\",status=\"200\"} 3"),
            std::string::npos);
}

TEST_F(ServerTest, LivenessAnswersWhileEveryWorkerIsBlocked) {
  // /healthz answers from memory on the I/O thread (Route::on_io_thread): a liveness probe
  // still gets its "ok" when every worker waits (here: all 4 on the gate), as it should, since
  // the process is alive and will answer the others when they are free.
  const auto port = Start();
  std::vector<std::future<std::string>> slow;
  for (int i = 0; i < 4; ++i) {
    slow.push_back(std::async(std::launch::async, [port] {
      Client c(port);
      return c.Send(verb::get, "/slow").body();
    }));
  }
  gate_.WaitEntered(4);
  Client probe(port);
  auto res = probe.Send(verb::get, "/healthz?probe=1");
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.body(), "ok");
  EXPECT_EQ(res["X-Content-Type-Options"], "nosniff");  // the standard headers too
  EXPECT_NE(metrics_.Render().find(
                "stip_http_requests_total{route=\"ops.healthz\",method=\"GET\",status=\"200\"} 1"),
            std::string::npos);
  gate_.Open();
  for (auto& f : slow) EXPECT_EQ(f.get(), "done");
}

TEST_F(ServerTest, HeadHasTheLengthButNoBody) {
  Client client(Start());
  auto res = client.Send(verb::head, "/healthz");
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res[bhttp::field::content_length], "2");
  EXPECT_TRUE(res.body().empty());
  EXPECT_EQ(client.Send(verb::get, "/healthz").body(), "ok");  // the connection is still in sync
}

TEST_F(ServerTest, NoContentHasNoBodyHeaders) {
  Client client(Start());
  auto res = client.Send(verb::delete_, "/gone");
  EXPECT_EQ(res.result_int(), 204u);
  EXPECT_EQ(res.count(bhttp::field::content_type), 0u);
  EXPECT_EQ(client.Send(verb::get, "/healthz").body(), "ok");
}

TEST_F(ServerTest, OversizedBodyIs413AndCloses) {
  ServerOptions options;
  options.body_limit = 1024;
  Client client(Start(options));
  auto res = client.Send(verb::post, "/echo", std::string(2048, 'x'));
  EXPECT_EQ(res.result_int(), 413u);
  EXPECT_NE(res.body().find("\"code\":\"resource_exhausted\""), std::string::npos);
  EXPECT_NE(res.body().find("1 KiB"), std::string::npos);
  EXPECT_FALSE(res.keep_alive());
  EXPECT_TRUE(client.Closed());
}

TEST_F(ServerTest, OversizedChunkedBodyIs413) {
  ServerOptions options;
  options.body_limit = 1024;
  Client client(Start(options));
  std::string chunk(800, 'y');
  client.SendRaw(
      "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
      "320\r\n" +
      chunk + "\r\n320\r\n" + chunk + "\r\n0\r\n\r\n");
  EXPECT_EQ(client.Read().result_int(), 413u);
}

TEST_F(ServerTest, ExpectContinueGetsAnInterimResponse) {
  Client client(Start());
  client.SendRaw(
      "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
      "Expect: 100-continue\r\n\r\n");
  EXPECT_EQ(client.Read().result_int(), 100u);
  client.SendRaw("abc");
  auto res = client.Read();
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.body(), "abc|");
}

TEST_F(ServerTest, HugeHeadersAre431) {
  ServerOptions options;
  options.header_limit = 1024;
  Client client(Start(options));
  auto res = client.Send(verb::get, "/healthz", "", {{"X-Big", std::string(4096, 'h')}});
  EXPECT_EQ(res.result_int(), 431u);
  EXPECT_TRUE(client.Closed());
}

TEST_F(ServerTest, GarbageIs400Json) {
  Client client(Start());
  client.SendRaw("NOT HTTP AT ALL\r\n\r\n");
  auto res = client.Read();
  EXPECT_EQ(res.result_int(), 400u);
  EXPECT_EQ(res[bhttp::field::content_type], "application/json");
}

TEST_F(ServerTest, Http10IsAnsweredInHttp10AndTheConnectionCloses) {
  Client client(Start());
  client.SendRaw("GET /healthz HTTP/1.0\r\n\r\n");
  auto res = client.Read();
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.version(), 10u);
  EXPECT_EQ(res.body(), "ok");
  EXPECT_TRUE(client.Closed()) << "HTTP/1.0 without keep-alive closes after the answer";
}

TEST_F(ServerTest, AnotherHttpVersionIs505Json) {
  Client client(Start());
  client.SendRaw("GET /healthz HTTP/2.0\r\nHost: localhost\r\n\r\n");
  auto res = client.Read();
  EXPECT_EQ(res.result_int(), 505u) << res.body();
  EXPECT_EQ(res[bhttp::field::content_type], "application/json");
  EXPECT_NE(res.body().find("HTTP/1.1"), std::string::npos) << res.body();
}

TEST_F(ServerTest, AFoldedHeaderIsReadAsOneLineJoinedByASpace) {
  Client client(Start());
  client.SendRaw(
      "POST /echo HTTP/1.1\r\nHost: localhost\r\nX-Test: first\r\n second\r\n"
      "Content-Length: 4\r\n\r\nbody");
  auto res = client.Read();
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.body(), "body|first second");
}

TEST_F(ServerTest, HandlerExceptionIs500AndTheServerLivesOn) {
  Client client(Start());
  EXPECT_EQ(client.Send(verb::get, "/boom").result_int(), 500u);
  EXPECT_EQ(client.Send(verb::get, "/healthz").result_int(), 200u);
}

TEST_F(ServerTest, ABlockedHandlerDoesNotBlockTheIoThread) {
  ServerOptions options;
  options.io_threads = 1;
  const unsigned short port = Start(options);
  auto slow = std::async(std::launch::async, [port] {
    Client c(port);
    return c.Send(verb::get, "/slow").body();
  });
  gate_.WaitEntered();
  Client fast(port);
  EXPECT_EQ(fast.Send(verb::get, "/healthz").body(), "ok");  // while /slow is still blocked
  gate_.Open();
  EXPECT_EQ(slow.get(), "done");
}

TEST_F(ServerTest, IdleKeepAliveConnectionsTimeOut) {
  ServerOptions options;
  options.idle_timeout = std::chrono::milliseconds(200);
  Client client(Start(options));
  EXPECT_EQ(client.Send(verb::get, "/healthz").result_int(), 200u);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(client.Closed());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
}

TEST_F(ServerTest, StopLetsTheRequestInFlightFinishAndClosesIdleConnections) {
  const unsigned short port = Start();
  Client idle(port);
  EXPECT_EQ(idle.Send(verb::get, "/healthz").result_int(), 200u);
  auto slow = std::async(std::launch::async, [port] {
    Client c(port);
    auto res = c.Send(verb::get, "/slow");
    return std::make_pair(res.body(), res.keep_alive());
  });
  gate_.WaitEntered();
  auto stopping = std::async(std::launch::async, [this] { server_->Stop(); });
  EXPECT_TRUE(idle.Closed());
  EXPECT_EQ(stopping.wait_for(std::chrono::milliseconds(100)), std::future_status::timeout);
  gate_.Open();
  auto [body, keep_alive] = slow.get();
  EXPECT_EQ(body, "done");
  EXPECT_FALSE(keep_alive);  // told to go away
  stopping.get();
  beast::error_code ec;
  asio::io_context ioc;
  tcp::socket s(ioc);
  s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
  EXPECT_TRUE(ec);  // no longer accepting
}

TEST_F(ServerTest, RunUntilSignalReturnsAfterStop) {
  Start();
  auto running = std::async(std::launch::async, [this] { server_->RunUntilSignal(); });
  EXPECT_EQ(running.wait_for(std::chrono::milliseconds(100)), std::future_status::timeout);
  server_->Stop();
  EXPECT_EQ(running.wait_for(std::chrono::seconds(5)), std::future_status::ready);
}

TEST_F(ServerTest, StartFailsCleanlyOnABusyPort) {
  const unsigned short port = Start();
  ServerOptions options;
  options.port = port;
  Server second(options, router_, auth_, nullptr);
  auto result = second.Start();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, domain::Code::kUnavailable);
}

}  // namespace
}  // namespace stip::http
