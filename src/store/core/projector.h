// Folds sealed ledger events into the projection tables, one handler per typed event
// (ledger/events.h), once for both engines over core::SqlPort. Used by Commit, Import, Rebuild.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/model.h"
#include "ledger/event.h"
#include "ledger/events.h"
#include "store/core/sql.h"

namespace stip::store::core {

// What a handler sees of its event besides the decoded payload: its place in the ledger, its
// author and time, and how to name it in an error. The raw payload stays out of reach, so a
// handler reads only the fields its type declares (ledger/events.h).
class Envelope {
 public:
  explicit Envelope(const ledger::Event& event) : event_(event) {}
  const std::string& chain() const { return event_.chain; }
  std::int64_t seq() const { return event_.seq; }
  domain::Millis time() const { return event_.time; }
  const std::string& actor() const { return event_.actor; }
  // `code` and "event 3 of fam_x (member.added): <what>" (ledger::events::EventError).
  domain::Error Problem(domain::Code code, const std::string& what) const;
  // InvalidArgument about one payload field (ledger::events::BadField).
  domain::Error BadField(std::string_view key, const std::string& what) const;

 private:
  const ledger::Event& event_;
};

class Projector {
 public:
  // `port` is the connection of the caller's write transaction; it must outlive the projector.
  explicit Projector(SqlPort& port) : port_(port) {}

  // Applies one sealed event inside the caller's transaction. An unknown type, a malformed
  // payload or a domain error (a member for an unknown family, a duplicate id) fails with a
  // message naming the event; the caller rolls back whatever the item wrote.
  Status Apply(const ledger::Event& event);

  // Writes what Apply deferred: the change time and entry count of the last family touched
  // (consecutive events of one family update its row once, not once per event). Call it after
  // the last Apply and before the transaction commits; a projector dropped without it, after a
  // failed Apply, leaves its item to be rolled back anyway.
  Status Flush();

 private:
  using Handler = Status (Projector::*)(const ledger::Event&);
  struct Route {
    std::string_view type;
    bool system_chain;  // true: only on "system"; false: only on a family chain
    Handler handler;    // Decoded<T>
  };

  // The route of an event type (one per type in ledger::events::AllEvents), or nullptr.
  static const Route* FindRoute(std::string_view type);
  // Decodes `e` as a T and hands it to On. Apply calls it after the chain and family checks,
  // so that those come before any field error, as they always have.
  template <typename T>
  Status Decoded(const ledger::Event& e);

