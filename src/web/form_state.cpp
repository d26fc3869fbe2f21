#include "web/form_state.h"

#include <algorithm>

#include "web/field_errors.h"
#include "web/pages.h"
#include "web/url.h"

namespace stip::web {

std::optional<FeaturePlace> FeaturePlaceOf(const http::Request& req, bool family_route,
                                           std::string_view family_path, std::string_view file_part,
                                           http::Response& refusal) {
  if (family_route) {
    if (!req.principal->IsFamily()) {
      refusal = http::Response::Redirect(std::string(kHomePath));
      return std::nullopt;
    }
    if (req.principal->IsNetwork()) {
      refusal = ErrorPage(req, 404);
      return std::nullopt;
    }
    return FeaturePlace{req.principal->account->family_id, std::string(family_path), true};
  }
  if (req.principal->IsFamily()) {
    refusal = ErrorPage(req, 404);
    return std::nullopt;
  }
  const std::string& id = req.params.at("id");
  return FeaturePlace{id, "/gezinnen/" + UrlEncode(id) + "/" + std::string(file_part), false};
}

FormState FormState::Posted(const http::Request& req, std::string form) {
  FormState s;
  s.form = std::move(form);
  s.values = req.Form();
  s.values.erase("_csrf");
  return s;
}

std::string FormState::Value(std::string_view f, const std::string& name,
                             const std::string& fallback) const {
  if (form != f) return fallback;
  const auto it = values.find(name);
  return it == values.end() ? std::string() : it->second;
}

Data FormState::ErrorOf(const std::string& control) const {
  const auto it = errors.find(control);
  return it == errors.end() ? Data(false) : Data(it->second);
}

void FormState::AddError(const std::string& control, std::string message) {
  if (errors.count(control)) return;
  summary.push_back({message, control});
  errors[control] = std::move(message);
}

Data FormField(const FormState& s, std::string_view form, const std::string& id,
               const std::string& name, std::string_view label, const std::string& fallback,
               int rows, const char* type) {
  Data f;
  f.set("id", id);
  f.set("name", name);
  f.set("label", std::string(label));
  f.set("value", s.Value(form, name, fallback));
  f.set("type", type);
  if (rows) f.set("rows", std::to_string(rows));
  f.set("error", s.ErrorOf(id));
  if (s.errors.count(id)) f.set("describedby", id + "-fout");
  return f;
}

Data FormSelect(const FormState& s, std::string_view form, const std::string& id,
                const std::string& name, std::string_view label, const Options& options,
                const std::string& fallback) {
  Data f = FormField(s, form, id, name, label, fallback);
  const std::string chosen = s.Value(form, name, fallback);
  Data list{Data::type::list};
  for (const auto& [value, text] : options) {
    Data o;
    o.set("value", value);
    o.set("label", text);
    o.set("selected", value == chosen);
    list.push_back(o);
  }
  f.set("options", list);
  return f;
}

Data FormRadios(const FormState& s, std::string_view form, const std::string& id,
                const std::string& name, std::string_view label, const Options& options,
                const std::string& fallback) {
  Data f;
  f.set("id", id);
  f.set("label", std::string(label));
  f.set("error", s.ErrorOf(id));
  if (s.errors.count(id)) f.set("describedby", id + "-fout");
  const std::string chosen = s.Value(form, name, fallback);
  Data list{Data::type::list};
  for (const auto& [value, text] : options) {
    Data o;
    o.set("id", id + "-" + value);
    o.set("name", name);
    o.set("value", value);
    o.set("label", text);
    o.set("checked", value == chosen);
    list.push_back(o);
  }
  f.set("options", list);
  return f;
}

Data FormChecks(const FormState& s, std::string_view form, const std::string& id,
                const std::string& prefix, std::string_view label, const Options& options,
                bool all_checked) {
  std::vector<std::string> checked;
  if (all_checked) {
    for (const auto& o : options) checked.push_back(o.first);
  }
  return FormChecks(s, form, id, prefix, label, options, checked);
}

Data FormChecks(const FormState& s, std::string_view form, const std::string& id,
                const std::string& prefix, std::string_view label, const Options& options,
                const std::vector<std::string>& checked) {
  Data f;
  f.set("id", id);
  f.set("label", std::string(label));
  f.set("error", s.ErrorOf(id));
  if (s.errors.count(id)) f.set("describedby", id + "-fout");
  const bool typed_here = s.form == form;
  Data list{Data::type::list};
  for (const auto& [value, text] : options) {
    Data o;
    o.set("id", id + "-" + value);
    o.set("name", prefix + value);
    o.set("label", text);
    o.set("checked", typed_here
                         ? s.values.count(prefix + value) > 0
                         : std::find(checked.begin(), checked.end(), value) != checked.end());
    list.push_back(o);
  }
  f.set("options", list);
  return f;
}

void AddFieldErrors(FormState& s, std::string_view locale, const domain::Error& error,
                    const std::function<std::optional<FormControl>(const std::string&)>& control_of,
                    std::string_view summary_text) {
  for (const auto& fe : error.fields) {
    const auto c = control_of(fe.field);
    if (!c || s.errors.count(c->id)) continue;
    s.AddError(c->id, LocalizeFieldError(locale, c->label, fe));
  }
  if (s.summary.empty()) s.summary.push_back({std::string(summary_text), ""});
}

std::string FormValue(const std::map<std::string, std::string>& form, std::string_view key) {
  const auto it = form.find(std::string(key));
  return it == form.end() ? std::string() : it->second;
}

}  // namespace stip::web
