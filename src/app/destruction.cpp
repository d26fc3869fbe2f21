// The family's destruction request (issue 14 item 3 part C; ../shared/LEGAL_FACTS.md): a parent,
// a carer or a child of 12 or older asks that the file, or their own data, be destroyed; the lead
// answers within three months with reasons. Granted, the file is destroyed at once (ground
// request_granted; the answer and file.destroyed in one append, so both are recorded or
// neither), but only when nothing obliges the organisation to keep it: no legal hold and no
// court measure that still runs. Every change is one ledger event on
// the family chain; every read a line on the access log.
#include <algorithm>
#include <string>
#include <utility>

#include <spdlog/spdlog.h>

#include "app/events.h"
#include "app/help_internal.h"
#include "app/outbox.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/decision.h"
#include "domain/destruction_notice.h"
#include "domain/field_error.h"
#include "domain/local_time.h"
#include "domain/measure.h"
#include "domain/rules.h"
#include "domain/safety_map.h"
#include "domain/text.h"
#include "domain/time.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

constexpr std::size_t kMaxReasonChars = 2000;
constexpr std::size_t kMaxAnswerChars = 4000;

domain::Error NoSuchFile(const std::string& family_id) {
  return domain::Error::NotFound("No family file '" + family_id + "' that you are involved in.");
}

// The mail to the asker says only what kind of answer there is, and where to read it; never the
// reasons. One text per outcome (finding 7 of the privacy review): granted, the file and the
// asker's account are gone, so there is nothing to read in Stip any more.
Mail AnsweredMail(const std::string& to, const std::string& url, domain::DestructionAnswer answer,
                  domain::Millis now) {
  Mail mail;
  mail.to = to;
  mail.created_at = now;
  const std::string link = url + "/ons-gezin/vernietigen";
  if (answer == domain::DestructionAnswer::kGranted) {
    mail.subject = "Jullie dossier is vernietigd / Your file has been destroyed";
    mail.body =
        "Hallo,\n\n"
        "Je vroeg om jullie dossier te vernietigen. Dat is nu gebeurd. Niemand kan het nog "
        "lezen, en je kunt ook niet meer inloggen in Stip.\n\n"
        "---\n"
        "You asked for your file to be destroyed. That has now been done. No one can read it any "
        "more, and you can no longer log in to Stip.\n";
    return mail;
  }
  mail.subject = "Antwoord op je vraag / An answer to your request";
  const bool partly = answer == domain::DestructionAnswer::kPartlyGranted;
  mail.body = std::string("Hallo,\n\n") +
              (partly ? "Je vroeg om gegevens te vernietigen. Het antwoord is: voor een deel. "
                      : "Je vroeg om gegevens te vernietigen. Het antwoord is: nee. ") +
              "Waarom, lees je in Stip, niet in deze mail:\n\n    " + link +
              "\n\n"
              "---\n" +
              (partly ? "You asked for data to be destroyed. The answer is: in part. "
                      : "You asked for data to be destroyed. The answer is: no. ") +
              "Read why in Stip: " + link + "\n";
  return mail;
}

// Finding 8 of the privacy review: the notice to every other member with an account when the
// whole file is asked for: no name, no reason; whom to contact.
Mail NoticeMail(const std::string& to, const std::string& fixed_face, domain::Millis now) {
  Mail mail;
  mail.to = to;
  mail.created_at = now;
  mail.subject = "Een vraag over jullie dossier / A request about your file";
  mail.body =
      "Hallo,\n\n"
      "Er is gevraagd het dossier te vernietigen. Wil je daar iets over zeggen? Neem "
      "contact op met " +
      fixed_face +
      ".\n\n"
      "---\n"
      "Someone asked for the file to be destroyed. Do you want to say something about it? "
      "Contact " +
      fixed_face + ".\n";
  return mail;
}

