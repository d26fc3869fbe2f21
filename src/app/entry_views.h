// Entries as one viewer sees them (visible, withheld as a placeholder, or left out) with their
// reactions, corrections and withholdings; and the input of issue 3's use cases on entries.
#pragma once

#include <cstdint>
#include <optional>
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
  std::string member_name;  // withheld from
  bool in_force = false;
  domain::Date lapse_date;  // the first day it no longer holds (review date or legal limit)
  std::vector<domain::Objection> objections;
  bool may_renew = false;             // professionals: in force, renewable or liftable
  bool may_answer_objection = false;  // professionals: not the one who decided it
};

struct EntryView {
  domain::Entry entry;
  // kVisible: show it; kWithheld: show the placeholder (decision.withholdings); kNotShown is
  // never returned (such entries are left out of the list).
  domain::EntryDecision decision;
  std::string author_name;
  std::vector<ReactionView> reactions;  // oldest first
  std::vector<WithholdingView> withholdings;
  bool professional = false;  // the viewer is a professional (sees everything, may answer)
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

struct NewWithholding {
  std::string member_id;    // withheld from this family member
  std::string ground;       // protects_third_person | serious_harm_to_child | ...
  std::string reason;       // written reason, in words the member can read
  std::string review_date;  // YYYY-MM-DD, after today
};

inline constexpr std::size_t kMaxReactionChars = 5000;

// The day one month after `date` (31 January -> 28 or 29 February): the answer deadline of a
// correction request (LEGAL_FACTS: 1 month).
domain::Date AddOneMonth(const domain::Date& date);

}  // namespace stip::app
