// The texts of the family's own copy as PDF (issue 13 item 3) and its link on "Ons gezin".
// B1 Dutch first, English second; the family pages say "je" and "jullie", so the copy does too.
// Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kFamilyCopyMessages = std::to_array<Message>({
    {"cp_title", "Kopie van ons dossier", "Copy of our file"},
    // The professionals' access log names the read (views.cpp, DescribeAccess).
    {"access_what_copy_pdf", "een kopie van het dossier als PDF", "a copy of the file as PDF"},
    {"cp_subject", "Wat {name} in Stip mag lezen, op {date}",
     "What {name} may read in Stip, on {date}"},
    {"cp_subtitle", "{family}. Voor {name}. Gemaakt op {date} om {time}.",
     "{family}. For {name}. Made on {date} at {time}."},
    // True for each reader (privacy review of issue 13 item 3): what the copy holds, and that the
    // other parts of the file are on their own pages.
    {"cp_intro",
     "In deze kopie staat wat je op de pagina Ons gezin mag lezen: wie jullie helpen, wie bij "
     "het gezin horen en alle aantekeningen met hun reacties. De nieuwste aantekening staat "
     "bovenaan. Is een aantekening voor jou achtergehouden? Dan staat hier alleen dat het zo is, "
     "en waarom. Net als op de pagina.",
     "This copy holds what you may read on the page Our family: who helps you, who belongs to "
     "the family and every entry with its reactions. The newest entry comes first. Is an entry "
     "withheld from you? Then it only says so here, and why. Just as on the page."},
    {"cp_intro_summary",
     "In deze kopie staat wat je op de pagina Ons gezin ziet: wie jullie helpen en wie bij het "
     "gezin horen.",
     "This copy holds what you see on the page Our family: who helps you and who belongs to the "
     "family."},
    {"cp_count", "In deze kopie staan {n} aantekeningen.", "This copy holds {n} entries."},
    {"cp_no_reaction", "Nog geen reactie.", "No reaction yet."},
    {"cp_col_name", "Naam", "Name"},
    {"cp_col_role", "Rol", "Role"},
    {"cp_col_team", "Team", "Team"},
    {"cp_col_note", "Let op", "Note"},
    {"cp_access_log",
     "Wie jullie dossier heeft gelezen, zie je in Stip op de pagina: Wie heeft ons dossier "
     "gelezen?",
     "Who read your file, you can see in Stip on the page: Who read our file?"},
    {"cp_about_title", "Over deze kopie", "About this copy"},
    {"cp_check_made", "Deze kopie is gemaakt op {date} om {time}.",
     "This copy was made on {date} at {time}."},
    {"cp_about_pages",
     "Andere delen van het dossier, zoals de veiligheid, het plan en het overleg, staan niet in "
     "deze kopie. Die lees je in Stip op hun eigen pagina.",
     "Other parts of the file, such as safety, the plan and meetings, are not in this copy. You "
     "read them in Stip on their own page."},
    {"cp_check_json",
     "Wil je alles in één bestand? Op de pagina Ons gezin staat: Download alles wat ik mag zien "
     "(JSON). Dat bestand is voor een computer. Daarin staat deze kopie, en ook de veiligheid, "
     "het plan, het overleg, de besluiten en de maatregelen.",
     "Do you want everything in one file? On the page Our family you find: Download everything I "
     "may see (JSON). That file is for a computer. It holds this copy, and also safety, the plan, "
     "meetings, decisions and measures."},
    {"cp_footer", "Stip - {family} - kopie van {date}", "Stip - {family} - copy of {date}"},
    {"cp_page", "pagina {page} van {pages}", "page {page} of {pages}"},
    // The link on "Ons gezin", with the size of the file.
    {"cp_link", "Download een kopie als PDF ({size})", "Download a copy as PDF ({size})"},
    {"cp_size_kb", "ongeveer {n} kB", "about {n} kB"},
    {"cp_size_mb", "ongeveer {n} MB", "about {n} MB"},
    {"cp_size_more", "meer dan {n} kB", "more than {n} kB"},
});

}  // namespace

std::span<const Message> FamilyCopyCatalogueEntries() { return kFamilyCopyMessages; }

}  // namespace stip::web