Status CheckAsk(const NewDestructionRequest& input) {
  std::vector<domain::FieldError> errors;
  if (input.scope.empty()) {
    errors.push_back(
        domain::FieldError("scope", domain::FieldCode::kRequired, "Choose file or own_data."));
  } else if (!domain::ParseDestructionScope(input.scope)) {
    errors.push_back(domain::FieldError("scope", "must be file or own_data"));
  }
  if (auto problem = domain::CheckText(input.reason, kMaxReasonChars, false, true)) {
    errors.push_back(domain::FieldError("reason", std::move(*problem)));
  }
  if (!errors.empty()) {
    return Fail(domain::Error::Invalid("The request to destroy is not valid.", std::move(errors)));
  }
  return {};
}

// While help runs, only the running lead answers: a team lead never reads or ends a running
// family file (DESIGN.md §1). Once help has ended, whoever may set a legal hold answers (the
// last lead's team lead; HoldFamily decides). Privacy review of issue 14 item 3 part C.
Status MayAnswerNow(const Principal& who, const domain::Family& family, domain::Millis now) {
  if (!HelpRuns(family, now) || RunsAsLead(family, who.user.id, now)) return {};
  return Fail(Code::kPermissionDenied,
              "Only the lead answers a request to destroy while help runs (also while only a duo "
              "partner or another professional is still involved).");
}

bool IsCourtRequest(domain::DecisionKind kind) {
  return kind == domain::DecisionKind::kRequestMeasure ||
         kind == domain::DecisionKind::kRequestExtension ||
         kind == domain::DecisionKind::kRequestEndCustody;
}

// A court may still rule on this family: a measure ended less than three months ago (the term
// to appeal, Rv 806), or a request to the court was taken and no measure records its ruling.
Status NoCourtCaseOpen(const std::vector<domain::MeasureRecord>& measures,
                       const std::vector<domain::DecisionRecord>& decisions,
                       const domain::Family& family, const domain::Date& today) {
  for (const auto& m : measures) {
    const auto end = domain::EffectiveEnd(m, family);
    if (end && today < domain::AddMonths(*end, 3)) {
      return Fail(Code::kFailedPrecondition,
                  "A court measure in this file ended less than three months ago (the term to "
                  "appeal); the file must be kept. Answer refused, with reasons.");
    }
  }
  for (const auto& d : decisions) {
    if (!IsCourtRequest(d.content.kind) || d.taken_at == 0) continue;
    const bool ruled = std::any_of(measures.begin(), measures.end(),
                                   [&](const auto& m) { return m.decision_id == d.id; });
    if (!ruled) {
      return Fail(Code::kFailedPrecondition,
                  "A request to the court in this file has no recorded ruling yet; the file must "
                  "be kept while the court may decide. Answer refused, with reasons.");
    }
  }
  return {};
}

Status CheckAnswer(const DestructionAnswerInput& input) {
  std::vector<domain::FieldError> errors;
  const auto answer = domain::ParseDestructionAnswer(input.answer);
  if (input.answer.empty()) {
    errors.push_back(domain::FieldError("answer", domain::FieldCode::kRequired,
                                        "Choose granted, partly_granted or refused."));
  } else if (!answer) {
    errors.push_back(domain::FieldError("answer", "must be granted, partly_granted or refused"));
  }
  const bool required = answer.has_value() && *answer != domain::DestructionAnswer::kGranted;
  if (auto problem =
          domain::CheckText(domain::Trim(input.reasons), kMaxAnswerChars, required, true)) {
    errors.push_back(domain::FieldError("reasons", std::move(*problem)));
  }
  if (!errors.empty()) {
    return Fail(domain::Error::Invalid("The answer is not valid.", std::move(errors)));
  }
  return {};
}

std::string RefusalText(domain::AskRefusal why) {
  switch (why) {
    case domain::AskRefusal::kOk:
      return "";
    case domain::AskRefusal::kNotAMember:
      return "Only a member of this family asks for destruction.";
    case domain::AskRefusal::kUnderTwelve:
      return "A child under 12 does not ask for destruction; the parents with custody do.";
    case domain::AskRefusal::kAlreadyOpen:
      return "You have an open request already; it is answered within three months.";
    case domain::AskRefusal::kFileNotShown:
      return "You do not read this file; you may ask for destruction of your own data.";
  }
  return "";
}

}  // namespace

