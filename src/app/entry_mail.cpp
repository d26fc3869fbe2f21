// A family member's mail when something new is written that they can read (issue 10 item 8):
// their own choice (event account.mail_set), a link and no content, sent after the writer's
// answer on the background thread.
#include <spdlog/spdlog.h>

#include "app/events.h"
#include "app/outbox.h"
#include "app/reactions_internal.h"
#include "app/stip.h"
#include "domain/local_time.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

Mail EntryMail(const std::string& to, const std::string& url, domain::Millis now) {
  Mail mail;
  mail.to = to;
  mail.subject = "Er staat iets nieuws in Stip / Something new in Stip";
  mail.body =
      "Hallo,\n\n"
      "Er staat iets nieuws in jullie gezinsdossier in Stip. Wat er staat, lees je in Stip "
      "zelf, niet in deze mail:\n\n    " +
      url +
      "/ons-gezin\n\n"
      "Wil je deze mails niet meer? Zet ze uit op je pagina in Stip.\n\n"
      "---\n"
      "There is something new in your family file in Stip. Read it in Stip itself: " +
      url + "/ons-gezin\nYou can turn these mails off on your page in Stip.\n";
  mail.created_at = now;
  return mail;
}

}  // namespace

Status Stip::SetEntryMail(const Principal& who, const std::string& family_id, bool on) {
  // A network member is not a member of the family: the file does not exist for them.
  if (who.IsNetwork()) return Fail(Code::kNotFound, "No such family file.");
  if (!who.IsFamily()) {
    return Fail(Code::kPermissionDenied, "Only a family member chooses their own mails.");
  }
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    // Any member who can open the file (a parent without custody too) may hear that there is
    // something new; what they then read is decided as always.
    auto access = Authorize(who, family_id, domain::Action::kViewFile);
    if (!access) {
      if (access.error().code != Code::kPermissionDenied) return tl::unexpected(access.error());
      access = Authorize(who, family_id, domain::Action::kViewSummary);
      if (!access) return tl::unexpected(access.error());
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::AccountMailSet{.account_id = who.account->id, .on = on}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<bool> Stip::EntryMailOn(const Principal& who, const std::string& family_id) {
  if (who.IsNetwork()) return Fail(Code::kNotFound, "No such family file.");
  if (!who.IsFamily() || who.account->family_id != family_id) return false;
  auto mailed = notify_.ListMailedAccounts(family_id);
  if (!mailed) return tl::unexpected(mailed.error());
  for (const auto& id : *mailed) {
    if (id == who.account->id) return true;
  }
  return false;
}

void Stip::MailNewEntry(const std::string& family_id, const std::string& entry_id) {
  if (outbox_ == nullptr) return;
  // Only the look-up of who asked happens here; everything else after the answer.
  auto mailed = notify_.ListMailedAccounts(family_id);
  if (!mailed || mailed->empty()) return;
  const bool queued = background_->Post([this, family_id, entry_id, ids = *mailed] {
    auto family = families_.FindFamily(family_id);
    auto entry = families_.FindEntry(family_id, entry_id);
    auto consents = accounts_.ListConsents(family_id);
    auto all = reactions_.ListWithholdings(family_id);
    if (!family || !*family || !entry || !*entry || !consents || !all) return;
    auto withholdings = WithholdingsFor(families_, **entry, *all);
    if (!withholdings) return;
    domain::AccessQuery query;
    query.now = clock_.Now();
    query.today = domain::AmsterdamDate(query.now);
    for (const auto& c : *consents) query.consents.push_back(c.consent);
    for (const auto& id : ids) {
      auto account = accounts_.FindAccount(id);
      if (!account || !*account || (*account)->revoked) continue;
      query.viewer = domain::MemberViewer{(*account)->member_id};
      const auto decision =
          domain::DecideEntry(**family, query, AudienceOf(**entry), *withholdings);
      // Only what they can read: a mail about a withheld entry would tell them something too.
      if (decision.visibility != domain::Visibility::kVisible) continue;
      if (auto sent = outbox_->Send(EntryMail((*account)->contact, options_.public_url, query.now));
          !sent) {
        spdlog::warn("a new-entry mail could not be sent: {}", sent.error().message);
      }
    }
  });
  if (!queued) spdlog::warn("new-entry mails for {} were dropped: the queue is full", family_id);
}

}  // namespace stip::app
