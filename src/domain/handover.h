// The handover of the fixed face (wisseling van vast gezicht, issue 10): the lead proposes a
// colleague with a reason, the colleague accepts or declines; the rules and the file's history.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

// Why the fixed face changes: a short fixed list, always with the lead's own words beside it.
enum class HandoverReason {
  kFamilyMoved,     // verhuizing gezin
  kIllnessOrLeave,  // ziekte of verlof
  kStaffLeaving,    // vertrek medewerker
  kOtherExpertise,  // andere expertise nodig
  kFamilyWish,      // wens van het gezin
  kOther,           // anders
};
inline constexpr std::array kAllHandoverReasons{
    HandoverReason::kFamilyMoved,    HandoverReason::kIllnessOrLeave, HandoverReason::kStaffLeaving,
    HandoverReason::kOtherExpertise, HandoverReason::kFamilyWish,     HandoverReason::kOther,
};

// proposed -> accepted | declined | withdrawn. Until it is accepted the old lead stays the
// lead and responsible.
enum class HandoverStatus { kProposed, kAccepted, kDeclined, kWithdrawn };

std::string_view ToString(HandoverReason v);  // "family_moved", ...
std::string_view ToString(HandoverStatus v);  // "proposed", ...
std::optional<HandoverReason> ParseHandoverReason(std::string_view s);
std::optional<HandoverStatus> ParseHandoverStatus(std::string_view s);

struct Handover {
  std::string id;
  std::string family_id;
  std::int64_t seq = 0;   // ledger position of the proposal
  std::string from_user;  // the lead who proposed it
  std::string to_user;    // the colleague who becomes the lead on acceptance
  HandoverReason reason = HandoverReason::kOther;
  std::string words;  // the lead's own words; the family reads them
  // Warm: both stay involved until the old lead ends the overlap, with a joint meeting; cold:
  // the old lead's involvement ends the instant the new lead accepts.
  bool warm = false;
  std::optional<Date> meeting_date;  // warm only: the joint meeting with the family
  HandoverStatus status = HandoverStatus::kProposed;
  Millis proposed_at = 0;
  Millis decided_at = 0;    // accepted, declined or withdrawn
  std::string decided_by;   // who did that
  std::string answer;       // the words with a decline or a withdrawal
  std::string family_name;  // filled by the read of handovers offered to one professional
};

inline constexpr std::size_t kMaxHandoverWordsChars = 1000;

// The handover waiting for an answer, if any (at most one per file).
const Handover* PendingHandover(std::span<const Handover> handovers);

// A lead proposes `to_user_id`. `to_exists`/`to_team`: whether that user exists and their team;
// `barred`: why they may not be involved at all (CheckMayBeInvolved). `warm` nullopt: not
// answered; `meeting_date_text` as typed ("" for none).
struct HandoverProposal {
  std::string to_user_id;
  bool to_exists = false;
  std::optional<Team> to_team;
  std::optional<Problem> barred;
  std::optional<HandoverReason> reason;
  std::string words;
  std::optional<bool> warm;
  std::string meeting_date_text;
};
std::vector<FieldError> CheckHandover(const Family& family, std::span<const Handover> handovers,
                                      const HandoverProposal& proposal, const Date& today);

// Words that come with a decline or a withdrawal: required, one paragraph at most.
std::vector<FieldError> CheckHandoverAnswer(const std::string& words);

// What the family sees about the continuity of its fixed face: how often the lead changed, and
// how many whole days the file had no lead since it was opened, up to `now`.
struct LeadHistory {
  int handovers = 0;
  std::int64_t days_without_lead = 0;
};
LeadHistory LeadHistoryOf(const Family& family, std::span<const Handover> handovers, Millis now);

}  // namespace stip::domain
