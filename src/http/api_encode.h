// JSON shapes of the application's results, as docs/api.md and the OpenAPI schemas give them.
// Kept apart from the handlers so that each shape is written once.
#pragma once

#include <span>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/stip.h"
#include "domain/model.h"
#include "domain/reads.h"
#include "domain/rights.h"
#include "domain/time.h"

namespace stip::http {

// {"id","username","display_name","team_id","admin","phone","email"}
boost::json::object EncodeUser(const domain::User& user);
// User plus "team" and "organisation" (objects or null).
boost::json::object EncodeProfessional(const app::Professional& professional);
// Issue 14: API tokens (no secrets) and sessions (only times).
boost::json::array EncodeTokens(const std::vector<app::TokenInfo>& tokens);
boost::json::array EncodeSessions(const std::vector<app::SessionInfo>& sessions);
// The fixed face as a family sees it: {"id","display_name","team","organisation","phone","email"}.
boost::json::object EncodeFace(const app::Professional& professional);
// {"id","name","my_role","lead_user_id","updated_at","entry_count"}
boost::json::object EncodeFamilySummary(const domain::FamilySummary& family);
// The overview of docs/api.md; ages are computed for the date of `now`.
boost::json::object EncodeOverview(const app::FamilyOverview& overview, domain::Millis now);
// {"family_id","family_name","lines":[...],"next_before"}
boost::json::object EncodeAccessLog(const app::AccessLogView& view);

// Issue 3 (api_encode_reactions.cpp): adds to an encoded entry what its EntryView says:
// "visibility", "concerns", "confidential_of", "corrects", "corrected_by", "reactions",
// "withholdings", the "may_*" flags and, for professionals, "readers". Built with the
// entry's own storage. `sp` below: the storage of the document the result goes into.
void AddEntryViewFields(boost::json::object& entry, const app::EntryView& view);
boost::json::object EncodeReaction(const app::ReactionView& reaction,
                                   boost::json::storage_ptr sp = {});
boost::json::object EncodeWithholding(const app::WithholdingView& withholding,
                                      boost::json::storage_ptr sp = {});
// Issue 11 item 6: an item of the safety map, the plan, a meeting or a child's words with
// withholdings in `items` gets "withheld": [{"id","kind","ground","explanation","reason",
// "decided_at","review_date","lifted","member_ids","whole_household","narrowing_reason"}]. For
// a member: the withholdings in force towards them (naming only them), the item's words then
// empty; for a professional: every withholding of the item.
void AddWithheld(boost::json::object& item, const domain::WithheldItems& items,
                 const std::string& id);
// The family member's own objections (`own`: Stip::OwnObjections) beside each withholding of a
// "withheld" list anywhere in `body`, as "objections": [{"id","member_id","text","filed_at",
// "status","answer","answered_by","answered_at"}] (only where there are some).
void AddOwnObjections(boost::json::value& body, std::span<const domain::Objection> own);
// `body` with the caller's own objections added (AddOwnObjections), for the routes of the safety
// map, the plan, meetings and a child's words; a professional has none of their own.
boost::json::value WithOwnObjections(app::Stip& stip, const app::Principal& who,
                                     const std::string& family_id, boost::json::object body);
// Issue 13: [{"member_id","member_name","reads","visibility","reason"}] in family order.
boost::json::array EncodeReaders(const std::vector<app::ReaderView>& readers,
                                 boost::json::storage_ptr sp = {});
boost::json::array EncodeOpenCorrections(const std::vector<app::OpenCorrection>& open,
                                         boost::json::storage_ptr sp = {});

// "Ons gezin" and the family's download (api_encode_family.cpp).
boost::json::object EncodeFamilyHome(const app::FamilyHome& home);

// Issue 10 (api_encode_household.cpp): who is involved now [{"user_id","role","since",
// "reason","professional"}], the list of changes [{"seq","at","kind","subject","subject_name",
// "other","on_date","has_custody","reason","by","by_name"}], a member with "left_on" and
// "left_reason", and the household view of GET /api/v1/families/{id}/household.
// `with_reason`: why each joined (professionals' views only; the family reads who, not why).
boost::json::array EncodeInvolved(const std::vector<app::InvolvedProfessional>& involved,
                                  bool with_reason);
boost::json::array EncodeChanges(const std::vector<domain::HouseholdChange>& changes,
                                 const std::map<std::string, std::string>& names);
void AddLeftFields(boost::json::object& member, const domain::Member& m);
boost::json::object EncodeHousehold(const app::HouseholdView& view, domain::Millis now);

// Issue 10 (api_encode_handover.cpp): one handover (with the words of a decline or withdrawal
// when `with_answer`), and the fixed face's history: the family's view, or the professionals'
// (`professional`: every handover too).
boost::json::object EncodeHandover(const app::HandoverView& handover, bool with_answer);
// Issue 11 (api_encode_safety_map.cpp): the safety map as its reader may read it: per worry
// the disagreements, the goals and one series per participant over the rounds; never a number
// computed from the answers.
boost::json::object EncodeSafetyMap(const app::SafetyMapView& map);
// Issue 11 item 5 (api_encode_child_voice.cpp): the children's own words as their reader may
// read them, with who wrote each record and with whom it is shared; one child's explanation.
boost::json::object EncodeChildVoices(const app::ChildVoicesView& view);
boost::json::object EncodeChildExplanation(const app::ChildExplanationView& view);
// Issue 11 item 2 (api_encode_plan.cpp): the family's own plan as its reader may read it, and
// two of its versions compared per field.
boost::json::object EncodeFamilyPlan(const app::FamilyPlanView& plan);
boost::json::object EncodePlanCompare(const app::PlanCompareView& compare);
// Issue 11 items 3 and 4 (api_encode_meeting.cpp): the meetings as their reader may read them
// (professionals: who gave feedback, never the answers; a member: their own answer only), and a
// team's feedback counts (none below 10 answers).
boost::json::object EncodeMeetings(const app::MeetingsView& view);
boost::json::object EncodeTeamFeedback(const app::TeamMeetingFeedback& feedback);
// Issue 12 (api_encode_decision.cpp): the decisions as their reader may read them, each with its
// facts apart from opinions, the alternatives, the children heard, the family's views and the
// second opinions (which one counts for the version that stands); never a score.
boost::json::object EncodeDecisions(const app::DecisionsView& decisions);
// Issue 12 item 3 (api_encode_measure.cpp): the court measures as their reader may read them,
// with the frame and every legal deadline (due date, early warning, article); never a score.
boost::json::object EncodeMeasures(const app::MeasuresView& measures);
boost::json::object EncodeMeasureDeadline(const domain::MeasureDeadline& deadline);
// The family's rights with a ruling or a decision (issue 12 item 4): id, Dutch and English
// text (glossary links as terms with their /begrippen href), how to reach who helps, the
// source, the day it was checked, and the last day to use it (counted from `from`; null for
// a right without a term).
boost::json::array EncodeRights(const std::vector<const domain::Right*>& rights,
                                const std::optional<domain::Date>& from);
// Issue 10 item 4 (api_encode_emergency.cpp): one use of emergency access (who, why, until when,
// the judgement once given); a use as the team lead judges it, with the lines read.
boost::json::object EncodeEmergencyUse(const app::EmergencyUseView& use);
boost::json::object EncodeEmergencyReview(const app::EmergencyReviewItem& item);
boost::json::object EncodeFixedFace(const app::FixedFaceHistory& history, bool professional);

}  // namespace stip::http
