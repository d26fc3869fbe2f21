// The mail digest of "Mijn werk" (issue 10 item 8): per professional, daily, weekly or off,
// with what is new since the last one and what is due, in counts and links only (no family
// content, so it leaves no access-log line).
#include <limits>
#include <map>

#include <spdlog/spdlog.h>

#include "app/events.h"
#include "app/outbox.h"
#include "app/stip.h"
#include "domain/local_time.h"
#include "ledger/event.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

// What is new in a professional's files since `since`: entries by others, family reactions.
struct News {
  std::int64_t entries = 0;
  std::int64_t reactions = 0;
};

std::string N(std::int64_t n) { return std::to_string(n); }

Mail DigestMail(const domain::User& user, domain::DigestFrequency f, const News& news,
                const MyWorkCounts& c, int weeks, const std::string& url, domain::Millis now) {
  Mail mail;
  mail.to = user.email;
  mail.created_at = now;
  mail.subject = "Stip: uw overzicht / your overview";
  const bool weekly = f == domain::DigestFrequency::kWeekly;
  mail.body = "Goedemorgen " + user.display_name +
              ",\n\n"
              "Nieuw sinds uw vorige overzicht: " +
              N(news.entries) + " aantekeningen van collega's en " + N(news.reactions) +
              " reacties van gezinnen.\n\n"
              "Te doen in uw " +
              N(c.files) + " dossiers:\n" + "- vragen om verbetering: " + N(c.correction_requests) +
              "\n" + "- bezwaren om te beantwoorden: " + N(c.objections) + "\n" +
              "- achterhouden om te herzien: " + N(c.withholding_reviews) + "\n" +
              "- termijnen van maatregelen (herinneringen): " + N(c.measure_deadlines) + "\n" +
              "- noodtoegang te beoordelen: " + N(c.emergency_reviews) + "\n" +
              "- dossiers zonder nieuwe aantekening sinds " + N(weeks) +
              " weken: " + N(c.no_contact) + "\n" + "Daarvan te laat: " + N(c.overdue) +
              "\n\nBekijk het in Stip: " + url + "/mijn-werk\n" + "U krijgt dit overzicht " +
              (weekly ? "elke maandag" : "elke dag") + ". Aanpassen kan op " + url +
              "/mijn-account\n\n"
              "---\n"
              "New since your last overview: " +
              N(news.entries) + " entries by colleagues, " + N(news.reactions) +
              " reactions by families. Due: " + N(c.correction_requests) +
              " correction requests, " + N(c.objections) + " objections, " +
              N(c.withholding_reviews) + " withholdings to review, " + N(c.measure_deadlines) +
              " deadlines of court measures (reminders), " + N(c.emergency_reviews) +
              " emergency accesses to review, " + N(c.no_contact) + " files without a new entry; " +
              N(c.overdue) + " overdue. See " + url + "/mijn-werk.\n";
  return mail;
}

}  // namespace

