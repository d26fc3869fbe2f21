#include "web/views.h"

#include "web/local_time.h"
#include "web/messages.h"

namespace stip::web {
namespace {

std::string T(std::string_view locale, std::string_view key) {
  return std::string(Text(locale, key));
}

}  // namespace

std::string InvolvementRoleText(std::string_view locale, std::string_view role) {
  if (role == "lead") return T(locale, "role_lead");
  if (role == "duo") return T(locale, "role_duo");
  if (role == "admin") return T(locale, "role_admin");
  if (role == "emergency") return T(locale, "role_emergency");
  if (role == "second_opinion") return T(locale, "role_second_opinion");  // issue 10
  if (role == "previous_lead") return T(locale, "role_previous_lead");    // issue 10: handover
  if (role == "proposed_lead") return T(locale, "role_proposed_lead");
  if (role == "team_lead") return T(locale, "role_team_lead");              // issue 10 item 4
  if (role == "known_elsewhere") return T(locale, "role_known_elsewhere");  // issue 10 item 6
  if (role == "operator") return T(locale, "role_operator");                // issue 14 item 4
  return T(locale, "role_other");
}

std::string ReaderRoleText(std::string_view locale, std::string_view role) {
  if (domain::ParseMemberRole(role)) return MemberRoleText(locale, role);
  return InvolvementRoleText(locale, role);
}

std::string MemberRoleText(std::string_view locale, std::string_view role) {
  if (role == "child") return T(locale, "member_child");
  if (role == "parent") return T(locale, "member_parent");
  if (role == "carer") return T(locale, "member_carer");
  return T(locale, "member_other_adult");
}

std::string MemberRoleText(std::string_view locale, domain::MemberRole role) {
  return MemberRoleText(locale, domain::ToString(role));
}

std::string EntryKindText(std::string_view locale, domain::EntryKind kind) {
  return T(locale, "kind_" + std::string(domain::ToString(kind)));
}

std::string EntryKindHint(std::string_view locale, domain::EntryKind kind) {
  return T(locale, "kind_" + std::string(domain::ToString(kind)) + "_hint");
}

std::string AgeText(std::string_view locale, int years) {
  if (years == 1) return T(locale, "family_age_one");
  return Fill(Text(locale, "family_age"), {{"n", std::to_string(years)}});
}

std::string PhoneHref(std::string_view phone) {
  // "+31 (0)30 ..." is written for people; the (0) must not be dialled after a country code.
  std::string written(phone);
  for (std::size_t at; (at = written.find("(0)")) != std::string::npos;) written.erase(at, 3);
  std::string digits;
  for (const char c : written) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '+' && digits.empty()) {
      digits += c;
    }
  }
  if (digits.empty() || digits == "+") return {};
  return "tel:" + digits;
}

AccessSentence DescribeAccess(std::string_view locale, const app::AccessLogLine& line) {
  const domain::AccessRecord& r = line.record;
  const LocalTime local = ToAmsterdam(r.time);
  AccessSentence s;
  s.when = Fill(Text(locale, "access_when"),
                {{"date", FormatLongDate(local.date, locale)}, {"time", FormatClock(local)}});
  s.iso = IsoLocal(r.time);

  std::string what_key = "access_what_" + r.what;
  if (Text(locale, what_key) == kMissingMessage) what_key = "access_what_other";
  // Issue 14 item 4: a line written by an operator command (stip verify --family, stip retention
  // destroy) names Stip's administration, not the server account.
  const std::string name = r.role == "operator" ? std::string(Text(locale, "access_operator_name"))
                           : line.user_name.empty() ? r.user_id
                                                    : line.user_name;
  // Family members read their own file too: their lines name their role in the family.
  const std::string role = ReaderRoleText(locale, r.role);
  const std::string what = T(locale, what_key);
  // Split the pattern at {when} first, so that no value can move the split.
  // A read with its own wording (a family seen in a work list is not a file read) has its own
  // pattern, "access_line_<what>".
  std::string pattern_key = line.team_name.empty() ? "access_line_no_team" : "access_line";
  if (Text(locale, pattern_key + "_" + r.what) != kMissingMessage) {
    pattern_key += "_" + r.what;
  } else if (r.role == "operator") {
    pattern_key = "access_line_operator";  // issue 14 item 4: a later operator command
  }
  const std::string_view pattern = Text(locale, pattern_key);
  constexpr std::string_view kWhen = "{when}";
  const std::size_t at = pattern.find(kWhen);
  const std::string_view head = pattern.substr(0, at);
  const std::string_view tail =
      at == std::string_view::npos ? std::string_view() : pattern.substr(at + kWhen.size());
  const auto fill = [&](std::string_view part) {
    return Fill(part, {{"name", name},
                       {"team", line.team_name},
                       {"role", role},
                       {"what", what},
                       {"purpose", PurposeText(locale, r.purpose)}});
  };
  s.before = fill(head);
  s.after = fill(tail);
  return s;
}

std::string PurposeText(std::string_view locale, std::string_view purpose) {
  std::string key = "purpose_" + std::string(purpose);
  for (char& c : key) {
    if (c == ' ') c = '_';
  }
  const std::string_view text = Text(locale, key);
  return text == kMissingMessage ? std::string(purpose) : std::string(text);
}

}  // namespace stip::web
