// The texts of "al bekend?" (issue 10 item 6) that a family reads in its access log: a
// professional asked whether the family is known; nothing of the file was read, and the line
// says so. B1 Dutch first. Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kKnownElsewhereMessages = std::to_array<Message>({
    {"role_known_elsewhere", "wilde weten of het gezin al bekend is",
     "wanted to know whether the family is known already"},
    {"access_what_known_elsewhere_check",
     "niets uit het dossier. Stip vertelde alleen welk team het dossier heeft en hoe dat team te "
     "bereiken is",
     "nothing from the file. Stip only told which team holds the file and how to reach that "
     "team"},
    // The form that opens a file (/gezinnen/nieuw).
    {"new_member_bsn", "BSN (alleen bij een kind)", "BSN (children only)"},
    {"new_member_bsn_hint",
     "Mag leeg. Stip bewaart het BSN niet als nummer, alleen een geheime code die ervan is "
     "gemaakt. "
     "Die code wordt alleen gebruikt om te zien of het kind al bekend is.",
     "May be empty. Stip does not keep the BSN as a number, only a secret code made from it. "
     "That code is only used to see whether the child is known already."},
    {"label_member_bsn", "BSN van gezinslid {n}", "BSN of family member {n}"},
    {"label_known_reason", "Waarom een nieuw dossier", "Why a new file"},
    {"known_title", "Dit gezin is misschien al bekend", "This family may be known already"},
    {"known_intro",
     "Een kind uit dit gezin is al bekend bij een team in Stip. U ziet alleen welk team dat is "
     "en hoe u het bereikt. Wat er in dat dossier staat, ziet u niet.",
     "A child of this family is known to a team in Stip already. You only see which team that is "
     "and how to reach it. You do not see what is in that file."},
    {"known_phone", "telefoon", "phone"},
    {"known_join",
     "Neem contact op met dat team. Vraag de regisseur om u toe te voegen aan het bestaande "
     "dossier. Dan hoeft het gezin zijn verhaal niet twee keer te vertellen.",
     "Contact that team. Ask the lead professional to add you to the existing file. Then the "
     "family does not have to tell their story twice."},
    {"known_anyway", "Toch een nieuw dossier openen", "Open a new file anyway"},
    {"known_reason", "Waarom is een nieuw dossier nodig?", "Why is a new file needed?"},
    {"known_reason_hint", "Bijvoorbeeld: het kind woont nu in een ander gezin.",
     "For example: the child now lives in another household."},
    {"fe_bad_format_bsn",
     "{label}: dit is geen BSN. Een BSN heeft 9 cijfers en klopt volgens de elfproef. Kijk het "
     "nummer na, of laat het leeg.",
     "{label}: this is not a BSN. A BSN has 9 digits and passes the 11-test. Check the number, "
     "or leave it empty."},
    {"known_cancel", "Geen nieuw dossier openen", "Do not open a new file"},
    // The lead read a colleague's request to join (with the family's name) on Mijn werk.
    {"access_what_join_request", "een verzoek van een collega om mee te doen in dit dossier",
     "a colleague's request to join this file"},
    // Ask to join (the match screen and Mijn werk).
    {"jr_role", "Als wat wilt u meedoen?", "In what role do you want to join?"},
    {"jr_role_second_opinion", "Gedragswetenschapper (tegenspraak)",
     "Behavioural scientist (second opinion)"},
    {"jr_role_duo", "Duo-partner (alleen regionaal veiligheidsteam)",
     "Duo partner (regional safety team only)"},
    {"jr_message", "Uw bericht aan de regisseur", "Your message to the lead professional"},
    {"jr_message_hint", "Kort: waarom u wilt meedoen.", "Short: why you want to join."},
    {"jr_ask", "Vraag de regisseur om u toe te voegen", "Ask the lead professional to add you"},
    {"jr_asked_already",
     "U vroeg al om mee te doen in dit dossier. De regisseur heeft nog niet geantwoord.",
     "You already asked to join this file. The lead professional has not answered yet."},
    {"jr_err_decline", "Uw antwoord kon niet worden opgeslagen.",
     "Your answer could not be saved."},
    {"jr_err_summary", "Uw verzoek kon niet worden verstuurd.", "Your request could not be sent."},
    {"jr_title", "Verzoeken om mee te doen", "Requests to join"},
    {"jr_to_answer", "{who} vraagt om mee te doen in het dossier van {family}, als {role}.",
     "{who} asks to join the file of {family}, as {role}."},
    {"jr_accept", "Toevoegen", "Add"},
    {"jr_decline", "Niet toevoegen", "Do not add"},
    {"jr_decline_words", "Waarom niet? De vrager leest dit.",
     "Why not? The person who asked reads this."},
    {"jr_mine_title", "Mijn verzoeken om mee te doen", "My requests to join"},
    {"jr_mine_open", "Uw verzoek wacht op antwoord van de regisseur.",
     "Your request waits for the lead professional's answer."},
    {"jr_mine_accepted", "Uw verzoek is aangenomen. U doet nu mee in het dossier.",
     "Your request was accepted. You are now part of the file."},
    {"jr_mine_declined", "Uw verzoek is afgewezen: {answer}",
     "Your request was declined: {answer}"},
    {"jr_open_file", "Open het dossier", "Open the file"},
});

}  // namespace

std::span<const Message> KnownElsewhereCatalogueEntries() { return kKnownElsewhereMessages; }

}  // namespace stip::web
