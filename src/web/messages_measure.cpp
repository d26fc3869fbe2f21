// The texts of court measures and their deadlines (issue 12 item 3): the professionals' page,
// the family's on Ons gezin (B1 Dutch), the frame on both file pages and the item on Mijn werk.
// Dutch first, English second. Part of the catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kMeasureMessages = std::to_array<Message>({
    {"access_what_measures", "de maatregelen", "the measures"},
    {"ms_link", "Maatregelen van de kinderrechter en hun termijnen",
     "Court measures and their deadlines"},
    {"ms_link_family", "Maatregelen van de kinderrechter", "Measures by the children's judge"},
    {"ms_title", "Maatregelen", "Measures"},
    {"ms_done", "Opgeslagen.", "Saved."},
    {"ms_intro",
     "Leg hier vast wat de kinderrechter uitsprak: welke maatregel, voor welk kind, de datum van "
     "de uitspraak, van wanneer tot wanneer en welke bedreigingen de rechter noemde. Stip "
     "rekent elke wettelijke termijn uit, met een vroege waarschuwing op Mijn werk.",
     "Record what the children's judge ruled: which measure, for which child, the date of the "
     "ruling, from when until when and which threats the judge named. Stip works out every legal "
     "deadline, with an early warning on My work."},
    {"ms_intro_family",
     "Hier leest u welke maatregel de kinderrechter heeft genomen voor uw kind. U leest wat de "
     "maatregel betekent, hoe lang hij duurt en wat er daarna gebeurt.",
     "Here you read which measure the children's judge took for your child. You read what the "
     "measure means, how long it lasts and what happens next."},
    {"ms_back", "Terug naar het dossier", "Back to the file"},
    {"ms_back_family", "Terug naar Ons gezin", "Back to Our family"},
    {"ms_frame_compulsory",
     "Gedwongen kader: er loopt een maatregel. Het is hetzelfde dossier, met de taken die de "
     "maatregel meebrengt.",
     "Compulsory frame: a measure is running. It is the same file, with the duties the measure "
     "brings."},
    {"ms_frame_voluntary", "Vrijwillig kader: er loopt geen maatregel.",
     "Voluntary frame: no measure is running."},
    {"ms_frame_compulsory_family",
     "Er loopt nu een maatregel van de rechter. De hulp gaat door met dezelfde mensen. Sommige "
     "afspraken zijn nu niet meer vrijwillig.",
     "A measure by the judge is running now. The help goes on with the same people. Some "
     "agreements are no longer voluntary now."},
    {"ms_frame_voluntary_family",
     "Er loopt nu geen maatregel van de rechter. De hulp is vrijwillig.",
     "No measure by the judge is running now. The help is voluntary."},
    {"ms_no_score", "Stip berekent hier niets over het gezin: alleen de datums die de wet geeft.",
     "Stip calculates nothing about the family here: only the dates the law sets."},
    {"ms_deadlines_title", "Termijnen", "Deadlines"},
    {"ms_today", "Vandaag is het {date}.", "Today is {date}."},
    {"ms_deadlines_caption", "Wettelijke termijnen, de vroegste eerst",
     "Legal deadlines, earliest first"},
    {"ms_col_due", "Uiterlijk", "Due"},
    {"ms_col_what", "Wat moet er gebeuren", "What has to happen"},
    {"ms_col_measure", "Maatregel", "Measure"},
    {"ms_col_children", "Kind", "Child"},
    {"ms_col_warn", "Waarschuwing vanaf", "Warning from"},
    {"ms_col_article", "Artikel", "Article"},
    {"ms_overdue", "(verlopen)", "(overdue)"},
    {"ms_warning", "(binnenkort)", "(soon)"},
    {"ms_no_deadlines", "Er lopen geen termijnen.", "No deadlines are running."},
    {"ms_list_title", "De maatregelen", "The measures"},
    {"ms_none", "Er is nog geen maatregel vastgelegd in dit dossier.",
     "No measure has been recorded in this file yet."},
    {"ms_none_family", "U ziet hier geen maatregel van de rechter.",
     "You see no measure by the judge here."},
    {"ms_for", "Voor", "For"},
    {"ms_ruling", "Uitspraak van de rechter", "Judge's ruling"},
    {"ms_start", "Begint op", "Starts on"},
    {"ms_until_label", "Duurt tot", "Lasts until"},
    {"ms_state", "Stand", "State"},
    {"ms_threats", "Wat de rechter zorgelijk vindt", "What the judge named as threats"},
    {"ms_ended_reason", "Waarom eerder gestopt", "Why it ended early"},
    {"ms_decision", "Volgt uit het besluit", "Follows from the decision"},
    {"ms_next_title", "Wat gebeurt hierna?", "What happens next?"},
    // Issue 12 item 4: what happens, what it means, and the family's rights.
    {"ms_happened_title", "Wat gebeurt er?", "What is happening?"},
    {"ms_happened_family", "De kinderrechter heeft op {ruling} besloten: {kind}.",
     "The juvenile judge decided on {ruling}: {kind}."},
    {"ms_means_title", "Wat betekent dit?", "What does this mean?"},
    {"ms_term_link", "Lees meer over {term}.", "Read more about {term}."},
    {"ms_rights_title", "Uw rechten", "Your rights"},
    {"ms_summary_only",
     "U leest dit omdat deze beslissing over u gaat. U heeft recht op belangrijke informatie "
     "over uw kind. Het dossier van uw kind leest u hier niet.",
     "You read this because this decision is about you. You have the right to important "
     "information about your child. You do not read your child's file here."},
    {"ms_parents", "Gaat ook over", "Also concerns"},
    {"ms_label_parents", "Over welke ouder (gezag of woonplek)", "Which parent it concerns"},
    {"ms_parents_hint",
     "Verplicht bij schorsing en beëindiging van het gezag. Een genoemde ouder leest de "
     "maatregel, ook zonder gezag: het recht op belangrijke informatie.",
     "Required for a suspension and an ending of custody. A named parent reads the measure, "
     "even without custody: the right to important information."},
    {"ms_done_on", "(gedaan op {date})", "(done on {date})"},
    {"ms_done_on_family", "(is gebeurd op {date})", "(happened on {date})"},
    {"ms_met_title", "Termijn gehaald", "Deadline met"},
    {"ms_met_submit", "Opslaan als gedaan", "Save as done"},
    {"ms_choose_deadline", "Kies een termijn", "Choose a deadline"},
    {"ms_label_deadline", "Welke termijn", "Which deadline"},
    {"ms_label_done_on", "Gedaan op", "Done on"},
    {"ms_label_done_note", "Toelichting (mag leeg)", "Note (may be empty)"},
    {"rights_deadline", "Uiterlijk op {date}.", "By {date} at the latest."},
    {"rights_deadline_passed", "De termijn liep tot {date}. Die is voorbij.",
     "The time limit ran until {date}. It has passed."},
    {"rights_reach", "Wie helpt:", "Who helps:"},
    {"rights_phone", "telefoon", "phone"},
    {"rights_source", "Bron: {source}. Nagekeken op {date}.",
     "Source: {source}. Checked on {date}."},
    {"ms_next_none",
     "Er staat nu niets op een datum. Uw vaste hulpverlener vertelt het u als er "
     "iets verandert.",
     "Nothing is planned on a date now. Your fixed professional tells you when something "
     "changes."},
    {"ms_history", "Verloop", "History"},
    {"ms_extend_title", "Verlenging vastleggen", "Record an extension"},
    {"ms_extend_submit", "Verlenging opslaan", "Save the extension"},
    {"ms_end_title", "Eerder beëindigen", "End early"},
    {"ms_end_submit", "Einde opslaan", "Save the end"},
    {"ms_record_title", "Een maatregel vastleggen", "Record a measure"},
    {"ms_record_intro",
     "Neem over wat in de beschikking van de rechter staat. De einddatum is de dag waarop de "
     "maatregel niet meer geldt.",
     "Copy what the judge's ruling says. The end date is the day on which the measure no longer "
     "holds."},
    {"ms_record_submit", "Maatregel opslaan", "Save the measure"},
    {"ms_choose", "Kies een maatregel", "Choose a measure"},
    {"ms_no_decision", "Geen besluit", "No decision"},
    {"ms_label_kind", "Maatregel", "Measure"},
    {"ms_label_children", "Voor welk kind", "For which child"},
    {"ms_label_ruling", "Datum van de uitspraak", "Date of the ruling"},
    {"ms_label_start", "Begint op", "Starts on"},
    {"ms_label_end", "Einddatum", "End date"},
    {"ms_end_hint",
     "Een OTS en een machtiging uithuisplaatsing duren hoogstens een jaar; een voorlopige OTS, "
     "een spoedmachtiging en een schorsing van het gezag hoogstens drie maanden. Bij "
     "gezagsbeëindiging laat u dit leeg: die geldt tot 18 jaar.",
     "An OTS and an out-of-home placement authorisation last at most a year; a provisional OTS, "
     "an emergency order and a suspension of custody at most three months. For ending custody "
     "leave this empty: it holds until 18."},
    {"ms_label_threats", "Bedreigingen die de rechter noemt", "Threats the judge names"},
    {"ms_label_decision", "Volgt uit het besluit", "Follows from the decision"},
    {"ms_label_new_end", "Nieuwe einddatum", "New end date"},
    {"ms_label_extend_reason", "Toelichting (mag leeg)", "Note (may be empty)"},
    {"ms_label_ended_on", "Gestopt op", "Ended on"},
    {"ms_label_end_reason", "Waarom gestopt", "Why it ended"},
    {"ms_err_summary", "De maatregel is niet opgeslagen. Kijk de velden na.",
     "The measure was not saved. Please check the fields."},
    {"ms_err_step",
     "Dit kan niet bij deze maatregel: alleen een lopende OTS of machtiging uithuisplaatsing "
     "wordt verlengd, en een maatregel die al gestopt is verandert niet meer.",
     "This cannot be done for this measure: only a running OTS or out-of-home placement "
     "authorisation is extended, and a measure that has ended changes no more."},
    {"ms_until", "tot {date}", "until {date}"},
    {"ms_until_18", "tot het kind 18 jaar is", "until the child is 18"},
    {"ms_ended_early", "(eerder gestopt)", "(ended early)"},
    {"ms_ends_at_18", "(stopt als het kind 18 wordt)", "(ends when the child turns 18)"},
    {"ms_state_scheduled", "Begint nog", "Not started yet"},
    {"ms_state_running", "Loopt", "Running"},
    {"ms_state_ended", "Gestopt", "Ended"},
    {"ms_step_recorded", "Uitspraak van {ruling}, vastgelegd door {who}",
     "Ruling of {ruling}, recorded by {who}"},
    {"ms_step_extended", "Verlengd tot {date} bij uitspraak van {ruling}, vastgelegd door {who}",
     "Extended until {date} by the ruling of {ruling}, recorded by {who}"},
    {"ms_step_ended", "Gestopt op {date}, vastgelegd door {who}",
     "Ended on {date}, recorded by {who}"},
    // The kinds, and what each means in B1 Dutch for the family.
    {"ms_kind_ots", "OTS (ondertoezichtstelling)", "OTS (family supervision order)"},
    {"ms_kind_voorlopige_ots", "Voorlopige OTS", "Provisional OTS"},
    {"ms_kind_uithuisplaatsing", "Machtiging uithuisplaatsing",
     "Out-of-home placement authorisation"},
    {"ms_kind_spoedmachtiging", "Spoedmachtiging", "Emergency order"},
    {"ms_kind_schorsing_gezag", "Schorsing van het gezag", "Suspension of custody"},
    {"ms_kind_gezagsbeeindiging", "Gezagsbeëindiging", "Ending of custody"},
    {"ms_explain_ots",
     "De rechter vindt dat uw kind in de knel zit en dat hulp nodig is. Een jeugdbeschermer "
     "helpt u en uw kind en mag u opdrachten geven. U blijft de ouder. De maatregel duurt "
     "hoogstens een jaar. De rechter kan hem verlengen.",
     "The judge finds that your child is in trouble and that help is needed. A youth protector "
     "helps you and your child and may give you instructions. You stay the parent. The measure "
     "lasts at most a year. The judge can extend it."},
    {"ms_explain_voorlopige_ots",
     "De rechter vond het zo ernstig dat er meteen hulp moest komen. Deze maatregel duurt "
     "hoogstens drie maanden. Daarna beslist de rechter opnieuw.",
     "The judge found it so serious that help had to come at once. This measure lasts at most "
     "three months. Then the judge decides again."},
    {"ms_explain_uithuisplaatsing",
     "De rechter geeft toestemming dat uw kind ergens anders gaat wonen, bijvoorbeeld in een "
     "pleeggezin. Als dat niet binnen drie maanden gebeurt, vervalt de toestemming.",
     "The judge allows your child to live somewhere else, for example with a foster family. If "
     "that does not happen within three months, the permission lapses."},
    {"ms_explain_spoedmachtiging",
     "Er was direct gevaar. Daarom mocht uw kind meteen ergens anders gaan wonen. Binnen twee "
     "weken hoort de rechter u en uw kind. Daar mag u zeggen wat u ervan vindt.",
     "There was immediate danger. So your child could go and live somewhere else at once. "
     "Within two weeks the judge hears you and your child. There you may say what you think."},
    {"ms_explain_schorsing_gezag",
     "U mag nu even niet beslissen over uw kind. Dat duurt hoogstens drie maanden, tenzij de "
     "rechter gevraagd wordt het gezag te beëindigen.",
     "For now you may not make decisions about your child. It lasts at most three months, "
     "unless the judge is asked to end custody."},
    {"ms_explain_gezagsbeeindiging",
     "De rechter heeft bepaald dat u niet meer over uw kind beslist. Iemand anders doet dat nu, "
     "tot uw kind 18 jaar is.",
     "The judge has decided that you no longer make decisions about your child. Someone else "
     "does that now, until your child is 18."},
    // What to do by each deadline: professionals.
    {"ms_dl_extension_request", "Verlenging vragen aan de rechter, of laten aflopen",
     "Ask the judge to extend it, or let it end"},
    {"ms_dl_raad_no_extension", "Geen verlenging: de Raad voor de Kinderbescherming inlichten",
     "No extension: tell the Child Protection Board"},
    {"ms_dl_use_by", "Uithuisplaatsen, anders vervalt de machtiging",
     "Place the child, or the authorisation lapses"},
    {"ms_dl_hearing", "De rechter hoort ouders en kind, anders vervalt de spoedmachtiging",
     "The judge hears parents and child, or the emergency order lapses"},
    {"ms_dl_custody_request", "Beëindiging van het gezag vragen, anders vervalt de schorsing",
     "Ask to end custody, or the suspension lapses"},
    {"ms_dl_ends", "De maatregel stopt", "The measure ends"},
    {"ms_dl_eighteen", "Het kind wordt 18: de maatregel stopt",
     "The child turns 18: the measure ends"},
    // The same dates for the family, in B1 Dutch.
    {"ms_dlf_extension_request",
     "De jeugdbeschermer vraagt de rechter om te verlengen, of de "
     "maatregel stopt. U hoort dit op tijd.",
     "The youth protector asks the judge to extend it, or the measure ends. You hear this in "
     "time."},
    {"ms_dlf_raad_no_extension",
     "Als de maatregel niet verlengd wordt, hoort de Raad voor de Kinderbescherming dat uiterlijk "
     "op deze dag.",
     "If the measure is not extended, the Child Protection Board hears so by this day at the "
     "latest."},
    {"ms_dlf_use_by",
     "Tot deze dag mag uw kind op grond van deze toestemming ergens anders gaan "
     "wonen.",
     "Until this day your child may go and live elsewhere on this permission."},
    {"ms_dlf_hearing", "Uiterlijk op deze dag hoort de rechter u en uw kind.",
     "By this day the judge hears you and your child."},
    {"ms_dlf_custody_request",
     "Uiterlijk op deze dag wordt de rechter gevraagd het gezag te beëindigen, of de schorsing "
     "stopt.",
     "By this day the judge is asked to end custody, or the suspension ends."},
    {"ms_dlf_ends", "Op deze dag stopt de maatregel.", "On this day the measure ends."},
    {"ms_dlf_eighteen", "Uw kind wordt 18. Dan stopt de maatregel.",
     "Your child turns 18. Then the measure ends."},
    // Mijn werk.
    {"mw_open_measure", "Naar de maatregel", "To the measure"},
    {"mw_item_measure", "{what} ({measure}), uiterlijk {date}", "{what} ({measure}), by {date}"},
});

}  // namespace

std::span<const Message> MeasureCatalogueEntries() { return kMeasureMessages; }

}  // namespace stip::web
