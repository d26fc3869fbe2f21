// The shared entry card: what a family member and a professional read on it (reactions next to
// the entry, the withheld placeholder in plain Dutch, corrections marked both ways) and the
// forms it carries.
#include "web/entry_card.h"

#include <gtest/gtest.h>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr domain::Millis kMarch3 = 1772543100000;  // 3 March 2026, 14:05 in Amsterdam

domain::Family Family() {
  domain::Family f;
  f.id = "fam_1";
  f.name = "Gezin Test";
  domain::Member m;
  m.id = "mem_m";
  m.name = "Marloes Veldhoven";
  m.role = domain::MemberRole::kParent;
  domain::Member k;
  k.id = "mem_k";
  k.name = "Kai Veldhoven";
  k.role = domain::MemberRole::kChild;
  f.members = {m, k};
  return f;
}

app::EntryView Visible(bool professional) {
  app::EntryView v;
  v.entry.id = "ent_1";
  v.entry.family_id = "fam_1";
  v.entry.kind = domain::EntryKind::kObservation;
  v.entry.source = "huisbezoek";
  v.entry.text = "Het gesprek was op maandag.";
  v.entry.created_at = kMarch3;
  v.author_name = "Sanne de Wit";
  v.decision.visibility = domain::Visibility::kVisible;
  v.decision.may_react = !professional;
  v.decision.may_request_correction = !professional;
  v.professional = professional;
  return v;
}

app::ReactionView Reaction(domain::ReactionKind kind, const std::string& text) {
  app::ReactionView r;
  r.reaction.id = "rea_" + std::to_string(static_cast<int>(kind));
  r.reaction.entry_id = "ent_1";
  r.reaction.member_id = "mem_m";
  r.reaction.kind = kind;
  r.reaction.text = text;
  r.reaction.created_at = kMarch3;
  r.member_name = "Marloes Veldhoven";
  return r;
}

app::WithholdingView Withholding(bool in_force, bool lifted) {
  app::WithholdingView w;
  w.withholding.id = "whd_1";
  w.withholding.entry_id = "ent_1";
  w.withholding.member_id = "mem_m";
  w.withholding.ground = domain::WithholdingGround::kProtectsThirdPerson;
  w.withholding.reason = "Er staat in wie de zorg meldde.";
  w.withholding.decided_by = "usr_1";
  w.withholding.decided_at = kMarch3;
  w.withholding.review_date = {2026, 6, 1};
  w.withholding.lifted = lifted;
  w.decided_by_name = "Sanne de Wit";
  w.member_name = "Marloes Veldhoven";
  w.in_force = in_force;
  w.lapse_date = {2026, 6, 1};
  return w;
}

class EntryCardTest : public ::testing::Test {
 protected:
  std::string Render(const app::EntryView& view, bool forms = true, bool may_withhold = false,
                     const CardForm* typed = nullptr) {
    CardContext c;
    c.locale = "nl";
    c.page_path = view.professional ? "/gezinnen/fam_1" : "/ons-gezin";
    c.action_base = c.page_path;
    c.forms = forms;
    c.may_withhold = may_withhold;
    c.family = &family_;
    c.typed = typed;
    Data data = EntryCard(view, c);
    data.set("t", MessagesFor("nl"));
    data.set("csrf", "csrf-token");
    std::string error;
    auto html = RenderTemplate("_entry", data, &error);
    EXPECT_TRUE(html) << error;
    return html.value_or("");
  }

  domain::Family family_ = Family();
};

bool Has(const std::string& html, const std::string& part) {
  return html.find(part) != std::string::npos;
}

