// What the use cases read and hand on to the front-ends: a page of a newest-first list, a family
// in someone's caseload, a recorded consent, and what re-folding the projections found.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/time.h"

namespace stip::domain {

// Page through newest-first lists: items with seq < before (0 = from the newest), at most limit.
struct Page {
  std::int64_t before = 0;
  int limit = 50;
};

// A family file in the caseload of one professional.
struct FamilySummary {
  std::string id;
  std::string name;
  std::string my_role;  // the caller's involvement role
  std::string lead_user_id;
  Millis updated_at = 0;
  std::int64_t entry_count = 0;
};

// A young person's consent as recorded (consent.given), with its id for consent.ended.
struct ConsentRecord {
  std::string id;
  std::string family_id;
  Consent consent;
};

// Issue 10: a consent for a network member as recorded, with its history of instants.
struct NetworkConsentRecord {
  std::string family_id;
  NetworkConsent consent;  // consent.ended: an end is on record
  Millis given_at = 0;
  Millis changed_at = 0;  // the last network_consent.changed (given_at when never changed)
  std::optional<Millis> ended_at;
};

// `stip rebuild`: the projections dropped and folded again from the ledger, compared with before.
struct RebuildReport {
  std::int64_t events = 0;
  bool identical = false;          // projections after re-folding equal those before
  std::vector<std::string> diffs;  // table names that differed (empty when identical)
};

// A user with their team and its organisation, as the family page names and shows them.
struct UserWithTeam {
  User user;
  std::optional<Team> team;
  std::optional<Organisation> organisation;
};

// What ReadFamilyFile reads besides the file itself: only professionals see the open correction
// requests and the family's accounts, so a member's page does not read them.
struct FamilyFileParts {
  bool open_corrections = false;
  bool accounts = false;
};

// Everything one page of a family file needs, read from ONE snapshot (issue 9: one read per
// page), so the access decision and the page it guards see the same state.
struct FamilyFile {
  Family family;  // with members, custody and involvements
  std::vector<ConsentRecord> consents;
  std::vector<Entry> entries;             // the page as asked (the caller adds its own probe row)
  std::vector<Withholding> withholdings;  // every withholding of the family
  std::vector<Objection> objections;      // every objection of the family
  std::vector<Reaction> reactions;        // reactions to the page's entries, oldest first
  // The earlier versions of the page's entries (what they correct, and so on) and the entries
  // of the open correction requests.
  std::vector<Entry> related;
  std::vector<Reaction> open_corrections;  // when asked, the earliest deadline first
  std::vector<Account> accounts;           // when asked
  // Every author, decider, answerer and involved professional named on the page; an id that
  // is no user (a family member's account) is simply absent.
  std::vector<UserWithTeam> users;
};

// One change of the household or of who is involved (issue 10), as the family reads it.
struct HouseholdChange {
  std::int64_t seq = 0;  // ledger position
  Millis at = 0;
  std::string actor;    // the user who recorded it
  std::string kind;     // the event type: "member.left", "custody.set", "involvement.ended", ...
  std::string subject;  // the member, or for involvements the user
  std::string other;    // custody: the child; member.added: the role; involvements: the role
  std::string on_date;  // YYYY-MM-DD: left on, corrected birth date, ruling date; or ""
  bool flag = false;    // custody: has custody
  std::string reason;
};

// Issue 10 item 7: the team lead of a team (team.lead_set), set by an administrator.
struct TeamLead {
  std::string team_id;
  std::string user_id;
};

}  // namespace stip::domain
