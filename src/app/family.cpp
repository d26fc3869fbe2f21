// Use cases of the family file: open a file, read it (always logged), add entries.
#include <map>
#include <set>
#include <utility>

#include "app/emergency_internal.h"
#include "app/events.h"
#include "app/reactions_internal.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/household.h"
#include "domain/known_elsewhere.h"
#include "domain/read_purpose.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

constexpr std::size_t kMaxMembers = 40;
constexpr std::size_t kMaxReasonChars = 200;  // why a file is opened although known elsewhere

Result<domain::Page> CheckPage(domain::Page page, int max_page) {
  if (page.before < 0) {
    domain::FieldError before{"before",
                              domain::FieldCode::kOutOfRange,
                              "must be 0 or a positive position",
                              {{"min", std::int64_t{0}}}};
    return Fail(domain::Error::Invalid("Paging is not valid.", {std::move(before)}));
  }
  if (page.limit < 1 || page.limit > max_page) {
    const std::int64_t max = max_page;
    domain::FieldError limit{"limit",
                             domain::FieldCode::kOutOfRange,
                             "must be between 1 and " + std::to_string(max),
                             {{"min", std::int64_t{1}}, {"max", max}}};
    return Fail(domain::Error::Invalid("Paging is not valid.", {std::move(limit)}));
  }
  return page;
}

}  // namespace

Result<domain::ReadPurpose> CheckPurpose(const std::string& purpose) {
  const std::string trimmed = domain::Trim(purpose);
  if (trimmed.empty()) return domain::ReadPurpose::kCare;
  if (auto chosen = domain::ParseChosenReadPurpose(trimmed)) return *chosen;
  std::vector<std::string> allowed;
  for (const auto p : domain::kChoosableReadPurposes) allowed.emplace_back(domain::ToString(p));
  std::string message = "must be one of";
  for (const auto& a : allowed) message += (&a == &allowed.front() ? " " : ", ") + a;
  domain::FieldError error{
      "purpose",
      {domain::FieldCode::kNotOneOf, std::move(message), {{"allowed", std::move(allowed)}}}};
  return Fail(domain::Error::Invalid(
      "The purpose of reading is not one Stip knows; leave it out for the usual help "
      "(hulpverlening).",
      {std::move(error)}));
}

std::string PurposeOfRead(const Principal& who, const std::string& role,
                          domain::ReadPurpose chosen) {
  if (who.IsFamily()) return "eigen dossier";
  if (role == "emergency") return std::string(domain::ToString(domain::ReadPurpose::kEmergency));
  return std::string(domain::ToString(chosen));
}

Status Stip::LogRead(const Principal& who, const std::string& family_id, const std::string& role,
                     const std::string& what, const std::string& purpose) {
  domain::AccessRecord record;
  record.family_id = family_id;
  record.time = clock_.Now();
  record.user_id = who.user.id;
  record.role = role;
  record.what = what;
  record.purpose = purpose;
  if (role == "emergency") {
    // Issue 10 item 4: every read by emergency access is flagged, with its own purpose.
    record.emergency = true;
    record.purpose = "noodtoegang";
  }
  auto logged = committer_->Log(std::move(record));
  if (!logged) return tl::unexpected(logged.error());
  return {};
}

