// The family file (gezinsdossier): the fixed face first, the household with custody, the
// timeline of entries, and the form to add one. Every view of it is on the access log.
#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "web/advice.h"
#include "web/assets.h"
#include "web/entry_card.h"
#include "web/field_errors.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/page_family_accounts.h"
#include "web/page_handlers.h"
#include "web/url.h"
#include "web/views.h"

namespace stip::web {
namespace {

constexpr int kEntriesPerPage = 20;
constexpr std::array<domain::EntryKind, 5> kKinds = {
    domain::EntryKind::kFact, domain::EntryKind::kObservation, domain::EntryKind::kOpinion,
    domain::EntryKind::kAgreement, domain::EntryKind::kConversationReport};

// What the person typed into the add-entry form, and what was wrong with it.
struct EntryFormState {
  std::string kind;
  std::string source;
  std::string text;
  std::string kind_error;
  std::string source_error;
  std::string text_error;
  // Issue 13: whom it concerns (member ids ticked) and the young person it is confidential to,
  // and after "Wie kan dit lezen?" the readers it would have.
  std::vector<std::string> concerns;
  std::string confidential_of;
  std::string concerns_error;
  std::string confidential_error;
  std::optional<std::vector<app::ReaderView>> readers;
  std::vector<SummaryLine> summary;
  // "Taal controleren": advice on `text`, shown under the form; nothing saved.
  std::optional<domain::PlainLanguageReport> advice;
};

std::string FamilyPath(const std::string& id) { return "/gezinnen/" + UrlEncode(id); }

Data Contact(const app::Professional& p) {
  Data d;
  d.set("name", p.user.display_name);
  d.set("team", Opt(p.team ? p.team->name : std::string()));
  d.set("organisation", Opt(p.organisation ? p.organisation->name : std::string()));
  // The person's own number first; the team's when they have none.
  const std::string phone = !p.user.phone.empty() ? p.user.phone
                            : p.team              ? p.team->phone
                                                  : std::string();
  const std::string email = !p.user.email.empty() ? p.user.email
                            : p.team              ? p.team->email
                                                  : std::string();
  d.set("phone", Opt(phone));
  d.set("phone_href", PhoneHref(phone));
  d.set("email", Opt(email));
  d.set("email_href", "mailto:" + email);
  return d;
}

Data Members(std::string_view locale, const domain::Family& family, const domain::Date& today) {
  Data list{Data::type::list};
  for (const auto& m : family.members) {
    Data item;
    item.set("name", m.name);
    item.set("role", MemberRoleText(locale, m.role));
    item.set("birth", FormatLongDate(m.birth_date, locale));
    item.set("birth_iso", domain::FormatDate(m.birth_date));
    item.set("age", AgeText(locale, domain::AgeOn(m.birth_date, today)));
    list.push_back(item);
  }
  return list;
}

Data CustodyLines(std::string_view locale, const domain::Family& family) {
  std::map<std::string, std::string> names;
  for (const auto& m : family.members) names[m.id] = m.name;
  const auto name_of = [&](const std::string& id) {
    const auto it = names.find(id);
    return it == names.end() ? std::string(Text(locale, "unknown_person")) : it->second;
  };
  Data list{Data::type::list};
  for (const auto& c : family.custody) {
    list.push_back(Fill(Text(locale, c.has_custody ? "family_custody_has" : "family_custody_not"),
                        {{"parent", name_of(c.parent_id)}, {"child", name_of(c.child_id)}}));
  }
  return list;
}

Data EntryForm(std::string_view locale, const EntryFormState& state, const domain::Family& family,
               const domain::Date& today) {
  Data form;
  Data members{Data::type::list};
  Data confidential{Data::type::list};
  Data none;
  none.set("value", "");
  none.set("label", std::string(Text(locale, "entry_confidential_none")));
  none.set("selected", state.confidential_of.empty());
  confidential.push_back(none);
  for (const auto& m : family.members) {
    Data item;
    item.set("id", m.id);
    item.set("label", m.name + " (" + MemberRoleText(locale, m.role) + ")");
    item.set("checked",
             std::find(state.concerns.begin(), state.concerns.end(), m.id) != state.concerns.end());
    members.push_back(item);
    // Only a child of 16 or older can have confidential information of their own.
    if (m.role != domain::MemberRole::kChild || domain::AgeOn(m.birth_date, today) < 16) continue;
    Data option;
    option.set("value", m.id);
    option.set("label", m.name);
    option.set("selected", state.confidential_of == m.id);
    confidential.push_back(option);
  }
  form.set("members", members);
  form.set("confidential_options", confidential);
  form.set("concerns_error", Opt(state.concerns_error));
  form.set("confidential_error", Opt(state.confidential_error));
  form.set("readers", state.readers ? ReadersData(locale, *state.readers) : Data(false));
  Data kinds{Data::type::list};
  for (const auto kind : kKinds) {
    Data k;
    k.set("value", std::string(domain::ToString(kind)));
    k.set("label", EntryKindText(locale, kind));
    k.set("hint", EntryKindHint(locale, kind));
    k.set("checked", state.kind == domain::ToString(kind));
    kinds.push_back(k);
  }
  form.set("kinds", kinds);
  form.set("source", state.source);
  form.set("text", state.text);
  form.set("kind_error", Opt(state.kind_error));
  form.set("source_error", Opt(state.source_error));
  form.set("text_error", Opt(state.text_error));
  return form;
}

// Plain-language help (issue 3): the texts for the live script, the advice after "Taal
// controleren", and after a save the advice on the entry just saved (?opgeslagen=<entry id>).
void SetAdvice(Data& page, std::string_view locale, const http::Request& req,
               const app::FamilyOverview& view, const EntryFormState& entry_form, unsigned status) {
  page.set("advice_script", AssetUrl("stip-advice.js"));
  page.set("advice_texts", AdviceScriptData(locale));
  page.set("checked", entry_form.advice.has_value());
  page.set("entry_advice", entry_form.advice
                               ? AdviceData(locale, *entry_form.advice, "advice_title")
                               : Data(false));
  page.set("saved_advice", false);
  const auto saved = req.query.find("opgeslagen");
  if (saved == req.query.end() || status != 200) return;
  for (const auto& e : view.entries) {
    if (e.id != saved->second || e.author_id != req.principal->user.id) continue;
    page.set("saved_advice",
             AdviceData(locale, domain::CheckPlainLanguage(e.text), "advice_title_saved"));
  }
}

http::Response RenderFamily(app::Stip& stip, const domain::Clock& clock, const http::Request& req,
                            unsigned status, const EntryFormState& entry_form,
                            const CardForm* typed = nullptr) {
  const std::string& id = req.params.at("id");
  const std::int64_t before = ParseBefore(req, "voor");
  // Issue 10 item 9: the professional's purpose, when it is not the usual help ("doel").
  const std::string purpose = ChosenPurpose(req);
  auto view = stip.OpenFamily(*req.principal, id, domain::Page{before, kEntriesPerPage}, purpose);
  if (!view) return ErrorFor(req, view.error());
  const std::string_view locale = NormalLocale(req.locale);
  const std::string path = FamilyPath(view->family.id);
  const std::string purpose_query = purpose.empty() ? "" : "doel=" + UrlEncode(purpose);

  Data page;
  page.set("family_name", view->family.name);
  page.set("saved", req.query.count("opgeslagen") > 0 && status == 200);
  page.set("access_note", Fill(Text(locale, "family_access_note"),
                               {{"role", InvolvementRoleText(locale, view->my_role)}}));
  page.set("access_log_href",
           path + "/inzage" + (purpose_query.empty() ? "" : "?" + purpose_query));
  // A family member reads their own file; emergency access always reads as noodtoegang.
  page.set("purpose_form", req.principal->IsFamily() || view->emergency_until > 0
                               ? Data(false)
                               : PurposeChoice(locale, purpose, path));
  if (view->emergency_until > 0) {
    // Issue 10 item 4: read-only by emergency access, until the use ends.
    Data emergency;
    emergency.set("banner", Fill(Text(locale, "em_banner"),
                                 {{"until", FormatDateTime(view->emergency_until, locale)}}));
    emergency.set("note", std::string(Text(locale, "em_banner_note")));
    page.set("emergency", emergency);
  } else {
    page.set("emergency", false);
  }
  page.set("household_href", path + "/huishouden");  // issue 10
  // Issue 14 item 3: keeping and destroying (professionals; the read is this page's own).
  page.set("retention", false);
  if (!req.principal->IsFamily()) {
    if (auto r = stip.RetentionOf(*req.principal, id, false)) {
      Data block = RetentionBlock(locale, *r);
      block.set("href", path + "/bewaren");
      page.set("retention", block);
    }
  }
  page.set("safety_href",  // issue 11, with the purpose of the read as the access log has it
           path + "/veiligheid" + (purpose_query.empty() ? "" : "?" + purpose_query));
  // Issue 11 item 2: the family's own plan, and for the lead and the duo the 6-week term of the
  // professionals' plan when the family makes none (Jeugdwet 4.1.3).
  page.set("plan_href", path + "/plan" + (purpose_query.empty() ? "" : "?" + purpose_query));
  const auto plan_due =
      view->plan_offer ? domain::ProfessionalPlanDue(*view->plan_offer) : std::nullopt;
  page.set("plan_due", plan_due ? Data(Fill(Text(locale, "fp_due_file"),
                                            {{"date", FormatLongDate(*plan_due, locale)}}))
                                : Data(false));
  page.set("meetings_href",  // issue 11 items 3 and 4
           path + "/overleg" + (purpose_query.empty() ? "" : "?" + purpose_query));
  page.set("decisions_href",  // issue 12, with the purpose as above
           path + "/besluiten" + (purpose_query.empty() ? "" : "?" + purpose_query));
  // Issue 12 item 3: court measures, and the frame of the file (compulsory while one runs).
  page.set("measures_href",
           path + "/maatregelen" + (purpose_query.empty() ? "" : "?" + purpose_query));
  page.set("frame", std::string(Text(locale, view->frame == domain::Frame::kCompulsory
                                                 ? "ms_frame_compulsory"
                                                 : "ms_frame_voluntary")));
  page.set("compulsory", view->frame == domain::Frame::kCompulsory);
  page.set("child_voice_href",  // issue 11 item 5, with the purpose as above
           path + "/eigen-woorden" + (purpose_query.empty() ? "" : "?" + purpose_query));
  std::string unexplained;
  for (const auto& name : view->children_without_explanation) {
    unexplained += (unexplained.empty() ? "" : ", ") + name;
  }
  page.set("without_explanation",
           unexplained.empty()
               ? Data(false)
               : Data(Fill(Text(locale, "cv_without_explanation"), {{"names", unexplained}})));
  page.set("lead", Contact(view->lead));
  page.set("duo", view->duo ? Contact(*view->duo) : Data(false));
  page.set("members", Members(locale, view->family, ToAmsterdam(clock.Now()).date));
  page.set("members_caption",
           Fill(Text(locale, "family_members_caption"), {{"family", view->family.name}}));
  page.set("custody", CustodyLines(locale, view->family));
  page.set("has_custody", !view->family.custody.empty());
  // The shared entry cards, with the forms to withhold and to answer objections, and the
  // correction requests still to be answered at the top.
  CardContext cards;
  cards.locale = locale;
  cards.page_path = path;
  // A family member reading this page reacts and objects through the routes of Ons gezin.
  cards.action_base = req.principal->IsFamily() ? "/ons-gezin" : path;
  cards.may_withhold = view->may_withhold;
  cards.family = &view->family;
  cards.typed = typed;
  Data entries{Data::type::list};
  for (const auto& entry : view->entry_views) entries.push_back(EntryCard(entry, cards));
  page.set("entries", entries);
  page.set("has_entries", !view->entry_views.empty());
  page.set("corrections", OpenCorrectionsData(view->open_corrections, cards));
  page.set("has_corrections", !view->open_corrections.empty());
  page.set("card_form_failed", typed != nullptr);
  page.set("older_page", before > 0);
  page.set("newest_href", path + "#aantekeningen");
  page.set("older_href",
           view->next_before > 0
               ? Data(path + "?voor=" + std::to_string(view->next_before) +
                      (purpose_query.empty() ? "" : "&" + purpose_query) + "#aantekeningen")
               : Data(false));
  page.set("entry_action", path + "/aantekeningen");
  page.set("entry", EntryForm(locale, entry_form, view->family, ToAmsterdam(clock.Now()).date));
  SetAdvice(page, locale, req, *view, entry_form, status);
  page.set("accounts", req.principal->IsFamily() || view->emergency_until > 0
                           ? Data(false)
                           : AccountsSection(locale, *view, {}, req));
  SetSummary(page, typed ? typed->summary : entry_form.summary);

  PageMeta meta;
  meta.title = view->family.name;
  meta.self_path = path;
  meta.has_errors = typed || !entry_form.summary.empty();
  return RenderPage(req, status, "family", meta, std::move(page));
}

}  // namespace

http::Response FamilyFile(app::Stip& stip, const domain::Clock& clock, const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  return RenderFamily(stip, clock, req, 200, {});
}

http::Response FamilyFileWithForm(app::Stip& stip, const domain::Clock& clock,
                                  const http::Request& req, unsigned status,
                                  const CardForm& typed) {
  return RenderFamily(stip, clock, req, status, {}, &typed);
}

http::Response AddEntrySubmit(app::Stip& stip, const domain::Clock& clock,
                              const http::Request& req) {
  if (!req.principal) return ToLogin(req);
  const auto form = req.Form();
  const auto get = [&form](const char* key) {
    const auto it = form.find(key);
    return it == form.end() ? std::string() : it->second;
  };
  EntryFormState state;
  state.kind = get("soort");
  state.source = get("bron");
  state.text = get("tekst");
  for (const auto& [name, value] : form) {
    if (name.starts_with("over-") && value == "ja") state.concerns.push_back(name.substr(5));
  }
  state.confidential_of = get("vertrouwelijk");
  const std::string& id = req.params.at("id");
  const app::NewEntry entry{state.kind, state.source, state.text, state.concerns,
                            state.confidential_of};

  // "Taal controleren": the form again with the text as typed and advice on it; nothing saved.
  domain::Result<std::string> added = std::string();
  if (get("actie") == "lezers") {
    // "Wie kan dit lezen?": the form again with the readers it would have; nothing saved.
    auto readers = stip.PreviewReaders(*req.principal, id, entry);
    if (readers) {
      state.readers = std::move(*readers);
      return RenderFamily(stip, clock, req, 200, state);
    }
    added = tl::unexpected(std::move(readers.error()));
  } else if (get("actie") == "controleren") {
    auto advice = stip.AdviseOnText(*req.principal, state.text);
    if (advice) {
      state.advice = std::move(*advice);
      return RenderFamily(stip, clock, req, 200, state);
    }
    added = tl::unexpected(std::move(advice.error()));
  } else {
    added = stip.AddEntry(*req.principal, id, entry);
    if (added) {
      // The confirmation shows advice on the text just saved: the writer learns, unblocked.
      // With advice the page opens at the confirmation, else at the entries as before.
      const bool advice = !domain::CheckPlainLanguage(state.text).advice.empty();
      return http::Response::Redirect(FamilyPath(id) + "?opgeslagen=" + UrlEncode(*added) +
                                      (advice ? "#opgeslagen" : "#aantekeningen"));
    }
  }
  if (added.error().code != domain::Code::kInvalidArgument) return ErrorFor(req, added.error());

  // Show the file again with the form as it was typed and each problem next to its field.
  const std::string_view locale = NormalLocale(req.locale);
  for (const auto& field : added.error().fields) {
    std::string* target = nullptr;
    std::string anchor;
    std::string label;
    if (field.field == "kind") {
      target = &state.kind_error;
      anchor = "soort-fact";
      label = std::string(Text(locale, "label_kind"));
    } else if (field.field == "source") {
      target = &state.source_error;
      anchor = "bron";
      label = std::string(Text(locale, "label_source"));
    } else if (field.field == "text") {
      target = &state.text_error;
      anchor = "tekst";
      label = std::string(Text(locale, "label_text"));
    } else if (field.field.starts_with("concerns")) {
      target = &state.concerns_error;
      anchor = "over";
      label = std::string(Text(locale, "label_concerns"));
    } else if (field.field == "confidential_of") {
      target = &state.confidential_error;
      anchor = "vertrouwelijk";
      label = std::string(Text(locale, "label_confidential_of"));
    } else {
      label = std::string(Text(locale, "entry_form_title"));
    }
    const std::string message = LocalizeFieldError(locale, label, field);
    if (target && target->empty()) *target = message;
    state.summary.push_back({message, anchor});
  }
  if (state.summary.empty())
    state.summary.push_back({std::string(Text(locale, "error_400_what")), ""});
  return RenderFamily(stip, clock, req, 400, state);
}

}  // namespace stip::web
