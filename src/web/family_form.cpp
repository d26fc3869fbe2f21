#include "web/family_form.h"

#include <charconv>
#include <cstdio>

#include "domain/text.h"
#include "domain/time.h"

namespace stip::web {
namespace {

std::string Get(const std::map<std::string, std::string>& form, const std::string& key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

bool IsParentRole(std::string_view role) { return role == "parent" || role == "carer"; }

bool ParseNumber(std::string_view s, int& out) {
  if (s.empty() || s.size() > 4) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

std::string RowPrefix(int row) { return "lid" + std::to_string(row) + "_"; }

// "members[3].name" -> index 3 and rest ".name"; false when the path has another shape.
bool SplitIndexed(std::string_view path, std::string_view list, int& index,
                  std::string_view& rest) {
  if (!path.starts_with(list) || path.size() <= list.size() || path[list.size()] != '[') {
    return false;
  }
  const std::size_t close = path.find(']', list.size());
  if (close == std::string_view::npos) return false;
  if (!ParseNumber(path.substr(list.size() + 1, close - list.size() - 1), index)) return false;
  rest = path.substr(close + 1);
  return true;
}

}  // namespace

bool MemberRow::Filled() const {
  return !domain::Trim(name).empty() || !domain::Trim(birth_date).empty();
}

bool FamilyForm::CustodyConfirmed() const { return PairsKey(custody) == offered_pairs; }

std::string PairsKey(const std::vector<CustodyChoice>& custody) {
  std::string key;
  for (const auto& c : custody) {
    if (!key.empty()) key += ',';
    key += std::to_string(c.parent_row) + "-" + std::to_string(c.child_row);
  }
  return key;
}

std::string NormaliseDate(std::string_view typed) {
  const std::string trimmed = domain::Trim(typed);
  if (domain::ParseDate(trimmed)) return trimmed;
  // Day, month, year with "-", "/" or "." between them: the Dutch way of writing a date.
  std::string_view rest = trimmed;
  int parts[3];
  for (int i = 0; i < 3; ++i) {
    const std::size_t end = i < 2 ? rest.find_first_of("-/.") : rest.size();
    if (end == std::string_view::npos || !ParseNumber(rest.substr(0, end), parts[i])) {
      return trimmed;
    }
    rest = i < 2 ? rest.substr(end + 1) : std::string_view();
  }
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", parts[2] % 10000, parts[1] % 100,
                parts[0] % 100);
  return domain::ParseDate(iso) ? std::string(iso) : trimmed;
}

FamilyForm ParseFamilyForm(const std::map<std::string, std::string>& form) {
  FamilyForm f;
  f.name = Get(form, "naam");
  for (int row = 0; row < kMemberRows; ++row) {
    const std::string prefix = RowPrefix(row);
    f.rows[row].name = Get(form, prefix + "naam");
    f.rows[row].role = Get(form, prefix + "rol");
    f.rows[row].birth_date = Get(form, prefix + "geboortedatum");
    f.rows[row].bsn = Get(form, prefix + "bsn");
  }
  f.lead_user_id = Get(form, "vast_gezicht");
  f.duo_user_id = Get(form, "duo");
  f.offered_pairs = Get(form, "gezag_paren");
  f.known_seen = Get(form, "toch_nieuw") == "ja";
  f.known_reason = Get(form, "reden_nieuw");
  f.ask_role = Get(form, "rol");
  f.ask_message = Get(form, "bericht");
  for (int p = 0; p < kMemberRows; ++p) {
    if (!f.rows[p].Filled() || !IsParentRole(f.rows[p].role)) continue;
    for (int c = 0; c < kMemberRows; ++c) {
      if (!f.rows[c].Filled() || f.rows[c].role != "child") continue;
      CustodyChoice choice{p, c, false};
      choice.has_custody = !Get(form, CustodyInputName(choice)).empty();
      f.custody.push_back(choice);
    }
  }
  return f;
}

FamilyRequest ToNewFamily(const FamilyForm& form) {
  FamilyRequest request;
  request.family.name = form.name;
  request.family.lead_user_id = form.lead_user_id;
  request.family.duo_user_id = form.duo_user_id;
  request.family.known_elsewhere_seen = form.known_seen;
  request.family.known_elsewhere_reason = form.known_reason;
  for (int row = 0; row < kMemberRows; ++row) {
    const MemberRow& r = form.rows[row];
    if (!r.Filled()) continue;
    request.family.members.push_back(
        {"r" + std::to_string(row), r.name, r.role, NormaliseDate(r.birth_date), r.bsn});
    request.member_rows.push_back(row);
  }
  // Only ticked boxes are recorded: an empty box means "not known", never "no custody".
  for (std::size_t i = 0; i < form.custody.size(); ++i) {
    const CustodyChoice& c = form.custody[i];
    if (!c.has_custody) continue;
    request.family.custody.push_back(
        {"r" + std::to_string(c.parent_row), "r" + std::to_string(c.child_row), true});
    request.custody_choices.push_back(static_cast<int>(i));
  }
  return request;
}

FieldPlace PlaceOf(std::string_view app_field, const FamilyRequest& request,
                   const FamilyForm& form) {
  using Slot = FieldPlace::Slot;
  FieldPlace place;
  int index = 0;
  std::string_view rest;
  if (app_field == "name") {
    place.slot = Slot::kName;
    place.anchor = "naam";
  } else if (app_field == "members") {
    place.slot = Slot::kMembers;
    place.anchor = MemberControlId(0, "naam");
  } else if (app_field == "lead_user_id") {
    place.slot = Slot::kLead;
    place.anchor = "vast-gezicht";
  } else if (app_field == "duo_user_id") {
    place.slot = Slot::kDuo;
    place.anchor = "duo";
  } else if (app_field == "known_elsewhere_reason") {
    place.slot = Slot::kKnownReason;
    place.anchor = "reden-nieuw";
  } else if (SplitIndexed(app_field, "members", index, rest)) {
    if (index < 0 || index >= static_cast<int>(request.member_rows.size())) {
      place.slot = Slot::kMembers;
      place.anchor = MemberControlId(0, "naam");
      return place;
    }
    place.row = request.member_rows[index];
    if (rest == ".role") {
      place.slot = Slot::kMemberRole;
      place.anchor = MemberControlId(place.row, "rol");
    } else if (rest == ".birth_date") {
      place.slot = Slot::kMemberBirth;
      place.anchor = MemberControlId(place.row, "geboortedatum");
    } else if (rest == ".bsn") {
      place.slot = Slot::kMemberBsn;
      place.anchor = MemberControlId(place.row, "bsn");
    } else {
      place.slot = Slot::kMemberName;  // .name, and .ref which the form makes itself
      place.anchor = MemberControlId(place.row, "naam");
    }
  } else if (SplitIndexed(app_field, "custody", index, rest)) {
    place.slot = Slot::kCustody;
    place.anchor = "gezag";
    if (index >= 0 && index < static_cast<int>(request.custody_choices.size())) {
      place.custody = request.custody_choices[index];
      place.anchor = CustodyControlId(form.custody[place.custody]);
    }
  }
  return place;
}

std::string MemberControlId(int row, std::string_view what) {
  return "lid-" + std::to_string(row) + "-" + std::string(what);
}

std::string CustodyControlId(const CustodyChoice& choice) {
  return "gezag-" + std::to_string(choice.parent_row) + "-" + std::to_string(choice.child_row);
}

std::string CustodyInputName(const CustodyChoice& choice) {
  return "gezag_" + std::to_string(choice.parent_row) + "_" + std::to_string(choice.child_row);
}

}  // namespace stip::web
