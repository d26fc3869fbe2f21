// Use cases of withholding (DESIGN.md §2 rule 4): withhold an entry from a family member on a
// legal ground, renew or lift it, object to it, and answer the objection as a second professional.
#include <algorithm>
#include <optional>
#include <utility>

#include "app/events.h"
#include "app/reactions_internal.h"
#include "app/stip.h"
#include "domain/child_voice.h"
#include "domain/family_plan.h"
#include "domain/local_time.h"
#include "domain/meeting.h"
#include "domain/safety_map.h"
#include "domain/text.h"
#include "domain/time.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

constexpr std::size_t kMaxAnswerChars = 5000;

Result<domain::Withholding> FindWithholding(store::ReactionReads& reactions,
                                            const std::string& family_id, const std::string& id) {
  auto all = reactions.ListWithholdings(family_id);
  if (!all) return tl::unexpected(all.error());
  for (auto& w : *all) {
    if (w.id == id) return std::move(w);
  }
  return Fail(Code::kNotFound, "There is no withholding '" + id + "' in this family file.");
}

Result<domain::Entry> FindEntryOf(store::FamilyReads& families, const std::string& family_id,
                                  const std::string& entry_id) {
  auto entry = families.FindEntry(family_id, entry_id);
  if (!entry) return tl::unexpected(entry.error());
  if (!*entry) {
    return Fail(Code::kNotFound, "There is no entry '" + entry_id + "' in this family file.");
  }
  return std::move(**entry);
}

std::optional<domain::FieldError> TextError(std::string_view field, const std::string& text,
                                            std::size_t max) {
  if (auto p = domain::CheckText(text, max, true, true))
    return domain::FieldError{std::string(field), *p};
  return std::nullopt;
}

// Whether every member `w` names is already covered by a withholding in force: then it adds
// nothing and the professional should renew that one. A whole-household withholding adds
// nothing only next to another one (it also covers members added later).
bool AddsNobody(const domain::Withholding& w, const std::vector<domain::Withholding>& existing,
                const domain::AccessQuery& query) {
  const auto covered = [&](const std::string& member_id) {
    return std::any_of(existing.begin(), existing.end(), [&](const domain::Withholding& other) {
      return domain::InForce(other, query.today, query.policy) &&
             domain::AppliesTo(other, member_id);
    });
  };
  if (w.whole_household) {
    return std::any_of(existing.begin(), existing.end(), [&](const domain::Withholding& other) {
      return other.whole_household && domain::InForce(other, query.today, query.policy);
    });
  }
  const auto named = domain::NamedMembers(w);
  return !named.empty() && std::all_of(named.begin(), named.end(), covered);
}

}  // namespace

Result<std::string> Stip::Withhold(const Principal& who, const std::string& family_id,
                                   const std::string& entry_id, const NewWithholding& input) {
  return WithholdItem(who, family_id, "entry", entry_id, input);
}

// The item a withholding would hold back: whom it concerns (for the checks of the grounds) and
// the withholdings it has already (also one inherited from an earlier version of an entry).
struct Stip::WithheldTarget {
  domain::WithheldKind kind = domain::WithheldKind::kEntry;
  domain::EntryAudience audience;
  std::vector<domain::Withholding> existing;
  std::string child_id;  // a child voice: the child whose own words these are
};

