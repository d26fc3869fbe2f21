// End-to-end harness, HTTP: a small synchronous HTTP/1.1 client on Boost.Beast with keep-alive,
// a cookie jar and a timeout on every network operation (async operations run to completion).
#include "http_client.h"

#include <cctype>
#include <sstream>

#include <boost/asio/ip/address_v4.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include "process.h"

namespace stip::e2e {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace json = boost::json;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

}  // namespace

// --- HTTP ----------------------------------------------------------------------------------------

std::string HttpResponse::Header(std::string_view lower_name) const {
  for (const auto& [k, v] : headers) {
    if (k == lower_name) return v;
  }
  return {};
}

std::vector<std::string> HttpResponse::Headers(std::string_view lower_name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : headers) {
    if (k == lower_name) out.push_back(v);
  }
  return out;
}

std::string HttpResponse::Describe() const {
  std::string text = "HTTP " + std::to_string(status);
  if (!error.empty()) text += " (transport error: " + error + ")";
  text += "\n" + (body.size() > 2000 ? body.substr(0, 2000) + "..." : body);
  return text;
}

HttpClient::HttpClient(unsigned short port, std::chrono::milliseconds timeout)
    : port_(port), timeout_(timeout) {
  IgnoreSigpipe();
}

HttpClient::~HttpClient() { Disconnect(); }

void HttpClient::Disconnect() {
  if (stream_) {
    beast::error_code ec;
    stream_->socket().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
    stream_->socket().close(ec);
    stream_.reset();
  }
  buffer_.clear();
  reused_ = false;
}

beast::error_code HttpClient::Connect() {
  Disconnect();
  stream_.emplace(ioc_);
  beast::error_code result = asio::error::would_block;
  stream_->expires_after(timeout_);
  stream_->async_connect(asio::ip::tcp::endpoint(asio::ip::make_address_v4("127.0.0.1"), port_),
                         [&result](beast::error_code ec) { result = ec; });
  ioc_.restart();
  ioc_.run();
  if (result) {
    stream_.reset();
  } else {
    ++connections_opened_;
  }
  return result;
}

void HttpClient::SetDefaultHeader(const std::string& name, const std::string& value) {
  std::erase_if(default_headers_, [&](const auto& h) { return Lower(h.first) == Lower(name); });
  if (!value.empty()) default_headers_.emplace_back(name, value);
}

std::string HttpClient::Cookie(const std::string& name) const {
  auto it = cookies_.find(name);
  return it == cookies_.end() ? std::string() : it->second;
}

void HttpClient::StoreCookie(const std::string& set_cookie) {
  std::stringstream parts(set_cookie);
  std::string pair;
  std::getline(parts, pair, ';');
  const auto eq = pair.find('=');
  if (eq == std::string::npos) return;
  const std::string name = Trim(pair.substr(0, eq));
  const std::string value = Trim(pair.substr(eq + 1));
  bool expired = value.empty();
  std::string attribute;
  while (std::getline(parts, attribute, ';')) {
    const std::string a = Lower(Trim(attribute));
    if (a.starts_with("max-age=")) {
      try {
        expired = expired || std::stoll(a.substr(8)) <= 0;
      } catch (const std::exception&) {
      }
    }
    if (a.starts_with("expires=") && a.find("1970") != std::string::npos) expired = true;
  }
  if (expired) {
    cookies_.erase(name);
  } else {
    cookies_[name] = value;
  }
}

HttpResponse HttpClient::Exchange(bhttp::verb method, const std::string& target,
                                  const std::string& body, const std::string& content_type,
                                  const Headers& headers, bool* stale) {
  HttpResponse out;
  *stale = false;
  if (!stream_) {
    if (auto ec = Connect()) {
      out.error = "connect to 127.0.0.1:" + std::to_string(port_) + ": " + ec.message();
      return out;
    }
  }
  const bool was_reused = reused_;

  // Like a browser, never send the fragment of a URL (a redirect may end in "#section").
  const std::string path = target.substr(0, target.find('#'));
  bhttp::request<bhttp::string_body> req{method, path, 11};
  req.set(bhttp::field::host, "127.0.0.1:" + std::to_string(port_));
  req.set(bhttp::field::user_agent, "stip-e2e");
  for (const auto& [k, v] : default_headers_) req.set(k, v);
  for (const auto& [k, v] : headers) req.set(k, v);
  if (!cookies_.empty()) {
    std::string cookie;
    for (const auto& [k, v] : cookies_) cookie += (cookie.empty() ? "" : "; ") + k + "=" + v;
    req.set(bhttp::field::cookie, cookie);
  }
  if (!content_type.empty()) req.set(bhttp::field::content_type, content_type);
  req.body() = body;
  req.keep_alive(true);
  req.prepare_payload();

  beast::error_code result = asio::error::would_block;
  stream_->expires_after(timeout_);
  bhttp::async_write(*stream_, req, [&result](beast::error_code ec, std::size_t) { result = ec; });
  ioc_.restart();
  ioc_.run();
  if (result) {
    *stale = was_reused;
    out.error = "write: " + result.message();
    Disconnect();
    return out;
  }

  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  result = asio::error::would_block;
  stream_->expires_after(timeout_);
  bhttp::async_read(*stream_, buffer_, parser,
                    [&result](beast::error_code ec, std::size_t) { result = ec; });
  ioc_.restart();
  ioc_.run();
  if (result) {
    // A reused keep-alive connection that the server had already closed: try a fresh one.
    *stale = was_reused && !parser.got_some() &&
             (result == bhttp::error::end_of_stream || result == asio::error::eof ||
              result == asio::error::connection_reset);
    out.error = "read: " + result.message();
    Disconnect();
    return out;
  }
  reused_ = true;
  auto res = parser.release();
  out.status = res.result_int();
  for (const auto& field : res) {
    out.headers.emplace_back(Lower(std::string(field.name_string())), std::string(field.value()));
  }
  out.body = std::move(res.body());
  for (const auto& c : out.Headers("set-cookie")) StoreCookie(c);
  if (!res.keep_alive()) Disconnect();
  return out;
}

HttpResponse HttpClient::Request(bhttp::verb method, const std::string& target,
                                 const std::string& body, const std::string& content_type,
                                 const Headers& headers) {
  bool stale = false;
  HttpResponse r = Exchange(method, target, body, content_type, headers, &stale);
  if (stale) r = Exchange(method, target, body, content_type, headers, &stale);
  return r;
}

HttpResponse HttpClient::Get(const std::string& target, const Headers& headers) {
  return Request(bhttp::verb::get, target, "", "", headers);
}

HttpResponse HttpClient::Delete(const std::string& target, const Headers& headers) {
  return Request(bhttp::verb::delete_, target, "", "", headers);
}

HttpResponse HttpClient::PostJson(const std::string& target, const json::value& body,
                                  const Headers& headers) {
  return Request(bhttp::verb::post, target, json::serialize(body), "application/json", headers);
}

HttpResponse HttpClient::PostForm(const std::string& target,
                                  const std::vector<std::pair<std::string, std::string>>& fields,
                                  const Headers& headers) {
  std::string body;
  for (const auto& [k, v] : fields) {
    body += (body.empty() ? "" : "&") + UrlEncode(k) + "=" + UrlEncode(v);
  }
  return Request(bhttp::verb::post, target, body, "application/x-www-form-urlencoded", headers);
}

std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace stip::e2e
