// Retention, destruction and legal hold (issue 14 item 3). The regime and the first day a file
// may be destroyed are computed from what the file holds (domain/retention.h); the lead or the
// team lead puts a file on legal hold; `stip retention run` and the server's daily task destroy
// what is due. Destruction is one file.destroyed event listing every event whose content goes
// (seq, type, hash); its fold empties those payloads and removes the file's projection rows in
// the same transaction, then the database files are wiped (Store::ReclaimDestroyed). The ledger
// still verifies: docs/ledger-format.md §7 and docs/architecture.md.
#include <algorithm>
#include <functional>
#include <string>
#include <utility>

#include <spdlog/spdlog.h>

#include "app/events.h"
#include "app/help_internal.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/field_error.h"
#include "domain/local_time.h"
#include "domain/measure.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

constexpr std::size_t kMaxHoldReasonChars = 2000;

Status CheckReason(const std::string& reason) {
  const std::string trimmed = domain::Trim(reason);
  if (trimmed.empty()) {
    return Fail(domain::Error::Invalid(
        "A legal hold needs a reason.",
        {domain::FieldError("reason", domain::FieldCode::kRequired, "Write why.")}));
  }
  if (trimmed.size() > kMaxHoldReasonChars) {
    return Fail(domain::Error::Invalid(
        "The reason is too long.",
        {domain::FieldError("reason", domain::FieldCode::kTooLong, "At most 2000 characters.",
                            {{"max", "2000"}})}));
  }
  return {};
}

}  // namespace

// The facts of one file, gathered from the projections (no access check, no log line).
static Result<domain::Retention> ComputeFor(
    store::FamilyReads& families, const domain::Family& family,
    const std::function<Result<bool>(const std::string&)>& regional) {
  domain::RetentionFacts facts;
  domain::Millis last = family.created_at;
  domain::Millis help_ended = 0;
  bool active = family.involvements.empty();
  for (const auto& inv : family.involvements) {
    last = std::max(last, inv.started_at);
    if (inv.ended_at) {
      last = std::max(last, *inv.ended_at);
      help_ended = std::max(help_ended, *inv.ended_at);
    } else {
      active = true;
    }
    auto safety = regional(inv.user_id);
    if (!safety) return tl::unexpected(safety.error());
    facts.safety_team = facts.safety_team || *safety;
  }
  facts.last_event = domain::DateOf(last);
  if (!active) facts.help_ended = domain::DateOf(help_ended);
  for (const auto& m : family.members) {
    if (m.role == domain::MemberRole::kChild) facts.children.push_back(m.birth_date);
  }
  auto measures = families.ListMeasures(family.id);
  if (!measures) return tl::unexpected(measures.error());
  // Every court measure is child protection (jeugdbescherming): a suspension of custody leads
  // to temporary guardianship and a placement order runs beside an OTS, so each keeps the
  // child's part until 30 years after majority (privacy review: a shorter term destroys early).
  for (const auto& measure : *measures) {
    for (const auto& child : measure.children) {
      for (const auto& m : family.members) {
        if (m.id == child) facts.protected_children.push_back(m.birth_date);
      }
    }
  }
  return domain::ComputeRetention(facts);
}

Result<domain::Retention> Stip::RetentionFacts(const domain::Family& family) {
  return ComputeFor(families_, family, [&](const std::string& user_id) -> Result<bool> {
    auto pro = LoadProfessional(user_id);
    if (!pro) {
      if (pro.error().code == Code::kNotFound) return false;
      return tl::unexpected(pro.error());
    }
    return pro->team && pro->team->kind == domain::TeamKind::kRegionalSafety;
  });
}