Status Stip::SetDigestFrequency(const Principal& who, const std::string& frequency) {
  // Administrators get no digest (they have no files), so they are not offered one either.
  if (who.IsFamily() || who.via == Principal::Via::kCli || who.user.admin) {
    return Fail(Code::kPermissionDenied, "The digest is for professionals.");
  }
  if (!domain::ParseDigestFrequency(frequency)) {
    return Fail(domain::Error::Invalid(
        "Choose daily, weekly or off.",
        {{"frequency", domain::NotOneOf(domain::ValueList::kDigestFrequency)}}));
  }
  const auto now = clock_.Now();
  auto head =
      AppendWithRetry(std::string(ledger::kSystemChain), [&]() -> Result<store::AppendRequest> {
        auto system_head = ledger_.Head(std::string(ledger::kSystemChain));
        if (!system_head) return tl::unexpected(system_head.error());
        store::AppendRequest req{std::string(ledger::kSystemChain), system_head->seq, {}};
        req.events.push_back(
            MakeEvent(req.chain, who.user.id, now,
                      events::DigestSet{.user_id = who.user.id, .frequency = frequency}));
        return req;
      });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<domain::DigestFrequency> Stip::DigestFrequencyOf(const Principal& who) {
  if (who.IsFamily() || who.user.admin) {
    return Fail(Code::kPermissionDenied, "The digest is for professionals.");
  }
  auto settings = notify_.ListDigestSettings();
  if (!settings) return tl::unexpected(settings.error());
  for (const auto& s : *settings) {
    if (s.user_id == who.user.id) return s.frequency;
  }
  return domain::DigestFrequency::kDaily;
}

Result<DigestRun> Stip::SendDigests() {
  DigestRun run;
  if (outbox_ == nullptr) return Fail(Code::kUnavailable, "No outbox is configured for mail.");
  auto settings = notify_.ListDigestSettings();
  if (!settings) return tl::unexpected(settings.error());
  std::map<std::string, domain::DigestFrequency> chosen;
  for (const auto& s : *settings) chosen[s.user_id] = s.frequency;
  auto users = admin_.ListUsers();
  if (!users) return tl::unexpected(users.error());
  const domain::Millis now = clock_.Now();
  const int weeks = options_.work.default_quiet_weeks;
  for (const auto& user : *users) {
    if (user.admin || user.disabled || user.email.empty()) continue;
    const auto it = chosen.find(user.id);
    const auto f = it == chosen.end() ? domain::DigestFrequency::kDaily : it->second;
    auto last = notify_.LastDigestSent(user.id);
    if (!last) return tl::unexpected(last.error());
    if (!domain::DigestDue(f, *last, now)) continue;
    // New since the last digest, or (the first one) since the slot before this one.
    const domain::Millis since =
        last->value_or(domain::LastDigestSlot(f, now) -
                       (f == domain::DigestFrequency::kWeekly ? 7 : 1) * 86400000LL);
    Principal as;
    as.user = user;
    auto files = WorkOf(as, weeks);
    if (!files) return tl::unexpected(files.error());
    News news;
    for (const auto& f_work : *files) {
      domain::Page page{0, 200};
      bool older = false;
      while (!older) {  // newest first, until an entry from before `since` (no silent cap)
        auto entries = families_.ListEntries(f_work.family.id, page);
        if (!entries) return tl::unexpected(entries.error());
        for (const auto& e : *entries) {
          if (e.created_at <= since) {
            older = true;
            break;
          }
          if (e.author_id != user.id) ++news.entries;
        }
        if (entries->size() < static_cast<std::size_t>(page.limit)) break;
        page.before = entries->back().seq;
      }
      auto reactions =
          reactions_.ListReactions(f_work.family.id, 0, std::numeric_limits<std::int64_t>::max());
      if (!reactions) return tl::unexpected(reactions.error());
      for (const auto& r : *reactions) news.reactions += r.created_at > since ? 1 : 0;
    }
    MyWorkCounts counts = CountWork(*files);
    auto emergency = CountEmergencyReviews(as);  // issue 10 item 4
    if (!emergency) return tl::unexpected(emergency.error());
    counts.emergency_reviews = *emergency;
    const bool anything = news.entries + news.reactions + counts.correction_requests +
                              counts.objections + counts.withholding_reviews +
                              counts.measure_deadlines + counts.emergency_reviews +
                              counts.no_contact >
                          0;
    if (anything) {
      auto sent = outbox_->Send(DigestMail(user, f, news, counts, weeks, options_.public_url, now));
      if (!sent) {
        run.failures.push_back(user.id + ": " + sent.error().message);
        continue;  // not marked sent: the next run tries again
      }
      ++run.sent;
    } else {
      ++run.nothing_to_say;
    }
    if (auto marked = notify_.SetLastDigestSent(user.id, now); !marked) {
      return tl::unexpected(marked.error());
    }
  }
  return run;
}

}  // namespace stip::app
