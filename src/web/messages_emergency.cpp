// The texts of emergency access (noodtoegang, issue 10 item 4): the professional's page, the
// banner on a file read by emergency access, the team lead's review page, and what the family
// reads in "Wie las ons dossier". B1 Dutch first. Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kEmergencyMessages = std::to_array<Message>({
    {"role_team_lead", "teamleider", "team lead"},
    {"nav_emergency", "Noodtoegang", "Emergency access"},
    {"access_what_emergency_review", "de controle van een noodtoegang",
     "the check of an emergency access"},
    // The professional's page /noodtoegang.
    {"em_page_title", "Noodtoegang", "Emergency access"},
    {"em_page_intro",
     "Met noodtoegang leest u een dossier waarbij u niet betrokken bent, als het echt niet kan "
     "wachten. U kunt alleen lezen, niets veranderen. De toegang stopt na {hours} uur, of eerder "
     "als u hem zelf stopt. Het gezin ziet dat u het dossier las, en waarom. De teamleider van "
     "uw team controleert of het terecht was; bent u zelf teamleider, dan een teamleider van een "
     "ander team van uw organisatie. Is er nog geen, dan wacht de controle tot er een is.",
     "With emergency access you read a file you are not involved in, when it really cannot "
     "wait. You can only read, not change anything. The access stops after {hours} hours, or "
     "earlier if you stop it yourself. The family sees that you read the file, and why. The team "
     "lead of your team checks whether it was justified; if you lead a team yourself, a team lead "
     "of another team of your organisation does. If there is none yet, the check waits until "
     "there is one."},
    {"em_form_title", "Een dossier openen met noodtoegang", "Open a file with emergency access"},
    {"em_label_family", "Dossiernummer", "File number"},
    {"em_hint_family", "U krijgt het nummer van wie u belt of van een collega, zoals fam_1a2b.",
     "You get the number from whoever calls you or from a colleague, such as fam_1a2b."},
    {"em_label_reason", "Waarom heeft u dit dossier nu nodig?", "Why do you need this file now?"},
    // Every member of the household who reads the access log reads this (privacy review).
    {"em_hint_reason",
     "Het gezin leest dit. Noem geen melder of andere derden, en niets wat alleen over één "
     "gezinslid gaat. Schrijf het zo dat zij het begrijpen.",
     "The family reads this. Do not name a reporter or other third parties, nor anything that "
     "is only about one member of the family. Write it so that they understand it."},
    {"em_submit", "Dossier openen met noodtoegang", "Open the file with emergency access"},
    {"em_mine_title", "Mijn noodtoegang", "My emergency access"},
    {"em_mine_none", "U heeft nog geen noodtoegang gebruikt.",
     "You have not used emergency access yet."},
    {"em_mine_line", "Dossier {family}: geopend op {when}.", "File {family}: opened on {when}."},
    {"em_mine_active", "U kunt lezen tot {until}.", "You can read until {until}."},
    {"em_mine_ended", "Gestopt op {ended}.", "Stopped on {ended}."},
    {"em_mine_ran", "Liep tot {until}.", "Ran until {until}."},
    {"em_open_file", "Dossier {family} lezen", "Read file {family}"},
    {"em_end", "Noodtoegang tot dossier {family} nu stoppen",
     "Stop emergency access to file {family} now"},
    {"em_waits", "Wacht op de controle door de teamleider.", "Waits for the team lead's check."},
    {"em_no_lead",
     "Uw team heeft nog geen teamleider. De controle wacht tot er een is. Vraag de beheerder "
     "om een teamleider te kiezen.",
     "Your team has no team lead yet. The check waits until there is one. Ask the "
     "administrator to choose a team lead."},
    {"em_own_lead",
     "U bent zelf teamleider. Een teamleider van een ander team van uw organisatie controleert "
     "dit.",
     "You are a team lead yourself. A team lead of another team of your organisation checks "
     "this."},
    {"em_no_other_lead",
     "U bent zelf teamleider. Er is nog geen teamleider van een ander team van uw organisatie "
     "die dit kan controleren. De controle wacht tot er een is. Vraag de beheerder om een "
     "teamleider te kiezen.",
     "You are a team lead yourself. There is no team lead of another team of your organisation "
     "yet who can check this. The check waits until there is one. Ask the administrator to "
     "choose a team lead."},
    {"em_unknown_file",
     "Er is geen dossier met dit nummer. Controleer het nummer bij wie het u gaf.",
     "There is no file with this number. Check the number with whoever gave it to you."},
    {"em_conflict",
     "U bent bij dit dossier betrokken, of u heeft er al noodtoegang toe. Open het via Mijn "
     "gezinnen of via Mijn noodtoegang hieronder.",
     "You are involved in this file, or you have emergency access to it already. Open it from "
     "My families or from My emergency access below."},
    {"em_ended_done", "De noodtoegang is gestopt.", "The emergency access has stopped."},
    // The banner on a file read by emergency access.
    {"em_banner", "Noodtoegang tot {until} — alleen lezen",
     "Emergency access until {until} — read only"},
    {"em_banner_note",
     "U bent niet betrokken bij dit dossier. U kunt lezen, niets veranderen. Het gezin ziet "
     "dat u het las, en waarom.",
     "You are not involved in this file. You can read, not change anything. The family sees "
     "that you read it, and why."},
    // The team lead's page /noodtoegang/beoordelen.
    {"em_review_title", "Noodtoegang controleren", "Check emergency access"},
    {"em_review_intro",
     "Hier staat elke noodtoegang die u nog moet controleren. U ziet wie, wanneer, welk "
     "dossier, de reden en wat er gelezen is. De inhoud van het dossier ziet u niet. Het gezin "
     "leest uw oordeel.",
     "Here is every emergency access you still have to check. You see who, when, which file, "
     "the reason and what was read. You do not see the content of the file. The family reads "
     "your judgement."},
    {"em_review_none", "Er is geen noodtoegang om te controleren.",
     "There is no emergency access to check."},
    {"em_review_not_lead",
     "U bent geen teamleider. Noodtoegang van uw team controleert de teamleider van uw team.",
     "You are not a team lead. The team lead of your team checks your team's emergency access."},
    {"em_review_who", "{name} ({team}) opende dossier {family} op {when}, tot {until}.",
     "{name} ({team}) opened file {family} on {when}, until {until}."},
    {"em_review_reason", "Reden", "Reason"},
    {"em_review_lines", "Wat er gelezen is", "What was read"},
    {"em_review_no_lines", "Er is niets gelezen.", "Nothing was read."},
    {"em_review_lines_more",
     "Niet alles getoond: er is meer gelezen dan hier staat. Vraag de beheerder om het hele "
     "toegangslog van dit dossier.",
     "Not everything is shown: more was read than is listed here. Ask the administrator for "
     "the whole access log of this file."},
    {"em_label_outcome", "Oordeel", "Judgement"},
    {"em_outcome_justified", "Terecht", "Justified"},
    {"em_outcome_not_justified", "Niet terecht", "Not justified"},
    {"em_label_words", "Toelichting (het gezin leest dit)", "Explanation (the family reads it)"},
    {"em_hint_words",
     "Het gezin leest dit. Noem geen melder of andere derden, en niets wat alleen over één "
     "gezinslid gaat.",
     "The family reads this. Do not name a reporter or other third parties, nor anything that "
     "is only about one member of the family."},
    {"em_review_submit", "Oordeel over {family} opslaan", "Save the judgement on {family}"},
    {"em_review_done", "Uw oordeel is opgeslagen.", "Your judgement has been saved."},
    // What the family (and the professionals) read about each use.
    {"em_uses_title", "Noodtoegang", "Emergency access"},
    {"em_uses_intro",
     "Soms moet een hulpverlener die niet bij jullie betrokken is, het dossier snel lezen. "
     "Bijvoorbeeld 's nachts, als er zorgen zijn over veiligheid. Dat heet noodtoegang. Die "
     "hulpverlener kan alleen lezen, niets veranderen, en maar korte tijd. Een teamleider "
     "controleert of het terecht was. Bij elke keer hieronder staat of dat al gebeurd is.",
     "Sometimes a professional who is not involved with you has to read the file quickly. For "
     "example at night, when there are worries about safety. That is called emergency access. "
     "That professional can only read, not change anything, and only for a short time. A team "
     "lead checks whether it was justified. Each time below says whether that has happened."},
    // The professionals' access log of a file (/gezinnen/{id}/inzage): not "you", not the family.
    {"em_uses_intro_pro",
     "Met noodtoegang las een hulpverlener die niet bij dit gezin betrokken is het dossier, met "
     "een reden, alleen lezen en maar korte tijd. Het gezin leest wie het was, wanneer en "
     "waarom.",
     "With emergency access a professional who is not involved with this family read the file, "
     "with a reason, read only and only for a short time. The family reads who it was, when and "
     "why."},
    {"em_use_line", "{name} ({team}) gebruikte noodtoegang tot het dossier op {when}.",
     "{name} ({team}) used emergency access to the file on {when}."},
    {"em_use_reason", "Waarom: {reason}", "Why: {reason}"},
    {"em_use_running", "De toegang loopt tot {until}.", "The access runs until {until}."},
    {"em_use_until", "De toegang liep tot {until}.", "The access lasted until {until}."},
    {"em_use_ended", "De toegang is gestopt op {ended}.", "The access was stopped on {ended}."},
    {"em_use_waits", "De teamleider heeft dit nog niet gecontroleerd.",
     "The team lead has not checked this yet."},
    {"em_use_justified", "{reviewer} (teamleider) vond dit terecht: {words}",
     "{reviewer} (team lead) found this justified: {words}"},
    {"em_use_not_justified", "{reviewer} (teamleider) vond dit niet terecht: {words}",
     "{reviewer} (team lead) found this not justified: {words}"},
    // Mijn werk.
    {"em_work_count", "Noodtoegang te beoordelen: {count}", "Emergency access to review: {count}"},
});

}  // namespace

std::span<const Message> EmergencyCatalogueEntries() { return kEmergencyMessages; }

}  // namespace stip::web