TEST_F(EntryCardTest, ShowsTheEntryWithItsReactionsInDutch) {
  app::EntryView v = Visible(false);
  v.reactions.push_back(Reaction(domain::ReactionKind::kUnderstood, ""));
  app::ReactionView request =
      Reaction(domain::ReactionKind::kCorrectionRequest, "Het was op dinsdag.");
  request.reaction.deadline = domain::Date{2026, 4, 3};
  v.reactions.push_back(request);
  v.reactions.push_back(Reaction(domain::ReactionKind::kDisagreement, "Zo ging het niet."));
  v.reactions.push_back(Reaction(domain::ReactionKind::kOwnStatement, "Mijn kant <b>hier</b>."));
  const std::string html = Render(v);
  EXPECT_TRUE(Has(html, "id=\"aantekening-ent_1\""));
  EXPECT_TRUE(Has(html, "Observatie"));
  EXPECT_TRUE(Has(html, "Het gesprek was op maandag."));
  EXPECT_TRUE(Has(html, "Sanne de Wit"));
  EXPECT_TRUE(Has(html, "3 maart 2026"));
  for (const char* kind :
       {"Dit klopt", "Correctie gevraagd", "Niet mee eens", "Eigen verklaring"}) {
    EXPECT_TRUE(Has(html, std::string("<strong>") + kind + "</strong>")) << kind;
  }
  EXPECT_TRUE(Has(html, "Het was op dinsdag."));
  EXPECT_TRUE(Has(html, "Het antwoord komt uiterlijk op 3 april 2026."));
  EXPECT_TRUE(Has(html, "Mijn kant &lt;b&gt;hier&lt;/b&gt;.")) << "reaction text is escaped";
  EXPECT_FALSE(Has(html, "<b>hier"));
}

TEST_F(EntryCardTest, AnOverdueAndAnAnsweredCorrectionRequestSaySo) {
  app::EntryView v = Visible(true);
  app::ReactionView late = Reaction(domain::ReactionKind::kCorrectionRequest, "Fout.");
  late.reaction.deadline = domain::Date{2026, 4, 3};
  late.overdue = true;
  v.reactions.push_back(late);
  app::ReactionView done = Reaction(domain::ReactionKind::kCorrectionRequest, "Ook fout.");
  done.reaction.status = domain::RequestStatus::kAccepted;
  done.reaction.answer = "U heeft gelijk.";
  done.reaction.answered_at = kMarch3;
  done.reaction.correction_entry_id = "ent_2";
  done.answered_by_name = "Youssef Amrani";
  v.reactions.push_back(done);
  const std::string html = Render(v);
  EXPECT_TRUE(Has(html, "stip-reaction--overdue"));
  EXPECT_TRUE(Has(html, "<strong>Te laat: het antwoord had er uiterlijk op 3 april 2026"));
  EXPECT_TRUE(Has(html, "Verbeterd. Besloten door Youssef Amrani op 3 maart 2026"));
  EXPECT_TRUE(Has(html, "U heeft gelijk."));
  EXPECT_TRUE(Has(html, "href=\"/gezinnen/fam_1#aantekening-ent_2\""));
}

TEST_F(EntryCardTest, CorrectedAndCorrectingEntriesPointAtEachOther) {
  app::EntryView old = Visible(false);
  old.entry.corrected_by = "ent_2";
  std::string html = Render(old);
  EXPECT_TRUE(Has(html, "Gecorrigeerd"));
  EXPECT_TRUE(Has(html, "stip-entry--corrected"));
  EXPECT_TRUE(Has(html, "href=\"/ons-gezin#aantekening-ent_2\""));
  EXPECT_TRUE(Has(html, "Het gesprek was op maandag.")) << "the old text stays readable";

  app::EntryView fix = Visible(false);
  fix.entry.id = "ent_2";
  fix.entry.corrects = "ent_1";
  html = Render(fix);
  EXPECT_TRUE(Has(html, "Correctie van een eerdere aantekening"));
  EXPECT_TRUE(Has(html, "href=\"/ons-gezin#aantekening-ent_1\""));
  EXPECT_FALSE(Has(html, "Gecorrigeerd"));
}