Result<Stip::WithheldTarget> Stip::FindWithheldTarget(const std::string& family_id,
                                                      domain::WithheldKind kind,
                                                      const std::string& item_id) {
  WithheldTarget t;
  t.kind = kind;
  auto all = reactions_.ListWithholdings(family_id);
  if (!all) return tl::unexpected(all.error());
  const auto missing = [&](std::string_view what) {
    return Fail(Code::kNotFound,
                "There is no " + std::string(what) + " '" + item_id + "' in this family file.");
  };
  // An item that is not an entry is about the whole household, as its page shows it.
  const auto household = [&](std::int64_t seq, domain::Millis at) {
    t.audience = domain::EntryAudience{item_id, {}, std::nullopt, seq, domain::AmsterdamDate(at)};
    t.existing = domain::WithholdingsOf(item_id, *all);
  };
  switch (kind) {
    case domain::WithheldKind::kEntry: {
      auto entry = FindEntryOf(families_, family_id, item_id);
      if (!entry) return tl::unexpected(entry.error());
      auto audience = AudienceFor(families_, *entry);
      if (!audience) return tl::unexpected(audience.error());
      t.audience = std::move(*audience);
      auto applicable = WithholdingsFor(families_, *entry, *all);
      if (!applicable) return tl::unexpected(applicable.error());
      t.existing = std::move(*applicable);
      return t;
    }
    case domain::WithheldKind::kSafetyMapItem: {
      auto map = families_.LoadSafetyMap(family_id);
      if (!map) return tl::unexpected(map.error());
      for (const auto& d : map->dangers) {
        if (d.id == item_id) household(d.seq, d.added_at);
      }
      for (const auto& g : map->strengths) {
        if (g.id == item_id) household(g.seq, g.added_at);
      }
      for (const auto& g : map->goals) {
        if (g.id == item_id) household(g.seq, g.added_at);
      }
      if (t.audience.entry_id.empty()) return missing("danger statement, strength or goal");
      return t;
    }
    case domain::WithheldKind::kPlanComment:
    case domain::WithheldKind::kPlanConditions: {
      auto plan = families_.LoadFamilyPlan(family_id);
      if (!plan) return tl::unexpected(plan.error());
      if (kind == domain::WithheldKind::kPlanComment) {
        for (const auto& c : plan->comments) {
          if (c.id == item_id) household(c.seq, c.added_at);
        }
      } else {
        for (const auto& c : plan->conditions) {
          if (domain::ConditionsId(c) == item_id) household(c.seq, c.set_at);
        }
        // A withholding of an earlier set holds for this one too.
        t.existing = domain::WithholdingsOf(item_id, domain::WithConditionsCarried(*plan, *all));
      }
      if (t.audience.entry_id.empty()) {
        return missing(kind == domain::WithheldKind::kPlanComment ? "comment on the plan"
                                                                  : "set of safety conditions");
      }
      return t;
    }
    case domain::WithheldKind::kMeetingAgreement: {
      auto meetings = families_.LoadMeetings(family_id);
      if (!meetings) return tl::unexpected(meetings.error());
      for (const auto& m : *meetings) {
        for (const auto& a : m.agreements) {
          if (a.id == item_id && m.record) household(a.seq, m.record->recorded_at);
        }
      }
      if (t.audience.entry_id.empty()) return missing("agreement of a meeting");
      return t;
    }
    case domain::WithheldKind::kChildVoice: {
      auto voices = families_.LoadChildVoices(family_id);
      if (!voices) return tl::unexpected(voices.error());
      const auto* v = domain::FindVoice(*voices, item_id);
      if (!v) return missing("record of a child's own words");
      // The child's own words concern the child: a ground about a child or a young person fits.
      t.audience = domain::EntryAudience{
          item_id, {v->child_id}, std::nullopt, v->seq, domain::AmsterdamDate(v->written_at)};
      t.existing = domain::WithholdingsOf(item_id, *all);
      t.child_id = v->child_id;
      return t;
    }
  }
  return missing("item");
}

