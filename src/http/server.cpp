#include "http/server.h"

#include <array>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include <spdlog/spdlog.h>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "http/dispatch.h"
#include "http/metrics.h"

namespace stip::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {
class Connection;
}

struct Server::Impl {
  Impl(ServerOptions o, Router& r, std::unique_ptr<Authenticator> owned, Authenticator& a,
       Metrics* m)
      : options(std::move(o)),
        router(r),
        owned_auth(std::move(owned)),
        dispatcher(r, a, m, DispatchOptions{options.secure_cookies, options.trusted_proxies}),
        metrics(m),
        acceptor(asio::make_strand(ioc)),
        accept_retry(acceptor.get_executor()) {}

  void Accept();
  void Register(Connection* c, std::weak_ptr<Connection> w) {
    std::lock_guard lock(mu);
    connections.emplace(c, std::move(w));
  }
  void Unregister(Connection* c) {
    std::lock_guard lock(mu);
    connections.erase(c);
    cv.notify_all();
  }
  void RequestStop() {
    std::lock_guard lock(mu);
    stop_requested = true;
    cv.notify_all();
  }

  ServerOptions options;
  Router& router;
  std::unique_ptr<Authenticator> owned_auth;
  Dispatcher dispatcher;
  Metrics* metrics;
  std::atomic<bool> stopping{false};

  // Declared before the io_context and the pool: handlers still queued there hold connections,
  // whose destructors unregister here.
  std::mutex mu;
  std::condition_variable cv;
  std::unordered_map<Connection*, std::weak_ptr<Connection>> connections;
  bool stop_requested = false;

  std::mutex stop_mu;  // serialises Start/Stop
  bool started = false;
  bool stopped = false;

  asio::io_context ioc;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  tcp::acceptor acceptor;
  asio::steady_timer accept_retry;
  std::unique_ptr<asio::signal_set> signals;
  std::unique_ptr<asio::thread_pool> workers;  // destroyed before the io_context
  std::vector<std::thread> io_threads;
};