Result<MyDestructionRequests> Stip::MyDestructionRequestsOf(const Principal& who,
                                                            const std::string& family_id) {
  if (!who.IsFamily() || who.IsNetwork()) return Fail(NoSuchFile(family_id));
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  auto all = retention_.ListDestructionRequests(family_id);
  if (!all) return tl::unexpected(all.error());
  const std::string& me = who.account->member_id;
  MyDestructionRequests out;
  out.family_id = family_id;
  out.family_name = access->family.name;
  out.today = access->query.today;
  for (auto& r : *all) {
    if (r.member_id == me) out.requests.push_back(std::move(r));
  }
  const bool reads =
      domain::Decide(access->family, access->query, domain::Action::kViewFile).allowed;
  out.file = domain::MayAskDestruction(access->family, me, domain::DestructionScope::kFile, reads,
                                       access->query.today, out.requests);
  out.own_data = domain::MayAskDestruction(access->family, me, domain::DestructionScope::kOwnData,
                                           reads, access->query.today, out.requests);
  if (auto r = LogRead(who, family_id, access->role, "destruction_requests",
                       PurposeOfRead(who, access->role, domain::ReadPurpose::kCare));
      !r) {
    return tl::unexpected(r.error());
  }
  return out;
}

Result<domain::DestructionRequest> Stip::RequestDestruction(const Principal& who,
                                                            const std::string& family_id,
                                                            const NewDestructionRequest& input) {
  if (who.IsNetwork()) return Fail(NoSuchFile(family_id));
  if (!who.IsFamily()) {
    // A professional does not ask in the family's name: involved, 403; else the file is hidden.
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    return Fail(Code::kPermissionDenied,
                "A family member asks for destruction, from Ons gezin or with their own account.");
  }
  if (auto ok = CheckAsk(input); !ok) return tl::unexpected(ok.error());
  domain::DestructionRequest out;
  out.id = ids_.NewId("vnr");
  out.family_id = family_id;
  out.member_id = who.account->member_id;
  out.account_id = who.user.id;
  out.scope = *domain::ParseDestructionScope(input.scope);
  out.reason = domain::Trim(input.reason);
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    auto all = retention_.ListDestructionRequests(family_id);
    if (!all) return tl::unexpected(all.error());
    const bool reads =
        domain::Decide(access->family, access->query, domain::Action::kViewFile).allowed;
    const auto why = domain::MayAskDestruction(access->family, out.member_id, out.scope, reads,
                                               access->query.today, *all);
    switch (why) {
      case domain::AskRefusal::kOk:
        break;
      case domain::AskRefusal::kAlreadyOpen:
        return Fail(Code::kAlreadyExists, RefusalText(why));
      case domain::AskRefusal::kNotAMember:
        return Fail(NoSuchFile(family_id));
      default:
        return Fail(Code::kPermissionDenied, RefusalText(why));
    }
    out.requested_at = access->query.now;
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::DestructionRequested{.id = out.id,
                                               .member_id = out.member_id,
                                               .scope = std::string(domain::ToString(out.scope)),
                                               .reason = out.reason}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  spdlog::info("destruction: {} asked in {} ({})", out.member_id, family_id,
               domain::ToString(out.scope));
  // Finding 8: every other member with an account who lives in the household and is 12 or
  // older is told, without who asked or why (a member who left is not told of what happens
  // after they left; a younger child does not ask and is not asked); a mail that fails is
  // logged.
  const auto notify_others = [&]() -> Status {
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*family) return {};
    std::string fixed_face = "je vaste gezicht / your fixed face";
    if (const auto lead = domain::CurrentLead(**family)) {
      auto pro = LoadProfessional(lead->user_id);
      if (!pro) return tl::unexpected(pro.error());
      fixed_face = pro->user.display_name;
    }
    auto accounts = accounts_.ListAccounts(family_id);
    if (!accounts) return tl::unexpected(accounts.error());
    for (const auto& a : *accounts) {
      if (a.revoked || a.contact.empty() || a.member_id == out.member_id ||
          a.member_id.starts_with("nwm_")) {
        continue;
      }
      const auto m = std::find_if((*family)->members.begin(), (*family)->members.end(),
                                  [&](const domain::Member& x) { return x.id == a.member_id; });
      if (m == (*family)->members.end() || domain::HasLeftHousehold(*m)) continue;
      const domain::Date today = domain::AmsterdamDate(clock_.Now());
      if (m->role == domain::MemberRole::kChild &&
          domain::AgeOn(m->birth_date, today) < domain::AccessPolicy{}.own_access_age) {
        continue;
      }
      if (auto sent = outbox_->Send(NoticeMail(a.contact, fixed_face, clock_.Now())); !sent) {
        return tl::unexpected(sent.error());
      }
    }
    return {};
  };
  if (out.scope == domain::DestructionScope::kFile && outbox_ != nullptr) {
    if (auto ok = notify_others(); !ok) {
      spdlog::warn("destruction: the other members of {} were not all told: {}", family_id,
                   ok.error().message);
    }
  }
  return out;
}

