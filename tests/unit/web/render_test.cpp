// Templates escape whatever people type, and every page has the landmarks and language set.
#include "web/render.h"

#include <gtest/gtest.h>

#include "web/embedded.h"
#include "web/pages.h"

namespace stip::web {
namespace {

http::Request Req(const std::string& locale = "nl") {
  http::Request req;
  req.locale = locale;
  req.target = "/gezinnen";
  req.path = "/gezinnen";
  return req;
}

PageMeta Meta(const std::string& title, const std::string& self_path, bool has_errors = false) {
  PageMeta meta;
  meta.title = title;
  meta.self_path = self_path;
  meta.has_errors = has_errors;
  return meta;
}

Data FamiliesWith(const std::string& name) {
  Data family;
  family.set("href", "/gezinnen/fam_1");
  family.set("name", name);
  family.set("role", "vast gezicht");
  family.set("updated", "3 maart 2026, 14:05");
  family.set("updated_iso", "2026-03-03T14:05+01:00");
  family.set("entry_count", "2");
  Data list{Data::type::list};
  list.push_back(family);
  Data page;
  page.set("families", list);
  page.set("has_families", true);
  return page;
}

TEST(RenderTest, ScriptInAFamilyNameIsEscaped) {
  const http::Response r = RenderPage(Req(), 200, "families", Meta("Mijn gezinnen", "/gezinnen"),
                                      FamiliesWith("<script>alert('x')</script> & \"Zn\""));
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.body.find("<script"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;Zn&quot;"),
            std::string::npos);
}

TEST(RenderTest, QuotesCannotBreakOutOfAttributes) {
  Data page;
  page.set("username", std::string("\" autofocus onfocus=\"alert(1)"));
  page.set("next", std::string("/x\"><img src=x onerror=alert(1)>"));
  const http::Response r = RenderPage(Req(), 200, "login", Meta("Inloggen", "/login"), page);
  EXPECT_EQ(r.body.find("onfocus=\"alert"), std::string::npos);
  EXPECT_EQ(r.body.find("<img src=x"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"&quot; autofocus onfocus=&quot;alert(1)\""), std::string::npos);
}

TEST(RenderTest, NoTemplateUsesUnescapedOutput) {
  for (const EmbeddedFile& f : EmbeddedTemplates()) {
    EXPECT_EQ(f.data.find("{{{"), std::string_view::npos) << f.name;
    EXPECT_EQ(f.data.find("{{&"), std::string_view::npos) << f.name;
    EXPECT_EQ(f.data.find("{{="), std::string_view::npos) << f.name << " changes delimiters";
  }
}

TEST(RenderTest, EveryTemplateRendersWithoutData) {
  int count = 0;
  for (const EmbeddedFile& f : EmbeddedTemplates()) {
    std::string name(f.name);
    name.resize(name.size() - std::string_view(".mustache").size());
    std::string error;
    EXPECT_TRUE(RenderTemplate(name, Data{}, &error)) << error;
    ++count;
  }
  EXPECT_GE(count, 8);
  EXPECT_FALSE(RenderTemplate("no_such_page", Data{}));
}

TEST(RenderTest, LayoutHasLanguageLandmarksAndSkipLink) {
  const http::Response r = RenderPage(Req(), 200, "families", Meta("Mijn gezinnen", "/gezinnen"),
                                      FamiliesWith("Gezin Jansen"));
  const std::string& html = r.body;
  EXPECT_EQ(r.content_type.substr(0, 9), "text/html");
  for (const char* part :
       {"<html lang=\"nl\">", "<header", "<main id=\"inhoud\"", "<footer",
        "href=\"#inhoud\">Ga direct naar de inhoud</a>", "<title>Mijn gezinnen – Stip</title>",
        "<caption", "scope=\"col\"", "<time datetime=\"2026-03-03T14:05+01:00\">",
        "class=\"utrecht-body stip-theme\"",
        "href=\"/gezinnen?lang=en\" hreflang=\"en\" lang=\"en\"",
        "/assets/utrecht-components.css?v=", "/assets/stip-theme.css?v="}) {
    EXPECT_NE(html.find(part), std::string::npos) << part;
  }
}

TEST(RenderTest, EnglishPagesSayEnglishThings) {
  const http::Response r = RenderPage(Req("en"), 200, "families", Meta("My families", "/gezinnen"),
                                      FamiliesWith("Gezin Jansen"));
  EXPECT_NE(r.body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(r.body.find("Skip to main content"), std::string::npos);
  EXPECT_NE(r.body.find(">Nederlands</a>"), std::string::npos);
}

TEST(RenderTest, ErrorsPrefixTheTitle) {
  const http::Response r =
      RenderPage(Req(), 400, "login", Meta("Inloggen", "/login", true), Data{});
  EXPECT_EQ(r.status, 400u);
  EXPECT_NE(r.body.find("<title>Fout: Inloggen – Stip</title>"), std::string::npos);
}

TEST(RenderTest, PagesAreNeverCachedAndAllowOnlyStipsOwnScripts) {
  const http::Response r = RenderPage(Req(), 200, "families", Meta("x", "/"), FamiliesWith("x"));
  bool no_store = false;
  std::string csp;
  for (const auto& [name, value] : r.headers) {
    no_store |= name == "Cache-Control" && value == "no-store";
    if (name == "Content-Security-Policy") csp = value;
  }
  EXPECT_TRUE(no_store);
  // Scripts and their API calls from Stip itself only (no inline script); the rest stays shut.
  EXPECT_EQ(csp,
            "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
            "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
}

// A logged-in caller: a professional, or a family member (who has an account).
http::Request LoggedIn(bool family) {
  http::Request req = Req();
  domain::User user;
  user.display_name = family ? "Marloes Veldhoven" : "Sanne de Wit";
  req.principal =
      app::Principal{user, app::Principal::Via::kSession, "csrf-token",
                     family ? std::optional<domain::Account>(domain::Account{}) : std::nullopt};
  return req;
}

TEST(RenderTest, FamilyMembersGetTheirOwnMenuNotTheProfessionals) {
  const http::Response family =
      RenderPage(LoggedIn(true), 200, "families", Meta("x", "/"), FamiliesWith("x"));
  EXPECT_NE(family.body.find("href=\"/ons-gezin\">Ons gezin</a>"), std::string::npos)
      << family.body;
  EXPECT_EQ(family.body.find(">Nieuw gezin</a>"), std::string::npos) << family.body;
  EXPECT_EQ(family.body.find(">Mijn gezinnen</a>"), std::string::npos) << family.body;

  const http::Response lead =
      RenderPage(LoggedIn(false), 200, "families", Meta("x", "/"), FamiliesWith("x"));
  EXPECT_NE(lead.body.find(">Mijn gezinnen</a>"), std::string::npos) << lead.body;
  EXPECT_NE(lead.body.find(">Nieuw gezin</a>"), std::string::npos) << lead.body;
  EXPECT_EQ(lead.body.find(">Ons gezin</a>"), std::string::npos) << lead.body;
}

// Issue 13 item 4: a family member is never sent to "the administrator of your organisation"
// (whom they do not know) or to the professionals' "My families"; the fixed face is whom to ask.
TEST(RenderTest, AFamilyMemberIsToldToAskTheFixedFaceNotAnAdministrator) {
  for (const unsigned status : {403u, 404u, 500u}) {
    const http::Response family = ErrorPage(LoggedIn(true), status);
    EXPECT_EQ(family.body.find("beheerder"), std::string::npos) << status << family.body;
    EXPECT_EQ(family.body.find("Mijn gezinnen"), std::string::npos) << status << family.body;
    EXPECT_NE(family.body.find("href=\"/ons-gezin\">Naar Ons gezin</a>"), std::string::npos)
        << status;
    EXPECT_NE(family.body.find("vaste gezicht van het gezin"), std::string::npos) << status;
  }
  const http::Response lead = ErrorPage(LoggedIn(false), 403);
  EXPECT_NE(lead.body.find("beheerder van uw organisatie"), std::string::npos) << lead.body;
  EXPECT_NE(lead.body.find("href=\"/gezinnen\">Naar Mijn gezinnen</a>"), std::string::npos);
  const http::Response page =
      RenderPage(LoggedIn(true), 200, "families", Meta("x", "/"), FamiliesWith("x"));
  EXPECT_EQ(page.body.find("beheerder"), std::string::npos) << page.body;
}

TEST(RenderTest, ExplicitLanguageChoiceIsRemembered) {
  http::Request req = Req("en");
  req.query["lang"] = "en";
  const http::Response r = RenderPage(req, 200, "families", Meta("x", "/"), FamiliesWith("x"));
  bool cookie = false;
  for (const auto& [name, value] : r.headers) {
    cookie |= name == "Set-Cookie" && value.starts_with("stip_lang=en;");
  }
  EXPECT_TRUE(cookie);
}

}  // namespace
}  // namespace stip::web
