// The texts of "Mijn werk" (issue 10 item 7): what a professional has to do in their files.
// Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kMyWorkMessages = std::to_array<Message>({
    {"nav_my_work", "Mijn werk", "My work"},
    // The access log of a file shown in a professional's work list: the list shows the
    // family's name and what is due, not the file itself, and the log says just that.
    {"access_line_my_work",
     "Op {when} zag {name} ({team}, {role}) jullie gezin in de lijst Mijn werk. Het dossier zelf "
     "is toen niet geopend. Reden: {purpose}.",
     "On {when}, {name} ({team}, {role}) saw your family in the list My work. The file itself "
     "was not opened then. Reason: {purpose}."},
    {"access_line_no_team_my_work",
     "Op {when} zag {name} ({role}) jullie gezin in de lijst Mijn werk. Het dossier zelf is "
     "toen niet geopend. Reden: {purpose}.",
     "On {when}, {name} ({role}) saw your family in the list My work. The file itself was not "
     "opened then. Reason: {purpose}."},
    {"mw_title", "Mijn werk", "My work"},
    {"mw_intro",
     "Hier staat wat u moet doen in de dossiers die u leidt of waar u aan meewerkt: vragen om "
     "iets te verbeteren, bezwaren, achtergehouden aantekeningen die bijna herzien moeten "
     "worden, en dossiers waarin al lang niets is geschreven. Wat het eerst moet, staat bovenaan.",
     "This page shows what you have to do in the files you lead or work on: requests to correct "
     "something, objections, withheld entries that are due for review, and files in which "
     "nothing has been written for a long time. What comes first is at the top."},
    {"mw_counts_title", "In het kort", "In short"},
    {"mw_count_files", "Dossiers", "Files"},
    {"mw_count_files_value", "{files}, waarvan u er {leads} leidt",
     "{files}, of which you lead {leads}"},
    {"mw_count_corrections", "Vragen om verbetering", "Requests for correction"},
    {"mw_count_objections", "Bezwaren om te beantwoorden", "Objections to answer"},
    {"mw_count_reviews", "Achterhouden om te herzien", "Withholdings to review"},
    {"mw_count_quiet", "Zonder nieuwe aantekening", "Without a new entry"},
    {"mw_count_overdue", "Te laat", "Overdue"},
    {"mw_weeks_label", "Dossier zonder nieuwe aantekening na hoeveel weken?",
     "File without a new entry after how many weeks?"},
    {"mw_weeks_hint", "Een heel getal van 1 tot en met {max}.", "A whole number from 1 to {max}."},
    {"mw_weeks_submit", "Toon", "Show"},
    {"mw_caption", "Uw dossiers. Wat het eerst moet, staat bovenaan.",
     "Your files. What comes first is at the top."},
    {"mw_col_family", "Gezin", "Family"},
    {"mw_col_role", "Uw rol", "Your role"},
    {"mw_col_next", "Eerstvolgende datum", "Next date"},
    {"mw_col_todo", "Wat moet er gebeuren", "What needs to be done"},
    {"mw_nothing", "Niets", "Nothing"},
    {"mw_none", "U bent nu bij geen enkel dossier betrokken.",
     "You are not involved in any file at the moment."},
    {"mw_item_correction", "Vraag om verbetering beantwoorden, uiterlijk {date}",
     "Answer a request for correction by {date}"},
    {"mw_item_objection", "Bezwaar tegen achterhouden beantwoorden, uiterlijk {date}",
     "Answer an objection to a withholding by {date}"},
    {"mw_item_review", "Achterhouden herzien: het stopt op {date}, tenzij u het verlengt",
     "Review a withholding: it ends on {date} unless you renew it"},
    {"mw_item_review_lapsed",
     "Achterhouden is gestopt op {date}. Het gezinslid kan de aantekening nu lezen. Leg vast dat "
     "het stopt, of houd de aantekening opnieuw achter in het dossier.",
     "The withholding ended on {date}. The family member can read the entry now. Record that it "
     "ends, or withhold the entry again in the file."},
    {"mw_item_quiet", "Geen nieuwe aantekening sinds {weeks} weken (sinds {date})",
     "No new entry for {weeks} weeks (since {date})"},
    {"mw_overdue", "te laat", "overdue"},
    {"mw_open_entry", "Naar de aantekening", "Go to the entry"},
    {"mw_open_file", "Naar het dossier", "Go to the file"},
    {"mw_pages", "Pagina {page} van {pages}", "Page {page} of {pages}"},
    {"mw_pages_label", "Pagina's", "Pages"},
    {"mw_previous", "Vorige pagina", "Previous page"},
    {"mw_next", "Volgende pagina", "Next page"},
    {"mw_team_link", "Werk van mijn team", "My team's work"},
    // The team lead (team.lead_set).
    {"tl_title", "Werk van mijn team", "My team's work"},
    {"tl_intro",
     "Per professional: hoeveel dossiers, hoeveel daarvan hij of zij leidt, en wat er moet "
     "gebeuren. U ziet hier geen gezinnen: alleen aantallen.",
     "Per professional: how many files, how many of them they lead, and what needs to be done. "
     "You see no families here: only numbers."},
    {"tl_none", "U bent van geen enkel team de teamleider.",
     "You are not the team lead of any team."},
    {"tl_caption", "Werk in {team}", "Work in {team}"},
    // A count of 1 to 9 families is not shown to a team lead (DESIGN.md §4, small cells).
    {"tl_fewer_than_ten", "minder dan 10", "fewer than 10"},
    {"tl_weeks_note",
     "Zonder contact: dossiers zonder nieuwe aantekening in {weeks} weken. Dat aantal weken "
     "is voor iedere teamleider hetzelfde, zodat niemand kleine aantallen kan uitrekenen.",
     "Without contact: files without a new entry in {weeks} weeks. That number of weeks is the "
     "same for every team lead, so that no one can work out small numbers."},
    {"tl_not_shown", "niet getoond (dan zou een klein aantal te zien zijn)",
     "not shown (it would give away a small number)"},
    {"tl_col_name", "Professional", "Professional"},
    {"tl_col_files", "Dossiers", "Files"},
    {"tl_col_leads", "Leidt", "Leads"},
    {"tl_change", "Teamleider kiezen", "Choose the team lead"},
    {"tl_label", "Teamleider", "Team lead"},
    {"tl_no_one", "Niemand", "No one"},
    {"tl_reason", "Reden", "Reason"},
    {"tl_submit", "Sla de teamleider op", "Save the team lead"},
    {"tl_current", "Teamleider: {name}", "Team lead: {name}"},
    {"tl_current_none", "Dit team heeft geen teamleider.", "This team has no team lead."},
    // Notifications (issue 10 item 8).
    {"em_title", "Mail bij iets nieuws", "Mail when there is something new"},
    {"em_on",
     "U krijgt een mail als er iets nieuws over u staat. In de mail staat alleen een link, niet "
     "wat er geschreven is.",
     "You get a mail when there is something new about you. The mail only holds a link, not "
     "what was written."},
    {"em_off", "U krijgt geen mail als er iets nieuws over u staat.",
     "You get no mail when there is something new about you."},
    {"em_turn_on", "Ja, stuur mij een mail bij iets nieuws",
     "Yes, mail me when there is something new"},
    {"em_turn_off", "Stuur mij geen mail meer", "Stop mailing me"},
    {"dg_title", "Overzicht per mail", "Overview by mail"},
    {"dg_intro",
     "Stip mailt u om 7 uur wat er nieuw is en wat u moet doen in uw dossiers. In de mail staan "
     "alleen aantallen en links, nooit gegevens van gezinnen.",
     "At 7 in the morning Stip mails you what is new and what you have to do in your files. The "
     "mail holds only numbers and links, never a family's details."},
    {"dg_label", "Hoe vaak?", "How often?"},
    {"dg_daily", "Elke dag", "Every day"},
    {"dg_weekly", "Elke maandag", "Every Monday"},
    {"dg_off", "Nooit", "Never"},
    {"dg_submit", "Sla op", "Save"},
});

}  // namespace

std::span<const Message> MyWorkCatalogueEntries() { return kMyWorkMessages; }

}  // namespace stip::web
