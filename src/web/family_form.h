// The "new family" form without JavaScript: a fixed number of member rows (empty rows are
// skipped), custody as one checkbox per parent-child pair, and the mapping back from the
// app's field paths ("members[1].birth_date") to the form's controls.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/stip.h"

namespace stip::web {

inline constexpr int kMemberRows = 8;

struct MemberRow {
  std::string name;
  std::string role;        // child | parent | carer | other_adult | "" (not chosen)
  std::string birth_date;  // as typed
  std::string bsn;         // issue 10 item 6: a child's BSN, optional (never stored)
  bool Filled() const;     // a name or a birth date: anything else is an untouched row
};

// One parent-or-carer row and one child row of the form, and whether the box was ticked.
struct CustodyChoice {
  int parent_row = 0;
  int child_row = 0;
  bool has_custody = false;
};

struct FamilyForm {
  std::string name;
  std::array<MemberRow, kMemberRows> rows;
  std::string lead_user_id;
  std::string duo_user_id;
  std::vector<CustodyChoice> custody;  // every pair the current rows make
  std::string offered_pairs;           // the pairs the person was shown ("0-2,1-2")
  // Issue 10 item 6: after a match, "open a new file anyway" ticked, and why.
  bool known_seen = false;
  std::string known_reason;
  // Asking to join the matched file instead: the role asked for and the message to its lead.
  std::string ask_role;
  std::string ask_message;

  // The custody checkboxes the person saw are the ones the rows make now. When not, the form
  // is shown again with the right pairs before anything is recorded.
  bool CustodyConfirmed() const;
};

FamilyForm ParseFamilyForm(const std::map<std::string, std::string>& form);
// "0-2,1-2": the parent-child pairs, in order.
std::string PairsKey(const std::vector<CustodyChoice>& custody);
// "14-03-2019", "14/3/2019" and "2019-03-14" become "2019-03-14" (browsers without a date
// picker send what was typed); anything else is returned trimmed, for the app to reject.
std::string NormaliseDate(std::string_view typed);

// The app request and how its lists map back onto the form.
struct FamilyRequest {
  app::NewFamily family;
  std::vector<int> member_rows;      // members[i] came from form row member_rows[i]
  std::vector<int> custody_choices;  // custody[j] came from form.custody[custody_choices[j]]
};
FamilyRequest ToNewFamily(const FamilyForm& form);

// Where an app field error belongs on the form.
struct FieldPlace {
  enum class Slot {
    kName,
    kMembers,
    kMemberName,
    kMemberRole,
    kMemberBirth,
    kMemberBsn,
    kCustody,
    kLead,
    kDuo,
    kKnownReason,
    kOther
  };
  Slot slot = Slot::kOther;
  int row = -1;        // member row for the member slots
  int custody = -1;    // index into FamilyForm::custody for kCustody
  std::string anchor;  // the id of the control, for the error summary link ("" = none)
};
FieldPlace PlaceOf(std::string_view app_field, const FamilyRequest& request,
                   const FamilyForm& form);

// Ids and names of the form controls, shared by the page and its template data.
std::string MemberControlId(int row, std::string_view what);  // "lid-2-naam"
std::string CustodyControlId(const CustodyChoice& choice);    // "gezag-0-2"
std::string CustodyInputName(const CustodyChoice& choice);    // "gezag_0_2"

}  // namespace stip::web