Result<bool> Stip::MayHold(const Principal& who, const domain::Family& family, domain::Millis now) {
  if (who.IsFamily()) return false;
  // The running lead; once help has ended, the last lead's team lead still may (a court case that
  // starts years later must be able to stop the destruction; privacy review of issue 14 item 3).
  std::string lead;
  std::string last_lead;
  domain::Millis last_start = -1;
  for (const auto& inv : family.involvements) {
    if (inv.role != domain::InvolvementRole::kLead) continue;
    const bool running = inv.started_at <= now && (!inv.ended_at || *inv.ended_at > now);
    if (running) lead = inv.user_id;
    if (inv.started_at <= now && inv.started_at > last_start) {
      last_start = inv.started_at;
      last_lead = inv.user_id;
    }
  }
  if (!lead.empty() && lead == who.user.id) return true;
  if (lead.empty()) lead = last_lead;
  if (lead.empty()) return false;
  auto pro = LoadProfessional(lead);
  if (!pro) return tl::unexpected(pro.error());
  auto leads = admin_.ListTeamLeads();
  if (!leads) return tl::unexpected(leads.error());
  return std::any_of(leads->begin(), leads->end(), [&](const domain::TeamLead& l) {
    return l.user_id == who.user.id && l.team_id == pro->user.team_id &&
           who.user.team_id == l.team_id && !who.user.disabled;
  });
}

Result<FileRetention> Stip::RetentionOf(const Principal& who, const std::string& family_id,
                                        bool log) {
  if (who.IsFamily()) {
    return Fail(
        domain::Error::NotFound("No family file '" + family_id + "' that you are involved in."));
  }
  domain::Family family;
  std::string role;
  std::string purpose;
  domain::Millis now = 0;
  auto access = Authorize(who, family_id, domain::Action::kViewFile);
  if (access) {
    family = std::move(access->family);
    role = access->role;
    now = access->query.now;
    purpose = PurposeOfRead(who, role, domain::ReadPurpose::kCare);
  } else {
    // The team lead who may set a legal hold after help ended (and answer a request to
    // destroy) reads this page too, though no longer involved; anyone else: the same 404.
    if (access.error().code != Code::kNotFound) return tl::unexpected(access.error());
    now = clock_.Now();
    auto held = HoldFamily(who, family_id, now);
    if (!held) return tl::unexpected(access.error());
    // Only once help has ended: while a lead runs the file, a team lead does not read it
    // (DESIGN.md §1; the askers' names and reasons are on this page).
    if (HelpRuns(*held, now)) return tl::unexpected(access.error());
    family = std::move(*held);
    role = "team_lead";
    purpose = "hulpverlening";
  }
  FileRetention out;
  out.family_id = family_id;
  out.family_name = family.name;
  auto retention = RetentionFacts(family);
  if (!retention) return tl::unexpected(retention.error());
  out.retention = *retention;
  auto hold = retention_.FindLegalHold(family_id);
  if (!hold) return tl::unexpected(hold.error());
  out.hold = *hold;
  auto may = MayHold(who, family, now);
  if (!may) return tl::unexpected(may.error());
  out.may_hold = *may;
  // Issue 14 item 3 part C: the family's requests to destroy, with who asked.
  auto requests = retention_.ListDestructionRequests(family_id);
  if (!requests) return tl::unexpected(requests.error());
  out.requests = std::move(*requests);
  for (const auto& m : family.members) out.names[m.id] = m.name;
  out.today = domain::AmsterdamDate(now);
  if (!log) return out;
  if (auto r = LogRead(who, family_id, role, "retention", purpose); !r) {
    return tl::unexpected(r.error());
  }
  return out;
}

