// Texts for the family's pages. Children (child_view) get the "kid_" variant of a text when
// there is one: shorter sentences, everyday words.
#include "web/family_text.h"

#include <array>

namespace stip::web {
namespace {

struct Entry {
  std::string_view key;
  std::string_view nl;
  std::string_view en;
};

constexpr std::array kTexts = std::to_array<Entry>({
    {"code_title", "Inloggen voor gezinnen", "Log in for families"},
    {"code_intro",
     "Vul je e-mailadres in. Je krijgt dan een code per e-mail. Met die code log je in.",
     "Enter your e-mail address. You will get a code by e-mail. Use it to log in."},
    {"code_email", "Je e-mailadres", "Your e-mail address"},
    {"code_send", "Stuur mij een code", "Send me a code"},
    {"code_sent",
     "Als dit adres bij Stip bekend is, hebben we een code gestuurd. Kijk in je e-mail. De code "
     "werkt 15 minuten.",
     "If this address is known to Stip, we sent a code. Check your e-mail. The code works for "
     "15 minutes."},
    {"code_code", "De code uit de e-mail", "The code from the e-mail"},
    {"code_submit", "Inloggen", "Log in"},
    {"code_wrong", "De code klopt niet of is verlopen. Vraag een nieuwe code aan.",
     "The code is wrong or has expired. Ask for a new code."},
    {"code_too_many_requests",
     "Er zijn vanaf hier te veel codes gevraagd. Heb je al een code gekregen? Gebruik dan de "
     "nieuwste uit je e-mail. Een nieuwe code kun je later weer vragen.",
     "Too many codes were asked for from here. Did you get a code already? Then use the newest "
     "one in your e-mail. You can ask for a new code again later."},
    // True for both limits behind it: this connection's wrong codes, or wrong codes for this
    // address from several places (someone else's guesses must not read as the member's own).
    {"code_too_many_wrong",
     "Er is te vaak een verkeerde code ingevuld voor dit adres. Wacht een paar minuten en probeer "
     "het dan opnieuw. Je code blijft werken tot hij verloopt.",
     "A wrong code was entered for this address too often. Wait a few minutes, then try again. "
     "Your code keeps working until it expires."},
    {"code_email_missing", "Vul je e-mailadres in.", "Enter your e-mail address."},
    {"code_code_missing", "Vul de code uit de e-mail in.", "Enter the code from the e-mail."},
    {"code_professional", "Werk je als hulpverlener? Log dan hier in.",
     "Are you a professional? Log in here."},
    {"home_title", "Ons gezin", "Our family"},
    {"home_hello", "Hallo", "Hello"},
    {"kid_home_hello", "Hoi", "Hi"},
    {"face_title", "Jullie vaste gezicht", "Your fixed face"},
    {"kid_face_title", "Wie helpt jullie?", "Who helps you?"},
    {"face_intro",
     "Dit is de hulpverlener die jullie dossier bijhoudt. Je kunt altijd bellen of mailen.",
     "This is the professional who keeps your family file. You can always call or e-mail."},
    {"duo_title", "Samen met", "Together with"},
    {"members_title", "Wie horen bij het gezin", "Who belongs to the family"},
    {"new_title", "Nieuw sinds je vorige bezoek", "New since your last visit"},
    {"new_none", "Er is niets nieuws sinds je vorige bezoek.",
     "Nothing new since your last visit."},
    {"first_visit", "Welkom! Dit is je eerste bezoek.", "Welcome! This is your first visit."},
    {"new_count", "nieuwe aantekeningen", "new entries"},
    {"entries_title", "Wat er over jullie is opgeschreven", "What has been written about you"},
    {"kid_entries_title", "Wat er is opgeschreven", "What has been written"},
    {"entries_none", "Er staan nog geen aantekeningen voor jou in het dossier.",
     "There are no entries for you in the file yet."},
    {"summary_title", "Samenvatting", "Summary"},
    {"summary_only",
     "Je hebt geen gezag over de kinderen. Daarom zie je de belangrijkste informatie: wie het "
     "vaste gezicht is en wie bij het gezin horen. De aantekeningen zie je niet.",
     "You do not have parental authority over the children. So you see the most important "
     "information: who the fixed face is and who belongs to the family. You do not see the "
     "entries."},
    {"child_under12",
     "Je papa of mama met gezag leest het dossier voor jou. Heb je een vraag? Bel of mail je "
     "vaste gezicht.",
     "Your parent with parental authority reads the file for you. Do you have a question? Call "
     "or e-mail your fixed face."},
    {"log_link", "Wie heeft ons dossier gelezen?", "Who read our file?"},
    {"download_json", "Download alles wat ik mag zien (JSON)",
     "Download everything I may see (JSON)"},
    {"print_link", "Afdrukken", "Print"},
    {"consent_title", "Jouw toestemming", "Your consent"},
    {"consent_intro",
     "Je bent 16 of ouder. Jij beslist of je ouders jouw eigen informatie mogen zien.",
     "You are 16 or older. You decide whether your parents may see your own information."},
    {"consent_explain",
     "Soms vertel je je hulpverlener iets over jezelf dat alleen voor jou is. Dat is jouw eigen "
     "informatie. Je ouders en verzorgers lezen dat niet. Wil je dat een ouder of verzorger het "
     "wel mag lezen? Geef die persoon dan hier toestemming. Je kiest zelf wie, en tot wanneer.",
     "Sometimes you tell your professional something about yourself that is only for you. That "
     "is your own information. Your parents and carers do not read it. Do you want a parent or "
     "carer to be able to read it? Then give that person consent here. You choose who, and until "
     "when."},
    {"consent_any_time",
     "Je kunt je toestemming altijd weer stoppen. Je hoeft niet uit te leggen waarom. Vanaf dat "
     "moment ziet die persoon jouw eigen informatie niet meer.",
     "You can always end your consent. You do not have to explain why. From then on that person "
     "no longer sees your own information."},
    {"consent_current", "Wie mag jouw eigen informatie nu zien?",
     "Who may see your own information now?"},
    {"consent_none", "Niemand. Je hebt geen toestemming gegeven.",
     "No one. You have not given consent."},
    {"consent_given", "toestemming gegeven op", "consent given on"},
    {"consent_until", "geldt tot en met", "valid up to and including"},
    {"consent_open_end", "geldt tot je het stopt", "valid until you end it"},
    {"consent_end", "Stop de toestemming voor", "End the consent for"},
    {"consent_give_title", "Toestemming geven", "Give consent"},
    {"consent_who", "Wie mag jouw eigen informatie zien?", "Who may see your own information?"},
    {"consent_until_label", "Tot en met welke dag? (niet verplicht)",
     "Up to and including which day? (optional)"},
    {"consent_until_hint",
     "Dag, maand en jaar, bijvoorbeeld 30-06-2027. Laat je dit leeg, dan geldt de toestemming "
     "tot je die stopt.",
     "Day, month and year, for example 30-06-2027. If you leave it empty, the consent holds "
     "until you end it."},
    {"consent_submit", "Geef toestemming", "Give consent"},
    {"consent_no_parents", "Er staat geen ouder of verzorger in jullie dossier.",
     "There is no parent or carer in your file."},
    {"consent_err_member", "Kies wie jouw eigen informatie mag zien.",
     "Choose who may see your own information."},
    {"consent_err_until",
     "Schrijf een echte dag, vandaag of later, bijvoorbeeld 30-06-2027. Of laat het leeg.",
     "Write a real day, today or later, for example 30-06-2027. Or leave it empty."},
    {"consent_err_other",
     "Dit lukte niet. Probeer het nog eens, of vraag je vaste gezicht om hulp.",
     "This did not work. Try again, or ask your fixed face for help."},
    {"consent_saved", "Je toestemming is opgeslagen.", "Your consent has been saved."},
    {"consent_ended",
     "Je toestemming is gestopt. Die persoon ziet jouw eigen informatie niet meer.",
     "Your consent has ended. That person no longer sees your own information."},
    {"rights_title", "Jullie rechten", "Your rights"},
    {"kid_rights_title", "Wat mag jij?", "What may you do?"},
    // The copy is on this page (PDF and JSON) and a correction is asked on each entry; a request
    // to destroy is asked on /ons-gezin/vernietigen and answered by the lead within three months
    // (the law's term; granted, Stip destroys the file at once).
    {"rights_read",
     "Je mag lezen wat over jou is opgeschreven. Een kopie download je op de pagina Ons gezin. "
     "Klopt er iets niet? Vraag bij die aantekening om een verbetering. Je krijgt binnen een "
     "maand antwoord. Wil je dat iets wordt vernietigd? Vraag het op de pagina Gegevens laten "
     "vernietigen, bij Ons gezin. Je krijgt binnen drie maanden antwoord.",
     "You may read what has been written about you. You download a copy on the page Our family. "
     "Is something wrong? Ask for a correction at that entry. You get an answer within a month. "
     "Do you want something destroyed? Ask on the page Have data destroyed, at Our family. You "
     "get an answer within three months."},
    {"rights_destroy_link", "Vragen om gegevens te vernietigen", "Ask for data to be destroyed"},
    // A parent without custody (summary only): the right to important information, not the file.
    {"rights_read_summary",
     "Je hebt geen gezag over de kinderen. Daarom lees je hier niet wat is opgeschreven. Je hebt "
     "wel recht op belangrijke informatie over de kinderen, bijvoorbeeld hoe het met ze gaat. "
     "Bel of mail daarvoor het vaste gezicht.",
     "You do not have parental authority over the children. So you do not read here what has "
     "been written. You do have a right to important information about the children, for "
     "example how they are doing. Call or email the fixed face for it."},
    {"kid_rights_read", "Je mag lezen wat over jou is opgeschreven. Klopt iets niet? Zeg het!",
     "You may read what was written about you. Is something wrong? Say so!"},
    {"rights_trusted",
     "Wil je hulp van iemand die niet bij de hulpverlening hoort? Bel een vertrouwenspersoon "
     "van het AKJ: 088 555 1000 (gratis), of kijk op akj.nl.",
     "Do you want help from someone outside youth care? Call a trusted person of the AKJ: "
     "088 555 1000 (free), or see akj.nl."},
    {"kid_rights_trusted",
     "Wil je met iemand praten die niet bij de hulpverlening hoort? Bel het AKJ: 088 555 1000. "
     "Dat is gratis.",
     "Want to talk to someone outside youth care? Call the AKJ: 088 555 1000. It is free."},
    {"rights_complain",
     "Ben je niet tevreden? Zeg het eerst tegen je vaste gezicht. Lukt dat niet, dan kun je een "
     "klacht indienen bij de organisatie van je vaste gezicht.",
     "Are you not happy? Tell your fixed face first. If that does not work, you can complain to "
     "your fixed face's organisation."},
    {"rights_legal",
     "Wil je juridisch advies? Het Juridisch Loket helpt gratis: 0900 8020 of juridischloket.nl. "
     "Bij een uithuisplaatsing of het beëindigen van gezag heb je recht op een gratis advocaat.",
     "Do you want legal advice? The Juridisch Loket helps for free: 0900 8020 or "
     "juridischloket.nl. With an out-of-home placement or the end of parental authority you "
     "have the right to a free lawyer."},
    {"log_title", "Wie heeft ons dossier gelezen?", "Who read our file?"},
    {"log_intro",
     "Hier zie je wie jullie dossier heeft geopend, wanneer en waarom. Het nieuwste staat "
     "bovenaan.",
     "Here you see who opened your file, when and why. The newest is at the top."},
    {"log_from", "Vanaf (dag)", "From (day)"},
    {"log_to", "Tot en met (dag)", "Up to (day)"},
    {"log_filter", "Toon", "Show"},
    {"log_none", "In deze periode heeft niemand het dossier gelezen.",
     "No one read the file in this period."},
    {"log_emergency", "Noodtoegang: dit wordt altijd gecontroleerd.",
     "Emergency access: this is always checked."},
    {"log_older", "Oudere regels", "Older lines"},
    {"log_back", "Terug naar Ons gezin", "Back to Our family"},
    {"log_bad_period",
     "Vul echte dagen in, bijvoorbeeld 14-03-2026. De eerste dag komt vóór de laatste.",
     "Enter real days, for example 14-03-2026. The first day comes before the last."},
    {"demo_title", "Demo: de outbox", "Demo: the outbox"},
    {"demo_intro",
     "Dit is een demo met verzonnen mensen. Stip stuurt hier geen echte e-mail: de berichten "
     "staan hieronder, het nieuwste bovenaan. Log in als Marloes (moeder) met "
     "marloes@example.org en de code uit haar nieuwste bericht.",
     "This is a demo with invented people. Stip sends no real e-mail here: the messages are "
     "below, newest first. Log in as Marloes (mother) with marloes@example.org and the code "
     "from her newest message."},
    {"demo_login", "Naar inloggen voor gezinnen", "To the family login"},
    {"demo_none", "De outbox is leeg.", "The outbox is empty."},
    {"demo_to", "Aan", "To"},
    // Issue 10: who is involved, and what changed in the household.
    {"involved_title", "Wie helpen jullie nu", "Who helps you now"},
    {"kid_involved_title", "Wie helpen er nu?", "Who helps now?"},
    {"left_since", "woont sinds {date} niet meer bij jullie",
     "has not lived with you since {date}"},
    {"left_since_me", "je woont sinds {date} niet meer in het gezin",
     "you have not lived in the household since {date}"},
    {"changes_title", "Wat is er veranderd", "What changed"},
});

}  // namespace

std::string_view FamilyText(std::string_view locale, std::string_view key) {
  for (const auto& e : kTexts) {
    if (e.key == key) return locale == "en" ? e.en : e.nl;
  }
  return key;
}

Data FamilyTexts(std::string_view locale, bool child_view) {
  Data out;
  for (const auto& e : kTexts) {
    if (e.key.starts_with("kid_")) continue;
    std::string_view text = locale == "en" ? e.en : e.nl;
    if (child_view) {
      const std::string kid = "kid_" + std::string(e.key);
      if (FamilyText(locale, kid) != kid) text = FamilyText(locale, kid);
    }
    out.set(std::string(e.key), std::string(text));
  }
  return out;
}

}  // namespace stip::web
