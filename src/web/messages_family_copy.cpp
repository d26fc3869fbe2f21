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
    {"cp_intro",
     "Dit is alles wat je in Stip over jullie gezin mag lezen. Het zijn dezelfde teksten als op "
     "de pagina Ons gezin. De nieuwste aantekening staat bovenaan. Niets is weggelaten.",
     "This is everything you may read about your family in Stip. The texts are the same as on "
     "the page Our family. The newest entry comes first. Nothing is left out."},
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
    {"cp_check_title", "Zo controleer je deze kopie", "How to check this copy"},
    {"cp_check_made", "Deze kopie is gemaakt op {date} om {time}.",
     "This copy was made on {date} at {time}."},
    {"cp_check_seq", "Laatste stap in de keten", "Last step in the chain"},
    {"cp_check_hash", "Controlecode van die stap", "Check code of that step"},
    {"cp_check_how",
     "Stip schrijft alles wat in jullie dossier gebeurt op in een keten. Elke stap krijgt een "
     "nummer en een controlecode. Die code hangt af van alle stappen ervoor. Het nummer en de "
     "code staan ook onder aan elke bladzijde. Wil je weten of de kopie klopt? Vraag de "
     "organisatie dan om de controle stip verify te doen. Die laat zien of de keten heel is en "
     "of deze stap met deze code erin staat.",
     "Stip writes down everything that happens in your file in a chain. Each step gets a number "
     "and a check code. That code depends on all the steps before it. The number and the code "
     "are also at the bottom of every page. Do you want to know whether the copy is right? Then "
     "ask the organisation to run the check stip verify. It shows whether the chain is whole and "
     "whether this step with this code is in it."},
    {"cp_check_json",
     "Dezelfde gegevens kun je ook downloaden in een vorm die een computer kan lezen: Download "
     "alles wat ik mag zien (JSON), op de pagina Ons gezin.",
     "You can also download the same data in a form a computer can read: Download everything I "
     "may see (JSON), on the page Our family."},
    {"cp_footer", "Stip - {family} - keten stap {seq} - controlecode {hash}",
     "Stip - {family} - chain step {seq} - check code {hash}"},
    {"cp_page", "pagina {page} van {pages}", "page {page} of {pages}"},
    // The link on "Ons gezin", with the size of the file.
    {"cp_link", "Download een kopie als PDF ({size})", "Download a copy as PDF ({size})"},
    {"cp_size_kb", "ongeveer {n} kB", "about {n} kB"},
    {"cp_size_mb", "ongeveer {n} MB", "about {n} MB"},
});

}  // namespace

std::span<const Message> FamilyCopyCatalogueEntries() { return kFamilyCopyMessages; }

}  // namespace stip::web
