#include "domain/child_voice.h"

#include <algorithm>
#include <set>
#include <utility>
#include <variant>

#include "domain/household.h"
#include "domain/safety_map.h"
#include "domain/text.h"

namespace stip::domain {
namespace {

bool IsParentOrCarer(const Member& m) {
  return m.role == MemberRole::kParent || m.role == MemberRole::kCarer;
}

bool Contains(const std::vector<std::string>& list, std::string_view id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

}  // namespace

std::string_view ToString(ShareChoice v) {
  switch (v) {
    case ShareChoice::kParents:
      return "parents";
    case ShareChoice::kMembers:
      return "members";
    case ShareChoice::kProfessionals:
      break;
  }
  return "professionals";
}

std::optional<ShareChoice> ParseShareChoice(std::string_view s) {
  if (s == "professionals") return ShareChoice::kProfessionals;
  if (s == "parents") return ShareChoice::kParents;
  if (s == "members") return ShareChoice::kMembers;
  return std::nullopt;
}

std::vector<FieldError> CheckHouses(const std::string& good_things, const std::string& worries,
                                    const std::string& dreams) {
  std::vector<FieldError> errors;
  const std::pair<const char*, const std::string*> houses[] = {
      {"good_things", &good_things}, {"worries", &worries}, {"dreams", &dreams}};
  bool any = false;
  for (const auto& [field, text] : houses) {
    if (!Trim(*text).empty()) any = true;
    if (auto p = CheckText(*text, kMaxHouseChars, false, true)) {
      errors.emplace_back(field, std::move(*p));
    }
  }
  if (!any) {
    for (const auto& [field, text] : houses) {
      errors.emplace_back(field, Required("write at least one of the three houses: good things, "
                                          "worries or dreams"));
    }
  }
  return errors;
}

std::vector<FieldError> CheckSharing(const Family& family, const std::string& child_id,
                                     std::optional<ShareChoice> share,
                                     const std::vector<std::string>& share_with) {
  std::vector<FieldError> errors;
  if (!share) {
    errors.push_back({"share", NotOneOf(ValueList::kShareChoice)});
    return errors;
  }
  if (*share != ShareChoice::kMembers) {
    if (!share_with.empty()) {
      errors.push_back({"share_with", FieldCode::kInvalid,
                        "is only for the choice 'members': leave it out or choose 'members'"});
    }
    return errors;
  }
  if (share_with.empty()) {
    errors.push_back({"share_with",
                      FieldCode::kTooFew,
                      "choose at least one member of the household",
                      {{"min", std::int64_t{1}}}});
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < share_with.size(); ++i) {
    const std::string field = "share_with[" + std::to_string(i) + "]";
    const Member* m = FindMemberIn(family, Trim(share_with[i]));
    if (!m) {
      errors.push_back({field, NotAMember()});
    } else if (m->id == child_id) {
      errors.push_back({field, FieldCode::kInvalid, "is the child whose words these are"});
    } else if (HasLeftHousehold(*m)) {
      errors.push_back({field, FieldCode::kMemberHasLeft, "has left the household already"});
    } else if (!seen.insert(m->id).second) {
      errors.push_back({field, FieldCode::kDuplicate, "is listed twice"});
    }
  }
  return errors;
}

VoiceWriter DecideVoiceWriter(const Family& family, const AccessQuery& query,
                              const std::string& child_id) {
  VoiceWriter out;
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    out.reason = Reason::kSharedOnly;
    return out;
  }
  const std::string wanted = Trim(child_id);
  if (std::holds_alternative<ProfessionalViewer>(query.viewer)) {
    const Decision d = Decide(family, query, Action::kAddEntry);
    out.allowed = d.allowed;
    out.reason = d.reason;
    out.taken_down = true;
    out.child_id = wanted;
    if (!out.allowed) return out;
    const Member* m = FindMemberIn(family, wanted);
    if (wanted.empty()) {
      out.errors.push_back({"child_id", Required()});
    } else if (!m) {
      out.errors.push_back({"child_id", NotAMember()});
    } else if (m->role != MemberRole::kChild) {
      out.errors.push_back({"child_id", FieldCode::kCustodyNeedsChild, "is not a child"});
    } else if (HasLeftHousehold(*m)) {
      out.errors.push_back({"child_id", FieldCode::kMemberHasLeft, "has left the household"});
    }
    return out;
  }
  const auto& viewer = std::get<MemberViewer>(query.viewer);
  const Decision file = Decide(family, query, Action::kViewFile);
  const Member* me = FindMemberIn(family, viewer.member_id);
  if (!me) return out;
  if (me->role != MemberRole::kChild) {
    out.reason = file.allowed ? Reason::kNotConcerned : file.reason;
    return out;
  }
  if (AgeOn(me->birth_date, query.today) < query.policy.own_access_age) {
    out.reason = Reason::kUnder12ChildView;
    return out;
  }
  if (!file.allowed) {
    out.reason = file.reason;
    return out;
  }
  if (HasLeftHousehold(*me)) {
    out.reason = Reason::kWrittenAfterLeaving;
    return out;
  }
  out.allowed = true;
  out.reason = Reason::kOwnAccess;
  out.child_id = me->id;
  if (!wanted.empty() && wanted != me->id) {
    out.errors.push_back({"child_id", FieldCode::kDoesNotMatch,
                          "a child writes only their own words; leave child_id out"});
  }
  return out;
}

std::vector<std::string> SharedWith(const Family& family, ShareChoice share,
                                    const std::vector<std::string>& share_with,
                                    std::int64_t written_seq) {
  std::vector<std::string> out;
  switch (share) {
    case ShareChoice::kProfessionals:
      break;
    case ShareChoice::kParents:
      for (const auto& m : family.members) {
        // joined_seq 0: not known, as if there from the start (model.h).
        if (IsParentOrCarer(m) && m.joined_seq <= written_seq) out.push_back(m.id);
      }
      break;
    case ShareChoice::kMembers:
      out = share_with;
      break;
  }
  return out;
}

bool MayReadVoice(const Family& family, const AccessQuery& query, const ChildVoice& voice) {
  if (std::holds_alternative<NetworkViewer>(query.viewer)) return false;
  if (std::holds_alternative<ProfessionalViewer>(query.viewer)) {
    return Decide(family, query, Action::kViewEntries).allowed;
  }
  const auto& viewer = std::get<MemberViewer>(query.viewer);
  const Member* reader = FindMemberIn(family, viewer.member_id);
  if (!reader) return false;
  if (reader->id == voice.child_id) return DecideChildView(family, query, voice.child_id).allowed;
  if (!Contains(SharedWith(family, voice.share, voice.share_with, voice.seq), reader->id)) {
    return false;
  }
  if (IsParentOrCarer(*reader)) {
    const Decision d = DecideChildView(family, query, voice.child_id);
    // A young person's (16+) choice to share these words with a parent is their consent for
    // this record; custody is still needed (kYoungPersonsOwnInformation says the parent has it).
    return d.allowed || d.reason == Reason::kYoungPersonsOwnInformation;
  }
  return Decide(family, query, Action::kViewFile).allowed && !HasLeftOn(*reader, query.today);
}

SharingChangeDecision DecideSharingChange(const Family& family, const AccessQuery& query,
                                          const ChildVoice& voice, ShareChoice share,
                                          const std::vector<std::string>& share_with) {
  SharingChangeDecision out;
  if (std::holds_alternative<NetworkViewer>(query.viewer)) {
    out.reason = Reason::kSharedOnly;
    return out;
  }
  if (const auto* member = std::get_if<MemberViewer>(&query.viewer)) {
    if (member->member_id != voice.child_id) {
      out.reason = Reason::kNotConcerned;
      return out;
    }
    const VoiceWriter w = DecideVoiceWriter(family, query, voice.child_id);
    // A child placed elsewhere (recorded as having left) still decides who reads their words.
    out.allowed = w.allowed || w.reason == Reason::kWrittenAfterLeaving;
    out.reason = out.allowed ? Reason::kOwnAccess : w.reason;
    return out;
  }
  const Decision d = Decide(family, query, Action::kAddEntry);
  out.reason = d.reason;
  if (!d.allowed) return out;
  const auto before = SharedWith(family, voice.share, voice.share_with, voice.seq);
  for (const auto& id : SharedWith(family, share, share_with, voice.seq)) {
    if (!Contains(before, id)) out.widens = true;
  }
  out.allowed = !out.widens;
  if (out.widens) out.reason = Reason::kNotTheYoungPerson;
  return out;
}

Decision DecideExplanationWriter(const Family& family, const AccessQuery& query) {
  // Who runs the file (the lead and the duo) is the same test as for shaping the safety map.
  return DecideMapEditor(family, query);
}

std::vector<FieldError> CheckExplanation(const Family& family, const std::string& child_id,
                                         const std::string& text) {
  std::vector<FieldError> errors;
  const Member* m = FindMemberIn(family, Trim(child_id));
  if (Trim(child_id).empty()) {
    errors.push_back({"child_id", Required()});
  } else if (!m) {
    errors.push_back({"child_id", NotAMember()});
  } else if (m->role != MemberRole::kChild) {
    errors.push_back({"child_id", FieldCode::kCustodyNeedsChild, "is not a child"});
  }
  if (auto p = CheckText(text, kMaxExplanationChars, true, true)) {
    errors.emplace_back("text", std::move(*p));
  }
  return errors;
}

bool MayReadExplanation(const Family& family, const AccessQuery& query,
                        const std::string& child_id) {
  if (std::holds_alternative<NetworkViewer>(query.viewer)) return false;
  if (std::holds_alternative<ProfessionalViewer>(query.viewer)) {
    return Decide(family, query, Action::kViewEntries).allowed;
  }
  return DecideChildView(family, query, child_id).allowed;
}

const ChildExplanation* LatestExplanation(const ChildVoices& all, std::string_view child_id) {
  const ChildExplanation* out = nullptr;
  for (const auto& e : all.explanations) {
    if (e.child_id == child_id && (!out || e.version > out->version)) out = &e;
  }
  return out;
}

const ChildVoice* FindVoice(const ChildVoices& all, std::string_view id) {
  for (const auto& v : all.voices) {
    if (v.id == id) return &v;
  }
  return nullptr;
}

std::vector<std::string> ChildrenWithoutExplanation(const Family& family, const ChildVoices& all) {
  std::vector<std::string> out;
  for (const auto& m : family.members) {
    if (m.role != MemberRole::kChild || HasLeftHousehold(m)) continue;
    if (!LatestExplanation(all, m.id)) out.push_back(m.id);
  }
  return out;
}

ChildVoices VisibleVoices(const Family& family, const AccessQuery& query, const ChildVoices& all,
                          std::span<const Withholding> withholdings) {
  ChildVoices out;
  const auto* member = std::get_if<MemberViewer>(&query.viewer);
  const bool professional = std::holds_alternative<ProfessionalViewer>(query.viewer);
  for (const auto& v : all.voices) {
    if (!MayReadVoice(family, query, v)) continue;
    out.voices.push_back(v);
    if (member && member->member_id == v.child_id) {
      // The child's own words are never withheld from the child, who is told whom they are
      // withheld from now, and why.
      for (const auto& w : withholdings) {
        if (w.entry_id != v.id || !InForce(w, query.today, query.policy)) continue;
        Withholding told = w;
        told.narrowing_reason.clear();  // a note between professionals
        out.held_from_others[v.id].push_back(std::move(told));
      }
      continue;
    }
    // Why a professional narrowed the sharing is said to the child (and the professionals),
    // not to a member who still reads the words: it may say why someone else was left out.
    if (!professional) out.voices.back().sharing_reason.clear();
    if (MarkWithheld(query, v.id, withholdings, out.withheld)) {
      out.voices.back().good_things.clear();
      out.voices.back().worries.clear();
      out.voices.back().dreams.clear();
    }
  }
  for (const auto& e : all.explanations) {
    if (!MayReadExplanation(family, query, e.child_id)) continue;
    if (!professional && LatestExplanation(all, e.child_id) != &e) continue;
    out.explanations.push_back(e);
  }
  return out;
}

}  // namespace stip::domain
