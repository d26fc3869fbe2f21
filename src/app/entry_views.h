// Entries as one viewer sees them (visible, withheld as a placeholder, or left out) with their
// reactions, corrections and withholdings; and the input of issue 3's use cases on entries.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::app {

// A family member's reaction, with the names a page shows next to it.
struct ReactionView {
  domain::Reaction reaction;
  std::string member_name;       // who reacted
  std::string answered_by_name;  // who answered a correction request
  bool overdue = false;          // an open correction request past its deadline
};

// A withholding as a page shows it. The member it is withheld from sees only the ones in force
// towards them; professionals see all of an entry's, lapsed and lifted ones marked as such.
struct WithholdingView {
  domain::Withholding withholding;
  std::string decided_by_name;
  // Withheld from: the names, ", "-separated ("" with withholding.whole_household). A member
  // sees only their own name and never another member's objection.
  std::string member_name;
  bool in_force = false;
  domain::Date lapse_date;  // the first day it no longer holds (review date or legal limit)
  std::vector<domain::Objection> objections;
  bool may_renew = false;             // professionals: in force, renewable or liftable
  bool may_answer_objection = false;  // professionals: not the one who decided it
};

// One family member as a reader of an entry (issue 13): can they read it, and if not, why.
struct ReaderView {
  domain::EntryReader reader;
  std::string member_name;
};

// Every member of the family as a reader of an entry with this audience and these withholdings
// (the access engine's EntryReaders, with names), in family order.
std::vector<ReaderView> ReaderViews(const domain::Family& family, const domain::AccessQuery& query,
                                    const domain::EntryAudience& entry,
                                    std::span<const domain::Withholding> withholdings);

struct EntryView {
  domain::Entry entry;
  // kVisible: show it; kWithheld: show the placeholder (decision.withholdings); kNotShown is
  // never returned (such entries are left out of the list).
  domain::EntryDecision decision;
  std::string author_name;
  std::vector<ReactionView> reactions;  // oldest first
  std::vector<WithholdingView> withholdings;
  bool professional = false;  // the viewer is a professional (sees everything, may answer)
  // Professionals only: every family member, whether they can read this entry and why not.
  std::vector<ReaderView> readers;
};

// A correction request still to be answered, for the professional's family file page.
struct OpenCorrection {
  ReactionView reaction;
  std::string entry_id;
  domain::Entry entry;  // the entry the request is about (its text prefills the answer)
  domain::Date deadline;
};

// --- input of the use cases ---------------------------------------------------------------------

struct NewReaction {
  std::string kind;  // understood | correction_request | disagreement | own_statement
  std::string text;
};

struct CorrectionAnswer {
  bool accepted = false;
  std::string answer;  // to the family member, in plain words
  // Accepted only: the corrected entry. Empty kind or source: those of the old entry.
  std::string kind;
  std::string source;
  std::string text;
};

// Whom it is withheld from: member_id and/or member_ids, or whole_household. A ground that
// protects a third party defaults to the whole household when no member is named.
struct NewWithholding {
  std::string member_id;    // withheld from this family member (one; the API's first form)
  std::string ground;       // protects_third_person | serious_harm_to_child | ...
  std::string reason;       // written reason, in words the member can read
  std::string review_date;  // YYYY-MM-DD, after today
  std::vector<std::string> member_ids = {};  // issue 13: several members
  bool whole_household = false;              // every member, also ones added later
  std::string narrowing_reason = {};         // why a third party's protection covers fewer
};

inline constexpr std::size_t kMaxReactionChars = 5000;

// The day one month after `date` (31 January -> 28 or 29 February): the answer deadline of a
// correction request (LEGAL_FACTS: 1 month).
domain::Date AddOneMonth(const domain::Date& date);

}  // namespace stip::app
