// The texts of the household page (issue 10): who belongs to the household, custody, who is
// involved, and what changed. The sentences about changes are read by the family too ("Ons
// gezin"): B1 Dutch, no jargon without an explanation. Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kHouseholdMessages = std::to_array<Message>({
    {"role_second_opinion", "gedragswetenschapper", "behavioural scientist"},
    {"hh_link", "Gezin en betrokkenen", "Household and who is involved"},
    {"hh_title", "Gezin en betrokkenen", "Household and who is involved"},
    {"hh_intro",
     "Hier staat wie bij het gezin hoort, wie gezag heeft en welke professionals meedoen. Elke "
     "verandering krijgt een reden. Op hun eigen pagina zien gezinsleden de verandering met de "
     "reden als die over henzelf gaat, of over een kind waarover zij gezag hebben. Wie er "
     "betrokken is, zien alle gezinsleden die het dossier lezen. Noem in een reden geen melder "
     "of andere mensen buiten het gezin.",
     "This page shows who belongs to the household, who has parental authority and which "
     "professionals take part. Every change gets a reason. On their own page, family members "
     "see a change with its reason when it is about them or about a child they have parental "
     "authority over. Every family member who reads the file sees who is involved. Do not name "
     "a reporter or other people outside the family in a reason."},
    {"hh_done",
     "De verandering is opgeslagen. De gezinsleden over wie hij gaat, zien hem op hun eigen "
     "pagina.",
     "The change has been saved. The family members it is about see it on their own page."},
    {"hh_members_title", "Wie horen bij het gezin", "Who belongs to the household"},
    {"hh_col_name", "Naam", "Name"},
    {"hh_col_role", "Rol", "Role"},
    {"hh_col_birth", "Geboortedatum", "Birth date"},
    {"hh_col_state", "Woont in het gezin?", "Lives in the household?"},
    {"hh_col_reads", "Leest zelf", "Reads themselves"},
    {"hh_reads_own_access", "het dossier (wat over het gezin en over zichzelf gaat)",
     "the file (what is about the family and about themselves)"},
    {"hh_reads_parent_with_custody", "het dossier, met gezag", "the file, with parental authority"},
    {"hh_reads_under_12_child_view", "de kindversie (jonger dan 12)",
     "the child version (younger than 12)"},
    {"hh_reads_summary_only", "alleen wie er in het gezin zijn en wie helpt (geen gezag)",
     "only who is in the family and who helps (no parental authority)"},
    {"hh_reads_unknown_viewer", "niets meer (woont er niet meer)",
     "nothing any more (no longer lives there)"},
    {"hh_reads_other", "niet zelf", "not themselves"},
    {"hh_lives_here", "Ja", "Yes"},
    {"hh_left_on", "Nee, sinds {date}: {reason}", "No, since {date}: {reason}"},
    {"hh_custody_title", "Gezag", "Parental authority"},
    {"hh_col_parent", "Ouder of verzorger", "Parent or carer"},
    {"hh_col_child", "Kind", "Child"},
    {"hh_col_custody", "Gezag", "Authority"},
    {"hh_col_ruling", "Uitspraak rechter", "Court ruling"},
    {"hh_yes", "ja", "yes"},
    {"hh_no", "nee", "no"},
    {"hh_involved_title", "Betrokken professionals", "Professionals involved"},
    {"hh_col_since", "Sinds", "Since"},
    {"hh_col_team", "Team", "Team"},
    {"hh_col_action", "Beëindigen", "End"},
    {"hh_end_reason", "Waarom stopt {name}?", "Why does {name} stop?"},
    {"hh_end_own_reason", "Waarom stop je?", "Why do you stop?"},
    {"hh_end_button", "Beëindig de betrokkenheid van {name}", "End the involvement of {name}"},
    {"hh_changes_title", "Wat is er veranderd", "What changed"},
    {"hh_changes_none", "Er is nog niets veranderd sinds het dossier werd geopend.",
     "Nothing has changed since the file was opened."},
    // The forms.
    {"hh_add_title", "Iemand komt bij het gezin", "Someone joins the household"},
    {"hh_add_intro",
     "Bijvoorbeeld een baby, een nieuwe partner of een opa die komt inwonen. Wat eerder over het "
     "hele gezin is geschreven, leest het nieuwe gezinslid niet.",
     "For example a baby, a new partner or a grandfather who moves in. What was written about "
     "the whole family before, the new member does not read."},
    {"hh_add_submit", "Voeg toe aan het gezin", "Add to the household"},
    {"hh_left_title", "Iemand woont niet meer in het gezin", "Someone left the household"},
    {"hh_left_intro",
     "Vanaf die dag leest dit gezinslid niet meer wat over het hele gezin wordt geschreven. Wat "
     "over henzelf gaat, blijven ze lezen; een ouder met gezag ook wat over het kind gaat. Een "
     "volwassene zonder gezag leest het dossier niet meer.",
     "From that day this member no longer reads what is written about the whole family. What is "
     "about themselves they keep reading; a parent with parental authority also what is about "
     "the child. An adult without parental authority no longer reads the file."},
    {"hh_left_submit", "Sla op dat dit gezinslid vertrok", "Save that this member left"},
    {"hh_birth_title", "Geboortedatum verbeteren", "Correct a birth date"},
    {"hh_birth_intro",
     "Let op: de leeftijd bepaalt wat een kind zelf leest. Vanaf 12 jaar leest een kind zelf "
     "mee, vanaf 16 jaar beslist een jongere zelf over eigen informatie. Na het opslaan ziet u in "
     "de kolom 'Leest zelf' wat er veranderd is.",
     "Note: age decides what a child reads themselves. From 12 a child reads along, from 16 a "
     "young person decides about their own information. After saving, the column 'Reads "
     "themselves' shows what changed."},
    {"hh_birth_submit", "Verbeter de geboortedatum", "Correct the birth date"},
    {"hh_custody_form_title", "Gezag veranderen na een uitspraak van de rechter",
     "Change parental authority after a court ruling"},
    {"hh_custody_submit", "Sla het gezag op", "Save parental authority"},
    {"hh_join_title", "Een professional doet mee", "A professional joins"},
    {"hh_join_submit", "Laat meedoen", "Let join"},
    {"hh_label_name", "Naam", "Name"},
    {"hh_label_role", "Rol in het gezin", "Role in the household"},
    {"hh_label_birth", "Geboortedatum (JJJJ-MM-DD)", "Birth date (YYYY-MM-DD)"},
    {"hh_label_reason", "Reden", "Reason"},
    {"hh_label_member", "Gezinslid", "Household member"},
    {"hh_label_left_on", "Vanaf welke dag (JJJJ-MM-DD)", "From which day (YYYY-MM-DD)"},
    {"hh_label_parent", "Ouder of verzorger", "Parent or carer"},
    {"hh_label_child", "Kind", "Child"},
    {"hh_label_has_custody", "Heeft gezag", "Has parental authority"},
    {"hh_label_ruling", "Datum van de uitspraak (JJJJ-MM-DD)", "Date of the ruling (YYYY-MM-DD)"},
    {"hh_label_professional", "Professional", "Professional"},
    {"hh_label_join_role", "Rol in het dossier", "Role in the file"},
    {"hh_choose", "Kies", "Choose"},
    // The sentences about a change (also on "Ons gezin").
    {"hh_change_added", "{name} hoort nu bij het gezin ({role}).",
     "{name} now belongs to the household ({role})."},
    {"hh_change_left", "{name} woont sinds {date} niet meer in het gezin.",
     "{name} no longer lives in the household since {date}."},
    {"hh_change_birth", "De geboortedatum van {name} is verbeterd. Die is nu {date}.",
     "The birth date of {name} was corrected. It is now {date}."},
    {"hh_change_custody_yes",
     "{name} heeft nu gezag over {child}. Gezag betekent: beslissen over de opvoeding. De rechter "
     "besliste dit op {date}.",
     "{name} now has parental authority over {child}: deciding about their upbringing. The court "
     "decided this on {date}."},
    {"hh_change_custody_no",
     "{name} heeft geen gezag meer over {child}. Gezag betekent: beslissen over de opvoeding. De "
     "rechter besliste dit op {date}.",
     "{name} no longer has parental authority over {child}: deciding about their upbringing. The "
     "court decided this on {date}."},
    {"hh_change_started", "{name} doet nu mee als {role}.", "{name} now takes part as {role}."},
    {"hh_change_ended", "{name} doet niet meer mee.", "{name} no longer takes part."},
    {"hh_change_network_ended", "{name} ziet niet meer wat met hem of haar gedeeld was.",
     "{name} no longer sees what was shared with them."},
    {"hh_change_reason", "Waarom: {reason}", "Why: {reason}"},
    {"hh_change_by", "Opgeschreven op {when} door {by}.", "Written down on {when} by {by}."},
    {"hh_someone", "iemand", "someone"},
});

}  // namespace

std::span<const Message> HouseholdCatalogueEntries() { return kHouseholdMessages; }

}  // namespace stip::web
