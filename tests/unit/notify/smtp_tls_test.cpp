// The SMTP outbox against a real local relay (scripts/with-smtp: aiosmtpd with STARTTLS and AUTH
// required, a certificate made by the test run): the mail goes over TLS with the login; a wrong
// password, an untrusted certificate and a relay without TLS are refused. Skipped unless
// STIP_TEST_SMTP_PORT is set (the ctest notify_smtp_tls runs them through scripts/with-smtp).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "notify/outbox.h"

namespace stip::notify {
namespace {

const char* Env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : nullptr;
}

class SmtpTls : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Env("STIP_TEST_SMTP_PORT")) GTEST_SKIP() << "no relay: run through scripts/with-smtp";
    options_.host = "127.0.0.1";
    options_.port = static_cast<unsigned short>(std::atoi(Env("STIP_TEST_SMTP_PORT")));
    options_.from = "stip@gemeente.example";
    options_.helo = "stip.test";
    options_.timeout_ms = 10000;
    options_.ca_file = Env("STIP_TEST_SMTP_CA");
    options_.username = "stip";
    options_.password = "relay-wachtwoord-voor-tests";
    maildir_ = Env("STIP_TEST_SMTP_MAILDIR");
  }

  static app::Mail Sample(const std::string& to) {
    app::Mail mail;
    mail.to = to;
    mail.subject = "Nieuw in Stip — één bericht";
    mail.body = "Hallo,\nEr staat iets nieuws voor u klaar.\n.een regel met een punt\n";
    mail.created_at = 1795964829123;
    return mail;
  }

  // The saved message to `to`, or "".
  std::string Received(const std::string& to) {
    for (const auto& f : std::filesystem::directory_iterator(maildir_)) {
      std::ifstream in(f.path());
      std::stringstream text;
      text << in.rdbuf();
      if (text.str().find("RCPT TO:<" + to + ">") != std::string::npos) return text.str();
    }
    return "";
  }

  SmtpOptions options_;
  std::filesystem::path maildir_;
};

TEST_F(SmtpTls, SendsOverStartTlsWithTheLogin) {
  SmtpOutbox outbox(options_);
  auto sent = outbox.Send(Sample("tls@example.org"));
  ASSERT_TRUE(sent) << sent.error().message;
  const std::string got = Received("tls@example.org");
  ASSERT_FALSE(got.empty());
  EXPECT_NE(got.find("TLS:yes"), std::string::npos);
  EXPECT_NE(got.find("AUTH:stip"), std::string::npos);
  EXPECT_NE(got.find("MAIL FROM:<stip@gemeente.example>"), std::string::npos);
  EXPECT_NE(got.find("Subject: =?UTF-8?B?" + EncodeBase64(Sample("").subject) + "?="),
            std::string::npos);
  EXPECT_NE(got.find("\n.een regel met een punt"), std::string::npos)
      << "a line that starts with a dot arrives as written (stuffed on the wire, unstuffed by "
         "the relay)";
}

TEST_F(SmtpTls, AWrongPasswordIsRefusedAndNothingIsSent) {
  options_.password = "fout";
  SmtpOutbox outbox(options_);
  auto sent = outbox.Send(Sample("wrong@example.org"));
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, domain::Code::kUnavailable);
  EXPECT_NE(sent.error().message.find("AUTH"), std::string::npos) << sent.error().message;
  EXPECT_TRUE(Received("wrong@example.org").empty());
}

TEST_F(SmtpTls, ACertificateNotTrustedIsRefused) {
  options_.ca_file.clear();  // the system's CAs do not know the test's certificate
  SmtpOutbox outbox(options_);
  auto sent = outbox.Send(Sample("untrusted@example.org"));
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, domain::Code::kUnavailable);
  EXPECT_TRUE(Received("untrusted@example.org").empty());
}

TEST_F(SmtpTls, AllowingPlainMailStillUsesTlsWhenTheRelayOffersIt) {
  options_.allow_plain = true;
  SmtpOutbox outbox(options_);
  auto sent = outbox.Send(Sample("plain-ok@example.org"));
  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_NE(Received("plain-ok@example.org").find("TLS:yes"), std::string::npos);
}

}  // namespace
}  // namespace stip::notify
