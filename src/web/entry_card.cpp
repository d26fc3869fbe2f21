// The entry card: one app::EntryView as template data for _entry.mustache, the same on the
// professional's file page, "Ons gezin" and its printable copy.
#include "web/entry_card.h"

#include "domain/access.h"
#include "web/entry_card_forms.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr std::array kReactionKinds = {
    domain::ReactionKind::kUnderstood, domain::ReactionKind::kCorrectionRequest,
    domain::ReactionKind::kDisagreement, domain::ReactionKind::kOwnStatement};
constexpr std::array kGrounds = {domain::WithholdingGround::kProtectsThirdPerson,
                                 domain::WithholdingGround::kSeriousHarmToChild,
                                 domain::WithholdingGround::kYoungPersonConfidential,
                                 domain::WithholdingGround::kRunningInvestigation};

std::string T(const CardContext& c, std::string_view key) {
  return std::string(Text(c.locale, key));
}

std::string MemberName(const CardContext& c, const std::string& id) {
  if (c.family) {
    for (const auto& m : c.family->members) {
      if (m.id == id) return m.name;
    }
  }
  return T(c, "unknown_person");
}

std::string CardHref(const CardContext& c, const std::string& entry_id) {
  return c.page_path + "#aantekening-" + entry_id;
}

std::string Action(const CardContext& c, std::string_view what, const std::string& id,
                   std::string_view verb) {
  std::string path = c.action_base + "/" + std::string(what) + "/" + UrlEncode(id);
  if (!verb.empty()) path += "/" + std::string(verb);
  return path;
}

Data Reaction(const CardContext& c, const app::ReactionView& rv) {
  const domain::Reaction& r = rv.reaction;
  Data d;
  d.set("kind", T(c, "reaction_" + std::string(domain::ToString(r.kind))));
  d.set("kind_code", std::string(domain::ToString(r.kind)));
  d.set("name", rv.member_name);
  d.set("when", FormatDateTime(r.created_at, c.locale));
  d.set("when_iso", IsoLocal(r.created_at));
  d.set("text", Opt(r.text));
  d.set("overdue", rv.overdue);
  std::string status;
  if (r.kind == domain::ReactionKind::kCorrectionRequest) {
    const std::string deadline = r.deadline ? FormatLongDate(*r.deadline, c.locale) : "";
    const std::string answered = FormatDateTime(r.answered_at, c.locale);
    switch (r.status) {
      case domain::RequestStatus::kOpen:
        status = Fill(Text(c.locale, rv.overdue ? "card_request_overdue" : "card_request_open"),
                      {{"date", deadline}});
        break;
      case domain::RequestStatus::kAccepted:
        status = Fill(Text(c.locale, "card_request_accepted"),
                      {{"name", rv.answered_by_name}, {"date", answered}});
        break;
      case domain::RequestStatus::kRejected:
        status = Fill(Text(c.locale, "card_request_rejected"),
                      {{"name", rv.answered_by_name}, {"date", answered}});
        break;
    }
  }
  d.set("status", Opt(status));
  d.set("answer", Opt(r.answer));
  d.set("correction_href",
        r.correction_entry_id.empty() ? Data(false) : Data(CardHref(c, r.correction_entry_id)));
  return d;
}

Data Objection(const CardContext& c, const domain::Objection& o, bool may_answer) {
  Data d;
  d.set("line",
        Fill(Text(c.locale, "card_objection"), {{"name", MemberName(c, o.member_id)},
                                                {"date", FormatDateTime(o.filed_at, c.locale)}}));
  d.set("text", o.text);
  const std::string answered = FormatDateTime(o.answered_at, c.locale);
  d.set("status", o.status == domain::RequestStatus::kOpen
                      ? T(c, "card_objection_open")
                      : Fill(Text(c.locale, o.status == domain::RequestStatus::kAccepted
                                                ? "card_objection_upheld"
                                                : "card_objection_rejected"),
                             {{"date", answered}}));
  d.set("answer", Opt(o.answer));
  if (may_answer && c.forms && c.may_withhold && o.status == domain::RequestStatus::kOpen) {
    FormBuilder f(c, card_form::kObjectionAnswer, o.id, Action(c, "bezwaren", o.id, "antwoord"));
    Data form = f.Base();
    form.set("gegrond", f.Radios("gegrond", "form_objection_answer_legend",
                                 {{"ja", T(c, "form_objection_upheld"), ""},
                                  {"nee", T(c, "form_objection_rejected"), ""}}));
    form.set("antwoord", f.Textarea("antwoord", "form_answer", ""));
    d.set("answer_form", form);
  } else {
    d.set("answer_form", false);
  }
  return d;
}

