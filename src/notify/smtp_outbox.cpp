// SMTP through libcurl (RFC 5321 with STARTTLS, RFC 3207, and AUTH, RFC 4954): one connection
// per mail. TLS is required unless the operator allowed plain mail to a local relay.
#include <sodium.h>

#include <chrono>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <string>

#include <curl/curl.h>

#include "notify/outbox.h"

namespace stip::notify {
namespace {

using domain::Code;
using domain::Fail;

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

// The message as libcurl reads it: the bytes from `at` on.
struct Upload {
  const std::string* text = nullptr;
  std::size_t at = 0;
};

std::size_t ReadUpload(char* out, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t left = upload->text->size() - upload->at;
  const std::size_t n = std::min(left, size * count);
  std::memcpy(out, upload->text->data() + upload->at, n);
  upload->at += n;
  return n;
}

void InitCurlOnce() {
  static std::once_flag once;
  // Before any thread uses libcurl; never cleaned up (no exit-order trouble).
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

std::string EncodeBase64(std::string_view in) {
  if (sodium_init() < 0) return {};
  std::string out(sodium_base64_ENCODED_LEN(in.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(in.data()),
                    in.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(std::strlen(out.c_str()));
  return out;
}

std::string FormatMessage(const app::Mail& mail, const std::string& from) {
  std::string out;
  out += "From: " + from + "\r\n";
  out += "To: " + mail.to + "\r\n";
  out += "Subject: =?UTF-8?B?" + EncodeBase64(mail.subject) + "?=\r\n";
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

SmtpOutbox::SmtpOutbox(SmtpOptions options) : options_(std::move(options)) { InitCurlOnce(); }

domain::Status SmtpOutbox::Send(const app::Mail& mail) {
  if (!OneLine(mail.to) || !OneLine(mail.subject) || !OneLine(options_.from)) {
    return Fail(domain::Error::Invalid("A mail address or subject holds a line break."));
  }
  const std::string relay = options_.host + ":" + std::to_string(options_.port);
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return Fail(Code::kInternal, "libcurl could not start a mail transfer");
  CURL* c = curl.get();
  // The URL's path is our name in EHLO. An IPv6 address needs brackets in a URL.
  const bool v6 = options_.host.find(':') != std::string::npos;
  const std::string url = "smtp://" + (v6 ? "[" + options_.host + "]" : options_.host) + ":" +
                          std::to_string(options_.port) + "/" + options_.helo;
  const std::string message = FormatMessage(mail, options_.from);
  Upload upload{&message, 0};
  const std::string from = "<" + options_.from + ">";
  const std::string to = "<" + mail.to + ">";
  std::unique_ptr<curl_slist, SlistDeleter> recipients(curl_slist_append(nullptr, to.c_str()));
  char error[CURL_ERROR_SIZE] = {};

  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp");
  // STARTTLS before anything else is said, or no mail at all; only a relay the operator
  // called local may go without (then TLS is still used when the relay offers it).
  curl_easy_setopt(c, CURLOPT_USE_SSL,
                   static_cast<long>(options_.allow_plain ? CURLUSESSL_TRY : CURLUSESSL_ALL));
  if (!options_.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, options_.ca_file.c_str());
  if (!options_.username.empty()) {
    curl_easy_setopt(c, CURLOPT_USERNAME, options_.username.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, options_.password.c_str());
  }
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(c, CURLOPT_READFUNCTION, &ReadUpload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_ms));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for time-outs
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);

  const CURLcode result = curl_easy_perform(c);
  if (result == CURLE_OK) return {};
  const std::string why = error[0] != '\0' ? std::string(error) : curl_easy_strerror(result);
  std::string step = "the mail";
  if (why.find("RCPT") != std::string::npos) {
    step = "RCPT TO (the recipient)";
  } else if (why.find("MAIL") != std::string::npos) {
    step = "MAIL FROM (the sender)";
  } else if (result == CURLE_LOGIN_DENIED) {
    step = "the login (AUTH)";
  } else if (result == CURLE_USE_SSL_FAILED) {
    step = "STARTTLS (TLS is required; see --smtp-allow-plain for a local relay)";
  } else if (result == CURLE_COULDNT_CONNECT || result == CURLE_COULDNT_RESOLVE_HOST) {
    return Fail(Code::kUnavailable, "cannot reach the mail relay " + relay + ": " + why);
  }
  return Fail(Code::kUnavailable, "the mail relay " + relay + " refused " + step + ": " + why);
}

}  // namespace stip::notify