Result<DestructionAnswerDone> Stip::AnswerDestruction(const Principal& who,
                                                      const std::string& family_id,
                                                      const std::string& request_id,
                                                      const DestructionAnswerInput& input) {
  if (who.IsFamily()) return Fail(NoSuchFile(family_id));
  // Who may answer: as for the legal hold (the running lead; once help has ended, the last
  // lead's team lead). An involved professional who is not the lead: 403; anyone else: 404.
  auto family = HoldFamily(who, family_id, clock_.Now());
  if (!family) {
    if (family.error().code == Code::kPermissionDenied) {
      return Fail(Code::kPermissionDenied,
                  "Only the lead (or the team lead once help has ended) answers a request to "
                  "destroy.");
    }
    return tl::unexpected(family.error());
  }
  if (auto ok = MayAnswerNow(who, *family, clock_.Now()); !ok) return tl::unexpected(ok.error());
  if (auto ok = CheckAnswer(input); !ok) return tl::unexpected(ok.error());
  const auto answer = *domain::ParseDestructionAnswer(input.answer);
  const bool granted = answer == domain::DestructionAnswer::kGranted;
  if (granted) {
    // A chain that does not verify is not destroyed (as DestroyFile): the destruction would
    // attest the stored hashes and hide the tampering.
    auto verified = Verify(family_id);
    if (!verified) return tl::unexpected(verified.error());
    if (!verified->ok()) {
      return Fail(Code::kFailedPrecondition,
                  "This file's chain does not verify; ask the administrator to investigate "
                  "before anything is destroyed.");
    }
  }
  // The asker's address, read before the append: a granted answer removes the accounts with it.
  auto accounts = accounts_.ListAccounts(family_id);
  DestructionAnswerDone out;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    out.destroyed.reset();
    const domain::Millis now = clock_.Now();
    auto current = HoldFamily(who, family_id, now);
    if (!current) return tl::unexpected(current.error());
    if (auto ok = MayAnswerNow(who, *current, now); !ok) return tl::unexpected(ok.error());
    auto all = retention_.ListDestructionRequests(family_id);
    if (!all) return tl::unexpected(all.error());
    const auto it =
        std::find_if(all->begin(), all->end(), [&](const auto& r) { return r.id == request_id; });
    if (it == all->end()) {
      return Fail(domain::Error::NotFound("No request to destroy '" + request_id + "' here."));
    }
    if (!it->open()) {
      return Fail(Code::kFailedPrecondition, "This request has been answered already.");
    }
    if (granted && !domain::Trim(input.reasons).empty()) {
      // Nothing of the file is kept, the answer neither: reasons would be lost unseen.
      return Fail(domain::Error::Invalid(
          "The answer cannot be given like this.",
          {{"reasons", domain::FieldCode::kInvalid,
            "granted destroys the whole file, this answer included: give no reasons"}}));
    }
    if (granted) {
      // The rule: a whole file is destroyed on request only when no legal duty to keep it
      // stands: no legal hold, and no court measure that still runs (Jeugdwet 7.3.9: a legal
      // duty, or another person's important interest, blocks it; the lead weighs the latter
      // and then answers partly granted or refused, with reasons).
      if (it->scope != domain::DestructionScope::kFile) {
        return Fail(Code::kFailedPrecondition,
                    "Stip destroys a whole file, not one person's part: answer partly granted "
                    "and write what is destroyed and what is kept.");
      }
      const domain::Date today = domain::AmsterdamDate(now);
      // The other members' say (finding 8): 14 days to react, unless every other parent with
      // custody asked for the whole file too.
      if (!domain::ObjectionTermOver(*current, *it, *all, today)) {
        return Fail(Code::kFailedPrecondition,
                    "The other family members were told of this request less than " +
                        std::to_string(domain::kObjectionDays) +
                        " days ago, and not every other parent with custody asked for it too; "
                        "wait for their reactions before the file is destroyed.");
      }
      if (auto keep = NoDutyToKeep(family_id, *current, now); !keep) {
        return tl::unexpected(keep.error());
      }
    }
    out.request = *it;
    out.request.answer = answer;
    out.request.answer_reasons = domain::Trim(input.reasons);
    out.request.answered_by = who.user.id;
    out.request.answered_at = now;
    store::AppendRequest req{family_id, current->head_seq, {}};
    if (!granted) {
      req.events.push_back(
          MakeEvent(family_id, who.user.id, now,
                    events::DestructionAnswered{.id = request_id,
                                                .answer = std::string(domain::ToString(answer)),
                                                .reasons = out.request.answer_reasons}));
    } else {
      // Granted is the destruction itself, in one append (finding 3 of the privacy review: a
      // failure between two appends left "granted" with the file still there). No answer
      // event: it would outlive the file (its reasons readable for ever, and a rebuild would
      // fold an answer for a family whose creation is gone); file.destroyed names the request,
      // who asked and who decided. It lists every event before it.
      events::FileDestroyed destroyed{.seqs = {},
                                      .types = {},
                                      .hashes = {},
                                      .scope = "file",
                                      .ground = "request_granted",
                                      .decided_by = who.user.id,
                                      .requested_by = it->member_id,
                                      .request_id = request_id};
      const std::int64_t upto = current->head_seq;
      auto read = history_.ReadChain(family_id, [&](const ledger::Event& e) {
        if (e.seq > upto) return false;
        if (e.redacted) return true;  // destroyed before (and attested then)
        destroyed.seqs.push_back(std::to_string(e.seq));
        destroyed.types.push_back(e.type);
        destroyed.hashes.push_back(e.hash);
        return true;
      });
      if (!read) return tl::unexpected(read.error());
      Destroyed done;
      done.family_id = family_id;
      done.events = static_cast<std::int64_t>(destroyed.seqs.size());
      req.events.push_back(MakeEvent(family_id, "system", now, destroyed));
      out.destroyed = done;
    }
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  std::string contact;
  if (accounts) {
    for (const auto& a : *accounts) {
      if (a.id == out.request.account_id && !a.revoked) contact = a.contact;
    }
  }
  if (out.destroyed) {
    out.destroyed->seq = head->seq;
    // The text is gone from the tables; now from the files too (as DestroyFile). A failure here
    // leaves the ledger destroyed and verifiable; the next retention run wipes again.
    if (auto wiped = retention_.ReclaimDestroyed(); !wiped) {
      spdlog::warn("retention: {} destroyed, but the database files were not wiped yet: {}",
                   family_id, wiped.error().message);
    }
    spdlog::info("retention: file {} destroyed on request {} ({} events, decided by {})", family_id,
                 request_id, out.destroyed->events, who.user.id);
  }
  if (outbox_ != nullptr && !contact.empty()) {
    if (auto sent = outbox_->Send(AnsweredMail(contact, options_.public_url, answer, clock_.Now()));
        !sent) {
      spdlog::warn("the mail about an answered request to destroy was not sent: {}",
                   sent.error().message);
    }
  }
  return out;
}