Data Objections(const CardContext& c, const app::WithholdingView& w) {
  Data list{Data::type::list};
  for (const auto& o : w.objections) list.push_back(Objection(c, o, w.may_answer_objection));
  return list;
}

bool HasOpenObjection(const app::WithholdingView& w) {
  for (const auto& o : w.objections) {
    if (o.status == domain::RequestStatus::kOpen) return true;
  }
  return false;
}

// The placeholder the member it is withheld from sees: why, by whom, until when, how to object.
Data Placeholder(const CardContext& c, const app::EntryView& view, const app::WithholdingView& w) {
  const domain::Withholding& h = w.withholding;
  Data d;
  d.set("ground", std::string(domain::GroundExplanation(h.ground)));
  d.set("reason", h.reason);
  d.set("decided",
        Fill(Text(c.locale, "card_withheld_decided"),
             {{"name", w.decided_by_name}, {"date", FormatDateTime(h.decided_at, c.locale)}}));
  d.set("review", Fill(Text(c.locale, "card_withheld_review"),
                       {{"date", FormatLongDate(h.review_date, c.locale)}}));
  d.set("objections", Objections(c, w));
  const bool may_object = view.decision.may_object && w.in_force && !HasOpenObjection(w);
  d.set("may_object", may_object);
  if (may_object && c.forms) {
    FormBuilder f(c, card_form::kObjection, h.id, Action(c, "achterhoudingen", h.id, "bezwaar"));
    Data form = f.Base();
    form.set("tekst", f.Textarea("tekst", "form_object_text", ""));
    d.set("object_form", form);
  } else {
    d.set("object_form", false);
  }
  return d;
}

// A withholding as professionals see it, with its state and the forms to renew or lift it.
Data Withholding(const CardContext& c, const app::WithholdingView& w) {
  const domain::Withholding& h = w.withholding;
  Data d;
  d.set("from", h.whole_household
                    ? T(c, "card_withholding_from_all")
                    : Fill(Text(c.locale, "card_withholding_from"), {{"name", w.member_name}}));
  d.set("narrowed", h.narrowing_reason.empty()
                        ? Data(false)
                        : Data(T(c, "card_withholding_narrowed") + " " + h.narrowing_reason));
  d.set("ground_name", T(c, "ground_" + std::string(domain::ToString(h.ground))));
  d.set("reason", h.reason);
  d.set("decided",
        Fill(Text(c.locale, "card_withheld_decided"),
             {{"name", w.decided_by_name}, {"date", FormatDateTime(h.decided_at, c.locale)}}));
  const std::string lapse = FormatLongDate(w.lapse_date, c.locale);
  d.set("state", h.lifted     ? T(c, "card_withholding_lifted")
                 : w.in_force ? Fill(Text(c.locale, "card_withholding_in_force"), {{"date", lapse}})
                              : Fill(Text(c.locale, "card_withholding_lapsed"), {{"date", lapse}}));
  d.set("in_force", w.in_force);
  d.set("objections", Objections(c, w));
  const bool forms = c.forms && c.may_withhold && w.may_renew;
  if (forms) {
    FormBuilder renew(c, card_form::kRenew, h.id, Action(c, "achterhoudingen", h.id, "verlengen"));
    Data r = renew.Base();
    r.set("herzien_op", renew.Input("herzien_op", "date", "form_renew_review", ""));
    r.set("reden", renew.Textarea("reden", "form_renew_reason", "", h.reason));
    d.set("renew_form", r);
    FormBuilder lift(c, card_form::kLift, h.id, Action(c, "achterhoudingen", h.id, "opheffen"));
    Data l = lift.Base();
    l.set("reden", lift.Textarea("reden", "form_lift_reason", ""));
    d.set("lift_form", l);
  } else {
    d.set("renew_form", false);
    d.set("lift_form", false);
  }
  return d;
}