namespace {

Response ServerError(unsigned status, domain::Code code, std::string message) {
  Response r = Response::FromError(domain::Error{code, std::move(message), {}});
  r.status = status;
  AddStandardHeaders(r);
  return r;
}

std::string SizeText(std::size_t bytes) {
  if (bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MiB";
  if (bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// One TCP connection: reads a request, hands it to the worker pool, writes the response on its
// strand, and repeats while the client keeps the connection alive.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Server::Impl& server)
      : stream_(std::move(socket)), server_(server) {}
  ~Connection() { server_.Unregister(this); }

  void Start() {
    beast::error_code endpoint_ec;  // once per connection, not per request
    const auto remote = stream_.socket().remote_endpoint(endpoint_ec);
    if (!endpoint_ec) remote_ip_ = remote.address().to_string();
    server_.Register(this, weak_from_this());
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadHeader(); });
  }

  // On the strand, at server stop: an idle connection closes now, a busy one after its response.
  void Shutdown() {
    if (state_ == State::kIdle) {
      Close();
    }
  }

  asio::any_io_executor executor() { return stream_.get_executor(); }

 private:
  enum class State { kIdle, kReading, kBusy, kClosed };

  void ReadHeader() {
    if (server_.stopping.load()) return Close();
    state_ = State::kIdle;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.header_limit));
    parser_->body_limit(server_.options.body_limit);
    stream_.expires_after(first_ ? server_.options.read_timeout : server_.options.idle_timeout);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    state_ = State::kReading;
    first_ = false;
    stream_.expires_after(server_.options.read_timeout);
    if (auto length = parser_->content_length(); length && *length > server_.options.body_limit) {
      return Fail(413, domain::Code::kResourceExhausted, TooLarge());
    }
    const auto& req = parser_->get();
    if (beast::iequals(req[bhttp::field::expect], "100-continue")) {
      // Clients such as curl wait for this before sending a larger body.
      auto cont = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_,
                                                                       req.version());
      return bhttp::async_write(
          stream_, *cont, [self = shared_from_this(), cont](beast::error_code wec, std::size_t) {
            if (wec) return self->Close();
            self->ReadBody();
          });
    }
    ReadBody();
  }

  void ReadBody() {
    if (parser_->is_done()) return OnBody({});
    bhttp::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnBody(ec); });
  }

  void OnBody(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    state_ = State::kBusy;
    stream_.expires_never();  // the handler may wait for a durable commit
    auto& req = parser_->get();
    keep_alive_ = req.keep_alive();
    version_ = req.version();
    head_ = req.method() == bhttp::verb::head;

    Request request;
    request.method = req.method();
    request.target = std::string(req.target());
    for (const auto& field : req) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto [it, fresh] = request.headers.emplace(name, std::string(field.value()));
      if (!fresh) it->second += (name == "cookie" ? "; " : ", ") + std::string(field.value());
    }
    request.body = std::move(req.body());
    request.remote_ip = remote_ip_;

    if (server_.dispatcher.RunsOnIoThread(request.method, request.target)) {
      // Answers from memory (Route::on_io_thread): no hand-over to a worker and back.
      Response response = server_.dispatcher.Handle(request);
      return Write(std::move(response), false);
    }
    asio::post(*server_.workers, [self = shared_from_this(),
                                  request = std::move(request)]() mutable {
      Response response = self->server_.dispatcher.Handle(request);
      asio::post(self->stream_.get_executor(), [self, response = std::move(response)]() mutable {
        self->Write(std::move(response), false);
      });
    });
  }

  void OnReadError(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
        state_ == State::kClosed) {
      return Close();
    }
    if (ec == bhttp::error::body_limit) {
      return Fail(413, domain::Code::kResourceExhausted, TooLarge());
    }
    if (ec == bhttp::error::header_limit) {
      return Fail(
          431, domain::Code::kResourceExhausted,
          "The request headers are larger than " + SizeText(server_.options.header_limit) + ".");
    }
    if (state_ == State::kIdle && parser_ && !parser_->got_some()) return Close();
    if (ec == bhttp::error::bad_version && NamesAnHttpVersion()) {
      return Fail(505, domain::Code::kInvalidArgument,
                  "Stip speaks HTTP/1.1 (and answers HTTP/1.0); send the request as HTTP/1.1.");
    }
    Fail(400, domain::Code::kInvalidArgument,
         "This is not a valid HTTP/1.1 request: " + ec.message() + ".");
  }

  // Whether the unparsed request line ends in a well-formed "HTTP/x.y" that Beast refused: a
  // version we do not speak (505), as opposed to something that is not HTTP at all (400).
  bool NamesAnHttpVersion() const {
    const auto bytes = buffer_.data();
    const std::string_view text(static_cast<const char*>(bytes.data()), bytes.size());
    const std::string_view line = text.substr(0, text.find("\r\n"));
    if (line.size() < 9) return false;
    const std::string_view version = line.substr(line.size() - 9);
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    return version.starts_with(" HTTP/") && digit(version[6]) && version[7] == '.' &&
           digit(version[8]);
  }

  std::string TooLarge() const {
    return "The request body is larger than " + SizeText(server_.options.body_limit) +
           "; send less.";
  }

  // A response the server makes itself (the request never reached a handler); then close.
  void Fail(unsigned status, domain::Code code, std::string message) {
    state_ = State::kBusy;
    keep_alive_ = false;
    head_ = false;
    Response r = ServerError(status, code, std::move(message));
    if (server_.metrics) {
      server_.metrics->ObserveRequest(kUnmatchedRoute, bhttp::verb::unknown, status, 0.0);
    }
    Write(std::move(r), true);
  }

  void Write(Response r, bool draining) {
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>();
    res->version(version_);
    res->result(r.status);
    const bool no_body = r.status == 204 || r.status == 304 || r.status < 200;
    if (!no_body) res->set(bhttp::field::content_type, r.content_type);
    for (auto& [name, value] : r.headers) res->insert(name, value);
    const bool close = !keep_alive_ || server_.stopping.load();
    res->keep_alive(!close);
    if (!no_body) {
      res->content_length(r.body.size());
      if (!head_) res->body() = std::move(r.body);
    }
    stream_.expires_after(server_.options.read_timeout);  // a client that never reads
    bhttp::async_write(
        stream_, *res,
        [self = shared_from_this(), res, close, draining](beast::error_code ec, std::size_t) {
          if (ec) return self->Close();
          if (close) return self->Linger(draining);
          self->ReadHeader();
        });
  }

  // Half-close, then read and discard what the client still sends for a moment: closing with
  // unread input would reset the connection and could destroy the response we just sent.
  void Linger(bool draining) {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (!draining || ec) return Close();
    state_ = State::kClosed;
    stream_.expires_after(std::chrono::seconds(2));
    Drain();
  }

  void Drain() {
    stream_.async_read_some(asio::buffer(scratch_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) return self->Close();
                              self->Drain();
                            });
  }

  void Close() {
    state_ = State::kClosed;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  Server::Impl& server_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::array<char, 4096> scratch_{};
  State state_ = State::kIdle;
  bool first_ = true;
  bool keep_alive_ = true;
  unsigned version_ = 11;
  bool head_ = false;
  std::string remote_ip_;  // the peer's address, read when the connection was accepted
};

}  // namespace

void Server::Impl::Accept() {
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
    if (ec) {
      // Typically out of file descriptors: wait a little instead of spinning.
      spdlog::warn("accept failed: {}", ec.message());
      accept_retry.expires_after(std::chrono::milliseconds(100));
      accept_retry.async_wait([this](beast::error_code wec) {
        if (!wec) Accept();
      });
      return;
    }
    if (stopping.load()) return;
    std::make_shared<Connection>(std::move(socket), *this)->Start();
    Accept();
  });
}