// The lead reaches the file as any involved professional; the team lead of the lead's team
// need not be involved, so the family is read without the access engine and anyone else gets
// the same 404 as for a file that does not exist.
Result<domain::Family> Stip::HoldFamily(const Principal& who, const std::string& family_id,
                                        domain::Millis now) {
  const auto hidden = [&] {
    return Fail(
        domain::Error::NotFound("No family file '" + family_id + "' that you are involved in."));
  };
  if (who.IsFamily()) return hidden();
  auto family = families_.FindFamily(family_id);
  if (!family) return tl::unexpected(family.error());
  if (!*family) return hidden();
  auto may = MayHold(who, **family, now);
  if (!may) return tl::unexpected(may.error());
  if (!*may) {
    const bool involved = std::any_of(
        (*family)->involvements.begin(), (*family)->involvements.end(), [&](const auto& inv) {
          return inv.user_id == who.user.id && inv.started_at <= now &&
                 (!inv.ended_at || *inv.ended_at > now);
        });
    if (!involved) return hidden();
    return Fail(Code::kPermissionDenied,
                "Only the lead and the team lead set or lift a legal hold.");
  }
  return std::move(**family);
}

Status Stip::ChangeLegalHold(const Principal& who, const std::string& family_id, bool set,
                             const std::string& reason) {
  if (auto ok = CheckReason(reason); !ok) return ok;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    const domain::Millis now = clock_.Now();
    auto family = HoldFamily(who, family_id, now);
    if (!family) return tl::unexpected(family.error());
    auto hold = retention_.FindLegalHold(family_id);
    if (!hold) return tl::unexpected(hold.error());
    // One hold at a time: a second one would silently replace the first one's reason.
    if (set && *hold) {
      return Fail(Code::kFailedPrecondition,
                  "This file is on legal hold already (" + (*hold)->reason + ").");
    }
    if (!set && !*hold) return Fail(Code::kFailedPrecondition, "This file is not on legal hold.");
    store::AppendRequest req{family_id, family->head_seq, {}};
    if (set) {
      req.events.push_back(MakeEvent(family_id, who.user.id, now,
                                     events::LegalHoldSet{.reason = domain::Trim(reason)}));
    } else {
      req.events.push_back(MakeEvent(family_id, who.user.id, now,
                                     events::LegalHoldLifted{.reason = domain::Trim(reason)}));
    }
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::CheckDestroy(const std::string& family_id, const DestroyOrder& order) {
  if (order.ground != "retention_ended" && order.ground != "request_granted") {
    return Fail(domain::Error::Invalid(
        "Unknown ground for destruction.",
        {domain::FieldError("ground", "retention_ended or request_granted")}));
  }
  auto family = families_.FindFamily(family_id);
  if (!family) return tl::unexpected(family.error());
  if (!*family) return Fail(domain::Error::NotFound("No family file '" + family_id + "'."));
  auto hold = retention_.FindLegalHold(family_id);
  if (!hold) return tl::unexpected(hold.error());
  if (*hold) {
    return Fail(Code::kFailedPrecondition,
                "This file is on legal hold (" + (*hold)->reason + "); nothing is destroyed.");
  }
  if (order.ground == "request_granted") {
    return CheckGrantedRequest(family_id, **family, order, clock_.Now());
  }
  auto retention = RetentionFacts(**family);
  if (!retention) return tl::unexpected(retention.error());
  if (!domain::RetentionDue(*retention, domain::DateOf(clock_.Now()))) {
    return Fail(Code::kFailedPrecondition,
                "This file's retention term has not ended; it is not destroyed.");
  }
  return {};
}

Result<Destroyed> Stip::DestroyFile(const std::string& family_id, const DestroyOrder& order) {
  // The rule first (bad input is answered before the chain is read), and again in the
  // transaction that destroys (below).
  if (auto ok = CheckDestroy(family_id, order); !ok) return tl::unexpected(ok.error());
  if (domain::Trim(order.decided_by).empty()) {
    return Fail(domain::Error::Invalid(
        "Say who decided the destruction.",
        {domain::FieldError("decided_by", domain::FieldCode::kRequired, "Who decided.")}));
  }
  // A chain that does not verify is not emptied: destroying would attest the stored hashes and
  // hide the tampering (privacy review of issue 14 item 3).
  auto verified = Verify(family_id);
  if (!verified) return tl::unexpected(verified.error());
  if (!verified->ok()) {
    return Fail(Code::kFailedPrecondition,
                "This file's chain does not verify (" + verified->problems.front().kind +
                    "); investigate with stip verify --family before destroying anything.");
  }
  Destroyed out;
  out.family_id = family_id;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    std::string requested_by = order.requested_by;
    // The ground must hold now, in the transaction that destroys (a file that became active
    // again since the run looked is not due any more; a hold set meanwhile stops it).
    if (auto ok = CheckDestroy(family_id, order); !ok) return tl::unexpected(ok.error());
    auto family = families_.FindFamily(family_id);
    if (!family) return tl::unexpected(family.error());
    if (!*family) return Fail(domain::Error::NotFound("No family file '" + family_id + "'."));
    if (order.ground == "request_granted") {
      if (requested_by.empty()) {
        auto all = retention_.ListDestructionRequests(family_id);
        if (!all) return tl::unexpected(all.error());
        for (const auto& r : *all) {
          if (r.id == order.request_id) requested_by = r.member_id;
        }
      }
    }
    events::FileDestroyed destroyed{.seqs = {},
                                    .types = {},
                                    .hashes = {},
                                    .scope = "file",
                                    .ground = order.ground,
                                    .decided_by = domain::Trim(order.decided_by),
                                    .requested_by = requested_by,
                                    .request_id = order.request_id};
    const std::int64_t upto = (*family)->head_seq;
    auto read = history_.ReadChain(family_id, [&](const ledger::Event& e) {
      if (e.seq > upto) return false;
      if (e.redacted) return true;  // destroyed before (and attested then)
      destroyed.seqs.push_back(std::to_string(e.seq));
      destroyed.types.push_back(e.type);
      destroyed.hashes.push_back(e.hash);
      return true;
    });
    if (!read) return tl::unexpected(read.error());
    if (destroyed.seqs.empty()) return Fail(Code::kFailedPrecondition, "Nothing left to destroy.");
    out.events = static_cast<std::int64_t>(destroyed.seqs.size());
    store::AppendRequest req{family_id, upto, {}};
    req.events.push_back(MakeEvent(family_id, "system", clock_.Now(), destroyed));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  out.seq = head->seq;
  // The text is gone from the tables; now from the files too. A failure here leaves the ledger
  // destroyed and verifiable; the next run wipes again.
  if (auto wiped = retention_.ReclaimDestroyed(); !wiped) {
    spdlog::warn("retention: {} destroyed, but the database files were not wiped yet: {}",
                 family_id, wiped.error().message);
  }
  spdlog::info("retention: file {} destroyed ({} events, ground {}, decided by {})", family_id,
               out.events, order.ground, order.decided_by);
  return out;
}

Result<RetentionRun> Stip::RunRetention(bool dry_run, const std::string& operator_name) {
  RetentionRun run;
  auto chains = history_.ListChains();
  if (!chains) return tl::unexpected(chains.error());
  const domain::Date today = domain::DateOf(clock_.Now());
  for (const std::string& chain : *chains) {
    if (chain == ledger::kSystemChain) continue;
    auto family = families_.FindFamily(chain);
    if (!family) return tl::unexpected(family.error());
    if (!*family) continue;  // destroyed before
    ++run.checked;
    auto retention = RetentionFacts(**family);
    if (!retention) return tl::unexpected(retention.error());
    if (!domain::RetentionDue(*retention, today)) continue;
    RetentionRun::File file{chain, *retention, false, false, {}};
    auto hold = retention_.FindLegalHold(chain);
    if (!hold) return tl::unexpected(hold.error());
    file.held = hold->has_value();
    if (!dry_run && !file.held) {
      auto destroyed = DestroyFile(chain, {.ground = "retention_ended",
                                           .decided_by = operator_name,
                                           .requested_by = {},
                                           .request_id = {}});
      if (destroyed) {
        file.destroyed = true;
      } else {
        file.problem = destroyed.error().message;
      }
    }
    run.due.push_back(std::move(file));
  }
  return run;
}

}  // namespace stip::app
