#include "web/render.h"

#include "http/cookies.h"
#include "web/assets.h"
#include "web/embedded.h"
#include "web/messages.h"
#include "web/page_handlers.h"
#include "web/url.h"

namespace stip::web {
namespace {

namespace mustache = kainjow::mustache;

std::optional<std::string_view> TemplateText(std::string_view name) {
  for (const EmbeddedFile& f : EmbeddedTemplates()) {
    if (f.name == name) return f.data;
  }
  return std::nullopt;
}

// Templates whose name starts with "_" are partials, available everywhere as {{> _name}}.
// The underscore keeps partial names apart from page data keys such as "families".
void AddPartials(Data& data) {
  constexpr std::string_view kSuffix = ".mustache";
  for (const EmbeddedFile& f : EmbeddedTemplates()) {
    std::string_view name = f.name;
    if (!name.starts_with('_') || !name.ends_with(kSuffix)) continue;
    name.remove_suffix(kSuffix.size());
    const std::string_view text = f.data;
    data.set(std::string(name), mustache::partial([text] { return std::string(text); }));
  }
}

Data AssetUrls() {
  Data asset;
  asset.set("components", AssetUrl("utrecht-components.css"));
  asset.set("theme", AssetUrl("stip-theme.css"));
  asset.set("stip", AssetUrl("stip.css"));
  asset.set("icon", AssetUrl("stip.svg"));
  asset.set("licence", AssetUrl("utrecht-components-LICENSE.txt"));
  return asset;
}

}  // namespace

Data Opt(const std::string& value) { return value.empty() ? Data(false) : Data(value); }

Data MessagesFor(std::string_view locale) {
  const std::string_view lang = NormalLocale(locale);
  Data t;
  for (const Message& m : Catalogue()) {
    t.set(std::string(m.key), std::string(lang == "en" ? m.en : m.nl));
  }
  return t;
}

std::optional<std::string> RenderTemplate(std::string_view name, Data data, std::string* error) {
  const auto text = TemplateText(std::string(name) + ".mustache");
  if (!text) {
    if (error) *error = "no template " + std::string(name);
    return std::nullopt;
  }
  mustache::mustache tmpl{std::string(*text)};
  if (!tmpl.is_valid()) {
    if (error) *error = std::string(name) + ": " + tmpl.error_message();
    return std::nullopt;
  }
  AddPartials(data);
  std::string html = tmpl.render(data);
  if (!tmpl.is_valid()) {
    if (error) *error = std::string(name) + ": " + tmpl.error_message();
    return std::nullopt;
  }
  return html;
}

void AddHtmlHeaders(http::Response& response) {
  response.headers.emplace_back("Cache-Control", "no-store");
  response.headers.emplace_back(
      "Content-Security-Policy",
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
      "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "same-origin");
}

http::Response RenderPage(const http::Request& req, unsigned status, std::string_view page_template,
                          const PageMeta& meta, Data page) {
  const std::string_view lang = NormalLocale(req.locale);
  page.set("lang", std::string(lang));
  // What people write (entries, reactions) is Dutch: on a page in another language it is marked
  // as such (WCAG 3.1.2), so a screen reader reads it with Dutch pronunciation.
  page.set("content_lang", lang == "nl" ? Data(false) : Data("nl"));
  page.set("t", MessagesFor(lang));
  page.set("title", meta.title);
  page.set("has_errors", meta.has_errors);
  page.set("asset", AssetUrls());
  Data nav;
  if (!meta.nav.empty()) nav.set(meta.nav, true);
  page.set("nav", nav);
  Data lang_switch;
  const std::string other(Text(lang, "lang_other_code"));
  lang_switch.set("lang", other);
  lang_switch.set("label", std::string(Text(lang, "lang_other_label")));
  lang_switch.set("href", (meta.self_path.empty() ? std::string("/") : meta.self_path) +
                              (meta.self_path.find('?') == std::string::npos ? "?" : "&") +
                              "lang=" + other);
  page.set("lang_switch", lang_switch);
  if (req.principal) {
    Data user;
    user.set("name", req.principal->user.display_name);
    user.set("csrf", req.principal->csrf);
    // A family member gets the family's own menu, never the professionals' one.
    const bool family = req.principal->IsFamily();
    // Issue 10: a network member gets only their own page, never the family's menu.
    const bool network = req.principal->IsNetwork();
    user.set("family", family && !network);
    user.set("network", network);
    user.set("may_view_log", family && req.principal->may_view_access_log);
    // Issue 14: an administrator gets the administration menu instead of the families.
    const bool admin = !family && req.principal->user.admin;
    user.set("admin", admin);
    page.set("user", user);
    page.set("csrf", req.principal->csrf);
    // Issue 10 item 9: every form on a page read with a purpose carries it ("_doel").
    const auto purpose = CarriedPurpose(req);
    page.set("carried_purpose", purpose ? Data(*purpose) : Data(false));
    page.set("home_href",
             network ? std::string("/gedeeld")
                     : std::string(family ? kFamilyHomePath : (admin ? kAdminPath : kHomePath)));
    page.set("footer_help", std::string(Text(lang, network  ? "footer_help_network"
                                                   : family ? "footer_help_family"
                                                            : "footer_help")));
  } else {
    page.set("user", false);
    page.set("home_href", "/");
    page.set("footer_help", std::string(Text(lang, "footer_help_public")));
  }
  const auto content = TemplateText(std::string(page_template) + ".mustache");
  if (content) {
    const std::string_view text = *content;
    page.set("content", kainjow::mustache::partial([text] { return std::string(text); }));
  }

  std::string error;
  auto html = content ? RenderTemplate("layout", std::move(page), &error) : std::nullopt;
  http::Response response;
  if (!html) {
    // A template bug: say so plainly rather than serve half a page.
    response = http::Response::Text(500, "Stip: interne fout in een paginasjabloon.\n",
                                    "text/plain; charset=utf-8");
  } else {
    response = http::Response::Html(status, std::move(*html));
  }
  AddHtmlHeaders(response);
  // Remember an explicit language choice, so that the next page keeps it.
  const auto lang_param = req.query.find("lang");
  if (lang_param != req.query.end() && (lang_param->second == "nl" || lang_param->second == "en")) {
    response.headers.emplace_back("Set-Cookie", std::string(http::kLangCookie) + "=" +
                                                    lang_param->second +
                                                    "; Path=/; Max-Age=31536000; SameSite=Lax" +
                                                    (req.secure_cookies ? "; Secure" : ""));
  }
  return response;
}

}  // namespace stip::web