Server::Server(ServerOptions options, Router& router, app::Stip& stip, Metrics& metrics) {
  auto auth = std::make_unique<StipAuthenticator>(stip);
  Authenticator& ref = *auth;
  impl_ = std::make_unique<Impl>(std::move(options), router, std::move(auth), ref, &metrics);
  metrics.RegisterRoutes(router);
  metrics.WatchCommitter(stip.committer());
}

Server::Server(ServerOptions options, Router& router, Authenticator& auth, Metrics* metrics)
    : impl_(std::make_unique<Impl>(std::move(options), router, nullptr, auth, metrics)) {
  if (metrics) metrics->RegisterRoutes(router);
}

Server::~Server() { Stop(); }

domain::Result<unsigned short> Server::Start() {
  Impl& s = *impl_;
  std::lock_guard stop_lock(s.stop_mu);
  if (s.started) return domain::Fail(domain::Code::kFailedPrecondition, "already started");
  beast::error_code ec;
  const auto address = asio::ip::make_address(s.options.address, ec);
  if (ec) {
    return domain::Fail(domain::Code::kInvalidArgument,
                        "\"" + s.options.address + "\" is not an IP address.");
  }
  const tcp::endpoint endpoint(address, s.options.port);
  const std::string where = s.options.address + ":" + std::to_string(s.options.port);
  s.acceptor.open(endpoint.protocol(), ec);
  if (!ec) s.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor.bind(endpoint, ec);
  if (!ec) s.acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    beast::error_code ignored;
    s.acceptor.close(ignored);
    return domain::Fail(domain::Code::kUnavailable,
                        "Cannot listen on " + where + ": " + ec.message() + ".");
  }
  const unsigned short port = s.acceptor.local_endpoint().port();

  s.work.emplace(s.ioc.get_executor());
  s.workers = std::make_unique<asio::thread_pool>(std::max(1, s.options.worker_threads));
  asio::dispatch(s.acceptor.get_executor(), [&s] { s.Accept(); });
  for (int i = 0; i < std::max(1, s.options.io_threads); ++i) {
    s.io_threads.emplace_back([&s] {
      while (true) {
        try {
          s.ioc.run();
          return;
        } catch (const std::exception& e) {
          spdlog::error("uncaught exception on an I/O thread: {}", e.what());
        }
      }
    });
  }
  s.started = true;
  spdlog::info("listening on http://{}:{}", s.options.address, port);
  return port;
}

void Server::Stop() {
  Impl& s = *impl_;
  std::lock_guard stop_lock(s.stop_mu);
  if (!s.started || s.stopped) return;
  s.stopped = true;
  s.stopping.store(true);
  s.RequestStop();

  asio::post(s.acceptor.get_executor(), [&s] {
    beast::error_code ec;
    s.acceptor.close(ec);
    s.accept_retry.cancel();
  });
  std::vector<std::shared_ptr<Connection>> open;
  {
    std::lock_guard lock(s.mu);
    for (auto& [ptr, weak] : s.connections) {
      if (auto c = weak.lock()) open.push_back(std::move(c));
    }
  }
  for (auto& c : open) asio::post(c->executor(), [c] { c->Shutdown(); });
  open.clear();

  {
    std::unique_lock lock(s.mu);
    const bool drained =
        s.cv.wait_for(lock, s.options.shutdown_grace, [&s] { return s.connections.empty(); });
    if (!drained) {
      spdlog::warn("{} connection(s) still busy after the shutdown grace; closing them",
                   s.connections.size());
    }
  }
  s.work.reset();
  s.ioc.stop();
  for (auto& t : s.io_threads) t.join();
  s.io_threads.clear();
  beast::error_code ignored;
  s.acceptor.close(ignored);  // in case the posted close never ran; no I/O thread is left now
  // Requests that never started are dropped; those running finish (their commit is durable).
  s.workers->stop();
  s.workers->join();
  s.signals.reset();
  spdlog::info("server stopped");
}

void Server::RunUntilSignal() {
  Impl& s = *impl_;
  {
    std::lock_guard stop_lock(s.stop_mu);
    if (!s.started || s.stopped) return;
    s.signals = std::make_unique<asio::signal_set>(s.ioc, SIGINT, SIGTERM);
    s.signals->async_wait([&s](const beast::error_code& ec, int signal_number) {
      if (ec) return;
      spdlog::info("signal {} received; stopping gracefully", signal_number);
      s.RequestStop();
    });
  }
  {
    std::unique_lock lock(s.mu);
    s.cv.wait(lock, [&s] { return s.stop_requested; });
  }
  Stop();
}

}  // namespace stip::http
