// The one entry card (templates/_entry.mustache) that the professional's family file, "Ons
// gezin" and its printable copy all show: the entry, its corrections and reactions, a withheld
// placeholder or the withholdings, and the forms that act on it (page_entry_actions.cpp).
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/entry_views.h"
#include "domain/error.h"
#include "domain/model.h"
#include "web/page_handlers.h"
#include "web/render.h"

namespace stip::web {

// The forms on a card. Their names are the prefixes of the ids of their controls.
namespace card_form {
inline constexpr std::string_view kReaction = "reactie";
inline constexpr std::string_view kObjection = "bezwaar";
inline constexpr std::string_view kWithhold = "achterhouden";
inline constexpr std::string_view kRenew = "verlengen";
inline constexpr std::string_view kLift = "opheffen";
inline constexpr std::string_view kObjectionAnswer = "bezwaarantwoord";
inline constexpr std::string_view kCorrectionAnswer = "correctie";
}  // namespace card_form

// What was typed into one form of the page and what was wrong with it, to show it again.
struct CardForm {
  std::string form;    // one of card_form::k...
  std::string target;  // the entry, withholding, objection or reaction the form is about
  std::map<std::string, std::string> values;  // by control name ("soort", "tekst", ...)
  std::map<std::string, std::string> errors;  // control name -> message
  std::vector<SummaryLine> summary;
  bool Is(std::string_view f, std::string_view t) const { return form == f && target == t; }
};

// Who looks at the cards, and where.
struct CardContext {
  std::string_view locale = "nl";
  std::string page_path;                   // "/ons-gezin" or "/gezinnen/{id}": links between cards
  std::string action_base;                 // the same path: forms post below it
  bool forms = true;                       // false on the printable page
  bool may_withhold = false;               // a professional who may withhold and answer
  const domain::Family* family = nullptr;  // member names (reactions, objections, the form)
  const CardForm* typed = nullptr;         // a form to show again with its errors
};

// The id of a card form's control, unique on the page: "reactie-ent_1-tekst".
std::string FieldId(std::string_view form, std::string_view target, std::string_view field);

// The template data of one card (`is_new`: added since the reader's previous visit).
Data EntryCard(const app::EntryView& view, const CardContext& context, bool is_new = false);

// Issue 13: "who can read this" for professionals: one line per family member, on the card and
// in the add-entry form's preview.
Data ReadersData(std::string_view locale, const std::vector<app::ReaderView>& readers);

// The open correction requests of the family file page, each with its answer form.
Data OpenCorrectionsData(const std::vector<app::OpenCorrection>& open, const CardContext& context);

// How an app field of a use case maps to a form control, for the errors next to it.
struct FormField {
  std::string_view app_field;     // "text"
  std::string_view control;       // "tekst"
  std::string_view label_key;     // catalogue key of the control's name
  std::string_view first_option;  // radios: the first value (the summary links to it)
};

// The form as typed with the app's field errors next to its controls and in the summary.
CardForm CardFormWithErrors(std::string_view locale, std::string_view form, std::string target,
                            std::map<std::string, std::string> values,
                            const std::vector<domain::FieldError>& errors,
                            std::span<const FormField> fields);

}  // namespace stip::web
