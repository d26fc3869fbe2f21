// The child's own words (issue 11 item 5): a child of 12+ writes their own words in the Three
// Houses shape, or a professional takes them down with the child; the child chooses with whom
// they are shared and may change it, a professional only narrows it. The lead writes each
// child an explanation in words for that child. Every change is an event, every read a line
// on the access log.
#include <set>
#include <string>
#include <utility>

#include "app/events.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/child_voice.h"
#include "domain/household.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

domain::Error NoSuchFile(const std::string& family_id) {
  return domain::Error::NotFound("No family file '" + family_id + "' that you are involved in.");
}

std::vector<std::string> Trimmed(const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) {
    std::string t = domain::Trim(id);
    if (!t.empty()) out.push_back(std::move(t));
  }
  return out;
}

// Who may open the page at all: an involved professional who reads entries, a family member
// with standing in the file (or their own child view); never a network member.
Status MayOpen(const Principal& who, const Access& access, const std::string& family_id) {
  if (who.IsNetwork()) return Fail(NoSuchFile(family_id));
  domain::Decision d = domain::Decide(access.family, access.query, domain::Action::kViewFile);
  if (!d.allowed && who.IsFamily()) {
    d = domain::DecideChildView(access.family, access.query, who.account->member_id);
  }
  if (d.allowed) return {};
  return Fail(Code::kPermissionDenied, "You may not read the children's own words in this file (" +
                                           std::string(domain::ToString(d.reason)) + ").");
}

}  // namespace

