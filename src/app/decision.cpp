// Decisions (issue 12 items 1, 2 and 7): the lead or the duo drafts a decision with its legal
// ground, facts apart from opinions, the alternatives weighed, who was there and how each
// child was heard; shares it with the family, who write their view in their own words; a
// behavioural scientist gives a second opinion on the version they read; the decider takes it.
// Every step is one ledger event, every read an access-log line. Nothing here computes a
// score, a prediction or a ranking: a decision is people's judgement, written down.
#include <set>
#include <string>
#include <utility>

#include "app/events.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/decision.h"
#include "domain/text.h"
#include "ledger/decision_content.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

domain::Error UnknownDecision(const std::string& id) {
  return domain::Error::NotFound("No decision '" + id + "' in this family file.");
}

Status MayEdit(const Access& access) {
  const auto d = domain::DecideDecisionEditor(access.family, access.query);
  if (d.allowed) return {};
  return Fail(Code::kPermissionDenied,
              "Only the lead and the duo draft, share and take decisions (" +
                  std::string(domain::ToString(d.reason)) + ").");
}

// Trims every text of the draft (the words are otherwise kept as typed).
domain::DecisionContent Trimmed(domain::DecisionContent c) {
  using domain::Trim;
  c.what = Trim(c.what);
  c.legal_ground = Trim(c.legal_ground);
  c.decider = Trim(c.decider);
  for (auto& f : c.facts) {
    f.text = Trim(f.text);
    f.source = Trim(f.source);
    f.date = Trim(f.date);
    f.entry_id = Trim(f.entry_id);
  }
  for (auto& o : c.opinions) {
    o.text = Trim(o.text);
    o.whose = Trim(o.whose);
  }
  for (auto& a : c.alternatives) {
    a.what = Trim(a.what);
    a.why_not = Trim(a.why_not);
  }
  for (auto& p : c.present) p = Trim(p);
  for (auto& ch : c.children) {
    ch.member_id = Trim(ch.member_id);
    ch.how = Trim(ch.how);
  }
  return c;
}

}  // namespace

// The checked, trimmed content of a draft and its canonical text and hash.
struct CheckedDraft {
  std::string content;
  std::string hash;
};

static Result<CheckedDraft> CheckNewDecision(store::FamilyReads& families, const Access& access,
                                             const NewDecision& input) {
  domain::DecisionContent content = Trimmed(input.content);
  std::vector<domain::FieldError> errors;
  const auto kind = domain::ParseDecisionKind(domain::Trim(input.kind));
  if (!kind) errors.push_back({"kind", domain::NotOneOf(domain::ValueList::kDecisionKind)});
  content.kind = kind.value_or(domain::DecisionKind::kPlanChange);
  std::set<std::string> known;
  for (const auto& f : content.facts) {
    if (f.entry_id.empty() || known.count(f.entry_id)) continue;
    auto entry = families.FindEntry(access.family.id, f.entry_id);
    if (!entry) return tl::unexpected(entry.error());
    if (*entry) known.insert(f.entry_id);
  }
  auto more = domain::CheckDraft(access.family, content, access.query.today, access.query.now,
                                 [&](const std::string& id) { return known.count(id) > 0; });
  errors.insert(errors.end(), more.begin(), more.end());
  if (!errors.empty()) {
    return Fail(domain::Error::Invalid("The decision cannot be written like this.", errors));
  }
  auto text = ledger::EncodeDecisionContent(content);
  if (!text) return tl::unexpected(text.error());
  return CheckedDraft{*text, ledger::DecisionContentHash(*text)};
}

