// Meetings (overleg) and the family's feedback after them (issue 11 items 3 and 4): the lead or
// the duo plans; the family adds its own points and questions beforehand; afterwards the lead
// records who was there, how each child was heard, the summary (a normal entry), the agreements
// and the next date; who was there answers "hoe was het overleg?". The lead sees that answers
// came in; the team sees only counts over at least 10 answers. Every change is one append,
// every read of a file an access-log line.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include <spdlog/spdlog.h>

#include "app/events.h"
#include "app/outbox.h"
#include "app/reactions_internal.h"
#include "app/read_purpose_internal.h"
#include "app/stip.h"
#include "domain/family_plan.h"
#include "domain/local_time.h"
#include "domain/meeting.h"
#include "domain/rules.h"
#include "domain/text.h"
#include "store/store.h"

namespace stip::app {

using domain::Code;
using domain::Fail;

namespace {

Status MayEdit(const Access& access) {
  const auto d = domain::DecideMeetingEditor(access.family, access.query);
  if (d.allowed) return {};
  return Fail(Code::kPermissionDenied, "Only the lead and the duo plan and record meetings (" +
                                           std::string(domain::ToString(d.reason)) + ").");
}

domain::Error NoSuchMeeting(const std::string& id) {
  return domain::Error::NotFound("No meeting '" + id + "' in this file.");
}

Mail FeedbackMail(const std::string& to, const std::string& url, domain::Millis now) {
  Mail mail;
  mail.to = to;
  mail.subject = "Hoe was het overleg? / How was the meeting?";
  mail.body =
      "Hallo,\n\n"
      "Je was bij een overleg over jullie gezin. We willen graag weten hoe het voor jou was. "
      "Het zijn vier korte vragen. Je antwoord geef je in Stip, niet in deze mail:\n\n    " +
      url +
      "/ons-gezin/overleg\n\n"
      "Je kunt je antwoord 7 dagen lang nog veranderen.\n\n"
      "---\n"
      "You were at a meeting about your family. Please tell us how it was for you (four short "
      "questions): " +
      url + "/ons-gezin/overleg\n";
  mail.created_at = now;
  return mail;
}

std::string ToDecimal(int v) { return std::to_string(v); }

}  // namespace

Result<MeetingsView> Stip::MeetingsOf(const Principal& who, const std::string& family_id,
                                      const std::string& purpose) {
  auto why = CheckPurpose(purpose);
  if (!why) return tl::unexpected(why.error());
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  const domain::Decision may = domain::DecideMeetings(access->family, access->query);
  // A member who reads only the summary of the file still sees the meetings they were at, to
  // give feedback; the rest of the page stays closed to them.
  const bool summary_reader =
      !may.allowed && who.IsFamily() && !who.IsNetwork() &&
      domain::Decide(access->family, access->query, domain::Action::kViewSummary).allowed;
  if (!may.allowed && !summary_reader) {
    if (who.IsNetwork()) {
      return Fail(
          domain::Error::NotFound("No family file '" + family_id + "' that you are involved in."));
    }
    return Fail(Code::kPermissionDenied, "You may not read the meetings of this file (" +
                                             std::string(domain::ToString(may.reason)) + ").");
  }
  auto meetings = families_.LoadMeetings(family_id);
  if (!meetings) return tl::unexpected(meetings.error());
  auto feedback = families_.ListMeetingFeedback(family_id);
  if (!feedback) return tl::unexpected(feedback.error());
  // Every viewer: a member for the placeholders, a professional to see what is withheld.
  std::vector<domain::Withholding> withholdings;
  {
    auto all = reactions_.ListWithholdings(family_id);
    if (!all) return tl::unexpected(all.error());
    withholdings = std::move(*all);
  }
  MeetingsView view;
  view.family_id = family_id;
  view.family_name = access->family.name;
  view.may_plan =
      !who.IsFamily() && domain::DecideMeetingEditor(access->family, access->query).allowed;
  const domain::Millis now = access->query.now;
  const std::string me = MemberOf(who);
  for (const auto& m : access->family.members) {
    view.names[m.id] = m.name;
    if (m.id == me) view.child_wording = domain::ChildWording(m, access->query.today);
    if (view.may_plan && !m.left_on) {
      view.members.push_back(m);
      if (m.role == domain::MemberRole::kChild) view.children.push_back(m);
    }
  }
  view.wording = domain::FeedbackWordingFor(view.child_wording);
  view.may_write_plan =
      who.IsFamily() && domain::DecidePlanWriter(access->family, access->query).allowed;
  auto network = accounts_.ListNetworkMembers(family_id);
  if (!network) return tl::unexpected(network.error());
  for (const auto& n : *network) view.names[n.id] = n.name;
  if (view.may_plan) view.network = *network;
  auto involved = LoadInvolved(access->family);
  if (!involved) return tl::unexpected(involved.error());
  for (const auto& p : *involved)
    view.names[p.professional.user.id] = p.professional.user.display_name;
  if (view.may_plan) view.professionals = *involved;
  const auto agenda = domain::DecideAgenda(access->family, access->query);
  // A summary reader sees only the meetings they were at (DecideFeedback below), which they
  // know of anyway; whoever reads the file reads the meetings of their time in the household.
  auto listed = summary_reader ? std::move(*meetings)
                               : domain::VisibleMeetings(access->family, access->query,
                                                         std::move(*meetings), withholdings);
  for (auto& meeting : listed) {
    MeetingView mv;
    const auto give = domain::DecideFeedback(access->family, access->query, meeting);
    if (summary_reader && !give.allowed) continue;  // only the meetings they were at
    mv.may_give_feedback = give.allowed;
    mv.may_add_agenda = !meeting.record && agenda.allowed && !summary_reader;
    for (const auto& a : meeting.agreements) {
      for (const auto& w : withholdings) {
        if (w.entry_id == a.id && domain::InForce(w, access->query.today, access->query.policy)) {
          mv.held_agreements.insert(a.id);
        }
      }
    }
    for (const auto& f : *feedback) {
      if (f.meeting_id != meeting.id) continue;
      if (!who.IsFamily()) {
        mv.feedback_from.push_back(f.member_id);  // that it came in, never what it says
      } else if (f.member_id == me) {
        mv.my_feedback = f;
        mv.my_feedback_changeable = domain::FeedbackChangeable(f, now);
        mv.changeable_until = f.given_at + domain::kFeedbackChangeWindow;
      }
    }
    if (meeting.record && !summary_reader) {
      auto entry = families_.FindEntry(family_id, meeting.record->summary_entry_id);
      if (!entry) return tl::unexpected(entry.error());
      if (*entry) {
        bool visible = true;
        if (who.IsFamily()) {
          auto audience = AudienceFor(families_, **entry);
          if (!audience) return tl::unexpected(audience.error());
          auto held = WithholdingsFor(families_, **entry, withholdings);
          if (!held) return tl::unexpected(held.error());
          visible =
              domain::DecideEntry(access->family, access->query, *audience, *held).visibility ==
              domain::Visibility::kVisible;
        }
        if (visible) {
          mv.summary = (*entry)->text;
        } else {
          mv.summary_withheld = true;
        }
      }
    }
    for (const auto& id : meeting.professionals) {
      if (view.names.contains(id)) continue;
      if (auto pro = LoadProfessional(id); pro) view.names[id] = pro->user.display_name;
    }
    if (meeting.record) {
      for (const auto& id : meeting.record->present_professionals) {
        if (view.names.contains(id)) continue;
        if (auto pro = LoadProfessional(id); pro) view.names[id] = pro->user.display_name;
      }
    }
    if (summary_reader) {
      // The meeting they were at, without what the file holds for readers of the whole file.
      meeting.agenda.clear();
      meeting.agreements.clear();
      if (meeting.record) meeting.record->children.clear();  // how each child was heard
    }
    mv.meeting = std::move(meeting);
    view.meetings.push_back(std::move(mv));
  }
  if (auto r =
          LogRead(who, family_id, access->role, "meetings", PurposeOfRead(who, access->role, *why));
      !r) {
    return tl::unexpected(r.error());
  }
  return view;
}

Result<std::string> Stip::PlanMeeting(const Principal& who, const std::string& family_id,
                                      const domain::NewMeetingPlan& plan) {
  const std::string id = ids_.NewId("mtg");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    auto network = accounts_.ListNetworkMembers(family_id);
    if (!network) return tl::unexpected(network.error());
    std::vector<std::string> network_ids;
    for (const auto& n : *network) network_ids.push_back(n.id);
    auto errors = domain::CheckMeetingPlan(access->family, plan, network_ids, access->query.now);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The meeting cannot be planned like this.", errors));
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::MeetingPlanned{.id = id,
                                                          .date = domain::Trim(plan.date),
                                                          .place = domain::Trim(plan.place),
                                                          .team_id = who.user.team_id,
                                                          .time = domain::Trim(plan.time),
                                                          .members = plan.members,
                                                          .professionals = plan.professionals,
                                                          .network = plan.network}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<std::string> Stip::AddAgendaItem(const Principal& who, const std::string& family_id,
                                        const std::string& meeting_id, const std::string& kind,
                                        const std::string& words) {
  const std::string id = ids_.NewId("agp");
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    const auto may = domain::DecideAgenda(access->family, access->query);
    if (!may.allowed) {
      if (who.IsNetwork()) return Fail(domain::Error::NotFound("No such family file."));
      return Fail(Code::kPermissionDenied, "You may not add to the agenda in this file (" +
                                               std::string(domain::ToString(may.reason)) + ").");
    }
    auto meetings = families_.LoadMeetings(family_id);
    if (!meetings) return tl::unexpected(meetings.error());
    const auto visible = domain::VisibleMeetings(access->family, access->query, *meetings);
    const domain::Meeting* meeting = domain::FindMeeting(visible, domain::Trim(meeting_id));
    if (!meeting) return Fail(NoSuchMeeting(meeting_id));
    auto errors = domain::CheckAgendaItem(kind, words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The agenda point cannot be added like this.", errors));
    }
    if (meeting->record) {
      return Fail(Code::kFailedPrecondition,
                  "This meeting was held already: add your point to the next meeting.");
    }
    const std::string k = domain::Trim(kind).empty() ? "point" : domain::Trim(kind);
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::MeetingAgendaAdded{.id = id,
                                                              .meeting_id = meeting->id,
                                                              .kind = k,
                                                              .words = domain::Trim(words),
                                                              .member_id = MemberOf(who)}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return id;
}

Result<std::string> Stip::RecordMeeting(const Principal& who, const std::string& family_id,
                                        const std::string& meeting_id,
                                        const NewMeetingRecordInput& input) {
  // The summary is a normal entry: the same checks as AddEntry, the same event.
  NewEntry summary{.kind = "conversation_report", .source = "Overleg", .text = input.summary};
  auto entry_errors = domain::CheckEntry(summary.source, summary.text, options_.max_text);
  for (auto& e : entry_errors) {
    if (e.field == "text") e.field = "summary";
  }
  const std::string entry_id = ids_.NewId("ent");
  std::vector<std::string> present;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = Authorize(who, family_id, domain::Action::kAddEntry);
    if (!access) return tl::unexpected(access.error());
    if (auto may = MayEdit(*access); !may) return tl::unexpected(may.error());
    auto meetings = families_.LoadMeetings(family_id);
    if (!meetings) return tl::unexpected(meetings.error());
    const domain::Meeting* meeting = domain::FindMeeting(*meetings, domain::Trim(meeting_id));
    if (!meeting) return Fail(NoSuchMeeting(meeting_id));
    auto network = accounts_.ListNetworkMembers(family_id);
    if (!network) return tl::unexpected(network.error());
    std::vector<std::string> network_ids;
    for (const auto& n : *network) network_ids.push_back(n.id);
    auto errors = domain::CheckMeetingRecord(access->family, *meeting, input.record, network_ids);
    errors.insert(errors.begin(), entry_errors.begin(), entry_errors.end());
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The meeting cannot be recorded like this.", errors));
    }
    if (meeting->record) {
      return Fail(Code::kFailedPrecondition, "This meeting was recorded already.");
    }
    if (domain::AmsterdamDate(access->query.now) < meeting->date) {
      return Fail(Code::kFailedPrecondition,
                  "This meeting lies in the future: record it on or after " +
                      domain::FormatDate(meeting->date) + ".");
    }
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    const auto now = access->query.now;
    events::EntryAdded added{.id = entry_id,
                             .kind = summary.kind,
                             .source = "Overleg " + domain::FormatDate(meeting->date),
                             .text = summary.text};
    if (auto bad = AddEntryAudience(*access, summary, added); !bad.empty()) {
      return Fail(domain::Error::Invalid("The summary is not valid.", std::move(bad)));
    }
    req.events.push_back(MakeEvent(family_id, who.user.id, now, added));
    req.events.push_back(
        MakeEvent(family_id, who.user.id, now,
                  events::MeetingHeld{.meeting_id = meeting->id,
                                      .summary_entry_id = entry_id,
                                      .present_members = input.record.present_members,
                                      .present_professionals = input.record.present_professionals,
                                      .present_network = input.record.present_network,
                                      .next_date = domain::Trim(input.record.next_date)}));
    for (const auto& c : input.record.children) {
      req.events.push_back(MakeEvent(family_id, who.user.id, now,
                                     events::MeetingChildHeard{.meeting_id = meeting->id,
                                                               .child_id = c.child_id,
                                                               .how = std::string(ToString(c.how)),
                                                               .words = domain::Trim(c.words)}));
    }
    for (const auto& words : input.record.agreements) {
      // TODO(plan, issue 11 item 2): offer "make this a plan action" on each agreement.
      req.events.push_back(MakeEvent(
          family_id, who.user.id, now,
          events::MeetingAgreementAdded{
              .id = ids_.NewId("agr"), .meeting_id = meeting->id, .words = domain::Trim(words)}));
    }
    present = input.record.present_members;
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  MailNewEntry(family_id, entry_id);  // the summary is new for members who asked for a mail
  // The invitation to give feedback: on their page, and a mail without content to each member
  // who was there and has an account.
  if (outbox_ != nullptr) {
    auto accounts = accounts_.ListAccounts(family_id);
    if (!accounts) {
      spdlog::warn("feedback invitations for {} were not sent: {}", family_id,
                   accounts.error().message);
    } else {
      for (const auto& a : *accounts) {
        if (a.revoked || a.contact.empty() ||
            std::find(present.begin(), present.end(), a.member_id) == present.end()) {
          continue;
        }
        if (auto sent = outbox_->Send(FeedbackMail(a.contact, options_.public_url, clock_.Now()));
            !sent) {
          spdlog::warn("a feedback invitation could not be sent: {}", sent.error().message);
        }
      }
    }
  }
  return entry_id;
}

Result<std::pair<std::string, bool>> Stip::GiveFeedback(const Principal& who,
                                                        const std::string& family_id,
                                                        const std::string& meeting_id,
                                                        const NewFeedback& input) {
  std::string id = ids_.NewId("fbk");
  bool changed = false;
  auto head = AppendWithRetry(family_id, [&]() -> Result<store::AppendRequest> {
    auto access = LoadAccess(who, family_id);
    if (!access) return tl::unexpected(access.error());
    if (who.IsNetwork()) return Fail(domain::Error::NotFound("No such family file."));
    if (!who.IsFamily()) {
      return Fail(Code::kPermissionDenied,
                  "Feedback on a meeting is for the family members who were there.");
    }
    auto meetings = families_.LoadMeetings(family_id);
    if (!meetings) return tl::unexpected(meetings.error());
    const domain::Meeting* meeting = domain::FindMeeting(*meetings, domain::Trim(meeting_id));
    if (!meeting) return Fail(NoSuchMeeting(meeting_id));
    const auto may = domain::DecideFeedback(access->family, access->query, *meeting);
    if (!may.allowed) {
      if (may.reason == domain::Reason::kNotConcerned && !meeting->record) {
        return Fail(Code::kFailedPrecondition,
                    "This meeting has not been recorded yet: feedback follows the meeting.");
      }
      return Fail(Code::kPermissionDenied, "You may not give feedback on this meeting (" +
                                               std::string(domain::ToString(may.reason)) + ").");
    }
    auto errors = domain::CheckFeedback(input.answers, input.words);
    if (!errors.empty()) {
      return Fail(domain::Error::Invalid("The feedback cannot be given like this.", errors));
    }
    auto feedback = families_.ListMeetingFeedback(family_id);
    if (!feedback) return tl::unexpected(feedback.error());
    const std::string me = MemberOf(who);
    const auto mine = std::find_if(feedback->begin(), feedback->end(), [&](const auto& f) {
      return f.meeting_id == meeting->id && f.member_id == me;
    });
    const auto& a = input.answers;
    store::AppendRequest req{family_id, access->family.head_seq, {}};
    if (mine != feedback->end()) {
      if (!domain::FeedbackChangeable(*mine, access->query.now)) {
        return Fail(Code::kFailedPrecondition,
                    "Your feedback on this meeting is fixed: it can be changed for 7 days after "
                    "you gave it.");
      }
      id = mine->id;
      changed = true;
      req.events.push_back(
          MakeEvent(family_id, who.user.id, access->query.now,
                    events::MeetingFeedbackChanged{.id = id,
                                                   .heard = ToDecimal(*a[0]),
                                                   .understood = ToDecimal(*a[1]),
                                                   .safe = ToDecimal(*a[2]),
                                                   .next_step = ToDecimal(*a[3]),
                                                   .words = domain::Trim(input.words)}));
      return req;
    }
    changed = false;
    bool child = false;
    for (const auto& m : access->family.members) {
      if (m.id == me) child = domain::ChildWording(m, access->query.today);
    }
    req.events.push_back(MakeEvent(family_id, who.user.id, access->query.now,
                                   events::MeetingFeedbackGiven{.id = id,
                                                                .meeting_id = meeting->id,
                                                                .member_id = me,
                                                                .heard = ToDecimal(*a[0]),
                                                                .understood = ToDecimal(*a[1]),
                                                                .safe = ToDecimal(*a[2]),
                                                                .next_step = ToDecimal(*a[3]),
                                                                .words = domain::Trim(input.words),
                                                                .child_wording = child}));
    return req;
  });
  if (!head) return tl::unexpected(head.error());
  return std::pair{id, changed};
}

Result<int> Stip::OpenFeedbackInvitations(const Principal& who, const std::string& family_id) {
  if (!who.IsFamily() || who.IsNetwork()) return 0;
  auto access = LoadAccess(who, family_id);
  if (!access) return tl::unexpected(access.error());
  auto meetings = families_.LoadMeetings(family_id);
  if (!meetings) return tl::unexpected(meetings.error());
  auto feedback = families_.ListMeetingFeedback(family_id);
  if (!feedback) return tl::unexpected(feedback.error());
  const std::string me = MemberOf(who);
  int open = 0;
  for (const auto& m : *meetings) {
    if (!domain::DecideFeedback(access->family, access->query, m).allowed) continue;
    const bool answered = std::any_of(feedback->begin(), feedback->end(), [&](const auto& f) {
      return f.meeting_id == m.id && f.member_id == me;
    });
    if (!answered) ++open;
  }
  return open;
}

Result<TeamMeetingFeedback> Stip::TeamFeedback(const Principal& who, const std::string& team_id) {
  if (who.IsFamily()) return Fail(Code::kPermissionDenied, "The team's feedback is for its team.");
  auto team = admin_.FindTeam(team_id);
  if (!team) return tl::unexpected(team.error());
  if (!*team) return Fail(Code::kNotFound, "No team has id '" + team_id + "'.");
  // The team's own professionals (its team lead among them); a lead who moved to another team
  // or was disabled no longer sees it, as on the team page (ReadTeamWork).
  const bool mine = !who.user.admin && !who.user.disabled && who.user.team_id == team_id;
  if (!mine) {
    return Fail(Code::kPermissionDenied,
                "Only the professionals of a team and its team lead see its feedback.");
  }
  auto answers = families_.TeamFeedbackAnswers(team_id);
  if (!answers) return tl::unexpected(answers.error());
  TeamMeetingFeedback out;
  out.team = std::move(**team);
  out.aggregate = domain::AggregateFeedback(*answers, domain::AmsterdamDate(clock_.Now()));
  return out;
}

}  // namespace stip::app