// The rule of a granted request (AnswerDestruction, before the answer; DestroyFile, in the
// transaction that destroys, for `stip retention destroy --ground request_granted` too): no legal
// hold, no court measure that still runs, no court case open.
Status Stip::NoDutyToKeep(const std::string& family_id, const domain::Family& family,
                          domain::Millis now) {
  auto hold = retention_.FindLegalHold(family_id);
  if (!hold) return tl::unexpected(hold.error());
  if (*hold) {
    return Fail(Code::kFailedPrecondition,
                "This file is on legal hold (" + (*hold)->reason +
                    "); it may not be destroyed. Answer partly granted or refused, with "
                    "reasons.");
  }
  auto measures = families_.ListMeasures(family_id);
  if (!measures) return tl::unexpected(measures.error());
  const domain::Date today = domain::AmsterdamDate(now);
  for (const auto& m : *measures) {
    if (domain::StateOn(m, family, today) != domain::MeasureState::kEnded) {
      return Fail(Code::kFailedPrecondition,
                  "A court measure in this file still runs; the file must be kept. Answer "
                  "refused, with reasons.");
    }
  }
  auto decisions = families_.ListDecisions(family_id);
  if (!decisions) return tl::unexpected(decisions.error());
  return NoCourtCaseOpen(*measures, *decisions, family, today);
}

