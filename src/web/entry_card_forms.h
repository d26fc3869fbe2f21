// Internal to src/web: builds the controls of one form on an entry card for the shared form
// partials (_form_textarea, _form_input, _form_select, _form_radios), with the typed value and
// the error of a form that came back.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/entry_card.h"

namespace stip::web {

struct RadioOption {
  std::string value;
  std::string label;
  std::string hint;  // "" for none
};

class FormBuilder {
 public:
  FormBuilder(const CardContext& context, std::string_view form, std::string target,
              std::string action);

  // {"action", "open"}: `open` unfolds the form when it came back with errors.
  Data Base() const;
  Data Textarea(const std::string& name, std::string_view label_key, std::string_view hint_key,
                const std::string& fallback = "", int rows = 4) const;
  Data Input(const std::string& name, std::string_view type, std::string_view label_key,
             std::string_view hint_key) const;
  Data Select(const std::string& name, std::string_view label_key, std::string_view placeholder_key,
              const std::vector<std::pair<std::string, std::string>>& options) const;
  Data Radios(const std::string& name, std::string_view legend_key,
              const std::vector<RadioOption>& options, const std::string& fallback = "") const;
  // One checkbox per option, named "<name>-<value>" and sent as "ja" when ticked (a form field
  // holds one value); `name` is the control the errors go to (_form_checkboxes).
  Data Checkboxes(const std::string& name, std::string_view legend_key, std::string_view hint_key,
                  const std::vector<std::pair<std::string, std::string>>& options,
                  const std::vector<std::string>& checked_by_default = {}) const;

 private:
  std::string Text(std::string_view key) const;
  // What was typed (when this form came back), else `fallback`.
  std::string Value(const std::string& name, const std::string& fallback) const;
  std::string Error(const std::string& name) const;
  Data Control(const std::string& name, std::string label, std::string hint) const;

  const CardContext& context_;
  std::string form_;
  std::string target_;
  std::string action_;
  const CardForm* typed_ = nullptr;
};

}  // namespace stip::web