Data ReactForm(const CardContext& c, const app::EntryView& view) {
  const auto& decision = view.decision;
  if (!c.forms || view.professional || decision.visibility != domain::Visibility::kVisible ||
      !(decision.may_react || decision.may_request_correction)) {
    return Data(false);
  }
  FormBuilder f(c, card_form::kReaction, view.entry.id,
                Action(c, "aantekeningen", view.entry.id, "reacties"));
  std::vector<RadioOption> kinds;
  for (const auto kind : kReactionKinds) {
    const bool correction = kind == domain::ReactionKind::kCorrectionRequest;
    if (correction ? !decision.may_request_correction : !decision.may_react) continue;
    const std::string code(domain::ToString(kind));
    kinds.push_back({code, T(c, "form_react_" + code), ""});
  }
  Data form = f.Base();
  form.set("soort", f.Radios("soort", "form_react_legend", kinds));
  form.set("tekst", f.Textarea("tekst", "form_react_text", "form_react_text_hint"));
  return form;
}

Data WithholdForm(const CardContext& c, const app::EntryView& view) {
  if (!c.forms || !c.may_withhold || !view.professional || !c.family) return Data(false);
  FormBuilder f(c, card_form::kWithhold, view.entry.id,
                Action(c, "aantekeningen", view.entry.id, "achterhouden"));
  std::vector<std::pair<std::string, std::string>> members;
  for (const auto& m : c.family->members) {
    members.emplace_back(m.id, m.name + " (" + MemberRoleText(c.locale, m.role) + ")");
  }
  std::vector<RadioOption> grounds;
  for (const auto g : kGrounds) {
    const std::string code(domain::ToString(g));
    grounds.push_back({code, T(c, "ground_" + code), std::string(domain::GroundExplanation(g))});
  }
  Data form = f.Base();
  // Issue 13: "Voor wie?" is the whole household (the first choice: also members added later),
  // one member, or several: those ticked below. Protecting a third party for fewer than all
  // needs the reason under it.
  std::vector<std::pair<std::string, std::string>> scopes = members;
  scopes.emplace_back("leden", T(c, "form_withhold_scope_some"));
  form.set("lid", f.Select("lid", "form_withhold_scope", "form_withhold_scope_all", scopes));
  form.set("leden", f.Checkboxes("leden", "form_withhold_members", "", members));
  form.set("reden_beperking", f.Textarea("reden_beperking", "form_withhold_narrowing",
                                         "form_withhold_narrowing_hint"));
  form.set("grond", f.Radios("grond", "form_withhold_ground", grounds));
  form.set("reden", f.Textarea("reden", "form_withhold_reason", ""));
  form.set("herzien_op",
           f.Input("herzien_op", "date", "form_withhold_review", "form_withhold_review_hint"));
  return form;
}

}  // namespace

