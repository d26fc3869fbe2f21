// The family's side of the HTML pages and the lead's account forms, against the real app core on
// a temporary SQLite database: the family's own menu, a young person's consent form, ending a
// family member's account, and family members' lines on the professionals' access log.
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "app/outbox.h"
#include "app/system.h"
#include "store/open.h"
#include "support/fakes.h"
#include "web/pages.h"
#include "web/url.h"

namespace stip::web {
namespace {

using boost::beast::http::verb;

class NullOutbox final : public app::Outbox {
 public:
  domain::Status Send(const app::Mail&) override { return {}; }
};

bool Has(const std::string& html, const std::string& part) {
  return html.find(part) != std::string::npos;
}

class FamilyPagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("stip-family-pages-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    auto opened = store::Open("sqlite:" + (dir_ / "stip.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    stip_ = std::make_unique<app::Stip>(*store_, clock_, ids_);
    stip_->SetOutbox(outbox_);
    const app::Principal cli = stip_->CliPrincipal();
    auto org = stip_->CreateOrganisation(cli, "Gemeente Testdorp");
    ASSERT_TRUE(org);
    auto local =
        stip_->CreateTeam(cli, {"", *org, "Wijkteam Noord", domain::TeamKind::kLocal, "", ""});
    auto safety = stip_->CreateTeam(
        cli, {"", *org, "Veiligheidsteam", domain::TeamKind::kRegionalSafety, "", ""});
    ASSERT_TRUE(local && safety);
    auto lead = stip_->CreateUser(
        cli, {"sanne", "Sanne de Vries", *local, "paarse-olifant-fietst", false, "", ""});
    auto duo = stip_->CreateUser(
        cli, {"dirk", "Dirk Duo", *safety, "paarse-olifant-fietst", false, "", ""});
    ASSERT_TRUE(lead && duo);
    lead_ = app::Principal{**store_->FindUser(*lead), app::Principal::Via::kSession, "csrf",
                           std::nullopt};
    duo_ = app::Principal{**store_->FindUser(*duo), app::Principal::Via::kSession, "csrf",
                          std::nullopt};
    app::NewFamily f;
    f.name = "Gezin Bakker";
    f.members = {{"p", "Pia Bakker", "parent", "1985-02-03"},
                 {"n", "Nico Bakker", "parent", "1983-02-03"},
                 {"y", "Yara Bakker", "child", "2009-01-10"}};
    f.custody = {{"p", "y", true}, {"n", "y", false}};
    f.lead_user_id = *lead;
    f.duo_user_id = *duo;
    auto family = stip_->CreateFamily(lead_, f);
    ASSERT_TRUE(family) << family.error().message;
    family_ = *family;
    auto stored = store_->FindFamily(family_);
    ASSERT_TRUE(stored && *stored);
    for (const auto& m : (*stored)->members) member_[m.name] = m.id;
    for (const auto& [name, contact] :
         {std::pair{"Pia Bakker", "pia@example.org"}, std::pair{"Nico Bakker", "nico@example.org"},
          std::pair{"Yara Bakker", "yara@example.org"}}) {
      auto account = stip_->InviteMember(lead_, family_, {member_[name], contact});
      ASSERT_TRUE(account) << account.error().message;
      account_[name] = *account;
    }
    AddPageRoutes(router_, *stip_, clock_);
  }