TEST_F(EntryCardTest, TheFamilyMemberGetsTheReactionFormOfTheContract) {
  const std::string html = Render(Visible(false));
  EXPECT_TRUE(Has(html,
                  "<form class=\"stip-reaction-form\" method=\"post\" "
                  "action=\"/ons-gezin/aantekeningen/ent_1/reacties\">"));
  for (const char* value : {"understood", "correction_request", "disagreement", "own_statement"}) {
    EXPECT_TRUE(Has(html, std::string("name=\"soort\" value=\"") + value + "\"")) << value;
  }
  EXPECT_TRUE(Has(html, "<label class=\"utrecht-form-label\" for=\"reactie-ent_1-tekst\">"));
  EXPECT_TRUE(Has(html, "name=\"tekst\""));
  EXPECT_TRUE(Has(html, "Reactie versturen"));
  EXPECT_TRUE(Has(html, "name=\"_csrf\" value=\"csrf-token\""));
  EXPECT_FALSE(Has(html, "achterhouden")) << "no professional forms for the family";

  app::EntryView no_correction = Visible(false);
  no_correction.decision.may_request_correction = false;
  EXPECT_FALSE(Has(Render(no_correction), "value=\"correction_request\""));
  EXPECT_FALSE(Has(Render(Visible(false), /*forms=*/false), "<form"))
      << "the printable page has no forms";
}

TEST_F(EntryCardTest, TheWithheldPlaceholderExplainsInPlainDutch) {
  app::EntryView v;
  v.entry.id = "ent_1";
  v.entry.created_at = kMarch3;
  v.decision.visibility = domain::Visibility::kWithheld;
  v.decision.may_object = true;
  v.withholdings.push_back(Withholding(true, false));
  const std::string html = Render(v);
  EXPECT_TRUE(Has(html, "Deze aantekening laten we je nu niet zien"));
  EXPECT_TRUE(Has(html, "Het gaat om deze ene aantekening."));
  EXPECT_TRUE(Has(html, std::string(domain::GroundExplanation(
                            domain::WithholdingGround::kProtectsThirdPerson))));
  EXPECT_TRUE(Has(html, "Er staat in wie de zorg meldde."));
  EXPECT_TRUE(Has(html, "Besloten door Sanne de Wit op 3 maart 2026, 14:05."));
  EXPECT_TRUE(Has(html, "Op 1 juni 2026 kijken we er opnieuw naar."));
  EXPECT_TRUE(Has(html, "Dan kun je bezwaar maken."));
  EXPECT_TRUE(Has(html, "action=\"/ons-gezin/achterhoudingen/whd_1/bezwaar\""));
  EXPECT_TRUE(Has(html, "Bezwaar maken"));
  EXPECT_FALSE(Has(html, "stip-reaction-form")) << "no reactions on what one cannot read";

  // After objecting: the objection and its state, and no second form.
  domain::Objection o;
  o.id = "obj_1";
  o.member_id = "mem_m";
  o.text = "Ik wil weten wat er staat.";
  o.filed_at = kMarch3;
  v.withholdings[0].objections.push_back(o);
  const std::string after = Render(v);
  EXPECT_TRUE(Has(after, "Bezwaar van Marloes Veldhoven op 3 maart 2026, 14:05:"));
  EXPECT_TRUE(Has(after, "Nog niet beantwoord."));
  EXPECT_FALSE(Has(after, "/bezwaar\""));
}