Data EntryCard(const app::EntryView& view, const CardContext& c, bool is_new) {
  const domain::Entry& e = view.entry;
  const bool withheld = view.decision.visibility == domain::Visibility::kWithheld;
  Data d;
  d.set("id", e.id);
  d.set("anchor", "aantekening-" + e.id);
  d.set("new", is_new);
  d.set("withheld", withheld);
  d.set("created", FormatDateTime(e.created_at, c.locale));
  d.set("created_iso", IsoLocal(e.created_at));
  d.set("kind", EntryKindText(c.locale, e.kind));
  d.set("kind_code", std::string(domain::ToString(e.kind)));
  const std::string author = view.author_name.empty() ? T(c, "unknown_person") : view.author_name;
  d.set("meta", e.source.empty() ? Fill(Text(c.locale, "card_written_by"), {{"author", author}})
                                 : Fill(Text(c.locale, "family_entry_meta"),
                                        {{"source", e.source}, {"author", author}}));
  d.set("text", e.text);
  const auto link = [&](const std::string& id) {
    if (id.empty() || withheld) return Data(false);
    Data l;
    l.set("href", CardHref(c, id));
    return l;
  };
  d.set("corrected", link(e.corrected_by));
  d.set("correction_of", link(e.corrects));

  Data reactions{Data::type::list};
  for (const auto& r : view.reactions) reactions.push_back(Reaction(c, r));
  d.set("reactions", reactions);
  d.set("has_reactions", !view.reactions.empty());

  Data placeholders{Data::type::list};
  Data withholdings{Data::type::list};
  for (const auto& w : view.withholdings) {
    if (view.professional) {
      withholdings.push_back(Withholding(c, w));
    } else if (withheld) {
      placeholders.push_back(Placeholder(c, view, w));
    }
  }
  d.set("placeholders", placeholders);
  d.set("withholdings", withholdings);
  d.set("has_withholdings", view.professional && !view.withholdings.empty());
  d.set("react_form", ReactForm(c, view));
  d.set("withhold_form", withheld ? Data(false) : WithholdForm(c, view));
  d.set("readers", view.professional && !view.readers.empty() ? ReadersData(c.locale, view.readers)
                                                              : Data(false));
  return d;
}

Data ReadersData(std::string_view locale, const std::vector<app::ReaderView>& readers) {
  Data list{Data::type::list};
  for (const auto& r : readers) {
    std::string key;
    const bool reads = r.reader.visibility == domain::Visibility::kVisible;
    if (reads) {
      key = "readers_can";
    } else if (r.reader.visibility == domain::Visibility::kWithheld) {
      key = "reader_withheld";
    } else {
      key = "reader_" + std::string(domain::ToString(r.reader.reason));
      if (Text(locale, key) == kMissingMessage) key = "reader_other";
    }
    Data d;
    d.set("name", r.member_name);
    d.set("what", std::string(Text(locale, key)));
    d.set("reads", reads);
    d.set("reason_code", std::string(reads ? "reads" : domain::ToString(r.reader.reason)));
    list.push_back(d);
  }
  Data out;
  out.set("list", list);
  return out;
}

Data OpenCorrectionsData(const std::vector<app::OpenCorrection>& open, const CardContext& c) {
  Data list{Data::type::list};
  for (const auto& oc : open) {
    const domain::Reaction& r = oc.reaction.reaction;
    Data d;
    d.set("anchor", "correctieverzoek-" + r.id);
    d.set("line", Fill(Text(c.locale, "corrections_request"),
                       {{"name", oc.reaction.member_name},
                        {"date", FormatDateTime(r.created_at, c.locale)}}));
    d.set("text", r.text);
    d.set("overdue", oc.reaction.overdue);
    d.set("deadline",
          Fill(Text(c.locale, oc.reaction.overdue ? "corrections_overdue" : "corrections_deadline"),
               {{"date", FormatLongDate(oc.deadline, c.locale)}}));
    d.set("entry_href", CardHref(c, oc.entry_id));
    d.set("entry_text", oc.entry.text);
    if (c.forms && c.may_withhold) {
      FormBuilder f(c, card_form::kCorrectionAnswer, r.id,
                    Action(c, "correcties", r.id, "antwoord"));
      Data form = f.Base();
      form.set("aanvaard", f.Radios("aanvaard", "form_correction_legend",
                                    {{"ja", T(c, "form_correction_accept"), ""},
                                     {"nee", T(c, "form_correction_reject"), ""}}));
      form.set("antwoord", f.Textarea("antwoord", "form_answer", ""));
      form.set("tekst", f.Textarea("tekst", "form_correction_text", "form_correction_text_hint",
                                   oc.entry.text, 6));
      d.set("answer_form", form);
    } else {
      d.set("answer_form", false);
    }
    list.push_back(d);
  }
  return list;
}

}  // namespace stip::web