  void TearDown() override {
    stip_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // A session for the family member's account, as the code login would make it.
  std::string SessionOf(const std::string& name) {
    const std::string token = "token-" + std::to_string(++sessions_);
    EXPECT_TRUE(store_->CreateSession(
        {app::Sha256Hex(token), account_[name], "csrf", clock_.Now(), clock_.Now() + 3600000}));
    return token;
  }
  app::Principal Member(const std::string& name) {
    auto who = stip_->SessionPrincipal(SessionOf(name));
    EXPECT_TRUE(who) << who.error().message;
    return *who;
  }

  http::Response Call(verb method, const std::string& target, const app::Principal& who,
                      const std::map<std::string, std::string>& form = {}) {
    http::Request req;
    req.method = method;
    req.target = target;
    EXPECT_TRUE(http::ParseTarget(target, req)) << target;
    req.principal = who;
    req.locale = locale_;
    req.headers["host"] = "stip.example";
    for (const auto& [k, v] : form) {
      if (!req.body.empty()) req.body += '&';
      req.body += UrlEncode(k) + "=" + UrlEncode(v);
    }
    req.headers["content-type"] = "application/x-www-form-urlencoded";
    bool path_exists = false;
    const http::Route* route = router_.Match(method, req.encoded_path, req.params, path_exists);
    EXPECT_NE(route, nullptr) << target;
    if (!route) return {};
    return route->handler(req);
  }

  static std::string Location(const http::Response& r) {
    for (const auto& [k, v] : r.headers) {
      if (k == "Location") return v;
    }
    return {};
  }

  std::filesystem::path dir_;
  testing::FakeClock clock_;  // 2026-11-29: Yara is 17
  testing::SequentialIds ids_;
  NullOutbox outbox_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<app::Stip> stip_;
  http::Router router_;
  app::Principal lead_;
  app::Principal duo_;
  std::string family_;
  std::map<std::string, std::string> member_;
  std::map<std::string, std::string> account_;
  int sessions_ = 0;
  std::string locale_;  // "" is Dutch
};

TEST_F(FamilyPagesTest, FamilyMembersGetTheirOwnMenuNeverTheProfessionalOne) {
  const auto parent = Call(verb::get, "/ons-gezin", Member("Pia Bakker"));
  ASSERT_EQ(parent.status, 200u) << parent.body;
  EXPECT_TRUE(Has(parent.body, "href=\"/ons-gezin\" aria-current=\"page\">Ons gezin</a>"));
  EXPECT_TRUE(Has(parent.body, "href=\"/ons-gezin/inzage\">Wie las ons dossier</a>"));
  EXPECT_FALSE(Has(parent.body, "/gezinnen/nieuw"));
  EXPECT_FALSE(Has(parent.body, "href=\"/gezinnen\""));
  EXPECT_TRUE(Has(parent.body, "Uitloggen"));

  // A parent without custody may not read the access log: no link to it in the menu.
  const auto no_custody = Call(verb::get, "/ons-gezin", Member("Nico Bakker"));
  ASSERT_EQ(no_custody.status, 200u) << no_custody.body;
  EXPECT_TRUE(Has(no_custody.body, ">Ons gezin</a>"));
  EXPECT_FALSE(Has(no_custody.body, "/ons-gezin/inzage"));
  EXPECT_FALSE(Has(no_custody.body, "/gezinnen/nieuw"));

  const auto log = Call(verb::get, "/ons-gezin/inzage", Member("Yara Bakker"));
  ASSERT_EQ(log.status, 200u) << log.body;
  EXPECT_TRUE(Has(log.body, "href=\"/ons-gezin/inzage\" aria-current=\"page\""));

  // Professionals keep theirs.
  const auto pro = Call(verb::get, "/gezinnen", lead_);
  ASSERT_EQ(pro.status, 200u);
  EXPECT_TRUE(Has(pro.body, "href=\"/gezinnen/nieuw\""));
  EXPECT_FALSE(Has(pro.body, "href=\"/ons-gezin\""));
}

// WCAG 3.1.2: on the English pages what people wrote (in Dutch) is marked as Dutch.
TEST_F(FamilyPagesTest, WrittenTextIsMarkedDutchOnEnglishPages) {
  const std::string text = "De afspraak over het ophalen van school werkt goed.";
  ASSERT_TRUE(stip_->AddEntry(lead_, family_, {"fact", "gesprek", text}));
  const auto dutch = Call(verb::get, "/ons-gezin", Member("Pia Bakker"));
  ASSERT_EQ(dutch.status, 200u) << dutch.body;
  EXPECT_TRUE(Has(dutch.body, "<div class=\"stip-entry__text\">" + text)) << dutch.body;
  locale_ = "en";
  const auto english = Call(verb::get, "/ons-gezin", Member("Pia Bakker"));
  ASSERT_EQ(english.status, 200u) << english.body;
  EXPECT_TRUE(Has(english.body, "<html lang=\"en\""));
  EXPECT_TRUE(Has(english.body, "<div class=\"stip-entry__text\" lang=\"nl\">" + text))
      << english.body;
}

TEST_F(FamilyPagesTest, YoungPersonGivesAndEndsConsentWithTheForm) {
  const app::Principal yara = Member("Yara Bakker");
  const auto page = Call(verb::get, "/ons-gezin", yara);
  ASSERT_EQ(page.status, 200u);
  EXPECT_TRUE(Has(page.body, "action=\"/ons-gezin/toestemming\""));
  EXPECT_TRUE(Has(page.body, "Je kunt je toestemming altijd weer stoppen."));
  EXPECT_TRUE(Has(page.body, "Niemand. Je hebt geen toestemming gegeven."));
  // The parents get no consent form: it is the young person's decision.
  EXPECT_FALSE(Has(Call(verb::get, "/ons-gezin", Member("Pia Bakker")).body,
                   "action=\"/ons-gezin/toestemming\""));

  // Nobody chosen, and a day that does not exist: the form again, nothing recorded.
  // (Typed the way people write a date; issue 13 item 4.)
  const auto bad = Call(verb::post, "/ons-gezin/toestemming", yara, {{"tot", "30-02-2027"}});
  EXPECT_EQ(bad.status, 400u);
  EXPECT_TRUE(Has(bad.body, "<title>Fout: Ons gezin"));
  EXPECT_TRUE(Has(bad.body, "href=\"#toestemming-lid\">Kies wie jouw eigen informatie mag zien."))
      << bad.body;
  EXPECT_TRUE(Has(bad.body, "href=\"#toestemming-tot\""));
  EXPECT_TRUE(Has(bad.body, "value=\"30-02-2027\"")) << "what was typed comes back as typed";
  EXPECT_TRUE(Has(bad.body, "aria-invalid=\"true\""));
  EXPECT_TRUE(store_->ListConsents(family_)->empty());

  const auto given = Call(verb::post, "/ons-gezin/toestemming", yara,
                          {{"lid", member_["Pia Bakker"]}, {"tot", "30-06-2027"}});
  ASSERT_EQ(given.status, 303u) << given.body;
  EXPECT_EQ(Location(given), "/ons-gezin?toestemming=gegeven#toestemming");
  auto consents = *store_->ListConsents(family_);
  ASSERT_EQ(consents.size(), 1u);
  EXPECT_EQ(consents[0].consent.member_id, member_["Pia Bakker"]);
  const auto after = Call(verb::get, "/ons-gezin?toestemming=gegeven", yara);
  EXPECT_TRUE(Has(after.body, "Je toestemming is opgeslagen."));
  EXPECT_TRUE(Has(after.body, "geldt tot en met 30 juni 2027"));
  EXPECT_TRUE(Has(after.body, "Stop de toestemming voor Pia Bakker"));

  // Someone else's consent cannot be ended by a parent; the young person ends her own.
  const std::string end = "/ons-gezin/toestemming/" + consents[0].id + "/intrekken";
  EXPECT_EQ(Call(verb::post, end, Member("Pia Bakker")).status, 403u);
  const auto ended = Call(verb::post, end, yara);
  ASSERT_EQ(ended.status, 303u) << ended.body;
  EXPECT_TRUE(store_->ListConsents(family_)->empty());
  EXPECT_EQ(Call(verb::post, end, yara).status, 404u);
}

TEST_F(FamilyPagesTest, LeadSeesAccountsAndEndsOne) {
  const auto page = Call(verb::get, "/gezinnen/" + family_, lead_);
  ASSERT_EQ(page.status, 200u);
  EXPECT_TRUE(Has(page.body, "Accounts van gezinsleden"));
  EXPECT_TRUE(Has(page.body, "nico@example.org"));
  EXPECT_TRUE(Has(page.body, "Uitgenodigd op"));
  EXPECT_TRUE(Has(page.body, "Beëindig het account van Nico Bakker"));
  EXPECT_TRUE(Has(page.body, "action=\"/gezinnen/" + family_ + "/accounts\""));
  // The duo sees the accounts, but inviting and ending are the lead's.
  const auto duo = Call(verb::get, "/gezinnen/" + family_, duo_);
  EXPECT_TRUE(Has(duo.body, "nico@example.org"));
  EXPECT_FALSE(Has(duo.body, "Beëindig het account"));
  EXPECT_FALSE(Has(duo.body, "Stuur de uitnodiging"));

  const std::string nico_session = SessionOf("Nico Bakker");
  ASSERT_TRUE(stip_->SessionPrincipal(nico_session));
  const std::string revoke =
      "/gezinnen/" + family_ + "/accounts/" + account_["Nico Bakker"] + "/beeindigen";
  const auto no_reason = Call(verb::post, revoke, lead_, {{"reden", "  "}});
  EXPECT_EQ(no_reason.status, 400u);
  EXPECT_TRUE(Has(no_reason.body, "href=\"#reden-" + account_["Nico Bakker"] + "\""));
  EXPECT_FALSE((*store_->FindAccount(account_["Nico Bakker"]))->revoked);
  EXPECT_EQ(Call(verb::post, revoke, duo_, {{"reden", "Verhuisd"}}).status, 403u);

  const auto done = Call(verb::post, revoke, lead_, {{"reden", "Verhuisd naar Spanje"}});
  ASSERT_EQ(done.status, 303u) << done.body;
  EXPECT_TRUE((*store_->FindAccount(account_["Nico Bakker"]))->revoked);
  // The session he had stops working at once.
  auto gone = stip_->SessionPrincipal(nico_session);
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().code, domain::Code::kUnauthenticated);
  const auto listed = Call(verb::get, "/gezinnen/" + family_ + "?beeindigd=1", lead_);
  EXPECT_TRUE(Has(listed.body, "Het account is beëindigd."));
  EXPECT_TRUE(Has(listed.body, "Beëindigd</td>"));

