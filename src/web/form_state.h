// What a feature page (safety map, plan, meetings, decisions, ...) needs to show its forms
// again after a refused post: where the page is, what was typed in which form, which control
// each problem belongs to, and the builders for the controls the templates render
// (templates/_field.mustache and friends: id, name, label, value, error, describedby).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/error.h"
#include "http/message.h"
#include "web/page_handlers.h"
#include "web/render.h"

namespace stip::web {

// Where a feature page is: the family's own (/ons-gezin/...) or a professional's view of a
// file (/gezinnen/{id}/...). Forms post below `base`.
struct FeaturePlace {
  std::string family_id;
  std::string base;
  bool family = false;
};

// The place of a request to a feature page whose family route is `family_path` and whose
// professional route is /gezinnen/{id}/`file_part`; nullopt when the caller does not belong
// there, with the answer in `refusal`: a professional on a family route goes home, a network
// member gets 404 (they see only what is shared with them), a family member on a professional
// route gets 404.
std::optional<FeaturePlace> FeaturePlaceOf(const http::Request& req, bool family_route,
                                           std::string_view family_path, std::string_view file_part,
                                           http::Response& refusal);

using Options = std::vector<std::pair<std::string, std::string>>;  // value, label

// What came back from a form: which form on the page ("" before any post; a form of one item
// names it, e.g. "versie:<id>"), what was typed by field name, and the problems by control id.
struct FormState {
  std::string form;
  std::map<std::string, std::string> values;
  std::map<std::string, std::string> errors;  // control id -> message
  std::vector<SummaryLine> summary;

  // The state of a post: its form values without the CSRF token.
  static FormState Posted(const http::Request& req, std::string form);

  // What was typed in `name`, when `f` is the form that came back; otherwise `fallback`.
  std::string Value(std::string_view f, const std::string& name,
                    const std::string& fallback = {}) const;
  // The message beside a control, or false.
  Data ErrorOf(const std::string& control) const;
  // Puts a problem beside its control and in the summary; a control keeps its first problem.
  void AddError(const std::string& control, std::string message);
};

// A text field (or a text area when rows > 0) of form `form`.
Data FormField(const FormState& s, std::string_view form, const std::string& id,
               const std::string& name, std::string_view label, const std::string& fallback = {},
               int rows = 0, const char* type = "text");
// A select, its option chosen as typed or `fallback`.
Data FormSelect(const FormState& s, std::string_view form, const std::string& id,
                const std::string& name, std::string_view label, const Options& options,
                const std::string& fallback = {});
// Radio buttons, one per option ("<id>-<value>").
Data FormRadios(const FormState& s, std::string_view form, const std::string& id,
                const std::string& name, std::string_view label, const Options& options,
                const std::string& fallback = {});
// Checkboxes, one per option, named "<prefix><value>": checked as typed, or `all_checked`
// before anything was typed in this form.
Data FormChecks(const FormState& s, std::string_view form, const std::string& id,
                const std::string& prefix, std::string_view label, const Options& options,
                bool all_checked);
// The same, with the options in `checked` checked until the form was posted.
Data FormChecks(const FormState& s, std::string_view form, const std::string& id,
                const std::string& prefix, std::string_view label, const Options& options,
                const std::vector<std::string>& checked);

// A control for an app field's problem: its id and the label the message names.
struct FormControl {
  std::string id;
  std::string label;
};
// Puts each field error of an invalid-input error beside its control (`control_of` maps the
// app's field path, e.g. "actions[1].due_on", to a control, or nullopt to leave it to the
// summary line); when none could be placed, `summary_text` says that something is wrong.
void AddFieldErrors(FormState& s, std::string_view locale, const domain::Error& error,
                    const std::function<std::optional<FormControl>(const std::string&)>& control_of,
                    std::string_view summary_text);

// The value of `key` in a posted form, "" when absent.
std::string FormValue(const std::map<std::string, std::string>& form, std::string_view key);

}  // namespace stip::web
