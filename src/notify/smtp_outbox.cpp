// A small SMTP client (RFC 5321) on Boost.Asio: one connection per mail, every reply checked.
#include <chrono>
#include <ctime>
#include <string>

#include <boost/asio/ip/tcp.hpp>

#include "notify/outbox.h"

namespace stip::notify {
namespace {

using domain::Code;
using domain::Fail;

std::string Base64(std::string_view in) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(in[i]) << 16) |
                       (static_cast<unsigned char>(in[i + 1]) << 8) |
                       static_cast<unsigned char>(in[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < in.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// No CR or LF may reach a header or an SMTP command (header and command injection).
bool OneLine(const std::string& s) { return s.find_first_of("\r\n") == std::string::npos; }

std::string RfcDate(domain::Millis t) {
  const std::time_t seconds = static_cast<std::time_t>(t / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

// Reads one (possibly multi-line) reply; returns its code, or 0 when the connection broke.
int ReadReply(boost::asio::ip::tcp::iostream& conn, std::string& text) {
  text.clear();
  std::string line;
  while (std::getline(conn, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    text += line + "\n";
    if (line.size() < 3) return 0;
    if (line.size() == 3 || line[3] == ' ') return std::atoi(line.substr(0, 3).c_str());
  }
  return 0;
}

}  // namespace

std::string FormatMessage(const app::Mail& mail, const std::string& from) {
  std::string out;
  out += "From: " + from + "\r\n";
  out += "To: " + mail.to + "\r\n";
  out += "Subject: =?UTF-8?B?" + Base64(mail.subject) + "?=\r\n";
  out += "Date: " + RfcDate(mail.created_at) + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += "Content-Transfer-Encoding: 8bit\r\n";
  out += "\r\n";
  for (char c : mail.body) {
    if (c == '\n') {
      out += "\r\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  if (!out.ends_with("\r\n")) out += "\r\n";
  return out;
}

domain::Status SmtpOutbox::Send(const app::Mail& mail) {
  if (!OneLine(mail.to) || !OneLine(mail.subject) || !OneLine(options_.from)) {
    return Fail(domain::Error::Invalid("A mail address or subject holds a line break."));
  }
  const std::string relay = options_.host + ":" + std::to_string(options_.port);
  const auto failed = [&](const std::string& step, const std::string& reply) {
    return Fail(Code::kUnavailable, "the mail relay " + relay + " refused " + step + ": " +
                                        (reply.empty() ? "no answer" : reply));
  };
  boost::asio::ip::tcp::iostream conn;
  conn.expires_after(std::chrono::milliseconds(options_.timeout_ms));
  conn.connect(options_.host, std::to_string(options_.port));
  if (!conn) return Fail(Code::kUnavailable, "cannot reach the mail relay " + relay);

  std::string reply;
  if (ReadReply(conn, reply) != 220) return failed("the connection", reply);
  const auto command = [&](const std::string& line, int want, int also = 0) -> bool {
    conn << line << "\r\n" << std::flush;
    const int code = ReadReply(conn, reply);
    return code == want || (also != 0 && code == also);
  };
  if (!command("EHLO " + options_.helo, 250)) return failed("EHLO", reply);
  if (!command("MAIL FROM:<" + options_.from + ">", 250)) return failed("MAIL FROM", reply);
  if (!command("RCPT TO:<" + mail.to + ">", 250, 251)) return failed("RCPT TO", reply);
  if (!command("DATA", 354)) return failed("DATA", reply);
  // Dot-stuffing (RFC 5321 4.5.2): a line that starts with "." gets a second one.
  std::string message = FormatMessage(mail, options_.from);
  std::string stuffed;
  bool line_start = true;
  for (char c : message) {
    if (line_start && c == '.') stuffed += '.';
    stuffed += c;
    line_start = c == '\n';
  }
  conn << stuffed << ".\r\n" << std::flush;
  if (ReadReply(conn, reply) != 250) return failed("the message", reply);
  command("QUIT", 221);  // the mail is accepted; a rude goodbye changes nothing
  return {};
}

}  // namespace stip::notify