Result<ChildVoicesView> Stip::ChildVoicesOf(const Principal& who, const std::string& family_id,
                                            const std::string& purpose) {
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  if (auto may = MayOpen(who, *access, family_id); !may) return tl::unexpected(may.error());
  auto all = families_.LoadChildVoices(family_id);
  if (!all) return tl::unexpected(all.error());
  const auto& family = access->family;
  const auto& query = access->query;
  auto withholdings = reactions_.ListWithholdings(family_id);
  if (!withholdings) return tl::unexpected(withholdings.error());
  const domain::ChildVoices visible = domain::VisibleVoices(family, query, *all, *withholdings);
  ChildVoicesView view;
  view.family_id = family_id;
  view.family_name = family.name;
  view.withheld = visible.withheld;
  view.held_from_others = visible.held_from_others;
  view.may_take_down =
      !who.IsFamily() && domain::Decide(family, query, domain::Action::kAddEntry).allowed;
  view.may_explain = !who.IsFamily() && domain::DecideExplanationWriter(family, query).allowed;
  if (who.IsFamily()) view.me = domain::DecideVoiceWriter(family, query, "");
  if (view.may_explain) view.without_explanation = domain::ChildrenWithoutExplanation(family, *all);
  for (const auto& m : family.members) {
    view.names[m.id] = m.name;
    if (!domain::HasLeftHousehold(m)) view.members.push_back(m);
  }
  std::set<std::string> users;
  for (const auto& m : family.members) {
    if (m.role != domain::MemberRole::kChild) continue;
    ChildVoicesOfChild c;
    c.child = m;
    for (const auto& v : visible.voices) {
      if (v.child_id == m.id) c.voices.push_back(v);
    }
    c.may_read_explanation = domain::MayReadExplanation(family, query, m.id);
    for (const auto& e : visible.explanations) {
      if (e.child_id != m.id) continue;
      c.versions.push_back(e);
      c.explanation = e;  // ledger order: the last one is the newest
    }
    if (who.IsFamily()) {
      // A family member sees the children of whom they read something: their own page for a
      // child, the children whose explanation a parent reads, or whose words were shared.
      if (c.voices.empty() && !c.may_read_explanation) continue;
      c.versions.clear();
    } else if (domain::HasLeftHousehold(m) && c.voices.empty() && c.versions.empty()) {
      continue;
    }
    for (const auto& v : c.voices) {
      if (v.taken_down) users.insert(v.written_by);
      if (!v.sharing_changed_by.empty()) users.insert(v.sharing_changed_by);
    }
    for (const auto& e : c.versions) users.insert(e.written_by);
    view.children.push_back(std::move(c));
  }
  for (const auto& id : users) {
    if (id.starts_with("acc") || id == "system") continue;
    auto pro = LoadProfessional(id);
    if (!pro) {
      if (pro.error().code == Code::kNotFound) continue;
      return tl::unexpected(pro.error());
    }
    view.names[id] = pro->user.display_name;
  }
  if (auto r = LogRead(who, family_id, access->role, "child_voice",
                       PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Result<std::string> Stip::WriteChildVoice(const Principal& who, const std::string& family_id,
                                          const NewChildVoice& input) {
  const std::string id = ids_.NewId("vce");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    if (who.IsNetwork()) return Fail(NoSuchFile(family_id));
    const auto writer = domain::DecideVoiceWriter(access->family, access->query, input.child_id);
    if (!writer.allowed) {
      return Fail(Code::kPermissionDenied,
                  writer.reason == domain::Reason::kUnder12ChildView
                      ? "A child under 12 does not write here from their own account; a "
                        "professional takes down their words with them."
                      : "You may not write a child's own words in this file (" +
                            std::string(domain::ToString(writer.reason)) + ").");
    }
    auto errors = writer.errors;
    const auto share = domain::ParseShareChoice(domain::Trim(input.share));
    const auto share_with = Trimmed(input.share_with);
    for (auto& e : domain::CheckHouses(input.good_things, input.worries, input.dreams)) {
      errors.push_back(std::move(e));
    }
    for (auto& e : domain::CheckSharing(access->family, writer.child_id, share, share_with)) {
      errors.push_back(std::move(e));
    }
    // A child of 12 or older agrees to share from their own account: words a professional takes
    // down with them are for the professionals until the child changes that themselves.
    if (const domain::Member* child = domain::FindMemberIn(access->family, writer.child_id);
        writer.taken_down && child && share && *share != domain::ShareChoice::kProfessionals &&
        domain::AgeOn(child->birth_date, access->query.today) >=
            access->query.policy.own_access_age) {
      errors.push_back({"share", domain::FieldCode::kDoesNotMatch,
                        "a child of 12 or older chooses from their own account whom to share "
                        "their words with; taken down, they are for the professionals"});
    }
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("These words cannot be saved like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::ChildVoiceWritten{.id = id,
                                            .child_id = writer.child_id,
                                            .share = std::string(domain::ToString(*share)),
                                            .good_things = domain::Trim(input.good_things),
                                            .worries = domain::Trim(input.worries),
                                            .dreams = domain::Trim(input.dreams),
                                            .share_with = share_with,
                                            .taken_down = writer.taken_down}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Status Stip::ChangeVoiceSharing(const Principal& who, const std::string& family_id,
                                const std::string& voice_id, const std::string& share_text,
                                const std::vector<std::string>& share_with_text,
                                const std::string& reason_text) {
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    if (who.IsNetwork()) return Fail(NoSuchFile(family_id));
    auto all = families_.LoadChildVoices(family_id);
    if (!all) return tl::unexpected(all.error());
    const domain::ChildVoice* voice = domain::FindVoice(*all, voice_id);
    if (!voice || !domain::MayReadVoice(access->family, access->query, *voice)) {
      return Fail(domain::Error::NotFound("There are no such words '" + voice_id +
                                          "' in this family file."));
    }
    const auto share = domain::ParseShareChoice(domain::Trim(share_text));
    const auto share_with = Trimmed(share_with_text);
    auto errors = domain::CheckSharing(access->family, voice->child_id, share, share_with);
    // Issue 11 item 6: a professional who narrows the sharing says why, in words the child
    // reads; it never happens silently.
    const std::string reason = who.IsFamily() ? std::string() : domain::Trim(reason_text);
    if (!who.IsFamily()) {
      if (auto p = domain::CheckText(reason, domain::kMaxWithholdingReasonChars, true, true)) {
        errors.push_back({"reason", std::move(*p)});
      }
    }
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The sharing cannot be changed like this.", errors));
    }
    const auto d =
        domain::DecideSharingChange(access->family, access->query, *voice, *share, share_with);
    if (!d.allowed) {
      return Fail(Code::kPermissionDenied,
                  d.widens ? "A professional may only share the child's words with fewer people, "
                             "never with more: the child decides that."
                           : "Only the child changes with whom their words are shared (" +
                                 std::string(domain::ToString(d.reason)) + ").");
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::ChildVoiceSharingChanged{.id = voice->id,
                                                   .share = std::string(domain::ToString(*share)),
                                                   .share_with = share_with,
                                                   .reason = reason}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return {};
}

Result<ChildExplanationView> Stip::ExplanationOf(const Principal& who, const std::string& family_id,
                                                 const std::string& child_id,
                                                 const std::string& purpose) {
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  if (who.IsNetwork()) return Fail(NoSuchFile(family_id));
  const domain::Member* child = domain::FindMemberIn(access->family, child_id);
  if (!child || child->role != domain::MemberRole::kChild) {
    return Fail(domain::Error::NotFound("There is no child '" + child_id + "' in this file."));
  }
  if (!domain::MayReadExplanation(access->family, access->query, child->id)) {
    return Fail(Code::kPermissionDenied,
                "You may not read this child's explanation: the child, parents with custody "
                "and the professionals read it.");
  }
  auto all = families_.LoadChildVoices(family_id);
  if (!all) return tl::unexpected(all.error());
  ChildExplanationView view;
  view.family_id = family_id;
  view.child = *child;
  if (const auto* latest = domain::LatestExplanation(*all, child->id)) view.latest = *latest;
  if (!who.IsFamily()) {
    for (const auto& e : all->explanations) {
      if (e.child_id != child->id) continue;
      view.versions.push_back(e);
      if (view.names.contains(e.written_by)) continue;
      auto pro = LoadProfessional(e.written_by);
      if (pro) view.names[e.written_by] = pro->user.display_name;
    }
  }
  if (view.latest && !view.names.contains(view.latest->written_by)) {
    auto pro = LoadProfessional(view.latest->written_by);
    if (pro) view.names[view.latest->written_by] = pro->user.display_name;
  }
  if (auto r = LogRead(who, family_id, access->role, "child_explanation",
                       PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Result<int> Stip::WriteExplanation(const Principal& who, const std::string& family_id,
                                   const std::string& child_id, const std::string& text) {
  int version = 0;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    const auto d = domain::DecideExplanationWriter(access->family, access->query);
    if (!d.allowed) {
      return Fail(Code::kPermissionDenied,
                  "Only the lead and the duo write a child's explanation (" +
                      std::string(domain::ToString(d.reason)) + ").");
    }
    const domain::Member* child = domain::FindMemberIn(access->family, domain::Trim(child_id));
    if (!child || child->role != domain::MemberRole::kChild) {
      return Fail(domain::Error::NotFound("There is no child '" + child_id + "' in this file."));
    }
    auto errors = domain::CheckExplanation(access->family, child->id, text);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The explanation cannot be saved like this.", errors));
    }
    auto all = families_.LoadChildVoices(family_id);
    if (!all) return tl::unexpected(all.error());
    const auto* latest = domain::LatestExplanation(*all, child->id);
    version = (latest ? latest->version : 0) + 1;
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(
        MakeEvent(family_id, who.user.id, access->query.now,
                  events::ChildExplanationWritten{.child_id = child->id,
                                                  .version = std::to_string(version),
                                                  .text = domain::Trim(text)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return version;
}

}  // namespace stip::app