  // One handler per event type; a type without one does not compile.
  // System chain (projector.cpp).
  Status On(const ledger::events::OrganisationCreated& ev, const Envelope& env);
  Status On(const ledger::events::TeamCreated& ev, const Envelope& env);
  Status On(const ledger::events::UserCreated& ev, const Envelope& env);
  Status On(const ledger::events::PasswordSet& ev, const Envelope& env);
  Status On(const ledger::events::TokenIssued& ev, const Envelope& env);
  Status On(const ledger::events::TokenRevoked& ev, const Envelope& env);
  // Family chains (projector_family.cpp); Apply has checked that the family exists.
  Status On(const ledger::events::FamilyCreated& ev, const Envelope& env);
  Status On(const ledger::events::MemberAdded& ev, const Envelope& env);
  Status On(const ledger::events::CustodySet& ev, const Envelope& env);
  Status On(const ledger::events::InvolvementStarted& ev, const Envelope& env);
  Status On(const ledger::events::InvolvementEnded& ev, const Envelope& env);
  Status On(const ledger::events::EntryAdded& ev, const Envelope& env);
  // Issue 3 (projector_reactions.cpp): entry audience, withholdings, reactions, corrections.
  Status EntryAudience(const ledger::events::EntryAdded& ev, const Envelope& env);
  Status On(const ledger::events::WithholdingDecided& ev, const Envelope& env);
  Status On(const ledger::events::WithholdingRenewed& ev, const Envelope& env);
  Status On(const ledger::events::WithholdingLifted& ev, const Envelope& env);
  Status On(const ledger::events::ObjectionFiled& ev, const Envelope& env);
  Status On(const ledger::events::ObjectionAnswered& ev, const Envelope& env);
  Status On(const ledger::events::ReactionAdded& ev, const Envelope& env);
  Status On(const ledger::events::CorrectionAnswered& ev, const Envelope& env);
  Status On(const ledger::events::EntryCorrected& ev, const Envelope& env);
  // Family accounts and consents (projector_accounts.cpp).
  Status On(const ledger::events::AccountInvited& ev, const Envelope& env);
  Status On(const ledger::events::AccountActivated& ev, const Envelope& env);
  Status On(const ledger::events::AccountRevoked& ev, const Envelope& env);
  Status On(const ledger::events::ConsentGiven& ev, const Envelope& env);
  Status On(const ledger::events::ConsentEnded& ev, const Envelope& env);
  // The household and involvements after opening (projector_household.cpp, issue 10).
  Status On(const ledger::events::MemberLeft& ev, const Envelope& env);
  Status On(const ledger::events::BirthDateCorrected& ev, const Envelope& env);
  // One line of the family's list of changes (household_changes).
  Status RecordChange(const Envelope& env, std::string_view kind, const std::string& subject,
                      const std::string& other, const std::string& on_date, bool flag,
                      const std::string& reason);
  // Professional accounts with a life cycle, issue 14 (projector_users.cpp).
  Status On(const ledger::events::UserDisabled& ev, const Envelope& env);
  Status On(const ledger::events::UserEnabled& ev, const Envelope& env);
  Status On(const ledger::events::UserTeamChanged& ev, const Envelope& env);
  Status On(const ledger::events::TotpEnrolled& ev, const Envelope& env);
  Status On(const ledger::events::TotpDisabled& ev, const Envelope& env);
  // Issue 13 (projector_reactions.cpp): a withholding for several members or the household.
  Status On(const ledger::events::WithholdingDecidedFor& ev, const Envelope& env);
  // Issue 10 item 7 (team_leads.cpp): an administrator names a team's team lead.
  Status On(const ledger::events::TeamLeadSet& ev, const Envelope& env);
  // Issue 10 item 8 (notifications.cpp): who wants which mail.
  Status On(const ledger::events::DigestSet& ev, const Envelope& env);
  Status On(const ledger::events::AccountMailSet& ev, const Envelope& env);
  // Issue 10 (projector_network.cpp): network members and what is shared with them.
  Status On(const ledger::events::NetworkMemberInvited& ev, const Envelope& env);
  Status On(const ledger::events::NetworkConsentGiven& ev, const Envelope& env);
  Status On(const ledger::events::NetworkConsentChanged& ev, const Envelope& env);
  Status On(const ledger::events::NetworkConsentEnded& ev, const Envelope& env);
  Status CheckNetworkItems(const Envelope& env, const std::vector<std::string>& items,
                           const std::string& valid_until);
  // True, or NotFound / FailedPrecondition naming the event.
  Result<bool> RunningNetworkConsent(const Envelope& env, const std::string& id);
  // Whether `account_id` is a network member's account of this family (then marked activated).
  Result<bool> ActivateNetworkAccount(const Envelope& env, const std::string& account_id);
  // Issue 10 (projector_handover.cpp): the handover of the fixed face.
  Status On(const ledger::events::HandoverProposed& ev, const Envelope& env);
  Status On(const ledger::events::HandoverAccepted& ev, const Envelope& env);
  Status On(const ledger::events::HandoverDeclined& ev, const Envelope& env);
  Status On(const ledger::events::HandoverWithdrawn& ev, const Envelope& env);
  // Issue 11 (projector_safety_map.cpp): the safety map.
  Status On(const ledger::events::SafetyRoundOpened& ev, const Envelope& env);
  Status On(const ledger::events::SafetyDangerAdded& ev, const Envelope& env);
  Status On(const ledger::events::SafetyDisagreementAdded& ev, const Envelope& env);
  Status On(const ledger::events::SafetyStrengthAdded& ev, const Envelope& env);
  Status On(const ledger::events::SafetyGoalAdded& ev, const Envelope& env);
  Status On(const ledger::events::SafetyScoreGiven& ev, const Envelope& env);
  // Issue 11 item 2 (projector_plan.cpp): the family's own plan first.
  Status On(const ledger::events::PlanOffered& ev, const Envelope& env);
  Status On(const ledger::events::PlanOfferAnswered& ev, const Envelope& env);
  Status On(const ledger::events::PlanVersionWritten& ev, const Envelope& env);
  Status On(const ledger::events::PlanConditionsSet& ev, const Envelope& env);
  Status On(const ledger::events::PlanCommented& ev, const Envelope& env);
  // Issue 12 (projector_decision.cpp): decisions and the second opinion.
  Status On(const ledger::events::DecisionDrafted& ev, const Envelope& env);
  Status On(const ledger::events::DecisionRevised& ev, const Envelope& env);
  Status On(const ledger::events::DecisionShared& ev, const Envelope& env);
  Status On(const ledger::events::DecisionViewAdded& ev, const Envelope& env);
  Status On(const ledger::events::DecisionSecondOpinionGiven& ev, const Envelope& env);
  Status On(const ledger::events::DecisionTaken& ev, const Envelope& env);
  // Issue 12 item 3 (projector_measure.cpp): court measures.
  Status On(const ledger::events::MeasureRecorded& ev, const Envelope& env);
  Status On(const ledger::events::MeasureExtended& ev, const Envelope& env);
  Status On(const ledger::events::MeasureEnded& ev, const Envelope& env);
  Status On(const ledger::events::MeasureDeadlineDone& ev, const Envelope& env);
  // Issue 11 item 5 (projector_child_voice.cpp): the child's own words and explanations.
  Status On(const ledger::events::ChildVoiceWritten& ev, const Envelope& env);
  Status On(const ledger::events::ChildVoiceSharingChanged& ev, const Envelope& env);
  Status On(const ledger::events::ChildExplanationWritten& ev, const Envelope& env);
  // Issue 14 item 3 (projector_retention.cpp): destruction and the legal hold.
  Status On(const ledger::events::FileDestroyed& ev, const Envelope& env);
  Status On(const ledger::events::LegalHoldSet& ev, const Envelope& env);
  Status On(const ledger::events::LegalHoldLifted& ev, const Envelope& env);
  // Issue 14 item 1 (admin_reads.cpp): reset links, the second step reset, a team renamed.
  Status On(const ledger::events::PasswordResetRequested& ev, const Envelope& env);
  Status On(const ledger::events::PasswordResetUsed& ev, const Envelope& env);
  Status On(const ledger::events::TotpReset& ev, const Envelope& env);
  Status On(const ledger::events::TeamRenamed& ev, const Envelope& env);
  // Issue 14 item 3 part C (projector_retention.cpp): the family's destruction requests.
  Status On(const ledger::events::DestructionRequested& ev, const Envelope& env);
  Status On(const ledger::events::DestructionAnswered& ev, const Envelope& env);
  // Issue 10 item 4 (projector_emergency.cpp): emergency access, its early end and its review.
  Status On(const ledger::events::EmergencyAccessOpened& ev, const Envelope& env);
  Status On(const ledger::events::EmergencyAccessEnded& ev, const Envelope& env);
  Status On(const ledger::events::EmergencyAccessReviewed& ev, const Envelope& env);
  // Issue 10 item 6 (signals.cpp): known elsewhere.
  Status On(const ledger::events::SignalRecorded& ev, const Envelope& env);
  Status On(const ledger::events::SignalDeleted& ev, const Envelope& env);
  Status On(const ledger::events::KnownElsewhereChecked& ev, const Envelope& env);
  Status On(const ledger::events::JoinRequestMade& ev, const Envelope& env);
  Status On(const ledger::events::JoinRequestAccepted& ev, const Envelope& env);
  Status On(const ledger::events::JoinRequestDeclined& ev, const Envelope& env);
  // Issue 11 items 3 and 4 (projector_meeting.cpp): meetings and feedback.
  Status On(const ledger::events::MeetingPlanned& ev, const Envelope& env);
  Status On(const ledger::events::MeetingAgendaAdded& ev, const Envelope& env);
  Status On(const ledger::events::MeetingHeld& ev, const Envelope& env);
  Status On(const ledger::events::MeetingChildHeard& ev, const Envelope& env);
  Status On(const ledger::events::MeetingAgreementAdded& ev, const Envelope& env);
  Status On(const ledger::events::MeetingFeedbackGiven& ev, const Envelope& env);
  Status On(const ledger::events::MeetingFeedbackChanged& ev, const Envelope& env);

  // The family of a family event exists; marks it changed at the event's time (and counts an
  // entry for entry.added and entry.corrected).
  Status TouchFamily(const ledger::Event& e, bool count_entry);
  // NotFound naming the event unless `member_id` is a member of the event's family.
  Status RequireMember(const Envelope& env, const std::string& member_id);
  // The ledger position of entry `id` in this family, or NotFound naming the event.
  Result<std::int64_t> EntrySeq(const Envelope& env, const std::string& id);
  // Runs a write whose changed-row count does not matter.
  template <typename... Args>
  Status Run(Sql sql, const Args&... args) {
    auto written = port_.Write(sql, args...);
    if (!written) return tl::unexpected(written.error());
    return {};
  }

  SqlPort& port_;
  // The family whose row this projector has checked (or created) in this transaction, and the
  // touch not yet written to it: the time of its latest event and the entries counted since.
  struct PendingTouch {
    std::string family;
    bool dirty = false;
    domain::Millis time = 0;
    std::int64_t entries = 0;
  };
  PendingTouch pending_;
};

}  // namespace stip::store::core