Result<std::string> Stip::WithholdItem(const Principal& who, const std::string& family_id,
                                       const std::string& kind_name, const std::string& item_id,
                                       const NewWithholding& input) {
  const std::string id = ids_.NewId("whd");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kWithhold);
    if (!access) return tl::unexpected(access.error());
    const auto kind = domain::ParseWithheldKind(kind_name);
    if (!kind) {
      return Fail(domain::Error::Invalid(
          "The withholding cannot be recorded like this.",
          {{"target_kind", domain::NotOneOf(domain::ValueList::kWithheldKind)}}));
    }
    auto target = FindWithheldTarget(family_id, *kind, item_id);
    if (!target) return tl::unexpected(target.error());
    std::vector<domain::FieldError> errors;
    auto ground = domain::ParseWithholdingGround(input.ground);
    if (!ground) {
      errors.push_back({"ground", domain::NotOneOf(domain::ValueList::kWithholdingGround)});
    }
    auto review = domain::ParseDate(input.review_date);
    if (!review) errors.push_back({"review_date", domain::NotADate()});
    domain::Withholding w;
    w.id = id;
    w.entry_id = item_id;
    w.kind = *kind;
    w.member_id = input.member_id;
    w.member_ids = input.member_ids;
    w.whole_household = input.whole_household;
    // Protecting a reporter, a neighbour or a relative holds for everyone unless the
    // professional names members (and says why fewer will do).
    if (ground == domain::WithholdingGround::kProtectsThirdPerson && w.member_id.empty() &&
        w.member_ids.empty()) {
      w.whole_household = true;
    }
    w.narrowing_reason = domain::Trim(input.narrowing_reason);
    w.ground = ground.value_or(domain::WithholdingGround::kProtectsThirdPerson);
    w.reason = domain::Trim(input.reason);
    w.decided_by = who.user.id;
    w.decided_at = access->query.now;
    w.review_date = review.value_or(domain::Date{9999, 12, 31});
    for (auto& e : domain::CheckWithholding(access->family, target->audience, w,
                                            access->query.today, access->query.policy)) {
      // An unknown ground is one error, not also the rules of the ground it fell back to.
      if ((e.field == "ground" || e.field == "narrowing_reason") && !ground) continue;
      if (e.field == "review_date" && !review) continue;
      errors.push_back(std::move(e));
    }
    // The child's own words are the child's: never withheld from the child (issue 11 item 6).
    if (!target->child_id.empty() &&
        (w.whole_household || domain::AppliesTo(w, target->child_id))) {
      const std::string field = w.whole_household && input.whole_household ? "whole_household"
                                : w.whole_household                        ? "member_ids"
                                : w.member_id == target->child_id          ? "member_id"
                                                                           : "member_ids";
      errors.push_back({field, domain::FieldCode::kOwnWordsOfChild,
                        "a child's own words are never withheld from that child: name the "
                        "members to withhold them from"});
    }
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The withholding cannot be recorded like this.", errors));
    }
    if (AddsNobody(w, target->existing, access->query)) {
      return Fail(Code::kFailedPrecondition,
                  w.whole_household
                      ? "This is already withheld from the whole household. Renew that "
                        "withholding instead."
                      : "This is already withheld from this person. Renew that withholding "
                        "instead.");
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    const std::string ground_name(domain::ToString(w.ground));
    const std::string review_name = domain::FormatDate(w.review_date);
    // An entry's withholding carries no target: the events every ledger has always held.
    const std::string target_name =
        w.kind == domain::WithheldKind::kEntry ? std::string() : std::string(ToString(w.kind));
    if (w.member_ids.empty() && !w.whole_household && w.narrowing_reason.empty()) {
      // One member, nothing more to say: the event type every ledger has always held.
      req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                     events::WithholdingDecided{.id = w.id,
                                                                .entry_id = w.entry_id,
                                                                .member_id = w.member_id,
                                                                .ground = ground_name,
                                                                .reason = w.reason,
                                                                .review_date = review_name,
                                                                .target = target_name}));
    } else {
      req.events.push_back(
          MakeEvent(family_id, who.user.id, access->query.now,
                    events::WithholdingDecidedFor{.id = w.id,
                                                  .entry_id = w.entry_id,
                                                  .member_ids = domain::NamedMembers(w),
                                                  .whole_household = w.whole_household,
                                                  .ground = ground_name,
                                                  .reason = w.reason,
                                                  .review_date = review_name,
                                                  .narrowing_reason = w.narrowing_reason,
                                                  .target = target_name}));
    }
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<WithholdTargetView> Stip::WithholdTargetOf(const Principal& who,
                                                  const std::string& family_id,
                                                  const std::string& kind_name,
                                                  const std::string& item_id) {
  auto access = Authorize(who, family_id, domain::Action::kWithhold);
  if (!access) return tl::unexpected(access.error());
  const auto kind = domain::ParseWithheldKind(kind_name);
  if (!kind) return Fail(Code::kNotFound, "There is no such kind of item to withhold.");
  auto target = FindWithheldTarget(family_id, *kind, item_id);
  if (!target) return tl::unexpected(target.error());
  WithholdTargetView view;
  view.family_id = family_id;
  view.family_name = access->family.name;
  view.kind = *kind;
  view.item_id = item_id;
  for (const auto& m : access->family.members) {
    if (!m.left_on) view.members.push_back(m);
  }
  auto objections = reactions_.ListObjections(family_id);
  if (!objections) return tl::unexpected(objections.error());
  std::map<std::string, std::string> names;
  for (const auto& m : access->family.members) names[m.id] = m.name;
  for (const auto& w : target->existing) {
    WithholdingView wv;
    wv.withholding = w;
    auto decided_by = admin_.FindUser(w.decided_by);
    wv.decided_by_name = decided_by && *decided_by ? (*decided_by)->display_name : w.decided_by;
    for (const auto& id : domain::NamedMembers(w)) {
      if (!wv.member_name.empty()) wv.member_name += ", ";
      wv.member_name += names.count(id) ? names[id] : id;
    }
    wv.in_force = domain::InForce(w, access->query.today, access->query.policy);
    wv.lapse_date = domain::LapseDate(w, access->query.policy);
    for (const auto& o : *objections) {
      if (o.withholding_id == w.id) wv.objections.push_back(o);
    }
    wv.may_renew = wv.in_force;  // the caller may withhold (authorized above)
    wv.may_answer_objection =
        domain::DecideObjectionAnswer(access->family, access->query, w).allowed;
    view.existing.push_back(std::move(wv));
  }
  view.child_id = target->child_id;
  // The page shows the item's withholdings and the members' objections: a read of the file.
  if (auto r = LogRead(who, family_id, access->role, "withhold_item", "hulpverlening"); !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Status Stip::RenewWithholding(const Principal& who, const std::string& family_id,
                              const std::string& withholding_id, const std::string& review_date,
                              const std::string& reason) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kWithhold);
    if (!access) return tl::unexpected(access.error());
    auto w = FindWithholding(reactions_, family_id, withholding_id);
    if (!w) return tl::unexpected(w.error());
    if (!domain::InForce(*w, access->query.today, access->query.policy)) {
      return Fail(Code::kFailedPrecondition,
                  "This withholding is no longer in force (lifted or lapsed). Decide a new one "
                  "if the entry must still be withheld.");
    }
    auto target = FindWithheldTarget(family_id, w->kind, w->entry_id);
    if (!target) return tl::unexpected(target.error());
    std::vector<domain::FieldError> errors;
    auto review = domain::ParseDate(review_date);
    if (!review) errors.push_back({"review_date", domain::NotADate()});
    w->reason = domain::Trim(reason);
    w->review_date = review.value_or(domain::Date{9999, 12, 31});
    for (auto& e : domain::CheckWithholding(access->family, target->audience, *w,
                                            access->query.today, access->query.policy)) {
      if (e.field == "review_date" && !review) continue;
      if (e.field == "decided_by") continue;  // the first decision stays on record
      // Whom it covers was decided then (before issue 13 always one member); renewing only
      // moves the date.
      if (e.field == "narrowing_reason") continue;
      errors.push_back(std::move(e));
    }
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The withholding cannot be renewed like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, access->query.now,
        events::WithholdingRenewed{
            .id = w->id, .review_date = domain::FormatDate(w->review_date), .reason = w->reason}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Status Stip::LiftWithholding(const Principal& who, const std::string& family_id,
                             const std::string& withholding_id, const std::string& reason) {
  if (auto e = TextError("reason", reason, domain::kMaxWithholdingReasonChars)) {
    return Fail(domain::Error::Invalid("Say why the withholding ends.", {*e}));
  }
  std::optional<domain::Withholding> lifted;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kWithhold);
    if (!access) return tl::unexpected(access.error());
    auto w = FindWithholding(reactions_, family_id, withholding_id);
    if (!w) return tl::unexpected(w.error());
    if (w->lifted) return Fail(Code::kFailedPrecondition, "This withholding was lifted already.");
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::WithholdingLifted{.id = w->id, .reason = domain::Trim(reason)}));
    lifted = *w;
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  MailLifted(family_id, *lifted);
  return {};
}

