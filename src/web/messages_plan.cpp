// The texts of the family's own plan (issue 11 item 2): the professionals' page and the
// family's on Ons gezin, in B1 Dutch first. Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kPlanMessages = std::to_array<Message>({
    {"access_what_family_plan", "het plan van het gezin", "the family's plan"},
    {"fe_offer_outcome", "{label}: kies ja, nee of geen eigen plan om een reden van de wet.",
     "{label}: choose yes, no, or no plan of their own on a ground of the law."},
    {"fe_waiver_ground", "{label}: kies een van de redenen uit de wet.",
     "{label}: choose one of the grounds of the law."},
    {"fe_plan_kind", "{label}: kies gezinsplan of veiligheidsplan.",
     "{label}: choose family plan or safety plan."},
    {"fe_owner_kind", "{label}: kies gezinslid, iemand uit het netwerk of hulpverlener.",
     "{label}: choose family member, someone from the network or professional."},
    {"fp_link", "Plan: het plan dat het gezin zelf maakt", "Plan: the plan the family makes"},
    {"fp_link_family", "Ons plan: het plan dat we zelf maken", "Our plan: the plan we make"},
    {"fp_title", "Plan", "Plan"},
    {"fp_intro",
     "Het gezin mag eerst zelf een plan maken, samen met mensen om hen heen. Dat staat in de "
     "Jeugdwet. Het gezin schrijft het plan. U kunt een reactie geven, maar u verandert het plan "
     "niet. Uw eigen voorwaarden voor veiligheid staan apart.",
     "The family may first make their own plan, with the people around them. The Youth Act says "
     "so. The family writes the plan. You can comment, but you do not change the plan. Your own "
     "conditions for safety are kept apart."},
    {"fp_intro_family",
     "U mag eerst zelf een plan maken, samen met mensen om u heen. Dit is uw plan. U schrijft "
     "het zelf. Elke keer dat u het plan opslaat, komt er een nieuwe versie bij. Oude versies "
     "blijven bewaard. De hulpverleners kunnen een reactie geven, maar zij veranderen uw plan "
     "niet.",
     "You may first make your own plan, with the people around you. This is your plan. You "
     "write it yourself. Every time you save the plan, a new version is added. Old versions are "
     "kept. The professionals can comment, but they do not change your plan."},
    {"fp_back", "Terug naar het dossier", "Back to the file"},
    {"fp_back_family", "Terug naar Ons gezin", "Back to Our family"},
    {"fp_back_plan", "Terug naar het plan", "Back to the plan"},
    {"fp_done", "Opgeslagen.", "Saved."},
    {"fp_offer_title", "Eerst een eigen plan", "First a plan of your own"},
    {"fp_no_offer", "Er is nog niet gevraagd of het gezin zelf een plan wil maken.",
     "The family has not been asked yet whether they want to make their own plan."},
    {"fp_offered_on", "Op {date} vroeg {name} of het gezin zelf een plan wil maken.",
     "On {date} {name} asked whether the family wants to make their own plan."},
    {"fp_outcome_open", "Het gezin heeft nog geen antwoord gegeven.",
     "The family has not answered yet."},
    {"fp_outcome_accepted",
     "Op {date} zei het gezin ja. Het plan van het gezin is er uiterlijk op {expected}.",
     "On {date} the family said yes. The family's plan is expected by {expected}."},
    {"fp_outcome_declined", "Op {date} zei het gezin nee.", "On {date} the family said no."},
    {"fp_outcome_noted", "{name} schreef daarbij op: “{words}”",
     "{name} wrote down with it: “{words}”"},
    {"fp_outcome_waived",
     "Op {date} besloten de hulpverleners dat het gezin nu geen eigen plan maakt. Reden: "
     "{ground} {reason}",
     "On {date} the professionals decided that the family does not make its own plan now. "
     "Reason: {ground} {reason}"},
    {"fp_ground_threat", "Er is direct gevaar.", "There is direct danger."},
    {"fp_ground_child", "Het is niet goed voor het kind.", "It is not good for the child."},
    {"fp_due",
     "Het plan van de hulpverleners moet er uiterlijk op {date} zijn (6 weken, Jeugdwet artikel "
     "4.1.3).",
     "The professionals' plan must be ready by {date} (6 weeks, Youth Act article 4.1.3)."},
    {"fp_due_file",
     "Geen eigen plan van het gezin: het plan van de hulpverleners moet er uiterlijk op {date} "
     "zijn (Jeugdwet artikel 4.1.3).",
     "No plan of the family's own: the professionals' plan must be ready by {date} (Youth Act "
     "article 4.1.3)."},
    {"fp_offer_hint",
     "Vraag het gezin of het zelf een plan wil maken, met familie, vrienden of buren. Schrijf op "
     "wanneer u dat vroeg.",
     "Ask the family whether they want to make their own plan, with relatives, friends or "
     "neighbours. Write down when you asked."},
    {"fp_offer_submit", "Vraag opslaan", "Save the offer"},
    {"fp_outcome_title", "Wat is het antwoord?", "What is the answer?"},
    {"fp_outcome_submit", "Antwoord opslaan", "Save the answer"},
    {"fp_plan_title", "Het plan van het gezin", "The family's plan"},
    {"fp_no_plan", "Er is nog geen plan.", "There is no plan yet."},
    {"fp_version_n", "Versie {n}", "Version {n}"},
    {"fp_written_by", "Geschreven door {name} op {when}", "Written by {name} on {when}"},
    {"fp_kind_family", "gezinsplan", "family plan"},
    {"fp_kind_safety", "veiligheidsplan", "safety plan"},
    {"fp_field_kind", "Soort plan", "Kind of plan"},
    {"fp_field_goals", "Onze doelen", "Our goals"},
    {"fp_field_actions", "Wie doet wat", "Who does what"},
    {"fp_field_evaluation_on", "Wanneer kijken we of het werkt", "When we check if it works"},
    {"fp_field_if_not_working", "Wat doen we als het niet werkt", "What we do if it does not work"},
    {"fp_field_rules", "Afspraken voor veiligheid", "Safety rules"},
    {"fp_field_watchers", "Wie let op de afspraken", "Who watches the rules"},
    {"fp_field_warning_signs", "Waarschuwingssignalen", "Warning signs"},
    {"fp_no_actions", "Er staat nog niet in wie wat doet.", "It does not say yet who does what."},
    {"fp_actions_caption", "Wie doet wat, en wanneer is het klaar", "Who does what, and by when"},
    {"fp_owner_member", "gezinslid", "family member"},
    {"fp_owner_network", "iemand uit het netwerk", "someone from the network"},
    {"fp_owner_professional", "hulpverlener", "professional"},
    {"fp_comments_title", "Reacties van hulpverleners", "Comments of professionals"},
    {"fp_comment_by", "{name} op {when}", "{name} on {when}"},
    {"fp_conditions_title", "Voorwaarden van de hulpverleners", "The professionals' conditions"},
    {"fp_conditions_intro",
     "Dit is wat de hulpverleners nodig vinden voor de veiligheid van de kinderen. Het staat "
     "apart van het plan van het gezin.",
     "This is what the professionals think is needed for the children's safety. It is kept apart "
     "from the family's plan."},
    {"fp_no_conditions", "Er zijn geen voorwaarden.", "There are no conditions."},
    {"fp_conditions_by", "Opgeschreven door {name} op {when}", "Written down by {name} on {when}"},
    {"fp_conditions_submit", "Voorwaarden opslaan", "Save the conditions"},
    {"fp_compare_title", "Versies vergelijken", "Compare versions"},
    {"fp_compare_from", "Oude versie", "Old version"},
    {"fp_compare_to", "Nieuwe versie", "New version"},
    {"fp_compare_submit", "Vergelijken", "Compare"},
    {"fp_compare_heading", "Wat veranderde van versie {from} naar versie {to}",
     "What changed from version {from} to version {to}"},
    {"fp_nothing_changed", "Er is niets veranderd.", "Nothing changed."},
    {"fp_compare_caption", "Per onderdeel: wat eruit ging en wat erbij kwam",
     "Per part: what went and what came"},
    {"fp_compare_field", "Onderdeel", "Part"},
    {"fp_compare_removed", "Eruit", "Went"},
    {"fp_compare_added", "Erbij", "Came"},
    {"fp_compare_same", "Hetzelfde", "The same"},
    {"fp_comment_title", "Reactie geven", "Comment"},
    {"fp_comment_intro",
     "Uw reactie staat naast het plan. Het plan zelf blijft zoals het gezin het schreef.",
     "Your comment is shown beside the plan. The plan itself stays as the family wrote it."},
    {"fp_comment_submit", "Reactie opslaan", "Save the comment"},
    {"fp_write_later",
     "U kunt hier het plan schrijven als u hebt gezegd dat u zelf een plan wilt maken.",
     "You can write the plan here once you have said that you want to make your own plan."},
    {"fp_write_title", "Het plan schrijven", "Write the plan"},
    {"fp_from_agreement",
     "De afspraak uit het overleg staat hieronder als nieuwe actie. Vul in wie het doet en "
     "wanneer het klaar is. Sla daarna het plan op.",
     "The agreement from the meeting is below as a new action. Fill in who does it and when it "
     "is done. Then save the plan."},
    {"fp_write_intro",
     "Schrijf in uw eigen woorden. Zet elk doel op een eigen regel. Lege regels kunt u laten "
     "staan. Als u opslaat, komt er een nieuwe versie bij.",
     "Write in your own words. Put each goal on its own line. You can leave empty rows. When you "
     "save, a new version is added."},
    {"fp_safety_part", "Alleen voor een veiligheidsplan", "Only for a safety plan"},
    {"fp_safety_part_hint",
     "Kiest u een veiligheidsplan? Schrijf dan de afspraken op, wie erop let en hoe u die "
     "mensen bereikt, en de signalen waaraan u ziet dat het misgaat.",
     "Do you choose a safety plan? Then write down the rules, who watches them and how to reach "
     "them, and the signs that show it goes wrong."},
    {"fp_write_submit", "Plan opslaan", "Save the plan"},
    {"fp_older_title", "Eerdere versies", "Earlier versions"},
    {"fp_action_n", "Actie {n}", "Action {n}"},
    {"fp_watcher_n", "Iemand die oplet {n}", "Watcher {n}"},
    {"fp_label_offered_on", "Datum van de vraag", "Date of the offer"},
    {"fp_label_offer_words", "Hoe hebt u het gevraagd? (mag leeg)",
     "How did you ask? (may be empty)"},
    {"fp_label_outcome", "Antwoord", "Answer"},
    {"fp_choice_accepted", "Het gezin maakt zelf een plan", "The family makes its own plan"},
    {"fp_choice_declined", "Het gezin wil geen eigen plan",
     "The family does not want its own plan"},
    {"fp_choice_waived", "Geen eigen plan, om een reden van de wet",
     "No plan of their own, on a ground of the law"},
    {"fp_label_decided_on", "Datum van het antwoord", "Date of the answer"},
    {"fp_label_expected_by", "Wanneer is het plan van het gezin klaar (bij ja)",
     "When is the family's plan ready (if yes)"},
    {"fp_label_ground", "Reden van de wet (bij geen eigen plan)",
     "Ground of the law (if no plan of their own)"},
    {"fp_choose_ground", "Kies een reden", "Choose a ground"},
    {"fp_label_reason", "Uitleg", "Explanation"},
    {"fp_label_conditions", "Voorwaarden (elke voorwaarde op een eigen regel)",
     "Conditions (each on its own line)"},
    {"fp_label_version", "Bij welke versie", "On which version"},
    {"fp_label_comment", "Uw reactie", "Your comment"},
    {"fp_label_kind", "Soort plan", "Kind of plan"},
    {"fp_label_goals", "Onze doelen (elk doel op een eigen regel)",
     "Our goals (each on its own line)"},
    {"fp_label_action_what", "Wat", "What"},
    {"fp_label_action_owner", "Wie doet het", "Who does it"},
    {"fp_label_action_kind", "Wie is dat", "Who is that"},
    {"fp_label_action_due", "Klaar op", "Done by"},
    {"fp_label_evaluation", "Wanneer kijken we of het werkt", "When we check if it works"},
    {"fp_label_if_not_working", "Wat doen we als het niet werkt", "What we do if it does not work"},
    {"fp_label_rules", "Afspraken (elke afspraak op een eigen regel)",
     "Rules (each on its own line)"},
    {"fp_label_watcher_name", "Naam", "Name"},
    {"fp_label_watcher_reach", "Zo bereikt u deze persoon", "How to reach this person"},
    {"fp_label_signs", "Waarschuwingssignalen (elk op een eigen regel)",
     "Warning signs (each on its own line)"},
    {"fp_err_state",
     "Dit kan nu niet. Misschien is het al gedaan, of is eerst een andere stap nodig. Kijk "
     "hieronder "
     "wat er al staat.",
     "This cannot be done now. Maybe it was done already, or another step comes first. See below "
     "what is there already."},
    {"fp_err_summary", "Het is niet opgeslagen. Kijk wat er anders moet.",
     "It was not saved. See what needs to change."},
});

}  // namespace

std::span<const Message> PlanCatalogueEntries() { return kPlanMessages; }

}  // namespace stip::web