Result<std::string> Stip::CreateFamily(const Principal& who, const NewFamily& input,
                                       KnownElsewhereCheck* known) {
  std::vector<domain::FieldError> errors;
  if (input.members.size() > kMaxMembers) {
    errors.push_back({"members",
                      domain::FieldCode::kTooMany,
                      "at most " + std::to_string(kMaxMembers) + " members",
                      {{"max", static_cast<std::int64_t>(kMaxMembers)}}});
  }
  // Members: turn the caller's refs into ids, and collect every field problem at once.
  std::vector<domain::Member> members;
  std::map<std::string, std::string> id_of_ref;
  for (std::size_t i = 0; i < input.members.size() && i < kMaxMembers; ++i) {
    const NewMember& m = input.members[i];
    const std::string at = "members[" + std::to_string(i) + "]";
    domain::Member member;
    member.id = ids_.NewId("mem");
    member.name = domain::Trim(m.name);
    auto role = domain::ParseMemberRole(m.role);
    if (!role) errors.push_back({at + ".role", domain::NotOneOf(domain::ValueList::kMemberRole)});
    member.role = role.value_or(domain::MemberRole::kOtherAdult);
    auto birth = domain::ParseDate(m.birth_date);
    if (!birth) errors.push_back({at + ".birth_date", domain::NotADate()});
    member.birth_date = birth.value_or(domain::DateOf(clock_.Now()));
    // A member without a ref simply cannot be named in custody.
    if (!m.ref.empty() && !id_of_ref.emplace(m.ref, member.id).second) {
      errors.push_back({at + ".ref", domain::FieldCode::kDuplicate,
                        "is used twice; give every member its own ref"});
    }
    members.push_back(std::move(member));
  }
  std::vector<domain::Custody> custody;
  for (std::size_t i = 0; i < input.custody.size(); ++i) {
    const auto& c = input.custody[i];
    const auto p = id_of_ref.find(c.parent_ref);
    const auto k = id_of_ref.find(c.child_ref);
    custody.push_back({p == id_of_ref.end() ? "?" + c.parent_ref : p->second,
                       k == id_of_ref.end() ? "?" + c.child_ref : k->second, c.has_custody});
  }
  auto rule_errors = domain::CheckHousehold(domain::Trim(input.name), members, custody,
                                            domain::DateOf(clock_.Now()));
  errors.insert(errors.end(), rule_errors.begin(), rule_errors.end());

  // Issue 10 item 6: a signal per child (its BSN, or its name and birth date), never stored
  // itself; a BSN is asked for children only.
  std::vector<KnownChild> children;
  std::vector<std::string> child_paths;
  std::vector<std::string> child_ids;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const NewMember& m = input.members[i];
    const std::string at = "members[" + std::to_string(i) + "]";
    if (members[i].role != domain::MemberRole::kChild) {
      if (!domain::Trim(m.bsn).empty()) {
        errors.push_back({at + ".bsn", domain::FieldCode::kDoesNotMatch,
                          "is asked for children only; leave it out"});
      }
      continue;
    }
    // Without a BSN, a child needs a name and a real birth date (CheckHousehold and the parse
    // above report what is missing).
    if (domain::Trim(m.bsn).empty() &&
        (domain::NormalName(m.name).empty() || !domain::ParseDate(m.birth_date))) {
      continue;
    }
    children.push_back({m.bsn, m.name, m.birth_date});
    child_paths.push_back(at);
    child_ids.push_back(members[i].id);
  }
  SignalHashSet hashes;
  if (!children.empty()) {
    auto made = SignalHashes(children, child_paths, errors);
    if (!made) return tl::unexpected(made.error());
    hashes = std::move(*made);
  }
  if (auto p = domain::CheckText(input.known_elsewhere_reason, kMaxReasonChars, false, false)) {
    errors.push_back({"known_elsewhere_reason", *p});
  }

  // The fixed face is required from the start and comes from a local team.
  if (input.lead_user_id.empty()) {
    errors.push_back(
        {"lead_user_id",
         domain::Required("every family file needs a lead professional (vast gezicht)")});
  } else {
    auto lead = LoadProfessional(input.lead_user_id);
    if (!lead && lead.error().code != Code::kNotFound) return tl::unexpected(lead.error());
    if (!lead) {
      errors.push_back({"lead_user_id", domain::UnknownId("professional")});
    } else if (auto problem = domain::CheckMayBeInvolved(lead->user)) {
      errors.push_back({"lead_user_id", std::move(*problem)});
    } else if (!lead->team || lead->team->kind != domain::TeamKind::kLocal) {
      errors.push_back({"lead_user_id", domain::FieldCode::kLeadNotLocalTeam,
                        "the lead professional must belong to a local team"});
    }
  }
  if (!input.duo_user_id.empty()) {
    auto duo = LoadProfessional(input.duo_user_id);
    if (!duo && duo.error().code != Code::kNotFound) return tl::unexpected(duo.error());
    if (!duo) {
      errors.push_back({"duo_user_id", domain::UnknownId("professional")});
    } else if (auto problem = domain::CheckMayBeInvolved(duo->user)) {
      errors.push_back({"duo_user_id", std::move(*problem)});
    } else if (!duo->team || duo->team->kind != domain::TeamKind::kRegionalSafety) {
      errors.push_back({"duo_user_id", domain::FieldCode::kDuoNotRegionalTeam,
                        "the duo partner must belong to a regional safety team"});
    } else if (input.duo_user_id == input.lead_user_id) {
      errors.push_back({"duo_user_id", domain::FieldCode::kDuoSameAsLead,
                        "the duo partner must be another person than the lead"});
    }
  }
  if (!errors.empty()) {
    return Fail(domain::Error::Invalid("The family file cannot be opened like this.", errors));
  }
  if (who.user.id != input.lead_user_id && who.user.id != input.duo_user_id) {
    return Fail(Code::kPermissionDenied,
                "You can only open a family file in which you are the lead or the duo partner.");
  }
  auto matches = MatchesFor(who, hashes);
  // Past the caller's daily limit of children looked for, the file is opened without looking
  // (its signals are recorded): an urgent intake is never blocked, and nothing is answered.
  if (!matches && matches.error().code == Code::kResourceExhausted) {
    matches = std::vector<domain::SignalMatch>{};
  }
  if (!matches) return tl::unexpected(matches.error());
  const bool refused_for_match =
      !matches->empty() &&
      (!input.known_elsewhere_seen || domain::Trim(input.known_elsewhere_reason).empty());
  if (refused_for_match) {
    // The refusal tells of a match, so it is a check on the record like the explicit one: the
    // matched families read that a professional asked, and who (never an unlogged oracle).
    auto check = RecordMatches(who, *matches);
    if (!check) return tl::unexpected(check.error());
    if (known != nullptr) *known = std::move(*check);
  }
  if (refused_for_match && input.known_elsewhere_seen) {
    return Fail(domain::Error::Invalid(
        "Say why a new file is needed although a child is known in another file.",
        {{"known_elsewhere_reason", domain::Required()}}));
  }
  if (refused_for_match) {
    return Fail(Code::kAlreadyExists,
                "A child of this family is known in another file of this installation (this "
                "answer is recorded as a check, POST /api/v1/known-elsewhere/check tells whom to "
                "contact); to open a new file anyway, send known_elsewhere_seen: true with "
                "known_elsewhere_reason.");
  }

  const std::string family_id = ids_.NewId("fam");
  const auto now = clock_.Now();
  store::AppendRequest req{family_id, 0, {}};
  const auto add = [&](const auto& event) {
    req.events.push_back(MakeEvent(family_id, who.user.id, now, event));
  };
  add(events::FamilyCreated{.name = domain::Trim(input.name)});
  for (const auto& m : members) {
    add(events::MemberAdded{.id = m.id,
                            .name = m.name,
                            .role = std::string(domain::ToString(m.role)),
                            .birth_date = domain::FormatDate(m.birth_date)});
  }
  for (const auto& c : custody) {
    add(events::CustodySet{
        .parent_id = c.parent_id, .child_id = c.child_id, .has_custody = c.has_custody});
  }
  add(events::InvolvementStarted{
      .user_id = input.lead_user_id, .role = "lead", .reason = "dossier geopend"});
  if (!input.duo_user_id.empty()) {
    add(events::InvolvementStarted{
        .user_id = input.duo_user_id, .role = "duo", .reason = "dossier geopend"});
  }
  for (std::size_t i = 0; i < hashes.record.size(); ++i) {
    add(events::SignalRecorded{
        .member_id = child_ids[i], .key_hash = hashes.record[i], .key = hashes.key});
  }
  // A new chain cannot lose a race (its id is fresh), so no retry is needed.
  auto head = committer_->Append(std::move(req));
  if (!head) return tl::unexpected(head.error());
  if (!matches->empty()) {
    if (auto r = RecordCheck(who, ids_.NewId("chk"), *matches, "opened_anyway", family_id,
                             domain::Trim(input.known_elsewhere_reason));
        !r) {
      return tl::unexpected(r.error());
    }
    if (auto r = LogMatches(who, *matches); !r) return tl::unexpected(r.error());
  }
  return family_id;
}

