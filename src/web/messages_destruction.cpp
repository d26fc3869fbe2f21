// The texts of the family's request to destroy (issue 14 item 3 part C): the page on Ons gezin
// where a member asks and reads the answer, the requests on the file's retention page where the
// lead answers, and the item on Mijn werk. Dutch first (B1), English second.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kDestructionMessages = std::to_array<Message>({
    {"access_what_destruction_requests", "de eigen vragen om te vernietigen",
     "their own requests to destroy"},
    {"dr_title", "Gegevens laten vernietigen", "Have data destroyed"},
    {"dr_back", "Terug naar Ons gezin", "Back to Our family"},
    // Who answers (finding 6 of the privacy review): the fixed face while help runs, the team
    // lead once help has ended.
    {"dr_intro",
     "Je mag vragen om jullie dossier te vernietigen, of alleen wat over jou gaat. Vernietigen "
     "betekent: het wordt gewist en niemand kan het daarna nog lezen. Zolang de hulp loopt, geeft "
     "je vaste gezicht binnen drie maanden antwoord. Is de hulp afgelopen? Dan geeft de "
     "teamleider van het team van je laatste vaste gezicht antwoord. Altijd met de redenen. Die "
     "lees je hier.",
     "You may ask for your file to be destroyed, or only what is about you. Destroyed means: it "
     "is erased and no one can read it afterwards. While help runs, your fixed face answers "
     "within three months. Has help ended? Then the team lead of your last fixed face's team "
     "answers. Always with the reasons. You read them here."},
    // Finding 7: what Stip does not do itself.
    {"dr_outside",
     "Stip kan alleen een heel dossier vernietigen. Vraag je alleen om wat over jou gaat? Of is "
     "het antwoord: voor een deel? Dan blijft alles wat in Stip staat, in Stip staan. Alleen wat "
     "buiten Stip bewaard wordt, bijvoorbeeld op papier, kan de organisatie dan vernietigen. In "
     "het antwoord lees je wat er gebeurt.",
     "Stip can only destroy a whole file. Do you ask only for what is about you? Or is the "
     "answer: in part? Then everything in Stip stays in Stip. Only what is kept outside Stip, on "
     "paper for example, can the organisation destroy then. The answer tells you what happens."},
    {"dr_rule",
     "Soms moet het dossier toch bewaard blijven. Bijvoorbeeld als een rechter nog over jullie "
     "gezin beslist, of als het belangrijk is voor een ander, zoals een kind. Dan hoor je "
     "waarom. Kinderen jonger dan 12 vragen dit niet zelf. Een ouder met gezag kan vragen om het "
     "hele dossier te vernietigen. Daarin staat ook wat over het kind gaat.",
     "Sometimes the file must be kept anyway. For example when a judge still decides about your "
     "family, or when it matters for someone else, such as a child. Then you are told why. "
     "Children under 12 do not ask this themselves. A parent with custody can ask for the whole "
     "file to be destroyed. That includes what is about the child."},
    {"dr_mine_title", "Jouw vragen", "Your requests"},
    {"dr_none", "Je hebt nog niet gevraagd om iets te vernietigen.",
     "You have not asked for anything to be destroyed yet."},
    {"dr_scope_file", "Het hele dossier", "The whole file"},
    {"dr_scope_own_data", "Wat over mij gaat", "What is about me"},
    {"dr_scope_file_choice", "Het hele dossier van ons gezin", "Our family's whole file"},
    {"dr_scope_own_data_choice", "Alleen wat over mij gaat", "Only what is about me"},
    {"dr_asked_on", "Gevraagd op", "Asked on"},
    {"dr_answer_by", "Antwoord uiterlijk op", "Answer at the latest on"},
    {"dr_answered_on", "Beantwoord op", "Answered on"},
    {"dr_overdue", "Te laat: de termijn is voorbij.", "Late: the term has passed."},
    {"dr_your_reason", "Jouw reden:", "Your reason:"},
    {"dr_their_reason", "Reden:", "Reason:"},
    {"dr_reasons", "Waarom:", "Why:"},
    {"dr_state_open", "Nog geen antwoord.", "No answer yet."},
    {"dr_answer_granted", "Ja: het dossier wordt vernietigd.", "Yes: the file is destroyed."},
    {"dr_answer_partly_granted", "Voor een deel: een deel wordt vernietigd, een deel niet.",
     "In part: some of it is destroyed, some is not."},
    {"dr_answer_refused", "Nee: het wordt niet vernietigd.", "No: it is not destroyed."},
    {"dr_complain",
     "Ben je het er niet mee eens? Zeg het eerst tegen je vaste gezicht. Lukt dat niet, dien dan "
     "een klacht in bij de klachtencommissie van de organisatie van je vaste gezicht. Je mag ook "
     "een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl). "
     "Hulp daarbij krijg je gratis van het AKJ: 088 555 1000.",
     "Do you disagree? Tell your fixed face first. If that does not work, complain to the "
     "complaints committee of your fixed face's organisation. You may also complain to the Dutch "
     "Data Protection Authority (Autoriteit Persoonsgegevens, autoriteitpersoonsgegevens.nl). "
     "The AKJ helps you with that for free: 088 555 1000."},
    {"dr_ask_title", "Vragen om te vernietigen", "Ask for destruction"},
    {"dr_label_scope", "Wat wil je laten vernietigen?", "What do you want destroyed?"},
    {"dr_label_reason", "Waarom? (niet verplicht)", "Why? (optional)"},
    {"dr_reason_hint",
     "Je hoeft geen reden te geven. Het mag wel. Let op: iedere hulpverlener die jullie dossier "
     "leest, kan je reden ook lezen.",
     "You do not have to give a reason. You may. Note: every professional who reads your file "
     "can read your reason too."},
    {"dr_submit", "Vraag het aan", "Send the request"},
    {"dr_done", "Je vraag is verstuurd. Je krijgt binnen drie maanden antwoord.",
     "Your request has been sent. You get an answer within three months."},
    {"dr_refused_under_twelve",
     "Je bent jonger dan 12. Een ouder met gezag kan vragen om het hele dossier te vernietigen. "
     "Wil je erover praten? Zeg het tegen je vaste gezicht.",
     "You are under 12. A parent with custody can ask for the whole file to be destroyed. Want "
     "to talk about it? Tell your fixed face."},
    {"dr_refused_open",
     "Je hebt al een vraag die nog niet beantwoord is. Wacht op het antwoord; daarna kun je "
     "opnieuw vragen.",
     "You already have a request without an answer. Wait for the answer; then you can ask again."},
    {"dr_refused_other", "Je kunt dit hier niet vragen. Vraag het je vaste gezicht.",
     "You cannot ask this here. Ask your fixed face."},
    {"dr_err_summary", "Er ging iets mis. Kijk bij wat je wilt laten vernietigen.",
     "Something went wrong. Look at what you want destroyed."},
    {"dr_file_title", "Vragen van het gezin om te vernietigen", "The family's requests to destroy"},
    {"dr_file_none", "Niemand van het gezin heeft gevraagd om iets te vernietigen.",
     "No one in the family has asked for anything to be destroyed."},
    {"dr_file_rule",
     "De regel: Ja kan alleen als niets vraagt om het dossier te bewaren. Dus geen bewaarplicht, "
     "geen maatregel van de rechter die nog loopt, en geen belangrijk belang van een ander (zoals "
     "een kind). Bij Ja vernietigt Stip meteen het hele dossier. Anders: Voor een deel of Nee, "
     "met de redenen. Het gezinslid krijgt een mail zonder inhoud. Voor een deel, of een vraag "
     "om alleen de eigen gegevens: dan vernietigt Stip niets, en wat in Stip staat blijft "
     "leesbaar voor wie het dossier leest. Wat buiten Stip bewaard wordt, kunt u zelf "
     "vernietigen. Schrijf in de redenen wat en wanneer.",
     "The rule: Yes is only possible when nothing requires the file to be kept. So no legal "
     "hold, no court measure still running, and no important interest of someone else (such as "
     "a child). With Yes Stip destroys the whole file at once. Otherwise: In part or No, with "
     "the reasons. The family member gets a mail without content. In part, or a request for "
     "only someone's own data: Stip destroys nothing then, and what is in Stip stays readable for "
     "whoever reads the file. What is kept outside Stip you can destroy yourself. Write in the "
     "reasons what and when."},
    {"dr_label_answer", "Antwoord", "Answer"},
    {"dr_choice_granted", "Ja, vernietig het hele dossier nu", "Yes, destroy the whole file now"},
    {"dr_choice_partly", "Voor een deel", "In part"},
    {"dr_choice_refused", "Nee", "No"},
    {"dr_label_reasons", "Redenen", "Reasons"},
    {"dr_reasons_hint",
     "Verplicht bij Voor een deel en Nee. Schrijf wat wel en niet wordt vernietigd, en waarom. "
     "Het gezinslid dat het vroeg, leest deze redenen in Stip. Bij Ja laat u dit leeg: dan "
     "wordt het hele dossier vernietigd, ook dit antwoord.",
     "Required with In part and No. Write what is and is not destroyed, and why. The family "
     "member who asked reads these reasons in Stip. With Yes leave this empty: then the whole "
     "file is destroyed, this answer included."},
    {"dr_answer_submit", "Antwoord geven", "Give the answer"},
    {"dr_err_precondition",
     "Dit antwoord kan nu niet. Er is niets veranderd. Ja kan niet bij een bewaarplicht of een "
     "maatregel die nog loopt, en Stip vernietigt alleen een heel dossier. Is de vraag al "
     "beantwoord? Dan staat het antwoord hieronder. Kies anders Voor een deel of Nee, met de "
     "redenen.",
     "This answer is not possible now. Nothing was changed. Yes is not possible with a legal "
     "hold or a court measure that still runs, and Stip destroys only a whole file. Was the "
     "request answered already? Then the answer is below. Otherwise choose In part or No, with "
     "the reasons."},
    {"dr_err_answer_summary", "Er ging iets mis. Kijk bij het antwoord.",
     "Something went wrong. Look at the answer."},
    {"dr_others_told",
     "De andere gezinsleden met een account kregen op {date} bericht, zonder inhoud. Ja kan pas "
     "op {from}, tenzij elke andere ouder met gezag dit zelf ook vroeg.",
     "The other family members with an account were told on {date}, without content. Yes is "
     "possible from {from} only, unless every other parent with custody asked for this too."},
    {"mw_open_destruction", "Open de vraag om te vernietigen", "Open the request to destroy"},
    {"mw_item_destruction",
     "Een gezinslid vraagt om gegevens te vernietigen. Antwoord uiterlijk op {date}.",
     "A family member asks for data to be destroyed. Answer by {date}."},
});

}  // namespace

std::span<const Message> DestructionCatalogueEntries() { return kDestructionMessages; }

}  // namespace stip::web
