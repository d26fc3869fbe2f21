// The page handlers against the real application core on a temporary SQLite database: what a
// professional sees and can do in the browser, without JavaScript.
#include "web/pages.h"

#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "domain/plain_language.h"
#include "store/open.h"
#include "support/fakes.h"
#include "web/url.h"

namespace stip::web {
namespace {

using boost::beast::http::verb;

// One database for the whole suite: password hashing (argon2id) makes each account cost a
// noticeable fraction of a second. Tests use their own family names and, where they change
// account state (failed logins), their own account.
class PagesTest : public ::testing::Test {
 protected:
  struct World {
    std::filesystem::path dir;
    testing::FakeClock clock;
    testing::SequentialIds ids;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<app::Stip> stip;
    http::Router router;
    std::string lead_id;
    std::string duo_id;
    std::map<std::string, app::Principal> sessions;
  };

  static void SetUpTestSuite() {
    world_ = new World();
    World& w = *world_;
    w.dir =
        std::filesystem::temp_directory_path() / ("stip-web-pages-" + std::to_string(::getpid()));
    std::filesystem::remove_all(w.dir);
    auto opened = store::Open("sqlite:" + (w.dir / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    w.store = std::move(*opened);
    w.clock.Set(*domain::ParseTimestamp("2026-03-03T13:05:00.000Z"));
    w.stip = std::make_unique<app::Stip>(*w.store, w.clock, w.ids);
    app::Stip& stip = *w.stip;
    const app::Principal admin = stip.CliPrincipal();
    const auto org = stip.CreateOrganisation(admin, "Gemeente Testdorp");
    ASSERT_TRUE(org);
    const auto local = stip.CreateTeam(
        admin, {"", *org, "Wijkteam Noord", domain::TeamKind::kLocal, "030 123 45 67", ""});
    const auto safety = stip.CreateTeam(
        admin, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    ASSERT_TRUE(local && safety);
    w.lead_id = *stip.CreateUser(admin, {"sanne", "Sanne de Vries", *local, "paarse-olifant-fietst",
                                         false, "", "s.devries@wijkteam.example"});
    w.duo_id = *stip.CreateUser(
        admin, {"duo", "Dirk Duo", *safety, "paarse-olifant-fietst", false, "", ""});
    for (const char* name : {"ander", "vergeten"}) {
      ASSERT_TRUE(stip.CreateUser(
          admin, {name, "Anna Ander", *local, "paarse-olifant-fietst", false, "", ""}));
    }
    AddPageRoutes(w.router, stip, w.clock);
  }

  static void TearDownTestSuite() {
    world_->stip.reset();
    world_->store.reset();
    std::filesystem::remove_all(world_->dir);
    delete world_;
    world_ = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(world_, nullptr);
    ASSERT_NE(world_->stip, nullptr) << "suite set-up failed";
    stip_ = world_->stip.get();
    lead_id_ = world_->lead_id;
    duo_id_ = world_->duo_id;
  }

  // A session per account, made once: logging in verifies an argon2id hash.
  app::Principal LogIn(const std::string& username) {
    auto& sessions = world_->sessions;
    if (auto it = sessions.find(username); it != sessions.end()) return it->second;
    auto login = stip_->Login(username, "paarse-olifant-fietst");
    EXPECT_TRUE(login) << login.error().message;
    auto who = stip_->SessionPrincipal(login->session_token);
    EXPECT_TRUE(who);
    sessions[username] = *who;
    return *who;
  }

  http::Response Call(verb method, const std::string& target,
                      std::optional<app::Principal> who = std::nullopt,
                      const std::map<std::string, std::string>& form = {},
                      const std::string& locale = "nl") {
    http::Request req;
    req.method = method;
    req.target = target;
    EXPECT_TRUE(http::ParseTarget(target, req)) << target;
    req.locale = locale;
    req.principal = std::move(who);
    req.headers["host"] = "stip.example";
    for (const auto& [k, v] : form) {
      if (!req.body.empty()) req.body += '&';
      req.body += UrlEncode(k) + "=" + UrlEncode(v);
    }
    req.headers["content-type"] = "application/x-www-form-urlencoded";
    bool path_exists = false;
    const http::Route* route =
        world_->router.Match(method, req.encoded_path, req.params, path_exists);
    EXPECT_NE(route, nullptr) << target;
    if (!route) return {};
    return route->handler(req);
  }

  static std::string Header(const http::Response& r, const std::string& name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return {};
  }

  // The household used by most tests: one parent with custody, one child.
  std::map<std::string, std::string> HouseholdForm(const std::string& name) {
    return {{"naam", name},
            {"lid0_naam", "Eva Jansen"},
            {"lid0_rol", "parent"},
            {"lid0_geboortedatum", "1988-04-02"},
            {"lid1_naam", "Noor Jansen"},
            {"lid1_rol", "child"},
            {"lid1_geboortedatum", "11-06-2019"},
            {"vast_gezicht", lead_id_},
            {"duo", duo_id_}};
  }

  std::string CreateFamily(const app::Principal& who, const std::string& name) {
    auto form = HouseholdForm(name);
    form["gezag_paren"] = "0-1";
    form["gezag_0_1"] = "ja";
    // Every test's household has the same child: from the second file on, Noor is known
    // elsewhere (issue 10 item 6), so the files are opened on purpose.
    form["toch_nieuw"] = "ja";
    form["reden_nieuw"] = "Een testgezin met hetzelfde kind.";
    const http::Response r = Call(verb::post, "/gezinnen", who, form);
    EXPECT_EQ(r.status, 303u) << r.body;
    const std::string location = Header(r, "Location");
    EXPECT_TRUE(location.starts_with("/gezinnen/fam_")) << location;
    return location;
  }

  static World* world_;
  app::Stip* stip_ = nullptr;
  std::string lead_id_;
  std::string duo_id_;
};

PagesTest::World* PagesTest::world_ = nullptr;

TEST_F(PagesTest, RouteTableSaysWhoMayCallAndWhatChangesState) {
  struct Expected {
    verb method;
    const char* pattern;
    bool changes_state;
    http::Auth auth;
  };
  const Expected expected[] = {
      {verb::get, "/", false, http::Auth::kPublic},
      {verb::get, "/assets/{name}", false, http::Auth::kPublic},
      {verb::get, "/begrippen", false, http::Auth::kPublic},
      {verb::get, "/login", false, http::Auth::kPublic},
      {verb::post, "/login", true, http::Auth::kPublic},
      {verb::post, "/logout", true, http::Auth::kPage},
      {verb::get, "/gezinnen", false, http::Auth::kPage},
      {verb::get, "/gezinnen/nieuw", false, http::Auth::kPage},
      {verb::post, "/gezinnen", true, http::Auth::kPage},
      {verb::get, "/gezinnen/{id}", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/aantekeningen", true, http::Auth::kPage},
      {verb::get, "/gezinnen/{id}/inzage", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/accounts", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/accounts/{account}/beeindigen", true, http::Auth::kPage},
      // The forms on the entry cards (issue 3).
      {verb::post, "/gezinnen/{id}/aantekeningen/{entry_id}/achterhouden", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/achterhoudingen/{withholding_id}/verlengen", true,
       http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/achterhoudingen/{withholding_id}/opheffen", true,
       http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/bezwaren/{objection_id}/antwoord", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/correcties/{reaction_id}/antwoord", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/aantekeningen/{entry_id}/reacties", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/achterhoudingen/{withholding_id}/bezwaar", true, http::Auth::kPage},
      // The family's own pages (issue 3).
      {verb::get, "/inloggen/code", false, http::Auth::kPublic},
      {verb::post, "/inloggen/code", true, http::Auth::kPublic},
      {verb::post, "/inloggen/code/controleren", true, http::Auth::kPublic},
      {verb::get, "/ons-gezin", false, http::Auth::kPage},
      {verb::get, "/ons-gezin/afdrukken", false, http::Auth::kPage},
      {verb::get, "/ons-gezin/download.json", false, http::Auth::kPage},
      {verb::get, "/ons-gezin/kopie.pdf", false, http::Auth::kPage},
      {verb::get, "/api/v1/families/{id}/copy.pdf", false, http::Auth::kApi},
      {verb::get, "/ons-gezin/inzage", false, http::Auth::kPage},
      {verb::post, "/ons-gezin/toestemming", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/toestemming/{consent}/intrekken", true, http::Auth::kPage},
      // The household and who is involved (issue 10).
      {verb::get, "/gezinnen/{id}/huishouden", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/huishouden/leden", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/huishouden/vertrek", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/huishouden/geboortedatum", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/huishouden/gezag", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/huishouden/betrokkenen", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/huishouden/betrokkenen/{user}/beeindigen", true,
       http::Auth::kPage},
      // Issue 14: a professional's own account, and the administrator's pages.
      {verb::get, "/mijn-account", false, http::Auth::kPage},
      {verb::post, "/mijn-account/sleutels", true, http::Auth::kPage},
      {verb::post, "/mijn-account/sleutels/{id}/intrekken", true, http::Auth::kPage},
      // Issue 14 item 2: the second login step.
      {verb::get, "/mijn-account/tweede-stap", false, http::Auth::kPage},
      {verb::post, "/mijn-account/tweede-stap/starten", true, http::Auth::kPage},
      {verb::post, "/mijn-account/tweede-stap/bevestigen", true, http::Auth::kPage},
      {verb::post, "/mijn-account/tweede-stap/uitzetten", true, http::Auth::kPage},
      {verb::get, "/beheer", false, http::Auth::kPage},
      {verb::post, "/beheer/accounts", true, http::Auth::kPage},
      {verb::get, "/beheer/accounts/{id}", false, http::Auth::kPage},
      {verb::post, "/beheer/accounts/{id}/uitzetten", true, http::Auth::kPage},
      {verb::post, "/beheer/accounts/{id}/aanzetten", true, http::Auth::kPage},
      {verb::post, "/beheer/accounts/{id}/team", true, http::Auth::kPage},
      {verb::post, "/beheer/accounts/{id}/sleutels/{token}/intrekken", true, http::Auth::kPage},
      {verb::post, "/beheer/accounts/{id}/wachtwoord-herstellen", true, http::Auth::kPage},
      {verb::post, "/beheer/accounts/{id}/tweede-stap-weghalen", true, http::Auth::kPage},
      {verb::post, "/beheer/organisaties", true, http::Auth::kPage},
      {verb::post, "/beheer/teams", true, http::Auth::kPage},
      {verb::post, "/beheer/teams/{id}/naam", true, http::Auth::kPage},
      {verb::get, "/wachtwoord-herstellen/{token}", false, http::Auth::kPublic},
      {verb::post, "/wachtwoord-herstellen/{token}", true, http::Auth::kPublic},
      // Issue 10 items 7 and 8: my work, team leads, the digest and a member's mail choice.
      {verb::get, "/mijn-werk", false, http::Auth::kPage},
      {verb::get, "/mijn-werk/team", false, http::Auth::kPage},
      {verb::post, "/beheer/teams/{id}/teamleider", true, http::Auth::kPage},
      {verb::post, "/mijn-account/overzicht", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/meldingen", true, http::Auth::kPage},
      // Issue 10: network members.
      {verb::get, "/ons-gezin/naasten", false, http::Auth::kPage},
      {verb::post, "/ons-gezin/naasten", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/naasten/toestemming/{consent}", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/naasten/toestemming/{consent}/stoppen", true, http::Auth::kPage},
      {verb::get, "/gezinnen/{id}/naasten", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/naasten/toestemming/{consent}/stoppen", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/wisselen/{account}", true, http::Auth::kPage},
      {verb::get, "/gedeeld", false, http::Auth::kPage},
      // Issue 10: the handover of the fixed face.
      {verb::post, "/gezinnen/{id}/huishouden/overdracht", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/huishouden/overdracht/{handover}/intrekken", true,
       http::Auth::kPage},
      {verb::get, "/overdrachten", false, http::Auth::kPage},
      {verb::post, "/overdrachten/{id}/{handover}/aannemen", true, http::Auth::kPage},
      {verb::post, "/overdrachten/{id}/{handover}/afwijzen", true, http::Auth::kPage},
      // Issue 11: the safety map, the professionals' page and the family's.
      {verb::get, "/gezinnen/{id}/veiligheid", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/veiligheid/ronde", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/veiligheid/antwoord", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/veiligheid/oneens", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/veiligheid/zorg", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/veiligheid/goed", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/veiligheid/doel", true, http::Auth::kPage},
      {verb::get, "/ons-gezin/veiligheid", false, http::Auth::kPage},
      {verb::post, "/ons-gezin/veiligheid/antwoord", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/veiligheid/oneens", true, http::Auth::kPage},
      // Issue 11 item 5: the child's own words, the professionals' page and the family's.
      {verb::get, "/gezinnen/{id}/eigen-woorden", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/eigen-woorden/woorden", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/eigen-woorden/uitleg", true, http::Auth::kPage},
      {verb::get, "/ons-gezin/eigen-woorden", false, http::Auth::kPage},
      {verb::post, "/ons-gezin/eigen-woorden/woorden", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/eigen-woorden/delen", true, http::Auth::kPage},
      // Issue 11 item 2: the family's own plan, the professionals' page and the family's.
      {verb::get, "/gezinnen/{id}/plan", false, http::Auth::kPage},
      {verb::get, "/gezinnen/{id}/plan/vergelijk", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/plan/aanbod", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/plan/uitkomst", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/plan/voorwaarden", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/plan/reactie", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/plan/versie", true, http::Auth::kPage},
      {verb::get, "/ons-gezin/plan", false, http::Auth::kPage},
      {verb::get, "/ons-gezin/plan/vergelijk", false, http::Auth::kPage},
      {verb::post, "/ons-gezin/plan/versie", true, http::Auth::kPage},
      // Issue 11 items 3 and 4: meetings and feedback.
      {verb::get, "/gezinnen/{id}/overleg", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/overleg/plannen", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/overleg/{meeting}/agenda", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/overleg/{meeting}/verslag", true, http::Auth::kPage},
      {verb::get, "/ons-gezin/overleg", false, http::Auth::kPage},
      {verb::post, "/ons-gezin/overleg/{meeting}/agenda", true, http::Auth::kPage},
      {verb::post, "/ons-gezin/overleg/{meeting}/ervaring", true, http::Auth::kPage},
      // Issue 12: decisions, the professionals' page and the family's.
      {verb::get, "/gezinnen/{id}/besluiten", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/besluiten", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/besluiten/{decision_id}/versie", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/besluiten/{decision_id}/delen", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/besluiten/{decision_id}/zienswijze", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/besluiten/{decision_id}/tegenspraak", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/besluiten/{decision_id}/nemen", true, http::Auth::kPage},
      {verb::get, "/ons-gezin/besluiten", false, http::Auth::kPage},
      {verb::post, "/ons-gezin/besluiten/{decision_id}/zienswijze", true, http::Auth::kPage},
      // Issue 12 item 3: court measures.
      {verb::get, "/gezinnen/{id}/maatregelen", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/maatregelen", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/maatregelen/{measure}/verlengen", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/maatregelen/{measure}/beeindigen", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/maatregelen/{measure}/termijn", true, http::Auth::kPage},
      {verb::get, "/ons-gezin/maatregelen", false, http::Auth::kPage},
      // Issue 14 item 3: keeping and destroying, the legal hold.
      {verb::get, "/gezinnen/{id}/bewaren", false, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/bewaren", true, http::Auth::kPage},
      {verb::post, "/gezinnen/{id}/bewaren/verzoeken/{request_id}", true, http::Auth::kPage},
      {verb::get, "/ons-gezin/vernietigen", false, http::Auth::kPage},
      {verb::post, "/ons-gezin/vernietigen", true, http::Auth::kPage},
      // Issue 10 item 4: emergency access and its review.
      {verb::get, "/noodtoegang", false, http::Auth::kPage},
      {verb::post, "/noodtoegang", true, http::Auth::kPage},
      {verb::post, "/noodtoegang/{id}/stoppen", true, http::Auth::kPage},
      {verb::get, "/noodtoegang/beoordelen", false, http::Auth::kPage},
      {verb::post, "/noodtoegang/{id}/beoordelen", true, http::Auth::kPage},
      // Issue 10 item 6: ask to join from a match, and the lead's answer on Mijn werk.
      {verb::post, "/gezinnen/nieuw/toevoegen-vragen", true, http::Auth::kPage},
      {verb::post, "/mijn-werk/verzoeken/{id}/{request}/aannemen", true, http::Auth::kPage},
      {verb::post, "/mijn-werk/verzoeken/{id}/{request}/afwijzen", true, http::Auth::kPage},
  };
  ASSERT_EQ(world_->router.routes().size(), std::size(expected));
  for (const auto& e : expected) {
    bool found = false;
    for (const auto& route : world_->router.routes()) {
      if (route.method != e.method || route.pattern != e.pattern) continue;
      found = true;
      EXPECT_EQ(route.changes_state, e.changes_state) << e.pattern;
      EXPECT_EQ(route.auth, e.auth) << e.pattern;
      // One API route is web's: the family's copy as PDF is built from the pages' texts.
      EXPECT_TRUE(route.name.starts_with("page.") || route.name == "api.families.copy_pdf")
          << route.name;
    }
    EXPECT_TRUE(found) << e.pattern;
  }
}

TEST_F(PagesTest, LoginSetsAStrictCookieAndStaysOnThisSite) {
  const http::Response r = Call(verb::post, "/login", std::nullopt,
                                {{"username", "sanne"},
                                 {"password", "paarse-olifant-fietst"},
                                 {"next", "//evil.example/gezinnen"}});
  ASSERT_EQ(r.status, 303u) << r.body;
  EXPECT_EQ(Header(r, "Location"), "/gezinnen");
  const std::string cookie = Header(r, "Set-Cookie");
  EXPECT_TRUE(cookie.starts_with("stip_session=")) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/"), std::string::npos);

  const http::Response back = Call(verb::post, "/login", std::nullopt,
                                   {{"username", "sanne"},
                                    {"password", "paarse-olifant-fietst"},
                                    {"next", "/gezinnen/fam_9?voor=3"}});
  EXPECT_EQ(Header(back, "Location"), "/gezinnen/fam_9?voor=3");
}

TEST_F(PagesTest, WrongPasswordShowsADutchMessageAndNoCookie) {
  const http::Response r =
      Call(verb::post, "/login", std::nullopt, {{"username", "sanne"}, {"password", "fout"}});
  EXPECT_EQ(r.status, 401u);
  EXPECT_NE(r.body.find("De gebruikersnaam of het wachtwoord klopt niet."), std::string::npos);
  EXPECT_NE(r.body.find("value=\"sanne\""), std::string::npos) << "the username is kept";
  EXPECT_EQ(r.body.find("value=\"fout\""), std::string::npos) << "the password is not";
  EXPECT_TRUE(Header(r, "Set-Cookie").empty());
}

TEST_F(PagesTest, RepeatedFailuresAskToWait) {
  http::Response r;
  for (int i = 0; i < 6; ++i) {
    r = Call(verb::post, "/login", std::nullopt, {{"username", "vergeten"}, {"password", "fout"}});
  }
  EXPECT_EQ(r.status, 429u);
  EXPECT_NE(r.body.find("Wacht een paar minuten"), std::string::npos);
}

TEST_F(PagesTest, LoginFromAnotherSiteIsRefused) {
  http::Request req;
  req.method = verb::post;
  req.target = req.path = "/login";
  req.headers["host"] = "stip.example";
  req.headers["origin"] = "https://evil.example";
  req.headers["content-type"] = "application/x-www-form-urlencoded";
  req.body = "username=sanne&password=paarse-olifant-fietst";
  bool exists = false;
  const http::Route* route = world_->router.Match(verb::post, "/login", req.params, exists);
  ASSERT_NE(route, nullptr);
  const http::Response r = route->handler(req);
  EXPECT_EQ(r.status, 403u);
  EXPECT_TRUE(Header(r, "Set-Cookie").empty());
  EXPECT_NE(r.body.find("kwam niet van Stip zelf"), std::string::npos);
}

TEST_F(PagesTest, CodeLoginSaysWhichFieldIsMissingAndMarksIt) {
  http::Response r = Call(verb::post, "/inloggen/code", std::nullopt, {{"email", ""}});
  EXPECT_EQ(r.status, 400u);
  EXPECT_NE(r.body.find("href=\"#email\">Vul je e-mailadres in.</a>"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("id=\"email-fout\">Vul je e-mailadres in.</p>"), std::string::npos);
  EXPECT_NE(r.body.find("aria-invalid=\"true\" aria-describedby=\"email-fout\""),
            std::string::npos);

  r = Call(verb::post, "/inloggen/code/controleren", std::nullopt,
           {{"email", "marloes@example.org"}, {"code", ""}});
  EXPECT_EQ(r.status, 400u);
  EXPECT_NE(r.body.find("href=\"#code\">Vul de code uit de e-mail in.</a>"), std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("aria-invalid=\"true\" aria-describedby=\"code-fout\""), std::string::npos);
  EXPECT_EQ(r.body.find("aria-describedby=\"email-fout\""), std::string::npos)
      << "the address was filled in, so it is not marked";
  EXPECT_NE(r.body.find("value=\"marloes@example.org\""), std::string::npos)
      << "the address is kept";
}

TEST_F(PagesTest, HomeSendsPeopleToTheirFamilies) {
  const http::Response r = Call(verb::get, "/");
  EXPECT_EQ(r.status, 303u);
  EXPECT_EQ(Header(r, "Location"), "/gezinnen");
}

TEST_F(PagesTest, NewFamilyAsksForCustodyThenOpensTheFile) {
  const app::Principal sanne = LogIn("sanne");
  const http::Response form = Call(verb::get, "/gezinnen/nieuw", sanne);
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("<option value=\"" + lead_id_ + "\" selected>Sanne de Vries"),
            std::string::npos)
      << "I am the fixed face unless I choose otherwise";
  EXPECT_NE(form.body.find("name=\"_csrf\" value=\"" + sanne.csrf + "\""), std::string::npos);

  const http::Response step = Call(verb::post, "/gezinnen", sanne, HouseholdForm("Gezin Jansen"));
  ASSERT_EQ(step.status, 200u) << "custody is asked before anything is written";
  EXPECT_NE(step.body.find("name=\"gezag_0_1\""), std::string::npos);
  EXPECT_NE(step.body.find("Eva Jansen heeft gezag over Noor Jansen"), std::string::npos);
  EXPECT_NE(step.body.find("name=\"gezag_paren\" value=\"0-1\""), std::string::npos);
  EXPECT_NE(step.body.find("value=\"Gezin Jansen\""), std::string::npos);

  const std::string path = CreateFamily(sanne, "Gezin Jansen");
  const http::Response file = Call(verb::get, path, sanne);
  ASSERT_EQ(file.status, 200u);
  EXPECT_NE(file.body.find("Eva Jansen heeft gezag over Noor Jansen."), std::string::npos);
  EXPECT_NE(file.body.find("11 juni 2019"), std::string::npos);
  EXPECT_NE(file.body.find("6 jaar"), std::string::npos) << "Noor's age on 3 March 2026";
}

// Issue 10 item 6: a child known in another file. The form says so, names only the team and
// how to reach it, and opens a second file only when that is ticked, with a reason. A BSN that
// fails the 11-test is named at its field. Without JavaScript: the whole form comes back.
TEST_F(PagesTest, AKnownChildShowsTheTeamAndANewFileOpensOnlyOnPurpose) {
  const app::Principal sanne = LogIn("sanne");
  CreateFamily(sanne, "Gezin Jansen");  // Noor Jansen is known from here on
  auto form = HouseholdForm("Gezin Jansen-Bakker");
  form["gezag_paren"] = "0-1";
  form["gezag_0_1"] = "ja";
  const http::Response known = Call(verb::post, "/gezinnen", sanne, form);
  ASSERT_EQ(known.status, 409u) << known.body;
  EXPECT_NE(known.body.find("Dit gezin is misschien al bekend"), std::string::npos);
  EXPECT_NE(known.body.find("<strong>Wijkteam Noord</strong>, telefoon 030 123 45 67"),
            std::string::npos)
      << known.body;
  EXPECT_NE(known.body.find("name=\"toch_nieuw\""), std::string::npos);
  EXPECT_NE(known.body.find("value=\"Gezin Jansen-Bakker\""), std::string::npos);
  EXPECT_EQ(known.body.find("/gezinnen/fam_"), std::string::npos) << "no link to the other file";

  form["lid1_bsn"] = "123456789";
  const http::Response bad = Call(verb::post, "/gezinnen", sanne, form);
  ASSERT_EQ(bad.status, 400u) << bad.body;
  EXPECT_NE(bad.body.find("BSN van gezinslid 2: dit is geen BSN."), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find("href=\"#lid-1-bsn\""), std::string::npos);

  form.erase("lid1_bsn");
  form["toch_nieuw"] = "ja";
  const http::Response no_reason = Call(verb::post, "/gezinnen", sanne, form);
  ASSERT_EQ(no_reason.status, 400u) << no_reason.body;
  EXPECT_NE(no_reason.body.find("id=\"reden-nieuw-fout\""), std::string::npos);
  form["reden_nieuw"] = "Noor woont nu bij haar vader.";
  const http::Response opened = Call(verb::post, "/gezinnen", sanne, form);
  ASSERT_EQ(opened.status, 303u) << opened.body;
  EXPECT_TRUE(Header(opened, "Location").starts_with("/gezinnen/fam_"));
}

TEST_F(PagesTest, ScriptInFamilyNameComesOutEscapedEverywhere) {
  const app::Principal sanne = LogIn("sanne");
  const std::string path = CreateFamily(sanne, "<script>alert(1)</script>");
  for (const std::string& page : {std::string("/gezinnen"), path, path + "/inzage"}) {
    const http::Response r = Call(verb::get, page, sanne);
    ASSERT_EQ(r.status, 200u) << page;
    EXPECT_EQ(r.body.find("<script>"), std::string::npos) << page;
    EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << page;
  }
}

TEST_F(PagesTest, InvalidHouseholdKeepsValuesAndMarksTheField) {
  const app::Principal sanne = LogIn("sanne");
  auto form = HouseholdForm("Gezin Jansen");
  form["lid1_geboortedatum"] = "2030-01-01";
  form["gezag_paren"] = "0-1";
  const http::Response r = Call(verb::post, "/gezinnen", sanne, form);
  ASSERT_EQ(r.status, 400u) << r.body;
  EXPECT_NE(r.body.find("<title>Fout: Nieuw gezinsdossier"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"#lid-1-geboortedatum\""), std::string::npos) << "summary link";
  EXPECT_NE(r.body.find("Geboortedatum van gezinslid 2: deze datum ligt in de toekomst."),
            std::string::npos);
  EXPECT_NE(r.body.find("id=\"lid-1-geboortedatum\" name=\"lid1_geboortedatum\" type=\"date\" "
                        "value=\"2030-01-01\""),
            std::string::npos);
  EXPECT_NE(r.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"Eva Jansen\""), std::string::npos);
}

TEST_F(PagesTest, FamilyFileShowsTheFixedFaceAndSaysTheReadIsLogged) {
  const app::Principal sanne = LogIn("sanne");
  const std::string path = CreateFamily(sanne, "Gezin Jansen");
  const http::Response r = Call(verb::get, path, sanne);
  ASSERT_EQ(r.status, 200u);
  for (const char* part :
       {"<h1 class=\"utrecht-heading-1\">Gezin Jansen</h1>", "Sanne de Vries", "Wijkteam Noord",
        "Gemeente Testdorp", "href=\"tel:0301234567\"",
        "href=\"mailto:s.devries@wijkteam.example\"", "Dirk Duo", "Dat staat nu in het toegangslog",
        "Er zijn nog geen aantekeningen.",
        "<th class=\"utrecht-table__header-cell\" scope=\"row\">Noor Jansen</th>",
        "<td class=\"utrecht-table__cell\">kind</td>"}) {
    EXPECT_NE(r.body.find(part), std::string::npos) << part;
  }
}

TEST_F(PagesTest, AddingAnEntryRedirectsWithAConfirmation) {
  const app::Principal sanne = LogIn("sanne");
  const std::string path = CreateFamily(sanne, "Gezin Jansen");
  const http::Response added = Call(verb::post, path + "/aantekeningen", sanne,
                                    {{"soort", "agreement"},
                                     {"bron", "gesprek met moeder"},
                                     {"tekst", "We bellen vrijdag.\nEva belt school."}});
  ASSERT_EQ(added.status, 303u) << added.body;
  // The confirmation names the entry, so that it can show advice on the text just saved.
  const std::string location = Header(added, "Location");
  EXPECT_TRUE(location.starts_with(path + "?opgeslagen=")) << location;
  EXPECT_TRUE(location.ends_with("#aantekeningen")) << location;

  const http::Response shown = Call(verb::get, location.substr(0, location.find('#')), sanne);
  EXPECT_NE(shown.body.find("Uw aantekening is opgeslagen."), std::string::npos);
  EXPECT_NE(shown.body.find("We bellen vrijdag.\nEva belt school."), std::string::npos);
  EXPECT_NE(shown.body.find(">Afspraak</span>"), std::string::npos);
  EXPECT_NE(shown.body.find("Bron: gesprek met moeder. Geschreven door Sanne de Vries."),
            std::string::npos);
  EXPECT_NE(shown.body.find("<time datetime=\"2026-03-03T14:05+01:00\">3 maart 2026, 14:05</time>"),
            std::string::npos);
}

TEST_F(PagesTest, InvalidEntryComesBackWithTheTextKept) {
  const app::Principal sanne = LogIn("sanne");
  const std::string path = CreateFamily(sanne, "Gezin Jansen");
  const http::Response r = Call(verb::post, path + "/aantekeningen", sanne,
                                {{"soort", "fact"}, {"bron", ""}, {"tekst", "Half <b>af</b>"}});
  ASSERT_EQ(r.status, 400u);
  EXPECT_NE(r.body.find("Uw aantekening is nog niet opgeslagen"), std::string::npos)
      << "said at the top, where the page opens";
  EXPECT_NE(r.body.find("Bron: vul dit in."), std::string::npos);
  EXPECT_NE(r.body.find("href=\"#bron\""), std::string::npos);
  EXPECT_NE(r.body.find(">Half &lt;b&gt;af&lt;/b&gt;</textarea>"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"fact\" checked"), std::string::npos);
}

TEST_F(PagesTest, AccessLogReadsAsSentences) {
  const app::Principal sanne = LogIn("sanne");
  const std::string path = CreateFamily(sanne, "Gezin Jansen");
  ASSERT_EQ(Call(verb::get, path, sanne).status, 200u);
  const http::Response r = Call(verb::get, path + "/inzage", sanne);
  ASSERT_EQ(r.status, 200u);
  EXPECT_NE(r.body.find("Op <time datetime=\"2026-03-03T14:05+01:00\">3 maart 2026 om 14:05</time>"
                        " las Sanne de Vries (Wijkteam Noord, vast gezicht) het gezinsdossier. "
                        "Reden: hulpverlening."),
            std::string::npos)
      << r.body;
}

TEST_F(PagesTest, UninvolvedColleagueGetsADutchNotFoundPage) {
  const std::string path = CreateFamily(LogIn("sanne"), "Gezin Jansen");
  const http::Response r = Call(verb::get, path, LogIn("ander"));
  EXPECT_EQ(r.status, 404u);
  EXPECT_NE(r.body.find("Deze pagina is er niet"), std::string::npos);
  EXPECT_EQ(r.body.find("Gezin Jansen"), std::string::npos);
  EXPECT_EQ(r.body.find("Eva Jansen"), std::string::npos);
}

TEST_F(PagesTest, EnglishWhenTheRequestAsksForIt) {
  const http::Response r = Call(verb::get, "/gezinnen", LogIn("sanne"), {}, "en");
  EXPECT_NE(r.body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(r.body.find("My families"), std::string::npos);
}

TEST_F(PagesTest, LogoutEndsTheSessionAndClearsTheCookie) {
  auto login = stip_->Login("sanne", "paarse-olifant-fietst");
  ASSERT_TRUE(login);
  http::Request req;
  req.method = verb::post;
  req.target = req.path = "/logout";
  req.principal = *stip_->SessionPrincipal(login->session_token);
  req.session_token = login->session_token;
  bool exists = false;
  const http::Route* route = world_->router.Match(verb::post, "/logout", req.params, exists);
  ASSERT_NE(route, nullptr);
  const http::Response r = route->handler(req);
  EXPECT_EQ(r.status, 303u);
  EXPECT_EQ(Header(r, "Location"), "/login");
  EXPECT_NE(Header(r, "Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_FALSE(stip_->SessionPrincipal(login->session_token));
}

TEST_F(PagesTest, ErrorPagesSayWhatHappenedAndWhatToDo) {
  http::Request req;
  req.target = req.path = "/iets";
  const http::Response r = ErrorPage(req, 500);
  EXPECT_EQ(r.status, 500u);
  EXPECT_NE(r.body.find("Er ging iets mis in Stip"), std::string::npos);
  EXPECT_NE(r.body.find("Wat kunt u doen?"), std::string::npos);
  EXPECT_NE(ErrorPage(req, 403).body.find("U mag dit niet doen"), std::string::npos);
  EXPECT_NE(ErrorPage(req, 405).body.find("Deze pagina is er niet"), std::string::npos);
}

// Issue 3: plain-language help without JavaScript.
constexpr const char* kLongJargonText =
    "In het kader van de ondertoezichtstelling hebben wij met moeder en vader uitgebreid "
    "gesproken over de situatie thuis en over wat er nodig is voor Noor.";

TEST_F(PagesTest, CheckingTheLanguageShowsAdviceAndSavesNothing) {
  const app::Principal sanne = LogIn("sanne");
  const std::string path = CreateFamily(sanne, "Gezin Taal");
  const std::string id = path.substr(std::string("/gezinnen/").size());
  const auto before = stip_->OpenFamily(sanne, id, {0, 50}, "");
  ASSERT_TRUE(before);
  const http::Response r = Call(verb::post, path + "/aantekeningen", sanne,
                                {{"soort", "observation"},
                                 {"bron", ""},
                                 {"tekst", kLongJargonText},
                                 {"actie", "controleren"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  // The form again, as typed, with the advice under the text and no error for the empty source.
  EXPECT_NE(r.body.find(std::string(">") + kLongJargonText + "</textarea>"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"observation\" checked"), std::string::npos);
  EXPECT_EQ(r.body.find("Bron: vul dit in."), std::string::npos);
  EXPECT_NE(r.body.find("De tekst is niet opgeslagen."), std::string::npos);
  EXPECT_NE(r.body.find("<q>In het kader van de ondertoezichtstelling hebben wij …</q> heeft "
                        "26 woorden."),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("href=\"/begrippen#ondertoezichtstelling\">ondertoezichtstelling</a>"),
            std::string::npos);
  EXPECT_NE(r.body.find("Leesbaarheid: "), std::string::npos);
  EXPECT_NE(r.body.find("aria-live=\"polite\""), std::string::npos);
  // Without JavaScript the check lands the writer on the advice, not at the top of the file.
  EXPECT_NE(
      r.body.find("value=\"controleren\" formaction=\"" + path + "/aantekeningen#tekst-advies\""),
      std::string::npos);
  EXPECT_NE(r.body.find("id=\"tekst-advies\""), std::string::npos);
  const auto after = stip_->OpenFamily(sanne, id, {0, 50}, "");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->entries.size(), before->entries.size()) << "nothing saved";

  // A text that could not be saved cannot be checked either: the usual field error.
  const http::Response too_long =
      Call(verb::post, path + "/aantekeningen", sanne,
           {{"tekst", std::string(20001, 'a')}, {"actie", "controleren"}});
  EXPECT_EQ(too_long.status, 400u);
  EXPECT_NE(too_long.body.find("href=\"#tekst\""), std::string::npos);
}

TEST_F(PagesTest, SavingWithJargonWorksAndTheConfirmationAdvises) {
  const app::Principal sanne = LogIn("sanne");
  const std::string path = CreateFamily(sanne, "Gezin Opgeslagen");
  const http::Response added =
      Call(verb::post, path + "/aantekeningen", sanne,
           {{"soort", "observation"},
            {"bron", "huisbezoek"},
            {"tekst", "Er is sprake van multiproblematiek. Casus besproken."}});
  ASSERT_EQ(added.status, 303u) << added.body;
  const std::string location = Header(added, "Location");
  EXPECT_TRUE(location.ends_with("#opgeslagen")) << "opens at the advice: " << location;
  const http::Response shown =
      Call(verb::get, location.substr(0, location.find('#')), sanne, {}, "en");
  ASSERT_EQ(shown.status, 200u);
  EXPECT_NE(shown.body.find("Tips for plain language for the text you just saved"),
            std::string::npos);
  EXPECT_NE(shown.body.find("href=\"/begrippen#multiproblematiek\""), std::string::npos);
  EXPECT_NE(shown.body.find("href=\"/begrippen#casus\">Casus</a>"), std::string::npos);
  EXPECT_NE(shown.body.find("Readability: "), std::string::npos);
  // The live script is served from Stip itself, never inline.
  EXPECT_NE(shown.body.find("<script src=\"/assets/stip-advice.js?v="), std::string::npos);
  EXPECT_EQ(shown.body.find("<script>"), std::string::npos);
  const std::string csp = Header(shown, "Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self';"), std::string::npos) << csp;
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe"), std::string::npos) << csp;

  // Someone else's entry id in the address shows no advice.
  const http::Response plain = Call(verb::get, path + "?opgeslagen=ent_none", sanne);
  EXPECT_EQ(plain.body.find("Tips voor duidelijke taal bij de tekst"), std::string::npos);
}

TEST_F(PagesTest, GlossaryExplainsEveryTermFromAToZ) {
  const http::Response nl = Call(verb::get, "/begrippen");
  ASSERT_EQ(nl.status, 200u);
  for (const char* part :
       {"<h1 class=\"utrecht-heading-1\">Begrippen</h1>", "href=\"#letter-o\">O</a>",
        "<h2 class=\"utrecht-heading-2\" id=\"letter-o\">O</h2>",
        "<dt id=\"ondertoezichtstelling\">ondertoezichtstelling</dt>",
        "<dt id=\"raad-voor-de-kinderbescherming\">Raad voor de Kinderbescherming</dt>",
        "<dt id=\"vast-gezicht\">vast gezicht</dt>", "<dt id=\"casus\">casus</dt>",
        "In gewone woorden: <q lang=\"nl\">verplichte hulp met een gezinsvoogd</q>"}) {
    EXPECT_NE(nl.body.find(part), std::string::npos) << part;
  }
  // Every word the advice links to is on the page, once.
  for (const auto& e : domain::Glossary()) {
    const std::string id = "id=\"" + domain::TermAnchor(e.term) + "\"";
    const auto at = nl.body.find(id);
    EXPECT_NE(at, std::string::npos) << e.term;
    EXPECT_EQ(nl.body.find(id, at + 1), std::string::npos) << "twice: " << e.term;
  }
  // Alphabetical: "aantekening" before "gezag" before "zitting".
  EXPECT_LT(nl.body.find("id=\"aantekening\""), nl.body.find("id=\"gezag\""));
  EXPECT_LT(nl.body.find("id=\"gezag\""), nl.body.find("id=\"zitting\""));

  const http::Response en = Call(verb::get, "/begrippen", std::nullopt, {}, "en");
  ASSERT_EQ(en.status, 200u);
  EXPECT_NE(en.body.find("<dt id=\"raad-voor-de-kinderbescherming\" lang=\"nl\">Raad voor de "
                         "Kinderbescherming <span lang=\"en\">(Child Protection Board)</span>"),
            std::string::npos);
  EXPECT_NE(en.body.find("The juvenile judge decides that your family must accept help."),
            std::string::npos);
  EXPECT_NE(en.body.find("<dd lang=\"nl\">"), std::string::npos) << "Dutch-only lines say so";
}

// Review of issue 10 item 4: on /noodtoegang a use that ran its time "ran until", and only one
// ended early "stopped on".
TEST_F(PagesTest, AnExpiredEmergencyAccessRanUntilAndOnlyAnEndedOneStopped) {
  const app::Principal sanne = LogIn("sanne");
  const app::Principal ander = LogIn("ander");
  const std::string family = CreateFamily(sanne, "Gezin Noodtoegang").substr(10);
  auto early = stip_->OpenEmergencyAccess(ander, family, "Politie belde.");
  ASSERT_TRUE(early) << early.error().message;
  ASSERT_TRUE(stip_->EndEmergencyAccess(ander, early->use.id));
  auto expired = stip_->OpenEmergencyAccess(ander, family, "Weer gebeld.");
  ASSERT_TRUE(expired) << expired.error().message;
  const domain::Millis then = world_->clock.Now();
  world_->clock.Advance(25LL * 3600 * 1000);
  const http::Response page = Call(verb::get, "/noodtoegang", ander);
  world_->clock.Set(then);
  ASSERT_EQ(page.status, 200u) << page.body;
  EXPECT_EQ(page.body.find("Gestopt op"), page.body.rfind("Gestopt op")) << "only once";
  EXPECT_NE(page.body.find("Gestopt op"), std::string::npos);
  EXPECT_NE(page.body.find("Liep tot"), std::string::npos);
}

}  // namespace
}  // namespace stip::web