Result<std::vector<domain::FamilySummary>> Stip::MyFamilies(const Principal& who) {
  // An administrator has no families, even one still named in an old file (see AccessTo).
  if (who.user.admin && who.via != Principal::Via::kCli) {
    return std::vector<domain::FamilySummary>{};
  }
  auto families = families_.ListFamiliesOf(who.user.id);
  if (!families) return tl::unexpected(families.error());
  // The list shows each family's name and when it last changed: a read of family data, on each
  // family's access log (issue 10 item 9), before the caller sees it.
  std::vector<domain::AccessRecord> lines;
  const domain::Millis now = clock_.Now();
  for (const auto& f : *families) {
    domain::AccessRecord r;
    r.family_id = f.id;
    r.time = now;
    r.user_id = who.user.id;
    r.role = f.my_role;
    r.what = "family_list";
    r.purpose = std::string(domain::ToString(domain::ReadPurpose::kCare));
    lines.push_back(std::move(r));
  }
  if (!lines.empty()) {
    if (auto logged = committer_->LogAll(std::move(lines)); !logged) {
      return tl::unexpected(logged.error());
    }
  }
  return families;
}

Result<FamilyOverview> Stip::OpenFamily(const Principal& who, const std::string& family_id,
                                        domain::Page page, const std::string& purpose) {
  auto checked_page = CheckPage(page, options_.max_page);
  if (!checked_page) return tl::unexpected(checked_page.error());
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  // One snapshot for the whole page (issue 9): the access decision, the entries and everyone
  // the page names. One more entry than asked tells whether an older page exists.
  const bool professional = !who.IsFamily();
  domain::Page probe = *checked_page;
  probe.limit += 1;
  domain::FamilyFile file;
  auto access = AuthorizeFile(who, family_id, domain::Action::kViewFile, probe,
                              {.open_corrections = professional, .accounts = professional}, file);
  if (!access) return tl::unexpected(access.error());
  const domain::Family* family = &access->family;

  FamilyOverview view;
  view.my_role = access->role;
  if (access->emergency) view.emergency_until = domain::EndOf(*access->emergency);
  // Issue 3: the same page as each entry shows to this reader (placeholders, reactions,
  // corrections, withholdings), and the correction requests still to be answered.
  auto entry_views = EntryViewsOf(*access, file, checked_page->limit, nullptr);
  if (!entry_views) return tl::unexpected(entry_views.error());
  view.entry_views = std::move(*entry_views);
  std::set<std::string> hidden;
  if (who.IsFamily()) {
    // A family member sees only the entries the access engine shows them (withheld ones are
    // shown as placeholders on "Ons gezin", never here).
    for (const auto& e : file.entries) {
      if (domain::DecideEntry(*family, access->query, AudienceIn(file, e), file.withholdings)
              .visibility != domain::Visibility::kVisible) {
        hidden.insert(e.id);
      }
    }
  }
  view.entries = std::move(file.entries);
  if (static_cast<int>(view.entries.size()) > checked_page->limit) {
    view.entries.pop_back();
    view.next_before = view.entries.back().seq;
  }
  std::erase_if(view.entries, [&](const domain::Entry& e) { return hidden.count(e.id) > 0; });
  view.may_withhold = domain::Decide(*family, access->query, domain::Action::kWithhold).allowed;
  if (professional) {
    auto open = OpenCorrections(*access, file);
    if (!open) return tl::unexpected(open.error());
    view.open_corrections = std::move(*open);
    view.accounts = std::move(file.accounts);
    view.may_manage_accounts =
        domain::Decide(*family, access->query, domain::Action::kInviteMember).allowed;
    // Issue 11 item 2: the lead and the duo see the offer of a family plan and its term.
    if (domain::DecidePlanManager(*family, access->query).allowed) {
      auto plan = families_.LoadFamilyPlan(family_id);
      if (!plan) return tl::unexpected(plan.error());
      view.plan_offer = std::move(plan->offer);
    }
    // Issue 11 item 5: the children the lead has not yet explained things to, in their words.
    if (domain::DecideExplanationWriter(*family, access->query).allowed) {
      auto voices = families_.LoadChildVoices(family_id);
      if (!voices) return tl::unexpected(voices.error());
      for (const auto& id : domain::ChildrenWithoutExplanation(*family, *voices)) {
        if (const auto* m = domain::FindMemberIn(*family, id)) {
          view.children_without_explanation.push_back(m->name);
        }
      }
    }
  }

  // Issue 12 item 3: the compulsory frame while a measure the reader may read runs.
  {
    auto measures = families_.ListMeasures(family_id);
    if (!measures) return tl::unexpected(measures.error());
    view.frame = domain::FrameOn(domain::VisibleMeasures(*family, access->query, *measures),
                                 *family, access->query.today);
  }
  std::map<std::string, const domain::UserWithTeam*> users;
  for (const auto& u : file.users) users.emplace(u.user.id, &u);
  const auto professional_of = [&](const std::string& user_id) -> Result<Professional> {
    const auto it = users.find(user_id);
    if (it == users.end()) {
      return Fail(Code::kNotFound, "No professional has id '" + user_id + "'.");
    }
    return Professional{it->second->user, it->second->team, it->second->organisation};
  };
  auto lead = domain::CurrentLead(*family);
  if (!lead) return Fail(Code::kInternal, "This family file has no lead professional.");
  auto lead_pro = professional_of(lead->user_id);
  if (!lead_pro) return tl::unexpected(lead_pro.error());
  view.lead = std::move(*lead_pro);
  if (auto duo = domain::CurrentDuo(*family)) {
    auto duo_pro = professional_of(duo->user_id);
    if (!duo_pro) return tl::unexpected(duo_pro.error());
    view.duo = std::move(*duo_pro);
  }
  for (const auto& e : view.entries) {
    const auto it = users.find(e.author_id);
    view.user_names[e.author_id] = it != users.end() ? it->second->user.display_name : e.author_id;
  }
  view.family = std::move(access->family);

  // Only serve what has been logged: the line is durable before the caller sees the file.
  if (auto r = LogRead(who, family_id, view.my_role, "family_overview",
                       PurposeOfRead(who, view.my_role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Result<std::string> Stip::AddEntry(const Principal& who, const std::string& family_id,
                                   const NewEntry& entry) {
  std::vector<domain::FieldError> errors;
  auto kind = domain::ParseEntryKind(entry.kind);
  if (!kind) {
    errors.push_back({"kind", domain::NotOneOf(domain::ValueList::kEntryKind)});
  }
  auto entry_errors = domain::CheckEntry(entry.source, entry.text, options_.max_text);
  errors.insert(errors.end(), entry_errors.begin(), entry_errors.end());
  if (!errors.empty()) return Fail(domain::Error::Invalid("The entry is not valid.", errors));

  const std::string entry_id = ids_.NewId("ent");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    const domain::Family* family = &access->family;
    store::AppendRequest req{family_id, family->head_seq, {}};
    events::EntryAdded added{.id = entry_id,
                             .kind = std::string(domain::ToString(*kind)),
                             .source = domain::Trim(entry.source),
                             .text = entry.text};
    // Whom it concerns (issue 3): validated against the family as it is now.
    if (auto bad = AddEntryAudience(*access, entry, added); !bad.empty()) {
      return Fail(domain::Error::Invalid("The entry is not valid.", std::move(bad)));
    }
    req.events.push_back(MakeEvent(family_id, who.user.id, clock_.Now(), added));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  MailNewEntry(family_id, entry_id);  // issue 10 item 8: members who asked for a mail
  return entry_id;
}

Result<AccessLogView> Stip::ReadAccessLog(const Principal& who, const std::string& family_id,
                                          domain::Page page, const std::string& purpose) {
  auto checked_page = CheckPage(page, options_.max_page);
  if (!checked_page) return tl::unexpected(checked_page.error());
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  // A family member reads the lines of their own time in the household (app/family_home.cpp).
  if (who.IsFamily()) return ReadAccessLogPeriod(who, family_id, {}, *checked_page);
  auto access = Authorize(who, family_id, domain::Action::kViewAccessLog);
  if (!access) return tl::unexpected(access.error());
  const domain::Family* family = &access->family;

  domain::Page probe = *checked_page;
  probe.limit += 1;
  auto records = families_.ListAccessLog(family_id, probe);
  if (!records) return tl::unexpected(records.error());
  AccessLogView view;
  view.family_id = family_id;
  view.family_name = family->name;
  if (static_cast<int>(records->size()) > checked_page->limit) {
    records->pop_back();
    view.next_before = records->back().seq;
  }
  if (auto named = NameReaders(family_id, std::move(*records), view); !named) {
    return tl::unexpected(named.error());
  }
  auto uses = EmergencyUsesOf(family_id);
  if (!uses) return tl::unexpected(uses.error());
  view.emergency_uses = UsesForReader(*access, std::move(*uses));
  if (auto r = LogRead(who, family_id, access->role, "access_log",
                       PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

}  // namespace stip::app