// The entry of a lifted withholding is new for whom it was withheld from: they may read it now
// (SendEntryMails checks that when the mail is due).
void Stip::MailLifted(const std::string& family_id, const domain::Withholding& w) {
  // Only an entry has a mail of its own; an item of the plan, the map, a meeting or a child's
  // words shows again on its page.
  if (w.kind != domain::WithheldKind::kEntry) return;
  if (w.whole_household) {
    MailNewEntry(family_id, w.entry_id);
    return;
  }
  const auto members = domain::NamedMembers(w);
  MailNewEntry(family_id, w.entry_id, &members);
}

Result<std::vector<domain::Objection>> Stip::OwnObjections(const Principal& who,
                                                           const std::string& family_id) {
  std::vector<domain::Objection> out;
  const std::string me = MemberOf(who);
  if (!who.IsFamily() || me.empty() || who.account->family_id != family_id) return out;
  auto all = reactions_.ListObjections(family_id);
  if (!all) return tl::unexpected(all.error());
  for (auto& o : *all) {
    if (o.member_id == me) out.push_back(std::move(o));
  }
  return out;
}

Result<std::string> Stip::ObjectToWithholding(const Principal& who, const std::string& family_id,
                                              const std::string& withholding_id,
                                              const std::string& text) {
  if (auto e = TextError("text", text, kMaxReactionChars)) {
    return Fail(domain::Error::Invalid("The objection is not valid.", {*e}));
  }
  const std::string id = ids_.NewId("obj");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kObjectToWithholding);
    if (!access) return tl::unexpected(access.error());
    auto w = FindWithholding(reactions_, family_id, withholding_id);
    if (!w) return tl::unexpected(w.error());
    // Only a person it is withheld from objects; to anyone else it does not exist.
    if (!domain::AppliesTo(*w, MemberOf(who))) {
      return Fail(Code::kNotFound,
                  "There is no withholding '" + withholding_id + "' towards you in this file.");
    }
    if (!domain::InForce(*w, access->query.today, access->query.policy)) {
      return Fail(Code::kFailedPrecondition, "This withholding is no longer in force.");
    }
    auto objections = reactions_.ListObjections(family_id);
    if (!objections) return tl::unexpected(objections.error());
    for (const auto& o : *objections) {
      if (o.withholding_id == w->id && o.member_id == MemberOf(who) &&
          o.status == domain::RequestStatus::kOpen) {
        return Fail(Code::kFailedPrecondition,
                    "You already objected to this. A second professional will answer you.");
      }
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::ObjectionFiled{.id = id,
                                                          .withholding_id = w->id,
                                                          .member_id = MemberOf(who),
                                                          .text = domain::Trim(text)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Status Stip::AnswerObjection(const Principal& who, const std::string& family_id,
                             const std::string& objection_id, bool upheld,
                             const std::string& answer) {
  if (auto e = TextError("answer", answer, kMaxAnswerChars)) {
    return Fail(domain::Error::Invalid("The answer is not valid.", {*e}));
  }
  std::optional<domain::Withholding> lifted;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAnswerObjection);
    if (!access) return tl::unexpected(access.error());
    auto objections = reactions_.ListObjections(family_id);
    if (!objections) return tl::unexpected(objections.error());
    const auto it = std::find_if(objections->begin(), objections->end(),
                                 [&](const domain::Objection& o) { return o.id == objection_id; });
    if (it == objections->end()) {
      return Fail(Code::kNotFound, "There is no objection '" + objection_id + "' in this file.");
    }
    if (it->status != domain::RequestStatus::kOpen) {
      return Fail(Code::kFailedPrecondition, "This objection has been answered already.");
    }
    auto w = FindWithholding(reactions_, family_id, it->withholding_id);
    if (!w) return tl::unexpected(w.error());
    const auto decision = domain::DecideObjectionAnswer(access->family, access->query, *w);
    if (!decision.allowed) {
      return Fail(Code::kPermissionDenied,
                  "A second professional answers this objection, not the one who decided the "
                  "withholding (" +
                      std::string(domain::ToString(decision.reason)) + ").");
    }
    // Lifting a withholding that covers several members would show the entry to all of them
    // because one objected. Until a release for one member exists, the professional lifts it
    // and withholds again from whom it must still protect, then answers the objection.
    if (upheld && !w->lifted && (w->whole_household || domain::NamedMembers(*w).size() > 1)) {
      return Fail(Code::kFailedPrecondition,
                  "This withholding covers more family members than the one who objected; "
                  "upholding the objection would show the entry to all of them. Lift it and "
                  "withhold the entry again from the members it must still protect, then answer "
                  "the objection.");
    }
    const auto now = access->query.now;
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(
        family_id, who.user.id, now,
        events::ObjectionAnswered{.id = it->id, .answer = domain::Trim(answer), .upheld = upheld}));
    if (upheld && !w->lifted) {
      req.events.push_back(
          MakeEvent(family_id, who.user.id, now,
                    events::WithholdingLifted{.id = w->id, .reason = "bezwaar gegrond"}));
      lifted = *w;
    }
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  if (lifted) MailLifted(family_id, *lifted);
  return {};
}

}  // namespace stip::app
