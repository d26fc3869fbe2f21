// stip_hello: a minimal Boost.Beast HTTP/1.1 server that answers every request with "200 OK
// hello". bench/run measures it beside Stip in the same run, as the ceiling of the machine.
//
// It is deliberately what a careful minimal Beast server looks like, and nothing more: one
// io_context run by one thread per core, a strand per connection, keep-alive, a read timeout,
// the same compiler flags and Boost as Stip. No worker pool, no routing, no logging: whatever
// Stip's /healthz costs beyond this is the cost of Stip's own HTTP stack.
//
//   build/stip_hello --port 0        prints "listening on http://127.0.0.1:PORT", stops on SIGTERM
#include <algorithm>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

constexpr auto kReadTimeout = std::chrono::seconds(30);  // as Stip's read timeout

class Session : public std::enable_shared_from_this<Session> {
 public:
  explicit Session(tcp::socket socket) : stream_(std::move(socket)) {}

  void Start() {
    // Start on the connection's strand, as every later handler runs there.
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Read(); });
  }

 private:
  void Read() {
    request_ = {};
    stream_.expires_after(kReadTimeout);
    http::async_read(
        stream_, buffer_, request_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    if (ec) return Close();  // end of stream, timeout or a bad request: nothing to answer
    response_ = {http::status::ok, request_.version()};
    response_.set(http::field::content_type, "text/plain");
    response_.keep_alive(request_.keep_alive());
    response_.body() = "hello";
    response_.prepare_payload();
    http::async_write(stream_, response_,
                      [self = shared_from_this()](beast::error_code write_ec, std::size_t) {
                        self->OnWrite(write_ec);
                      });
  }

  void OnWrite(beast::error_code ec) {
    if (ec || !response_.keep_alive()) return Close();
    Read();
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> request_;
  http::response<http::string_body> response_;
};

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(asio::io_context& ioc, const tcp::endpoint& endpoint)
      : ioc_(ioc), acceptor_(asio::make_strand(ioc)) {
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(asio::socket_base::max_listen_connections);
  }

  unsigned short Port() const { return acceptor_.local_endpoint().port(); }

  void Accept() {
    // Each connection gets its own strand on the shared io_context.
    acceptor_.async_accept(asio::make_strand(ioc_),
                           [self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
                             if (!ec) std::make_shared<Session>(std::move(socket))->Start();
                             if (ec != asio::error::operation_aborted) self->Accept();
                           });
  }

  void Close() {
    asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
      beast::error_code ignored;
      self->acceptor_.close(ignored);
    });
  }

 private:
  asio::io_context& ioc_;
  tcp::acceptor acceptor_;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"Minimal Boost.Beast hello-world server: the ceiling for bench/run."};
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  cli.add_option("--address", address, "address to listen on")->capture_default_str();
  cli.add_option("--port", port, "port (0: the system picks one)")->capture_default_str();
  cli.add_option("--threads", threads, "I/O threads (default: one per core)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  CLI11_PARSE(cli, argc, argv);

  try {
    asio::io_context ioc{threads};
    auto listener =
        std::make_shared<Listener>(ioc, tcp::endpoint{asio::ip::make_address(address), port});
    listener->Accept();
    // Same line as `stip serve`, so bench/lib.sh finds the port the same way.
    std::cout << "listening on http://" << address << ":" << listener->Port() << " with " << threads
              << " threads" << std::endl;

    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](beast::error_code, int) {
      listener->Close();
      ioc.stop();
    });

    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(threads - 1));
    for (int i = 1; i < threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto& t : pool) t.join();
  } catch (const std::exception& e) {
    std::cerr << "stip_hello: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