Result<DecisionsView> Stip::DecisionsOf(const Principal& who, const std::string& family_id,
                                        const std::string& purpose) {
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  const domain::Decision may = domain::DecideDecisions(access->family, access->query);
  if (!may.allowed) {
    if (who.IsNetwork()) {
      return Fail(
          domain::Error::NotFound("No family file '" + family_id + "' that you are involved in."));
    }
    return Fail(Code::kPermissionDenied, "You may not read the decisions of this file (" +
                                             std::string(domain::ToString(may.reason)) + ").");
  }
  auto all = families_.ListDecisions(family_id);
  if (!all) return tl::unexpected(all.error());
  DecisionsView view;
  view.family_id = family_id;
  view.family_name = access->family.name;
  view.today = access->query.today;
  view.decisions = domain::VisibleDecisions(access->family, access->query, *all);
  view.family = who.IsFamily();
  if (view.family) {
    const auto me = domain::DecideScorer(access->family, access->query);
    view.viewer_id = me.participant_id;
    view.may_write_view = me.allowed;
  } else {
    view.viewer_id = who.user.id;
    view.may_edit = domain::DecideDecisionEditor(access->family, access->query).allowed;
    domain::DecisionRecord probe;
    view.may_give_opinion =
        !domain::CheckSecondOpinionGiver(access->family, access->query, probe).has_value();
  }
  for (const auto& m : access->family.members) {
    view.names[m.id] = m.name;
    if (view.family || m.left_on) continue;
    view.members.push_back(m);
    if (m.role == domain::MemberRole::kChild) view.children.push_back(m);
  }
  std::set<std::string> users;
  for (const auto& inv : access->family.involvements) users.insert(inv.user_id);
  for (const auto& d : view.decisions) {
    users.insert(d.drafted_by);
    users.insert(d.content.decider);
    if (!d.taken_by.empty()) users.insert(d.taken_by);
    for (const auto& o : d.opinions) users.insert(o.given_by);
    for (const auto& v : d.views) {
      if (v.recorded) users.insert(v.written_by);
    }
  }
  for (const auto& id : users) {
    if (id.empty() || id.starts_with("acc") || id == "system") continue;
    auto pro = LoadProfessional(id);
    if (!pro) {
      if (pro.error().code == Code::kNotFound) continue;
      return tl::unexpected(pro.error());
    }
    view.names[id] = pro->user.display_name;
  }
  if (!view.family) {
    for (const auto& inv : access->family.involvements) {
      if (domain::MayDecide(access->family, inv.user_id, access->query.now)) {
        view.deciders.emplace_back(inv.user_id, view.names[inv.user_id]);
      }
    }
  }
  if (auto r = LogRead(who, family_id, access->role, "decisions",
                       PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Result<std::string> Stip::DraftDecision(const Principal& who, const std::string& family_id,
                                        const NewDecision& input) {
  const std::string id = ids_.NewId("bsl");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    auto draft = CheckNewDecision(families_, *access, input);
    if (!draft) return tl::unexpected(draft.error());
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::DecisionDrafted{
            .id = id, .version = "1", .content = draft->content, .content_hash = draft->hash}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

// The decision `decision_id` of the family, as the caller may see it (404 otherwise).
static Result<domain::DecisionRecord> FindFor(store::FamilyReads& families, const Access& access,
                                              const std::string& decision_id) {
  auto all = families.ListDecisions(access.family.id);
  if (!all) return tl::unexpected(all.error());
  const auto visible = domain::VisibleDecisions(access.family, access.query, *all);
  const auto* d = domain::FindDecision(visible, decision_id);
  if (!d) return Fail(UnknownDecision(decision_id));
  return *d;
}

Result<int> Stip::ReviseDecision(const Principal& who, const std::string& family_id,
                                 const std::string& decision_id, const NewDecision& input) {
  int version = 0;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    auto d = FindFor(families_, *access, decision_id);
    if (!d) return tl::unexpected(d.error());
    if (d->state == domain::DecisionState::kTaken) {
      return Fail(Code::kFailedPrecondition,
                  "This decision was taken already: it is not changed any more. A new decision "
                  "is drafted instead.");
    }
    auto draft = CheckNewDecision(families_, *access, input);
    if (!draft) return tl::unexpected(draft.error());
    if (draft->hash == d->content_hash) {
      return Fail(Code::kFailedPrecondition,
                  "Nothing changed: this is version " + std::to_string(d->version) + " as it is.");
    }
    version = d->version + 1;
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::DecisionRevised{.id = decision_id,
                                                           .version = std::to_string(version),
                                                           .content = draft->content,
                                                           .content_hash = draft->hash}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return version;
}

Status Stip::ShareDecision(const Principal& who, const std::string& family_id,
                           const std::string& decision_id) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    auto d = FindFor(families_, *access, decision_id);
    if (!d) return tl::unexpected(d.error());
    if (d->state != domain::DecisionState::kDraft) {
      return Fail(Code::kFailedPrecondition, "This decision was shared with the family already.");
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::DecisionShared{.id = decision_id, .version = std::to_string(d->version)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<std::string> Stip::AddDecisionView(const Principal& who, const std::string& family_id,
                                          const std::string& decision_id,
                                          const NewDecisionView& input) {
  const std::string id = ids_.NewId("zsw");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    std::string member_id = domain::Trim(input.member_id);
    if (who.IsFamily()) {
      // A member writes their own view, never someone else's.
      const auto me = domain::DecideScorer(access->family, access->query);
      if (!me.allowed) {
        if (who.IsNetwork()) return Fail(domain::Error::NotFound("No such family file."));
        return Fail(Code::kPermissionDenied, "You may not write a view in this file (" +
                                                 std::string(domain::ToString(me.reason)) + ").");
      }
      if (!member_id.empty() && member_id != me.participant_id) {
        return Fail(domain::Error::Invalid(
            "The view cannot be added like this.",
            {{"member_id", domain::FieldCode::kDoesNotMatch,
              "a family member writes only their own view; leave member_id out"}}));
      }
      member_id = me.participant_id;
    } else {
      const auto d = domain::Decide(access->family, access->query, domain::Action::kAddEntry);
      if (!d.allowed) {
        return Fail(Code::kPermissionDenied, "You may not write in this file (" +
                                                 std::string(domain::ToString(d.reason)) + ").");
      }
      if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    }
    auto d = FindFor(families_, *access, decision_id);
    if (!d) return tl::unexpected(d.error());
    if (auto no = domain::CheckMayWriteView(*d)) return Fail(std::move(*no));
    auto errors = domain::CheckView(access->family, member_id, input.words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The view cannot be added like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    // In their own words: kept as typed, only the ends trimmed.
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::DecisionViewAdded{.id = id,
                                                             .decision_id = decision_id,
                                                             .member_id = member_id,
                                                             .version = std::to_string(d->version),
                                                             .words = domain::Trim(input.words)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<std::string> Stip::GiveSecondOpinion(const Principal& who, const std::string& family_id,
                                            const std::string& decision_id,
                                            const NewSecondOpinion& input) {
  const std::string id = ids_.NewId("tgs");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    auto d = FindFor(families_, *access, decision_id);
    if (!d) return tl::unexpected(d.error());
    if (auto no = domain::CheckSecondOpinionGiver(access->family, access->query, *d)) {
      return Fail(std::move(*no));
    }
    const auto verdict = domain::ParseVerdict(domain::Trim(input.verdict));
    auto errors = domain::CheckSecondOpinion(verdict, input.reasons, input.conditions);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The second opinion cannot be given like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::DecisionSecondOpinionGiven{.id = id,
                                           .decision_id = decision_id,
                                           .version = std::to_string(d->version),
                                           .content_hash = d->content_hash,
                                           .verdict = std::string(ToString(*verdict)),
                                           .reasons = domain::Trim(input.reasons),
                                           .conditions = domain::Trim(input.conditions)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Status Stip::TakeDecision(const Principal& who, const std::string& family_id,
                          const std::string& decision_id) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    auto d = FindFor(families_, *access, decision_id);
    if (!d) return tl::unexpected(d.error());
    // The decider named in the draft, still involved in the file (Authorize).
    if (d->content.decider != who.user.id || who.IsFamily()) {
      return Fail(Code::kPermissionDenied,
                  "Only the decider named in the draft takes this decision.");
    }
    // And may still decide now: after a handover the previous lead no longer does.
    if (!domain::MayDecide(access->family, who.user.id, access->query.now)) {
      return Fail(Code::kPermissionDenied,
                  "You may no longer decide in this file (the lead, the duo or the behavioural "
                  "scientist decides); name the decider again in a new version.");
    }
    if (auto no = domain::CheckMayTake(*d)) return Fail(std::move(*no));
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::DecisionTaken{.id = decision_id,
                                                         .version = std::to_string(d->version),
                                                         .content_hash = d->content_hash}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

}  // namespace stip::app
