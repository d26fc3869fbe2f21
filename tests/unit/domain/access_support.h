// A fictional household for the access engine's tests, with children on both sides of 12 and
// 16 (one born on 29 February), parents with and without custody, and professionals.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "domain/access.h"

namespace stip::domain::testing {

inline const Date kToday{2026, 11, 29};

// The days on which the children's rights change.
inline constexpr Date kSemIs11{2025, 3, 14}, kSemIs12{2025, 3, 15};
inline constexpr Date kLotteIs15{2026, 6, 30}, kLotteIs16{2026, 7, 1};
inline constexpr Date kFinnIs11{2024, 2, 28}, kFinnIs12{2024, 2, 29};  // a leap year
inline constexpr Date kFinnIs15{2028, 2, 28}, kFinnIs16{2028, 2, 29};

// Noon UTC: the same calendar date in the Netherlands, summer or winter.
inline Millis Noon(const Date& d) { return *ParseTimestamp(FormatDate(d) + "T12:00:00.000Z"); }

// Ages on kToday: Noor 8, Sem 13, Lotte 16 (since 1 July 2026), Finn 14 (born 29 Feb 2012).
inline Family Household() {
  Family f;
  f.id = "fam_jansen";
  f.name = "Gezin Jansen";
  f.members = {
      {"m_moeder", "Sara Jansen", MemberRole::kParent, {1986, 4, 10}},
      {"m_vader", "Tim de Vries", MemberRole::kParent, {1984, 9, 2}},
      {"m_oma", "Ria Jansen", MemberRole::kOtherAdult, {1958, 1, 20}},
      {"m_pleeg", "Kees Bakker", MemberRole::kCarer, {1990, 6, 6}},
      {"c_noor", "Noor de Vries", MemberRole::kChild, {2018, 5, 20}},
      {"c_sem", "Sem de Vries", MemberRole::kChild, {2013, 3, 15}},
      {"c_lotte", "Lotte Jansen", MemberRole::kChild, {2010, 7, 1}},
      {"c_finn", "Finn Jansen", MemberRole::kChild, {2012, 2, 29}},
  };
  f.custody = {
      {"m_moeder", "c_noor", true}, {"m_moeder", "c_sem", true},  {"m_moeder", "c_lotte", true},
      {"m_moeder", "c_finn", true}, {"m_vader", "c_noor", false}, {"m_vader", "c_sem", false},
  };
  f.involvements = {
      {"u_lead", InvolvementRole::kLead, Noon({2026, 1, 5}), std::nullopt, "aanmelding"},
      {"u_duo", InvolvementRole::kDuo, Noon({2026, 2, 1}), std::nullopt, "veiligheid"},
      {"u_oud", InvolvementRole::kLead, Noon({2025, 6, 1}), Noon({2026, 1, 5}), "overdracht"},
      {"u_later", InvolvementRole::kDuo, Noon({2027, 1, 4}), std::nullopt, "gepland"},
  };
  return f;
}

inline Viewer Pro(std::string user_id) {
  ProfessionalViewer v;
  v.user_id = std::move(user_id);
  return v;
}
inline Viewer Glass(std::string user_id, std::string reason) {
  return ProfessionalViewer{std::move(user_id), true, std::move(reason)};
}
inline Viewer Mem(std::string member_id) { return MemberViewer{std::move(member_id)}; }

inline AccessQuery Query(Viewer viewer, const Date& today = kToday,
                         std::vector<Consent> consents = {}) {
  AccessQuery q;
  q.viewer = std::move(viewer);
  q.today = today;
  q.now = Noon(today);
  q.consents = std::move(consents);
  return q;
}

// Short names for reasons, so that the test tables stay readable.
constexpr Reason Inv = Reason::kInvolved, Emg = Reason::kEmergency, Own = Reason::kOwnAccess,
                 Pwc = Reason::kParentWithCustody, Con = Reason::kYoungPersonConsent,
                 Sum = Reason::kSummaryRight, Kid = Reason::kChildView,
                 Unk = Reason::kUnknownViewer, NIn = Reason::kNotInvolved,
                 End = Reason::kInvolvementEnded, NoR = Reason::kEmergencyNeedsReason,
                 ERO = Reason::kEmergencyReadOnly, Ldr = Reason::kLeadOnly,
                 Prf = Reason::kProfessionalsOnly, Fam = Reason::kFamilyOnly,
                 U12 = Reason::kUnder12ChildView, SOn = Reason::kSummaryOnly,
                 NCo = Reason::kNotConcerned, YPI = Reason::kYoungPersonsOwnInformation,
                 Wth = Reason::kWithheld, U16 = Reason::kUnder16CannotConsent,
                 NYP = Reason::kNotTheYoungPerson, Slf = Reason::kDecidedItYourself;
// Issue 10: network members.
constexpr Reason Nwc = Reason::kNetworkConsent, Shr = Reason::kSharedOnly,
                 Csh = Reason::kCannotShare;

inline bool IsYes(Reason r) {
  return r == Reason::kInvolved || r == Reason::kEmergency || r == Reason::kOwnAccess ||
         r == Reason::kParentWithCustody || r == Reason::kYoungPersonConsent ||
         r == Reason::kSummaryRight || r == Reason::kChildView || r == Reason::kNetworkConsent;
}

// A withholding of `entry` from `member`, decided by the lead on 1 November 2026.
inline Withholding Withheld(std::string entry, std::string member, WithholdingGround ground,
                            Date review) {
  Withholding w;
  w.id = "wh_" + entry + "_" + member;
  w.entry_id = std::move(entry);
  w.member_id = std::move(member);
  w.ground = ground;
  w.reason = "Hierin staat wie de zorgen meldde.";
  w.decided_by = "u_lead";
  w.decided_at = Noon({2026, 11, 1});
  w.review_date = review;
  return w;
}

inline Consent ConsentOf(std::string young_person, std::string member, Date given,
                         std::optional<Date> until = std::nullopt) {
  return Consent{std::move(young_person), std::move(member), given, until};
}

}  // namespace stip::domain::testing