TEST_F(EntryCardTest, ProfessionalsSeeEveryWithholdingWithItsStateAndForms) {
  app::EntryView v = Visible(true);
  app::WithholdingView active = Withholding(true, false);
  active.may_renew = true;
  active.may_answer_objection = true;
  domain::Objection o;
  o.id = "obj_1";
  o.member_id = "mem_m";
  o.text = "Ik wil het lezen.";
  o.filed_at = kMarch3;
  active.objections.push_back(o);
  v.withholdings.push_back(active);
  app::WithholdingView lifted = Withholding(false, true);
  lifted.withholding.id = "whd_2";
  v.withholdings.push_back(lifted);
  app::WithholdingView lapsed = Withholding(false, false);
  lapsed.withholding.id = "whd_3";
  v.withholdings.push_back(lapsed);
  const std::string html = Render(v, true, /*may_withhold=*/true);
  EXPECT_TRUE(Has(html, "Achtergehouden voor Marloes Veldhoven"));
  EXPECT_TRUE(Has(html, "Van kracht. Vervalt op 1 juni 2026"));
  EXPECT_TRUE(Has(html, "Opgeheven."));
  EXPECT_TRUE(Has(html, "Vervallen op 1 juni 2026."));
  EXPECT_TRUE(Has(html, "Bescherming van een ander"));
  EXPECT_TRUE(Has(html, "action=\"/gezinnen/fam_1/achterhoudingen/whd_1/verlengen\""));
  EXPECT_TRUE(Has(html, "action=\"/gezinnen/fam_1/achterhoudingen/whd_1/opheffen\""));
  EXPECT_FALSE(Has(html, "whd_2/verlengen")) << "a lifted withholding is not renewed";
  EXPECT_TRUE(Has(html, "action=\"/gezinnen/fam_1/bezwaren/obj_1/antwoord\""));
  // The withhold form: every member, every ground with its plain explanation.
  EXPECT_TRUE(Has(html, "action=\"/gezinnen/fam_1/aantekeningen/ent_1/achterhouden\""));
  EXPECT_TRUE(Has(html, "<option value=\"mem_k\">Kai Veldhoven (kind)</option>"));
  for (const char* g : {"protects_third_person", "serious_harm_to_child",
                        "young_person_confidential", "running_investigation"}) {
    EXPECT_TRUE(Has(html, std::string("name=\"grond\" value=\"") + g + "\"")) << g;
  }
  EXPECT_TRUE(Has(html, std::string(domain::GroundExplanation(
                            domain::WithholdingGround::kSeriousHarmToChild))));
  EXPECT_TRUE(Has(html, "name=\"herzien_op\" type=\"date\""));
  EXPECT_FALSE(Has(html, "stip-reaction-form")) << "professionals do not react";

  // The lead who decided it may not answer the objection; without the right, no forms at all.
  v.withholdings[0].may_answer_objection = false;
  EXPECT_FALSE(Has(Render(v, true, true), "bezwaren/obj_1/antwoord"));
  EXPECT_FALSE(Has(Render(v, true, /*may_withhold=*/false), "<form"));
}

TEST_F(EntryCardTest, AFormThatCameBackShowsItsErrorsAndWhatWasTyped) {
  const std::vector<domain::FieldError> errors = {
      {"text",
       domain::FieldCode::kTooLong,
       "is too long: 6000 characters, at most 5000 allowed",
       {{"max", 5000}, {"length", 6000}}}};
  const std::array fields = {FormField{"kind", "soort", "label_reaction_kind", "understood"},
                             FormField{"text", "tekst", "label_reaction_text", ""}};
  const CardForm typed =
      CardFormWithErrors("nl", card_form::kReaction, "ent_1",
                         {{"soort", "own_statement"}, {"tekst", "Mijn verhaal"}}, errors, fields);
  ASSERT_EQ(typed.summary.size(), 1u);
  EXPECT_EQ(typed.summary[0].anchor, "reactie-ent_1-tekst");
  EXPECT_EQ(typed.summary[0].message,
            "Reactie: dit is te lang. Er mogen hoogstens 5000 tekens in.");
  const std::string html = Render(Visible(false), true, false, &typed);
  EXPECT_TRUE(Has(html, "<details class=\"stip-details stip-no-print\" open>"));
  EXPECT_TRUE(Has(html, "aria-invalid=\"true\""));
  EXPECT_TRUE(Has(html, "id=\"reactie-ent_1-tekst-fout\""));
  EXPECT_TRUE(Has(html, ">Mijn verhaal</textarea>"));
  EXPECT_TRUE(Has(html, "value=\"own_statement\" checked"));

  // Another card's form is not touched by it.
  app::EntryView other = Visible(false);
  other.entry.id = "ent_9";
  EXPECT_FALSE(Has(Render(other, true, false, &typed), "aria-invalid"));
}

}  // namespace
}  // namespace stip::web
