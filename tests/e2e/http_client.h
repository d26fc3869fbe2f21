// End-to-end harness, HTTP: a small synchronous HTTP/1.1 client for 127.0.0.1 with keep-alive,
// a cookie jar and timeouts, and the response as a test looks at it.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/verb.hpp>
#include <boost/json/value.hpp>

namespace stip::e2e {

using namespace std::chrono_literals;

// --- HTTP ----------------------------------------------------------------------------------------

struct HttpResponse {
  unsigned status = 0;  // 0: no response at all; `error` says why
  std::string error;
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;

  std::string Header(std::string_view lower_name) const;  // first value, "" when absent
  std::vector<std::string> Headers(std::string_view lower_name) const;
  std::string Describe() const;  // status, error and (the start of) the body
};

using Headers = std::vector<std::pair<std::string, std::string>>;

// A small synchronous HTTP/1.1 client on 127.0.0.1 with keep-alive, a cookie jar and a timeout
// on every network operation. Not thread-safe: give each thread its own client.
class HttpClient {
 public:
  explicit HttpClient(unsigned short port, std::chrono::milliseconds timeout = 15s);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  HttpResponse Request(boost::beast::http::verb method, const std::string& target,
                       const std::string& body = "", const std::string& content_type = "",
                       const Headers& headers = {});
  HttpResponse Get(const std::string& target, const Headers& headers = {});
  HttpResponse Delete(const std::string& target, const Headers& headers = {});
  HttpResponse PostJson(const std::string& target, const boost::json::value& body,
                        const Headers& headers = {});
  HttpResponse PostForm(const std::string& target,
                        const std::vector<std::pair<std::string, std::string>>& fields,
                        const Headers& headers = {});

  // Sent with every request (e.g. X-CSRF-Token or Authorization); an empty value removes it.
  void SetDefaultHeader(const std::string& name, const std::string& value);

  std::map<std::string, std::string>& cookies() { return cookies_; }
  std::string Cookie(const std::string& name) const;
  void Disconnect();
  int connections_opened() const { return connections_opened_; }

 private:
  HttpResponse Exchange(boost::beast::http::verb method, const std::string& target,
                        const std::string& body, const std::string& content_type,
                        const Headers& headers, bool* stale);
  boost::beast::error_code Connect();
  void StoreCookie(const std::string& set_cookie);

  unsigned short port_;
  std::chrono::milliseconds timeout_;
  boost::asio::io_context ioc_;
  std::optional<boost::beast::tcp_stream> stream_;
  boost::beast::flat_buffer buffer_;
  bool reused_ = false;
  std::map<std::string, std::string> cookies_;
  Headers default_headers_;
  int connections_opened_ = 0;
};

std::string UrlEncode(std::string_view text);

}  // namespace stip::e2e
