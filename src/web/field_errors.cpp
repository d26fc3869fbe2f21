#include "web/field_errors.h"

#include "web/messages.h"

namespace stip::web {
namespace {

bool Has(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// The number after "at most " in the app's message ("at most 120 allowed"), or "".
std::string_view AtMost(std::string_view message) {
  constexpr std::string_view kMarker = "at most ";
  const std::size_t at = message.find(kMarker);
  if (at == std::string_view::npos) return {};
  const std::size_t start = at + kMarker.size();
  std::size_t end = start;
  while (end < message.size() && message[end] >= '0' && message[end] <= '9') ++end;
  return message.substr(start, end - start);
}

std::string_view KeyFor(std::string_view field, std::string_view message) {
  if (field == "members") {
    if (Has(message, "at least one child")) return "fe_members_no_child";
    if (Has(message, "at least one")) return "fe_members_none";
    if (Has(message, "at most")) return "fe_members_too_many";
  }
  if (field.starts_with("custody")) return "fe_custody_pair";
  // Reactions, withholdings and the answers to them (page_entry_actions.cpp).
  if (field == "kind" && Has(message, "understood")) return "fe_reaction_kind";
  if (field == "ground") {
    if (Has(message, "young person")) return "fe_ground_young";
    if (Has(message, "concerns a child")) return "fe_ground_child";
    return "fe_ground";
  }
  if (field == "member_id") return "fe_member_choose";
  if (Has(message, "after today")) return "fe_date_after_today";
  if (Has(message, "running investigation")) return "fe_investigation_limit";
  if (Has(message, "yes or no")) return "fe_choose_yes_no";
  if (field == "kind") return "fe_kind";
  if (message.starts_with("is required")) return "fe_required";
  if (message.starts_with("is too long")) return "fe_too_long";
  if (Has(message, "control character") || Has(message, "UTF-8")) return "fe_bad_character";
  if (Has(message, "real date")) return "fe_date_invalid";
  if (Has(message, "in the future")) return "fe_date_future";
  if (Has(message, "age over")) return "fe_age_over";
  if (Has(message, "a child in a family file is at most")) return "fe_child_too_old";
  if (field.ends_with(".role")) return "fe_role_invalid";
  if (Has(message, "no professional has this id")) return "fe_unknown_person";
  if (field == "lead_user_id") {
    if (Has(message, "local team")) return "fe_lead_local";
    return "fe_lead_missing";
  }
  if (field == "duo_user_id") {
    if (Has(message, "another person")) return "fe_duo_same";
    return "fe_duo_regional";
  }
  return "fe_generic";
}

}  // namespace

std::string LocalizeFieldError(std::string_view locale, std::string_view label,
                               const domain::FieldError& error) {
  const std::string_view key = KeyFor(error.field, error.message);
  return Fill(Text(locale, key), {{"label", label}, {"max", AtMost(error.message)}});
}

}  // namespace stip::web
