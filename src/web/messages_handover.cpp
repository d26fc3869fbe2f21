// The texts of the handover of the fixed face (issue 10): the lead's form, the colleague's page
// and what the family reads before and after. B1 Dutch first. Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kHandoverMessages = std::to_array<Message>({
    {"role_previous_lead", "vorig vast gezicht", "previous fixed face"},
    {"role_proposed_lead", "voorgesteld als nieuw vast gezicht", "proposed as new fixed face"},
    {"access_what_handover_offer", "het voorstel om het dossier over te nemen",
     "the proposal to take over the file"},
    // The lead's form on the household page.
    {"ho_section_title", "Vast gezicht", "Fixed face"},
    {"ho_form_title", "Dossier overdragen aan een collega", "Hand the file over to a colleague"},
    {"ho_form_intro",
     "Het gezin leest wie hun nieuwe vaste gezicht wordt en waarom, al voordat het ingaat. "
     "Schrijf de toelichting dus voor het gezin. Tot uw collega het dossier aanneemt, blijft u "
     "het vaste gezicht. Bij een warme overdracht werkt u een tijd samen en houdt u een "
     "gesprek met het gezin met z'n drieën. Bij een koude overdracht stopt u zodra uw collega "
     "het dossier aanneemt.",
     "The family reads who their new fixed face will be and why, before it takes effect. So "
     "write the explanation for the family. Until your colleague accepts the file, you stay the "
     "fixed face. In a warm handover you work together for a while and hold a meeting with the "
     "family, the three of you. In a cold handover you stop as soon as your colleague accepts."},
    {"ho_form_submit", "Overdracht voorstellen", "Propose the handover"},
    {"ho_label_to", "Nieuw vast gezicht", "New fixed face"},
    {"ho_label_reason", "Reden", "Reason"},
    {"ho_label_words", "Toelichting voor het gezin", "Explanation for the family"},
    {"ho_label_warm", "Soort overdracht", "Kind of handover"},
    {"ho_label_meeting", "Datum van het gesprek samen (warm, JJJJ-MM-DD)",
     "Date of the joint meeting (warm, YYYY-MM-DD)"},
    {"ho_warm_option", "Warm: we werken een tijd samen", "Warm: we work together for a while"},
    {"ho_cold_option", "Koud: ik stop als mijn collega aanneemt",
     "Cold: I stop when my colleague accepts"},
    {"ho_reason_family_moved", "het gezin is verhuisd", "the family moved"},
    {"ho_reason_illness_or_leave", "het vaste gezicht is ziek of met verlof",
     "the fixed face is ill or on leave"},
    {"ho_reason_staff_leaving", "het vaste gezicht gaat weg bij het team",
     "the fixed face is leaving the team"},
    {"ho_reason_other_expertise", "er is andere kennis nodig", "other expertise is needed"},
    {"ho_reason_family_wish", "het gezin wil iemand anders", "the family wants someone else"},
    {"ho_reason_other", "een andere reden", "another reason"},
    {"ho_label_withdraw", "Waarom trekt u de overdracht in?", "Why do you withdraw the handover?"},
    {"ho_withdraw_button", "Overdracht intrekken", "Withdraw the handover"},
    // What the family (and the professionals) read.
    {"ho_pending",
     "U krijgt een nieuw vast gezicht: {to}. Dat gaat in zodra {to_name} het dossier aanneemt. "
     "Tot dan blijft {from} uw vaste gezicht.",
     "You are getting a new fixed face: {to}. This starts as soon as {to_name} accepts the "
     "file. Until then {from} stays your fixed face."},
    {"ho_why", "Waarom: {reason}. {words}", "Why: {reason}. {words}"},
    {"ho_how_warm",
     "{from} en {to} werken eerst een tijd samen. Op {date} praten jullie met z'n drieën.",
     "{from} and {to} first work together for a while. On {date} the three of you talk "
     "together."},
    {"ho_how_cold", "{from} stopt met uw dossier zodra {to} het aanneemt.",
     "{from} stops working on your file as soon as {to} accepts it."},
    {"ho_last", "Sinds {date} is {to} uw vaste gezicht. Daarvoor was dat {from}.",
     "Since {date} {to} has been your fixed face. Before that it was {from}."},
    {"ho_counts",
     "Uw vaste gezicht is {handovers} keer gewisseld. Aantal dagen zonder vast gezicht: {days}.",
     "Your fixed face has changed {handovers} times. Number of days without a fixed face: "
     "{days}."},
    // The colleague's page.
    {"ho_families_link", "Dossiers die collega's aan u willen overdragen",
     "Files colleagues want to hand over to you"},
    {"ho_page_title", "Dossiers die u kunt overnemen", "Files you can take over"},
    {"ho_page_intro",
     "Een collega vraagt u het vaste gezicht van een gezin te worden. Neemt u het aan, dan "
     "wordt u vanaf dat moment het vaste gezicht. Wijst u het af, dan blijft uw collega het "
     "vaste gezicht.",
     "A colleague asks you to become a family's fixed face. If you accept, you are the fixed "
     "face from that moment. If you decline, your colleague stays the fixed face."},
    {"ho_page_none", "Er wacht geen overdracht op uw antwoord.",
     "No handover is waiting for your answer."},
    {"ho_page_done", "Uw antwoord is opgeslagen.", "Your answer has been saved."},
    {"ho_offer_from", "Voorgesteld door", "Proposed by"},
    {"ho_offer_warm", "Warme overdracht: u werkt eerst samen. Gesprek met het gezin op {date}.",
     "Warm handover: you first work together. Meeting with the family on {date}."},
    {"ho_offer_cold", "Koude overdracht: uw collega stopt zodra u aanneemt.",
     "Cold handover: your colleague stops as soon as you accept."},
    {"ho_accept", "{family} overnemen", "Take over {family}"},
    {"ho_decline", "{family} niet overnemen", "Do not take over {family}"},
    {"ho_label_decline", "Waarom neemt u het dossier niet over?",
     "Why do you not take over the file?"},
    // Lines in the list of changes.
    {"hh_change_handover_proposed", "{from} stelt voor dat {name} het nieuwe vaste gezicht wordt.",
     "{from} proposes that {name} becomes the new fixed face."},
    {"hh_change_handover_accepted", "{name} is nu het vaste gezicht. Daarvoor was dat {from}.",
     "{name} is now the fixed face. Before that it was {from}."},
    {"hh_change_handover_declined",
     "{name} neemt het dossier niet over. {from} blijft het vaste gezicht.",
     "{name} does not take over the file. {from} stays the fixed face."},
    {"hh_change_handover_withdrawn",
     "Het voorstel dat {name} het vaste gezicht wordt, is ingetrokken. {from} blijft het vaste "
     "gezicht.",
     "The proposal that {name} becomes the fixed face was withdrawn. {from} stays the fixed "
     "face."},
});

}  // namespace

std::span<const Message> HandoverCatalogueEntries() { return kHandoverMessages; }

}  // namespace stip::web
