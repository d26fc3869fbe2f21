// The controls of the forms on an entry card (templates/_form_*.mustache): each with its label,
// the value as typed, and the error next to it when the form came back with problems.
#include "web/entry_card_forms.h"

#include <algorithm>

#include "web/field_errors.h"
#include "web/messages.h"

namespace stip::web {

std::string FieldId(std::string_view form, std::string_view target, std::string_view field) {
  return std::string(form) + "-" + std::string(target) + "-" + std::string(field);
}

FormBuilder::FormBuilder(const CardContext& context, std::string_view form, std::string target,
                         std::string action)
    : context_(context), form_(form), target_(std::move(target)), action_(std::move(action)) {
  typed_ = context_.typed && context_.typed->Is(form_, target_) ? context_.typed : nullptr;
}

std::string FormBuilder::Text(std::string_view key) const {
  return std::string(web::Text(context_.locale, key));
}

std::string FormBuilder::Value(const std::string& name, const std::string& fallback) const {
  if (!typed_) return fallback;
  const auto it = typed_->values.find(name);
  return it == typed_->values.end() ? std::string() : it->second;
}

std::string FormBuilder::Error(const std::string& name) const {
  if (!typed_) return {};
  const auto it = typed_->errors.find(name);
  return it == typed_->errors.end() ? std::string() : it->second;
}

Data FormBuilder::Base() const {
  Data form;
  form.set("action", action_);
  form.set("open", typed_ != nullptr);  // a form that came back with errors is unfolded
  return form;
}

Data FormBuilder::Control(const std::string& name, std::string label, std::string hint) const {
  const std::string id = FieldId(form_, target_, name);
  const std::string error = Error(name);
  std::string describedby = hint.empty() ? "" : id + "-uitleg";
  if (!error.empty()) describedby += (describedby.empty() ? "" : " ") + id + "-fout";
  Data d;
  d.set("id", id);
  d.set("name", name);
  d.set("label", std::move(label));
  d.set("hint", Opt(hint));
  d.set("error", Opt(error));
  d.set("describedby", Opt(describedby));
  return d;
}

Data FormBuilder::Textarea(const std::string& name, std::string_view label_key,
                           std::string_view hint_key, const std::string& fallback, int rows) const {
  Data d = Control(name, Text(label_key), hint_key.empty() ? "" : Text(hint_key));
  d.set("value", Value(name, fallback));
  d.set("rows", std::to_string(rows));
  return d;
}

Data FormBuilder::Input(const std::string& name, std::string_view type, std::string_view label_key,
                        std::string_view hint_key) const {
  Data d = Control(name, Text(label_key), hint_key.empty() ? "" : Text(hint_key));
  d.set("type", std::string(type));
  d.set("value", Value(name, ""));
  return d;
}

Data FormBuilder::Select(const std::string& name, std::string_view label_key,
                         std::string_view placeholder_key,
                         const std::vector<std::pair<std::string, std::string>>& options) const {
  Data d = Control(name, Text(label_key), "");
  const std::string chosen = Value(name, "");
  Data list{Data::type::list};
  Data none;
  none.set("value", "");
  none.set("label", Text(placeholder_key));
  none.set("selected", chosen.empty());
  list.push_back(none);
  for (const auto& [value, label] : options) {
    Data o;
    o.set("value", value);
    o.set("label", label);
    o.set("selected", value == chosen);
    list.push_back(o);
  }
  d.set("options", list);
  return d;
}

Data FormBuilder::Radios(const std::string& name, std::string_view legend_key,
                         const std::vector<RadioOption>& options,
                         const std::string& fallback) const {
  Data d = Control(name, Text(legend_key), "");
  const std::string chosen = Value(name, fallback);
  Data list{Data::type::list};
  for (const auto& option : options) {
    Data o;
    o.set("id", FieldId(form_, target_, name) + "-" + option.value);
    o.set("name", name);
    o.set("value", option.value);
    o.set("label", option.label);
    o.set("hint", Opt(option.hint));
    o.set("checked", option.value == chosen);
    list.push_back(o);
  }
  d.set("options", list);
  return d;
}

Data FormBuilder::Checkboxes(const std::string& name, std::string_view legend_key,
                             std::string_view hint_key,
                             const std::vector<std::pair<std::string, std::string>>& options,
                             const std::vector<std::string>& checked_by_default) const {
  Data d = Control(name, Text(legend_key), hint_key.empty() ? "" : Text(hint_key));
  Data list{Data::type::list};
  for (const auto& [value, label] : options) {
    const std::string box = name + "-" + value;
    const bool by_default = std::find(checked_by_default.begin(), checked_by_default.end(),
                                      value) != checked_by_default.end();
    Data o;
    o.set("id", FieldId(form_, target_, box));
    o.set("name", box);
    o.set("label", label);
    o.set("checked", Value(box, by_default ? "ja" : "") == "ja");
    list.push_back(o);
  }
  d.set("options", list);
  return d;
}

CardForm CardFormWithErrors(std::string_view locale, std::string_view form, std::string target,
                            std::map<std::string, std::string> values,
                            const std::vector<domain::FieldError>& errors,
                            std::span<const FormField> fields) {
  CardForm out;
  out.form = std::string(form);
  out.target = std::move(target);
  out.values = std::move(values);
  for (const auto& error : errors) {
    const FormField* field = nullptr;
    for (const auto& f : fields) {
      if (f.app_field == error.field) field = &f;
    }
    if (!field) {
      // A problem with no control of its own (e.g. the entry itself): the summary says it.
      out.summary.push_back(
          {LocalizeFieldError(locale, Text(locale, "label_decision"), error), ""});
      continue;
    }
    const std::string control(field->control);
    const std::string message = LocalizeFieldError(locale, Text(locale, field->label_key), error);
    if (!out.errors.emplace(control, message).second) continue;  // one message per control
    std::string anchor = FieldId(form, out.target, control);
    if (!field->first_option.empty()) anchor += "-" + std::string(field->first_option);
    out.summary.push_back({message, anchor});
  }
  if (out.summary.empty()) out.summary.push_back({std::string(Text(locale, "error_400_what")), ""});
  return out;
}

}  // namespace stip::web
