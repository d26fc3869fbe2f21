// What the administration use cases share (issue 14, admin_internal.h).
#include "app/admin_internal.h"

#include <spdlog/spdlog.h>

#include <utility>

#include "app/outbox.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

Status RequireAdmin(const Principal& who) {
  if (!who.user.admin || who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "Only an administrator may do this.");
  }
  return {};
}

Result<domain::User> KnownUser(store::AdminReads& admin, const std::string& user_id) {
  auto user = admin.FindUser(user_id);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(Code::kNotFound, "No professional has id '" + user_id + "'.");
  return std::move(**user);
}

Result<domain::Team> KnownTeam(store::AdminReads& admin, const std::string& team_id) {
  auto team = admin.FindTeam(team_id);
  if (!team) return tl::unexpected(team.error());
  if (!*team) return Fail(Code::kNotFound, "No team has id '" + team_id + "'.");
  return std::move(**team);
}

std::string_view ToString(MailFate fate) {
  switch (fate) {
    case MailFate::kSent:
      return "sent";
    case MailFate::kInOutboxDirectory:
      return "outbox_directory";
    case MailFate::kNotSent:
      return "not_sent";
  }
  return "not_sent";
}

Status Stip::AppendToSystem(const std::function<Result<std::vector<ledger::Event>>()>& build) {
  const std::string chain(ledger::kSystemChain);
  bool unchanged = false;  // nothing to add: no append
  auto head = AppendWithRetry(chain, [&]() -> Result<store::AppendRequest> {
    // The head first: what `build` reads is then at least as new as the head appended to.
    auto system_head = ledger_.Head(chain);
    if (!system_head) return tl::unexpected(system_head.error());
    auto events = build();
    if (!events) return tl::unexpected(events.error());
    if (events->empty()) {
      unchanged = true;
      return Fail(Code::kAlreadyExists, "unchanged");
    }
    return store::AppendRequest{chain, system_head->seq, std::move(*events)};
  });
  if (!head && !unchanged) return tl::unexpected(head.error());
  return {};
}

MailFate Stip::MailProfessional(const Mail& mail) {
  if (outbox_ == nullptr || domain::Trim(mail.to).empty()) return MailFate::kNotSent;
  if (auto sent = outbox_->Send(mail); !sent) {
    spdlog::warn("a mail to a professional could not be sent: {}", sent.error().message);
    return MailFate::kNotSent;
  }
  return outbox_->Delivers() ? MailFate::kSent : MailFate::kInOutboxDirectory;
}

}  // namespace stip::app
