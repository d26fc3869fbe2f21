// The texts of the shared entry card (templates/_entry.mustache) and of the forms on it:
// reactions, corrections, withholding and objections. Part of the message catalogue (see
// messages.h). The family reads most of these: B1 Dutch, and "je" as on "Ons gezin".
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kEntryMessages = std::to_array<Message>({
    // --- the card -----------------------------------------------------------------------------
    {"card_new", "Nieuw", "New"},
    {"card_written_by", "Geschreven door {author}.", "Written by {author}."},
    {"card_corrected", "Gecorrigeerd", "Corrected"},
    {"card_corrected_note", "Deze aantekening is later verbeterd. De oude tekst blijft staan.",
     "This entry was corrected later. The old text stays."},
    {"card_corrected_link", "Lees de verbeterde aantekening", "Read the corrected entry"},
    {"card_correction_of", "Correctie van een eerdere aantekening",
     "Correction of an earlier entry"},
    {"card_correction_of_link", "Lees de oude aantekening", "Read the old entry"},
    {"card_reactions_title", "Reacties van het gezin", "Reactions of the family"},
    {"reaction_understood", "Dit klopt", "This is right"},
    {"reaction_correction_request", "Correctie gevraagd", "Correction requested"},
    {"reaction_disagreement", "Niet mee eens", "Disagree"},
    {"reaction_own_statement", "Eigen verklaring", "Own statement"},
    {"card_request_open", "Nog niet beantwoord. Het antwoord komt uiterlijk op {date}.",
     "Not answered yet. The answer is due by {date}."},
    {"card_request_overdue", "Te laat: het antwoord had er uiterlijk op {date} moeten zijn.",
     "Overdue: the answer was due by {date}."},
    {"card_request_accepted", "Verbeterd. Besloten door {name} op {date}.",
     "Corrected. Decided by {name} on {date}."},
    {"card_request_rejected", "Niet verbeterd. Besloten door {name} op {date}.",
     "Not corrected. Decided by {name} on {date}."},
    {"card_answer", "Antwoord:", "Answer:"},
    // A withheld entry, as the family member it is withheld from sees it.
    {"card_withheld_title", "Deze aantekening laten we je nu niet zien",
     "We do not show you this entry now"},
    {"card_withheld_intro",
     "Het gaat om deze ene aantekening. De rest van het dossier kun je gewoon lezen.",
     "It is only this one entry. You can read the rest of the file as usual."},
    {"card_withheld_why", "Waarom:", "Why:"},
    {"card_withheld_reason", "Uitleg van de hulpverlener:", "The professional's explanation:"},
    {"card_withheld_decided", "Besloten door {name} op {date}.", "Decided by {name} on {date}."},
    {"card_withheld_review",
     "Op {date} kijken we er opnieuw naar. Verlengen we het dan niet, dan kun je de aantekening "
     "lezen.",
     "On {date} we will look at it again. If we do not renew it then, you can read the entry."},
    {"card_withheld_object",
     "Ben je het hier niet mee eens? Dan kun je bezwaar maken. Een andere hulpverlener kijkt er "
     "dan naar en geeft je antwoord.",
     "Do you disagree? Then you can object. Another professional will look at it and answer "
     "you."},
    // Withholdings as professionals see them.
    {"card_withholdings_title", "Achtergehouden", "Withheld"},
    {"card_withholding_from", "Achtergehouden voor {name}", "Withheld from {name}"},
    {"card_withholding_ground", "Grond:", "Ground:"},
    {"card_withholding_in_force", "Van kracht. Vervalt op {date}, tenzij het wordt verlengd.",
     "In force. Lapses on {date} unless renewed."},
    {"card_withholding_lapsed", "Vervallen op {date}.", "Lapsed on {date}."},
    {"card_withholding_lifted", "Opgeheven.", "Lifted."},
    {"ground_protects_third_person", "Bescherming van een ander", "Protecting another person"},
    {"ground_serious_harm_to_child", "Ernstige schade voor het kind", "Serious harm to the child"},
    {"ground_young_person_confidential", "Eigen informatie van een jongere van 16 of ouder",
     "Own information of a young person of 16 or older"},
    {"ground_running_investigation", "Lopend onderzoek (tijdelijk)",
     "Running investigation (temporary)"},
    {"card_objection", "Bezwaar van {name} op {date}:", "Objection by {name} on {date}:"},
    {"card_objection_open", "Nog niet beantwoord. Een andere hulpverlener geeft antwoord.",
     "Not answered yet. Another professional will answer."},
    {"card_objection_upheld", "Gegrond (beantwoord op {date}). Het achterhouden is opgeheven.",
     "Upheld (answered on {date}). The withholding was lifted."},
    {"card_objection_rejected", "Ongegrond (beantwoord op {date}).",
     "Not upheld (answered on {date})."},
    // --- the forms on the card ----------------------------------------------------------------
    {"form_react_summary", "Reageren", "React"},
    {"form_react_legend", "Wat wil je zeggen over deze aantekening?",
     "What do you want to say about this entry?"},
    {"form_react_understood", "Dit klopt", "This is right"},
    {"form_react_correction_request", "Er klopt een feit niet: ik vraag om een correctie",
     "A fact is wrong: I ask for a correction"},
    {"form_react_disagreement", "Ik ben het er niet mee eens", "I disagree"},
    {"form_react_own_statement", "Ik geef mijn eigen verklaring", "I give my own statement"},
    {"form_react_text", "Je reactie", "Your reaction"},
    {"form_react_text_hint",
     "Bij 'Dit klopt' hoef je niets te schrijven. Vraag je om een correctie? Schrijf dan wat er "
     "niet klopt en hoe het wel is. Je krijgt binnen een maand antwoord.",
     "With 'This is right' you need not write anything. Asking for a correction? Write what is "
     "wrong and what is right. You get an answer within a month."},
    {"form_react_submit", "Reactie versturen", "Send reaction"},
    {"form_object_summary", "Bezwaar maken", "Object"},
    {"form_object_text", "Waarom ben je het er niet mee eens?", "Why do you disagree?"},
    {"form_object_submit", "Bezwaar maken", "Object"},
    {"form_withhold_summary", "Achterhouden voor een gezinslid", "Withhold from a family member"},
    {"form_withhold_intro",
     "Alleen met een wettelijke grond. Het gezinslid ziet dat er iets is achtergehouden, waarom, "
     "door wie en tot wanneer, en kan bezwaar maken.",
     "Only on a legal ground. The family member sees that something is withheld, why, by whom "
     "and until when, and can object."},
    {"form_withhold_member", "Voor wie?", "From whom?"},
    {"form_withhold_member_choose", "Kies een gezinslid", "Choose a family member"},
    {"form_withhold_ground", "Wettelijke grond", "Legal ground"},
    {"form_withhold_reason", "Reden (het gezinslid leest dit)",
     "Reason (the family member reads this)"},
    {"form_withhold_review", "Herzien op", "Review on"},
    {"form_withhold_review_hint", "Op deze dag vervalt het achterhouden, tenzij u het verlengt.",
     "On this day the withholding lapses, unless you renew it."},
    {"form_withhold_submit", "Achterhouden", "Withhold"},
    {"form_renew_summary", "Verlengen", "Renew"},
    {"form_renew_review", "Nieuwe datum om te herzien", "New review date"},
    {"form_renew_reason", "Reden voor verlengen (het gezinslid leest dit)",
     "Reason to renew (the family member reads this)"},
    {"form_renew_submit", "Verlengen", "Renew"},
    {"form_lift_summary", "Opheffen", "Lift"},
    {"form_lift_reason", "Waarom stopt het achterhouden?", "Why does the withholding end?"},
    {"form_lift_submit", "Opheffen", "Lift"},
    {"form_objection_answer_summary", "Bezwaar beantwoorden", "Answer the objection"},
    {"form_objection_answer_legend", "Is het bezwaar gegrond?", "Is the objection upheld?"},
    {"form_objection_upheld", "Gegrond: het gezinslid mag de aantekening lezen",
     "Upheld: the family member may read the entry"},
    {"form_objection_rejected", "Ongegrond: de aantekening blijft achtergehouden",
     "Not upheld: the entry stays withheld"},
    {"form_answer", "Antwoord aan het gezinslid", "Answer to the family member"},
    {"form_answer_submit", "Antwoord opslaan", "Save the answer"},
    // --- open correction requests on the family file page ----------------------------------
    {"corrections_title", "Open correctieverzoeken", "Open correction requests"},
    {"corrections_intro",
     "Een gezinslid vraagt om een feit te verbeteren. Geef binnen een maand antwoord. Het "
     "vroegste einde staat bovenaan.",
     "A family member asks to correct a fact. Answer within a month. The earliest deadline is "
     "at the top."},
    {"corrections_request", "{name} vroeg op {date}:", "{name} asked on {date}:"},
    {"corrections_deadline", "Antwoord uiterlijk op {date}.", "Answer by {date}."},
    {"corrections_overdue", "Te laat: het antwoord had er uiterlijk op {date} moeten zijn.",
     "Overdue: the answer was due by {date}."},
    {"corrections_entry_link", "Naar de aantekening", "To the entry"},
    {"form_correction_legend", "Verbetert u de aantekening?", "Do you correct the entry?"},
    {"form_correction_accept", "Ja: de aantekening wordt verbeterd", "Yes: the entry is corrected"},
    {"form_correction_reject", "Nee: de aantekening blijft zoals hij is",
     "No: the entry stays as it is"},
    {"form_correction_text", "Verbeterde tekst (alleen bij ja)", "Corrected text (yes only)"},
    {"form_correction_text_hint",
     "De oude tekst blijft in het dossier staan, gemarkeerd als gecorrigeerd.",
     "The old text stays in the file, marked as corrected."},
    // --- labels and field errors of these forms ----------------------------------------------
    {"label_reaction_kind", "Soort reactie", "Kind of reaction"},
    {"label_reaction_text", "Reactie", "Reaction"},
    {"label_objection_text", "Bezwaar", "Objection"},
    {"label_member", "Gezinslid", "Family member"},
    {"label_ground", "Wettelijke grond", "Legal ground"},
    {"label_reason", "Reden", "Reason"},
    {"label_review_date", "Datum om te herzien", "Review date"},
    {"label_answer", "Antwoord", "Answer"},
    {"label_corrected_text", "Verbeterde tekst", "Corrected text"},
    {"label_decision", "Besluit", "Decision"},
});

}  // namespace

std::span<const Message> EntryCatalogueEntries() { return kEntryMessages; }

}  // namespace stip::web