// Issue 14 item 4 part 2: a destruction on ground request_granted names a request of this file
// that was answered granted, for the whole file, by the member recorded on it.
Status Stip::CheckGrantedRequest(const std::string& family_id, const domain::Family& family,
                                 const DestroyOrder& order, domain::Millis now) {
  if (domain::Trim(order.request_id).empty()) {
    return Fail(domain::Error::Invalid(
        "A destruction on a granted request names the request (--request-id).",
        {domain::FieldError("request_id", domain::FieldCode::kRequired, "the request's id")}));
  }
  auto all = retention_.ListDestructionRequests(family_id);
  if (!all) return tl::unexpected(all.error());
  const auto it = std::find_if(all->begin(), all->end(),
                               [&](const auto& r) { return r.id == order.request_id; });
  if (it == all->end()) {
    return Fail(domain::Error::NotFound("No request to destroy '" + order.request_id +
                                        "' on file " + family_id + "."));
  }
  if (it->open()) {
    return Fail(Code::kFailedPrecondition, "The request " + order.request_id +
                                               " has not been answered yet; only a request "
                                               "answered granted is carried out.");
  }
  if (*it->answer != domain::DestructionAnswer::kGranted) {
    return Fail(Code::kFailedPrecondition, "The request " + order.request_id + " was answered " +
                                               std::string(domain::ToString(*it->answer)) +
                                               ", not granted; the file is not destroyed on it.");
  }
  if (it->scope != domain::DestructionScope::kFile) {
    return Fail(Code::kFailedPrecondition,
                "The request " + order.request_id +
                    " asks to destroy one person's own data, not the whole file; Stip destroys "
                    "only whole files.");
  }
  if (!order.requested_by.empty() && order.requested_by != it->member_id) {
    return Fail(domain::Error::Invalid(
        "The request " + order.request_id + " was made by another member.",
        {domain::FieldError("requested_by", "the member who made the request: " + it->member_id)}));
  }
  return NoDutyToKeep(family_id, family, now);
}

}  // namespace stip::app
