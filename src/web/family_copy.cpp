// The family's own copy as PDF (issue 13 item 3). The texts are the page's: the entry cards,
// the fixed face, who is involved and what changed are built by the same functions as "Ons
// gezin" (EntryCard, FixedFaceData, InvolvedData, ChangesData) and read back from their template
// data, so the copy cannot say something else than the page.
#include "web/family_copy.h"

#include <algorithm>
#include <atomic>
#include <ctime>

#include "web/entry_card.h"
#include "web/family_text.h"
#include "web/handover_view.h"
#include "web/household_view.h"
#include "web/local_time.h"
#include "web/messages.h"
#include "web/views.h"

namespace stip::web {
namespace {

using pdf::Style;

// A string value of the template data `d` under `key` ("" when absent, false or not a string).
std::string Str(const Data& d, const std::string& key) {
  const Data* v = d.is_object() ? d.get(key) : nullptr;
  return v && v->is_string() ? v->string_value() : std::string();
}

// The object under `key`, or nullptr when it is false or absent.
const Data* Obj(const Data& d, const std::string& key) {
  const Data* v = d.is_object() ? d.get(key) : nullptr;
  return v && v->is_object() ? v : nullptr;
}

// The list under `key` (empty when absent).
const std::vector<Data>& List(const Data& d, const std::string& key) {
  static const auto* const kNone = new std::vector<Data>();
  const Data* v = d.is_object() ? d.get(key) : nullptr;
  return v && v->is_list() ? v->list_value() : *kNone;
}

bool True(const Data& d, const std::string& key) {
  const Data* v = d.is_object() ? d.get(key) : nullptr;
  return v && v->is_true();
}

std::string Join(std::initializer_list<std::string> parts, std::string_view between = " ") {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += between;
    out += p;
  }
  return out;
}

// The moment for the PDF's metadata: ISO 8601 in UTC with seconds, as Cairo reads it.
std::string PdfDate(domain::Millis t) {
  const std::time_t seconds = static_cast<std::time_t>(t / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return out;
}

class CopyBuilder {
 public:
  CopyBuilder(const app::FamilyHome& home, std::string_view locale)
      : home_(home), locale_(locale) {}

  pdf::Document Build() {
    const auto local = ToAmsterdam(home_.read_at);
    const std::string date = FormatLongDate(local.date, locale_);
    const std::string time = FormatClock(local);
    doc_.title = Join({C("cp_title"), home_.family.name}, " - ");
    doc_.author = "Stip";
    doc_.subject = Fill(C("cp_subject"), {{"name", home_.me.name}, {"date", date}});
    doc_.language = std::string(locale_);
    doc_.created = PdfDate(home_.read_at);
    doc_.footer = Fill(C("cp_footer"), {{"family", home_.family.name}, {"date", date}});
    doc_.page_label = C("cp_page");
    doc_.keywords = "stip-family:" + home_.family.id;

    doc_.Add(pdf::Title{C("cp_title"), Fill(C("cp_subtitle"), {{"family", home_.family.name},
                                                               {"name", home_.me.name},
                                                               {"date", date},
                                                               {"time", time}})});
    // What this copy holds, true for this reader: the summary or a young child's view has no
    // entries.
    Para(C(home_.summary_only || home_.entries.empty() ? "cp_intro_summary" : "cp_intro"));
    if (home_.frame == domain::Frame::kCompulsory && !home_.summary_only) {
      Para(std::string(Text(locale_, "ms_frame_compulsory_family")), Style::kStrong);
    }
    Face();
    Household();
    if (home_.summary_only) {
      doc_.Add(pdf::Heading{F("summary_title")});
      Para(F("summary_only"));
    } else if (home_.child_view && home_.entries.empty() && !home_.may_view_access_log) {
      Para(F("child_under12"));
    } else {
      Entries();
    }
    Consents();
    Rights();
    About(date, time);
    return std::move(doc_);
  }

 private:
  std::string C(std::string_view key) const { return std::string(Text(locale_, key)); }
  // The family page's texts, in the child's words for a child (as FamilyTexts does).
  std::string F(std::string_view key) const {
    if (home_.child_view) {
      const std::string kid = "kid_" + std::string(key);
      if (FamilyText(locale_, kid) != kid) return std::string(FamilyText(locale_, kid));
    }
    return std::string(FamilyText(locale_, key));
  }
  void Para(std::string text, Style style = Style::kBody) {
    if (!text.empty()) doc_.Add(pdf::Text{std::move(text), style});
  }

  void Face() {
    doc_.Add(pdf::Heading{F("face_title")});
    const auto face = [&](const app::Professional& p) {
      const std::string phone = !p.user.phone.empty() ? p.user.phone : p.team ? p.team->phone : "";
      const std::string email = !p.user.email.empty() ? p.user.email : p.team ? p.team->email : "";
      return Join({phone, email}, " · ");
    };
    pdf::KeyValues rows;
    rows.rows.emplace_back(
        home_.lead.user.display_name,
        Join({home_.lead.team ? home_.lead.team->name : "", face(home_.lead)}, " · "));
    if (home_.duo) {
      rows.rows.emplace_back(
          F("duo_title") + ": " + home_.duo->user.display_name,
          Join({home_.duo->team ? home_.duo->team->name : "", face(*home_.duo)}, " · "));
    }
    doc_.Add(std::move(rows));
    Para(F("face_intro"));
    const Data fixed = FixedFaceData(locale_, home_.fixed_face);
    if (const Data* pending = Obj(fixed, "pending")) {
      Para(Str(*pending, "text"), Style::kStrong);
      Para(Str(*pending, "why"));
      Para(Str(*pending, "how"));
    }
    if (const Data* last = Obj(fixed, "last")) {
      Para(Join({Str(*last, "text"), Str(*last, "why")}));
    }
    Para(Str(fixed, "counts"));
  }

  void Household() {
    doc_.Add(pdf::Heading{F("involved_title")});
    const Data involved = InvolvedData(locale_, home_.involved);
    pdf::Table people{{C("cp_col_name"), C("cp_col_role"), C("cp_col_team")}, {0.3, 0.35, 0.35}};
    for (const auto& row : involved.list_value()) {
      people.rows.push_back({Str(row, "name"), Str(row, "role"), Str(row, "team")});
    }
    if (!people.rows.empty()) doc_.Add(std::move(people));

    doc_.Add(pdf::Heading{F("members_title")});
    pdf::Table members{{C("cp_col_name"), C("cp_col_role"), C("cp_col_note")}, {0.3, 0.25, 0.45}};
    for (const auto& m : home_.family.members) {
      std::string left;
      if (m.left_on) {
        left = Fill(FamilyText(locale_, m.id == home_.me.id ? "left_since_me" : "left_since"),
                    {{"date", FormatLongDate(*m.left_on, locale_)}});
      }
      members.rows.push_back({m.name, MemberRoleText(locale_, m.role), left});
    }
    doc_.Add(std::move(members));

    if (!home_.changes.empty()) {
      doc_.Add(pdf::Heading{F("changes_title")});
      const Data changes = ChangesData(locale_, home_.changes, home_.names);
      for (const auto& c : changes.list_value()) {
        doc_.Add(pdf::Text{Join({Str(c, "text"), Str(c, "reason")})});
        doc_.Add(pdf::Text{Str(c, "by"), Style::kMuted});
      }
    }
  }

  void Entries() {
    doc_.Add(pdf::Heading{F("entries_title")});
    if (home_.entries.empty()) {
      Para(F("entries_none"));
      return;
    }
    Para(Fill(C("cp_count"), {{"n", std::to_string(home_.entries.size())}}));
    CardContext cards;
    cards.locale = locale_;
    cards.page_path = "/ons-gezin";
    cards.action_base = "/ons-gezin";
    cards.forms = false;
    cards.family = &home_.family;
    for (const auto& item : home_.entries) Entry(EntryCard(item, cards, item.is_new));
  }

  void Entry(const Data& card) {
    const bool withheld = True(card, "withheld");
    std::string title = Join({True(card, "new") ? C("card_new") + ":" : "",
                              withheld ? C("card_withheld_title") : Str(card, "kind"),
                              "· " + Str(card, "created")});
    pdf::SideBySide block;
    block.heading = std::move(title);
    block.right_label = C("card_reactions_title");
    block.right_empty = C("cp_no_reaction");
    if (!withheld) {
      block.left.push_back({Str(card, "meta"), Style::kMuted});
      if (Obj(card, "corrected")) {
        block.left.push_back(
            {C("card_corrected") + ". " + C("card_corrected_note"), Style::kStrong});
      }
      if (Obj(card, "correction_of")) {
        block.left.push_back({C("card_correction_of"), Style::kStrong});
      }
      block.left.push_back({Str(card, "text")});
    }
    for (const auto& p : List(card, "placeholders")) {
      block.left.push_back({C("card_withheld_intro")});
      block.left.push_back({C("card_withheld_why") + " " + Str(p, "ground")});
      block.left.push_back({C("card_withheld_reason") + " " + Str(p, "reason")});
      block.left.push_back({Join({Str(p, "decided"), Str(p, "review")})});
      if (True(p, "may_object")) block.left.push_back({C("card_withheld_object"), Style::kMuted});
      for (const auto& o : List(p, "objections")) {
        block.right.push_back({Str(o, "line"), Style::kStrong});
        block.right.push_back({Str(o, "text")});
        block.right.push_back({Str(o, "status"), Style::kMuted});
        if (!Str(o, "answer").empty()) {
          block.right.push_back({C("card_answer") + " " + Str(o, "answer")});
        }
      }
    }
    for (const auto& r : List(card, "reactions")) {
      block.right.push_back(
          {Join({Str(r, "kind"), Str(r, "name"), Str(r, "when")}, " · "), Style::kStrong});
      if (!Str(r, "text").empty()) block.right.push_back({Str(r, "text")});
      if (!Str(r, "status").empty()) block.right.push_back({Str(r, "status"), Style::kMuted});
      if (!Str(r, "answer").empty()) {
        block.right.push_back({C("card_answer") + " " + Str(r, "answer")});
      }
    }
    if (withheld && block.right.empty()) {
      block.right_label.clear();  // nothing to answer: no reactions to a withheld entry
      block.right_empty.clear();
    }
    doc_.Add(std::move(block));
  }

  void Consents() {
    if (!home_.may_manage_consent || home_.my_consents.empty()) return;
    doc_.Add(pdf::Heading{F("consent_title")});
    for (const auto& c : home_.my_consents) {
      std::string name = c.consent.member_id;
      for (const auto& m : home_.family.members) {
        if (m.id == c.consent.member_id) name = m.name;
      }
      const std::string until =
          c.consent.valid_until
              ? F("consent_until") + " " + FormatLongDate(*c.consent.valid_until, locale_)
              : F("consent_open_end");
      Para(name + ": " + F("consent_given") + " " + FormatLongDate(c.consent.given_on, locale_) +
           ", " + until + ".");
    }
  }

  void Rights() {
    doc_.Add(pdf::Heading{F("rights_title")});
    Para(F(home_.summary_only ? "rights_read_summary" : "rights_read"));
    Para(F("rights_trusted"));
    if (!home_.child_view) {
      Para(F("rights_complain"));
      Para(F("rights_legal"));
    }
    if (home_.may_view_access_log) Para(C("cp_access_log"));
  }

  void About(const std::string& date, const std::string& time) {
    doc_.Add(pdf::Heading{C("cp_about_title")});
    Para(Fill(C("cp_check_made"), {{"date", date}, {"time", time}}));
    Para(C("cp_about_pages"));
    Para(C("cp_check_json"));
  }

  const app::FamilyHome& home_;
  std::string_view locale_;
  pdf::Document doc_;
};

}  // namespace

pdf::Document FamilyCopyDocument(const app::FamilyHome& home, std::string_view locale) {
  return CopyBuilder(home, NormalLocale(locale)).Build();
}

domain::Result<http::Response> FamilyCopyResponse(const app::FamilyHome& home,
                                                  std::string_view locale) {
  auto pdf = pdf::RenderToString(FamilyCopyDocument(home, locale));
  if (!pdf) return tl::unexpected(pdf.error());
  http::Response response = http::Response::Text(200, std::move(*pdf), "application/pdf");
  response.headers.emplace_back("Content-Disposition",
                                "attachment; filename=\"stip-ons-gezin.pdf\"");
  return response;
}

namespace {
constexpr int kCopiesAtOnce = 2;  // of 2 cores; the rest of the server keeps answering
std::atomic<int> copies_in_progress{0};
}  // namespace

domain::Result<CopyTurn> CopyTurn::Take() {
  if (copies_in_progress.fetch_add(1) >= kCopiesAtOnce) {
    copies_in_progress.fetch_sub(1);
    return domain::Fail(domain::Code::kUnavailable,
                        "Several copies are being made right now; try again in a minute.");
  }
  return CopyTurn();
}

CopyTurn::~CopyTurn() {
  if (held_) copies_in_progress.fetch_sub(1);
}

std::string FamilyCopySizeHint(const app::FamilyHome& home, std::string_view locale) {
  // Measured on the demo: the fonts and the first pages take about 35 kB, an entry with its
  // reactions about 1.2 kB more (15 entries: 52 kB).
  // Read from a page that holds the newest entries only, the size is at least this much.
  const std::size_t kb = 35 + home.entries.size() * 6 / 5;
  if (home.more_entries) {
    return Fill(Text(locale, "cp_size_more"), {{"n", std::to_string(kb)}});
  }
  return kb < 1000 ? Fill(Text(locale, "cp_size_kb"), {{"n", std::to_string(kb)}})
                   : Fill(Text(locale, "cp_size_mb"), {{"n", std::to_string((kb + 500) / 1000)}});
}

}  // namespace stip::web
