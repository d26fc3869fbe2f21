// The outbox adapters: the file outbox round trip, and the SMTP client against a tiny SMTP
// listener on 127.0.0.1 (port 0) that records the conversation.
#include "notify/outbox.h"

#include <filesystem>
#include <thread>

#include <gtest/gtest.h>
#include <boost/asio.hpp>

namespace stip::notify {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

app::Mail Sample() {
  app::Mail mail;
  mail.to = "marloes@example.org";
  mail.subject = "Je inlogcode voor Stip — één keer";
  mail.body = "Hallo,\n.begint met een punt\nCode: 12345678\n";
  mail.created_at = 1795964829123;
  return mail;
}

TEST(FileOutboxTest, WritesOneFilePerMailAndReadsThemNewestFirst) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("stip-outbox-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  FileOutbox outbox(dir);
  app::Mail first = Sample();
  ASSERT_TRUE(outbox.Send(first));
  app::Mail second = Sample();
  second.to = "ruben@example.org";
  second.created_at += 1000;
  ASSERT_TRUE(outbox.Send(second));
  auto mails = ReadFileOutbox(dir);
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_EQ(mails[0].to, "ruben@example.org");
  EXPECT_EQ(mails[1].subject, first.subject);  // the encoded subject is decoded again
  EXPECT_NE(mails[1].body.find("Code: 12345678"), std::string::npos);
  std::filesystem::remove_all(dir);
}

// Answers like a relay, 250 to everything, and keeps what the client sent.
class FakeRelay {
 public:
  explicit FakeRelay(bool refuse_recipient = false)
      : acceptor_(io_, {asio::ip::make_address("127.0.0.1"), 0}) {
    thread_ = std::thread([this, refuse_recipient] {
      tcp::socket socket(io_);
      acceptor_.accept(socket);
      const auto say = [&](const std::string& line) { asio::write(socket, asio::buffer(line)); };
      asio::streambuf buf;
      const auto read_line = [&] {
        boost::system::error_code ec;
        asio::read_until(socket, buf, "\r\n", ec);
        if (ec) return std::string();
        std::istream in(&buf);
        std::string line;
        std::getline(in, line);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
      };
      say("220 relay.example ESMTP\r\n");
      for (;;) {
        const std::string line = read_line();
        if (line.empty() && !socket.is_open()) break;
        commands.push_back(line);
        if (line.starts_with("EHLO")) {
          say("250-relay.example\r\n250 8BITMIME\r\n");
        } else if (line.starts_with("RCPT") && refuse_recipient) {
          say("550 no such user\r\n");
        } else if (line == "DATA") {
          say("354 go ahead\r\n");
          for (;;) {
            const std::string data = read_line();
            if (data == ".") break;
            message += data + "\n";
          }
          say("250 queued\r\n");
        } else if (line == "QUIT") {
          say("221 bye\r\n");
          break;
        } else if (line.empty()) {
          break;
        } else {
          say("250 ok\r\n");
        }
      }
    });
  }
  ~FakeRelay() {
    if (thread_.joinable()) thread_.join();
  }
  unsigned short port() const { return acceptor_.local_endpoint().port(); }
  void Join() { thread_.join(); }

  std::vector<std::string> commands;
  std::string message;

 private:
  asio::io_context io_;
  tcp::acceptor acceptor_;
  std::thread thread_;
};

// The fake relay offers no STARTTLS: these tests are the operator's "plain mail to a local
// relay" (SmtpOptions::allow_plain); tests/unit/notify/smtp_tls_test.cpp speaks STARTTLS.
SmtpOptions LocalRelay(unsigned short port, int timeout_ms = 5000) {
  SmtpOptions o{"127.0.0.1", port, "stip@gemeente.example", "stip.test", timeout_ms};
  o.allow_plain = true;
  return o;
}

TEST(SmtpOutboxTest, SpeaksSmtpToTheRelayAndDotStuffsTheBody) {
  FakeRelay relay;
  SmtpOutbox outbox(LocalRelay(relay.port()));
  auto sent = outbox.Send(Sample());
  ASSERT_TRUE(sent) << sent.error().message;
  relay.Join();
  ASSERT_GE(relay.commands.size(), 5u);
  EXPECT_EQ(relay.commands[0], "EHLO stip.test");
  EXPECT_EQ(relay.commands[1], "MAIL FROM:<stip@gemeente.example>");
  EXPECT_EQ(relay.commands[2], "RCPT TO:<marloes@example.org>");
  EXPECT_EQ(relay.commands[3], "DATA");
  EXPECT_EQ(relay.commands[4], "QUIT");
  EXPECT_NE(relay.message.find("To: marloes@example.org\n"), std::string::npos);
  EXPECT_NE(relay.message.find("\n..begint met een punt\n"), std::string::npos);
  EXPECT_NE(relay.message.find("Content-Type: text/plain; charset=utf-8"), std::string::npos);
}

TEST(SmtpOutboxTest, ARefusedRecipientIsUnavailable) {
  FakeRelay relay(true);
  SmtpOutbox outbox(LocalRelay(relay.port()));
  auto sent = outbox.Send(Sample());
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, domain::Code::kUnavailable);
  EXPECT_NE(sent.error().message.find("RCPT TO"), std::string::npos);
}

TEST(SmtpOutboxTest, ARelayWithoutStartTlsIsRefusedUnlessPlainMailIsAllowed) {
  FakeRelay relay;
  SmtpOptions strict = LocalRelay(relay.port());
  strict.allow_plain = false;
  SmtpOutbox outbox(strict);
  auto sent = outbox.Send(Sample());
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, domain::Code::kUnavailable);
  EXPECT_NE(sent.error().message.find("STARTTLS"), std::string::npos) << sent.error().message;
  relay.Join();
  EXPECT_TRUE(relay.message.empty()) << "nothing was sent in the clear";
}

TEST(SmtpOutboxTest, NoRelayIsUnavailableAndLineBreaksAreRefused) {
  SmtpOutbox outbox(LocalRelay(1, 2000));
  EXPECT_EQ(outbox.Send(Sample()).error().code, domain::Code::kUnavailable);
  app::Mail evil = Sample();
  evil.to = "a@example.org>\r\nRCPT TO:<b@example.org";
  EXPECT_EQ(outbox.Send(evil).error().code, domain::Code::kInvalidArgument);
}

}  // namespace
}  // namespace stip::notify
