// The file outbox: one message file per mail under DATA_DIR/outbox/ (demo mode and tests).
#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

#include "notify/outbox.h"

namespace stip::notify {
namespace {

using domain::Code;
using domain::Fail;

// "=?UTF-8?B?...?=" headers are decoded back for the demo page.
std::string DecodeHeader(const std::string& value) {
  constexpr std::string_view kPrefix = "=?UTF-8?B?";
  if (value.starts_with(kPrefix) && value.ends_with("?=")) {
    return DecodeBase64(
        std::string_view(value).substr(kPrefix.size(), value.size() - kPrefix.size() - 2));
  }
  return value;
}

}  // namespace

std::string DecodeBase64(std::string_view in) {
  if (sodium_init() < 0) return {};
  std::string out(in.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), in.data(),
                        in.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return {};
  }
  out.resize(length);
  return out;
}

domain::Status FileOutbox::Send(const app::Mail& mail) {
  std::lock_guard lock(mu_);
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) {
    return Fail(Code::kUnavailable,
                "cannot create the outbox " + dir_.string() + ": " + ec.message());
  }
  char name[64];
  std::snprintf(name, sizeof name, "%013lld-%06ld.eml", static_cast<long long>(mail.created_at),
                ++counter_);
  const auto tmp = dir_ / (std::string(name) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << FormatMessage(mail, "stip@localhost");
    if (!out) return Fail(Code::kUnavailable, "cannot write to the outbox " + dir_.string());
  }
  // Rename: a reader never sees half a message.
  std::filesystem::rename(tmp, dir_ / name, ec);
  if (ec) return Fail(Code::kUnavailable, "cannot write to the outbox: " + ec.message());
  return {};
}

std::vector<app::Mail> ReadFileOutbox(const std::filesystem::path& dir, std::size_t limit) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
    if (item.path().extension() == ".eml") files.push_back(item.path());
  }
  std::sort(files.rbegin(), files.rend());  // names sort by time: newest first
  if (files.size() > limit) files.resize(limit);
  std::vector<app::Mail> mails;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    app::Mail mail;
    mail.created_at = std::atoll(file.filename().string().c_str());
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) break;  // end of the headers
      if (line.starts_with("To: ")) mail.to = line.substr(4);
      if (line.starts_with("Subject: ")) mail.subject = DecodeHeader(line.substr(9));
    }
    std::stringstream body;
    body << in.rdbuf();
    mail.body = body.str();
    std::string::size_type at = 0;
    while ((at = mail.body.find("\r\n", at)) != std::string::npos) mail.body.erase(at, 1);
    mails.push_back(std::move(mail));
  }
  return mails;
}

}  // namespace stip::notify
