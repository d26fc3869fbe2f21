// A family member's mail when something new is written that they can read (issue 10 item 8):
// their own choice (event account.mail_set), a link and no content. It waits
// Options::entry_mail_delay and goes out only if the member can still read something new then.
#include <algorithm>
#include <limits>
#include <optional>

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
    // Any member who can open the file may turn the mail off; on only who reads its entries:
    // the mail says something new was written for them to read.
    auto access = Authorize(who, family_id, domain::Action::kViewEntries);
    if (!access) {
      if (access.error().code != Code::kPermissionDenied) return tl::unexpected(access.error());
      if (on) {
        return Fail(Code::kPermissionDenied,
                    "You do not read the entries of this file, so there is no mail about new "
                    "entries for you.");
      }
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

Result<bool> Stip::EntryMailOffered(const Principal& who, const std::string& family_id) {
  if (who.IsNetwork()) return Fail(Code::kNotFound, "No such family file.");
  if (!who.IsFamily() || who.account->family_id != family_id) return false;
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  return domain::Decide(access->family, access->query, domain::Action::kViewEntries).allowed;
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

void Stip::MailNewEntry(const std::string& family_id, const std::string& entry_id,
                        const std::vector<std::string>* members) {
  if (outbox_ == nullptr) return;
  auto mailed = notify_.ListMailedAccounts(family_id);
  if (!mailed || mailed->empty()) return;
  // Not sent now: a lead who withholds the entry minutes after writing it must not find that
  // the member was already told of it. SendEntryMails asks the access rules again when due.
  const domain::Millis due = clock_.Now() + options_.entry_mail_delay;
  std::vector<store::Notifications::PendingEntryMail> rows;
  for (const auto& id : *mailed) {
    if (members != nullptr) {
      auto account = accounts_.FindAccount(id);
      if (!account || !*account) continue;
      if (std::find(members->begin(), members->end(), (*account)->member_id) == members->end()) {
        continue;
      }
    }
    rows.push_back({id, family_id, entry_id, due});
  }
  if (auto queued = notify_.QueueEntryMails(rows); !queued) {
    spdlog::warn("new-entry mails for {} were not queued: {}", family_id, queued.error().message);
  }
}

namespace {

// Can the member of `access` read `entry_id` now, by the same rules as their page: the entry's
// audience placed at its first version, and the withholdings of every version.
Result<bool> MayReadNow(store::FamilyReads& families, const Access& access,
                        const std::vector<domain::Withholding>& all, const std::string& entry_id) {
  auto entry = families.FindEntry(access.family.id, entry_id);
  if (!entry) return tl::unexpected(entry.error());
  if (!*entry) return false;
  auto audience = AudienceFor(families, **entry);
  if (!audience) return tl::unexpected(audience.error());
  auto withholdings = WithholdingsFor(families, **entry, all);
  if (!withholdings) return tl::unexpected(withholdings.error());
  const auto decision = domain::DecideEntry(access.family, access.query, *audience, *withholdings);
  return decision.visibility == domain::Visibility::kVisible;
}

}  // namespace

Result<int> Stip::SendEntryMails() {
  if (outbox_ == nullptr) return 0;
  const domain::Millis now = clock_.Now();
  auto due = notify_.ListDueEntryMails(now);
  if (!due) return tl::unexpected(due.error());
  constexpr domain::Millis kAll = std::numeric_limits<domain::Millis>::max();
  int sent = 0;
  for (auto first = due->begin(); first != due->end();) {
    auto last = std::find_if(first, due->end(),
                             [&](const auto& row) { return row.account_id != first->account_id; });
    const std::string account_id = first->account_id;
    const std::string family_id = first->family_id;
    // Asked again now: the member may have turned the mail off, lost their account or their
    // access, and each entry may have been withheld from them since.
    bool readable = false;
    auto mailed = notify_.ListMailedAccounts(family_id);
    if (!mailed) return tl::unexpected(mailed.error());
    std::optional<Principal> member;
    std::optional<Access> access;
    if (std::find(mailed->begin(), mailed->end(), account_id) != mailed->end()) {
      if (auto p = FamilyPrincipal(account_id, ""); p) member = std::move(*p);
    }
    if (member) {
      if (auto a = Authorize(*member, family_id, domain::Action::kViewEntries); a) {
        access = std::move(*a);
      }
    }
    if (access) {
      auto all = reactions_.ListWithholdings(family_id);
      if (!all) return tl::unexpected(all.error());
      for (auto row = first; row != last && !readable; ++row) {
        if (row->due_at > now) continue;  // its own delay has not passed yet
        auto may = MayReadNow(families_, *access, *all, row->entry_id);
        if (!may) return tl::unexpected(may.error());
        readable = *may;
      }
    }
    // One mail tells of everything new so far; without one, what is not yet due still waits.
    // The rows are removed before the mail goes out: when several processes sweep at once
    // (PostgreSQL), only the one whose delete removed them sends, so nobody gets it twice.
    auto claimed = notify_.ForgetEntryMails(account_id, readable ? kAll : now);
    if (!claimed) return tl::unexpected(claimed.error());
    if (readable && *claimed > 0) {
      if (auto out = outbox_->Send(EntryMail(member->account->contact, options_.public_url, now));
          !out) {
        spdlog::warn("a new-entry mail could not be sent: {}", out.error().message);
      } else {
        ++sent;
      }
    }
    first = last;
  }
  return sent;
}

}  // namespace stip::app