  // Invite him again under a new address: a bad address first.
  const auto bad = Call(verb::post, "/gezinnen/" + family_ + "/accounts", lead_,
                        {{"lid", member_["Nico Bakker"]}, {"email", "geen-adres"}});
  EXPECT_EQ(bad.status, 400u);
  EXPECT_TRUE(Has(bad.body, "href=\"#account-email\""));
  const auto invited = Call(verb::post, "/gezinnen/" + family_ + "/accounts", lead_,
                            {{"lid", member_["Nico Bakker"]}, {"email", "nico@elders.example"}});
  ASSERT_EQ(invited.status, 303u) << invited.body;
  EXPECT_TRUE(Has(Call(verb::get, "/gezinnen/" + family_, lead_).body, "nico@elders.example"));
}

TEST_F(FamilyPagesTest, ProfessionalsAccessLogNamesFamilyMembersAndTheirRole) {
  ASSERT_EQ(Call(verb::get, "/ons-gezin", Member("Pia Bakker")).status, 200u);
  const auto log = Call(verb::get, "/gezinnen/" + family_ + "/inzage", lead_);
  ASSERT_EQ(log.status, 200u);
  EXPECT_TRUE(Has(log.body, "las Pia Bakker (ouder) de pagina Ons gezin")) << log.body;
  EXPECT_FALSE(Has(log.body, "Pia Bakker (betrokken professional)"));
}

}  // namespace
}  // namespace stip::web
