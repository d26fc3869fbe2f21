// The texts of "Mijn account" (a professional's own API tokens and sessions) and of the
// administrator's pages (professional accounts per team), issue 14. Part of the message
// catalogue (see messages.h). Professionals read these: B1 Dutch, "u".
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kAdminMessages = std::to_array<Message>({
    // --- the menu -------------------------------------------------------------------------------
    {"nav_account", "Mijn account", "My account"},
    {"nav_admin", "Beheer", "Administration"},
    {"login_disabled",
     "Uw account is uitgezet. Vraag de beheerder van uw organisatie wat er aan de hand is.",
     "Your account is disabled. Ask the administrator of your organisation what is going on."},
    // --- the second login step (issue 14 item 2) -------------------------------------------------
    {"ss_link", "Tweede stap bij inloggen (code uit een app)",
     "Second login step (code from an app)"},
    {"ss_title", "Tweede stap bij inloggen", "Second login step"},
    {"ss_intro",
     "Met een tweede stap vraagt Stip bij het inloggen ook een code van 6 cijfers. Die code maakt "
     "een app op uw telefoon, bijvoorbeeld een authenticator-app. Wie uw wachtwoord kent, kan dan "
     "nog niet inloggen.",
     "With a second step Stip also asks for a 6-digit code when you log in. An app on your phone "
     "makes that code, for example an authenticator app. Someone who knows your password still "
     "cannot log in."},
    {"ss_enrolled", "U gebruikt de tweede stap. Bij het inloggen vraagt Stip om de code.",
     "You use the second step. Stip asks for the code when you log in."},
    {"ss_not_enrolled", "U gebruikt nog geen tweede stap.", "You do not use a second step yet."},
    {"ss_required",
     "Uw organisatie vraagt een tweede stap van iedereen. U kunt hem daarom niet uitzetten.",
     "Your organisation asks everyone for a second step. So you cannot turn it off."},
    {"ss_must_enrol",
     "Uw organisatie vraagt een tweede stap bij inloggen. Stel die eerst in; daarna kunt u verder "
     "werken.",
     "Your organisation asks for a second login step. Set it up first; then you can go on "
     "working."},
    {"ss_start", "Tweede stap instellen", "Set up the second step"},
    {"ss_setup_title", "Zo stelt u de tweede stap in", "How to set up the second step"},
    {"ss_setup_app", "Open de app op uw telefoon en kies: account toevoegen.",
     "Open the app on your phone and choose: add account."},
    {"ss_setup_key", "Typ deze sleutel in de app (met de hand invoeren):",
     "Type this key into the app (enter by hand):"},
    {"ss_setup_link", "Of open deze link op uw telefoon:", "Or open this link on your phone:"},
    {"ss_setup_link_text", "Stip toevoegen aan uw app", "Add Stip to your app"},
    {"ss_setup_confirm", "Typ hieronder de code die de app nu laat zien.",
     "Type below the code the app shows now."},
    {"ss_code", "Code uit uw app", "Code from your app"},
    {"ss_code_hint", "6 cijfers. Elke 30 seconden komt er een nieuwe code.",
     "6 digits. A new code comes every 30 seconds."},
    {"ss_confirm", "Code controleren en aanzetten", "Check the code and turn on"},
    {"ss_done", "De tweede stap staat aan. Bij het inloggen vraagt Stip voortaan om de code.",
     "The second step is on. From now on Stip asks for the code when you log in."},
    {"ss_disable_title", "Tweede stap uitzetten", "Turn the second step off"},
    {"ss_disable_intro", "Typ de code die uw app nu laat zien om de tweede stap uit te zetten.",
     "Type the code your app shows now to turn the second step off."},
    {"ss_disable", "Tweede stap uitzetten", "Turn the second step off"},
    {"ss_off", "De tweede stap staat uit. U logt weer in met alleen uw wachtwoord.",
     "The second step is off. You log in with only your password again."},
    {"ss_err_code", "Deze code klopt niet of is al gebruikt. Typ de code die uw app nu laat zien.",
     "This code is not right or was used already. Type the code your app shows now."},
    {"ss_err_code_missing", "Vul de code uit uw app in.", "Enter the code from your app."},
    {"ss_err_required", "Dit kan niet: uw organisatie vraagt een tweede stap van iedereen.",
     "This is not possible: your organisation asks everyone for a second step."},
    {"ss_err_state", "Dit kan nu niet. De pagina laat zien hoe uw tweede stap nu staat.",
     "This is not possible now. The page shows how your second step stands now."},
    {"ss_back", "Terug naar Mijn account", "Back to My account"},
    // --- Mijn account ---------------------------------------------------------------------------
    {"account_title", "Mijn account", "My account"},
    {"account_intro",
     "Hier ziet u waar u bent ingelogd en welke sleutels andere systemen van u gebruiken.",
     "Here you see where you are logged in and which keys other systems use on your behalf."},
    {"tokens_title", "Sleutels voor koppelingen (API-tokens)",
     "Keys for integrations (API tokens)"},
    {"tokens_intro",
     "Een sleutel geeft een ander systeem toegang tot Stip namens u. Trek een sleutel in als u "
     "hem niet meer gebruikt of als iemand anders hem kan kennen. Hij werkt dan meteen niet "
     "meer.",
     "A key gives another system access to Stip on your behalf. Revoke a key when you no "
     "longer use it or when someone else may know it. It stops working at once."},
    {"tokens_caption", "Uw sleutels", "Your keys"},
    {"tokens_caption_of", "Sleutels van {name}", "Keys of {name}"},
    {"tokens_none", "Er zijn geen sleutels.", "There are no keys."},
    {"tokens_col_name", "Naam", "Name"},
    {"tokens_col_issued", "Gemaakt op", "Made on"},
    {"tokens_col_expires", "Werkt tot", "Works until"},
    {"tokens_col_state", "Status", "Status"},
    {"tokens_col_action", "Actie", "Action"},
    {"token_state_active", "Werkt", "Works"},
    {"token_state_expired", "Verlopen", "Expired"},
    {"token_state_revoked", "Ingetrokken", "Revoked"},
    {"token_revoke_button", "Sleutel {name} intrekken", "Revoke key {name}"},
    {"token_revoked", "De sleutel is ingetrokken. Hij werkt niet meer.",
     "The key is revoked. It no longer works."},
    {"token_new_title", "Nieuwe sleutel maken", "Make a new key"},
    {"token_new_name", "Naam van de sleutel", "Name of the key"},
    {"token_new_name_hint", "Bijvoorbeeld het systeem dat hem gebruikt.",
     "For example the system that uses it."},
    {"token_new_days", "Aantal dagen dat de sleutel werkt", "Number of days the key works"},
    {"token_new_days_hint", "Hoogstens {max} dagen. Na die tijd werkt de sleutel niet meer.",
     "At most {max} days. After that the key no longer works."},
    {"token_new_submit", "Sleutel maken", "Make key"},
    {"token_made_title", "Uw nieuwe sleutel", "Your new key"},
    {"token_made_text",
     "Kopieer de sleutel nu. U ziet hem hierna nooit meer. Hij werkt tot {date}.",
     "Copy the key now. You will never see it again. It works until {date}."},
    {"token_err_name", "Geef de sleutel een naam.", "Give the key a name."},
    {"token_err_days", "Vul een aantal dagen in van 1 tot en met {max}.",
     "Enter a number of days from 1 to {max}."},
    {"sessions_title", "Waar u bent ingelogd", "Where you are logged in"},
    {"sessions_title_of", "Waar {name} is ingelogd", "Where {name} is logged in"},
    {"sessions_caption", "Sessies die nog niet zijn afgelopen", "Sessions that have not ended"},
    {"sessions_none", "Er zijn geen sessies.", "There are no sessions."},
    {"sessions_col_started", "Ingelogd op", "Logged in on"},
    {"sessions_col_ends", "Loopt af op", "Ends on"},
    {"sessions_current", "Dit is deze sessie.", "This is this session."},
    // --- administration -------------------------------------------------------------------------
    {"admin_title", "Beheer: accounts", "Administration: accounts"},
    {"admin_intro",
     "Hier beheert u de accounts van hulpverleners. Als beheerder ziet u geen gezinnen.",
     "Here you manage the accounts of professionals. As an administrator you see no families."},
    {"admin_team_caption", "Accounts in {team}", "Accounts in {team}"},
    {"admin_no_team", "Zonder team", "Without a team"},
    {"admin_col_name", "Naam", "Name"},
    {"admin_col_username", "Gebruikersnaam", "Username"},
    {"admin_col_state", "Status", "Status"},
    {"admin_state_active", "Actief", "Active"},
    {"admin_state_disabled", "Uitgezet", "Disabled"},
    {"admin_state_admin", "Beheerder", "Administrator"},
    {"admin_team_empty", "Dit team heeft nog geen accounts.", "This team has no accounts yet."},
    {"admin_new_title", "Account toevoegen", "Add an account"},
    {"admin_new_username", "Gebruikersnaam", "Username"},
    {"admin_new_username_hint", "Kleine letters, cijfers, punt, streepje of liggend streepje.",
     "Lowercase letters, digits, dot, dash or underscore."},
    {"admin_new_name", "Volledige naam", "Full name"},
    {"admin_new_team", "Team", "Team"},
    {"admin_choose_team", "Kies een team", "Choose a team"},
    {"admin_new_password", "Eerste wachtwoord", "First password"},
    {"admin_new_password_hint",
     "Minstens 12 tekens en geen bekend wachtwoord. Een zin van een paar woorden is goed te "
     "onthouden.",
     "At least 12 characters and not a common password. A sentence of a few words is easy to "
     "remember."},
    {"admin_new_phone", "Telefoonnummer (mag leeg)", "Phone number (optional)"},
    {"admin_new_email", "E-mailadres (mag leeg)", "E-mail address (optional)"},
    {"admin_new_admin", "Dit account is een beheerder (ziet geen gezinnen)",
     "This account is an administrator (sees no families)"},
    {"admin_new_submit", "Account toevoegen", "Add account"},
    {"admin_created", "Het account is toegevoegd.", "The account was added."},
    {"admin_err_username_taken", "Deze gebruikersnaam bestaat al. Kies een andere.",
     "This username exists already. Choose another one."},
    {"admin_user_title", "Account van {name}", "Account of {name}"},
    {"admin_back", "Terug naar alle accounts", "Back to all accounts"},
    {"admin_user_team_title", "Team", "Team"},
    {"admin_user_team_submit", "Team wijzigen", "Change team"},
    {"admin_user_team_changed", "Het team is gewijzigd.", "The team was changed."},
    {"admin_user_disabled_note", "Dit account is uitgezet. Reden: {reason}",
     "This account is disabled. Reason: {reason}"},
    {"admin_disable_title", "Account uitzetten", "Disable the account"},
    {"admin_disable_intro",
     "De hulpverlener kan dan niet meer inloggen. Alle sessies stoppen meteen en alle sleutels "
     "worden ingetrokken.",
     "The professional can then no longer log in. All sessions stop at once and all keys are "
     "revoked."},
    {"admin_enable_title", "Account weer aanzetten", "Enable the account again"},
    {"admin_enable_intro",
     "De hulpverlener kan dan weer inloggen. Ingetrokken sleutels blijven ingetrokken.",
     "The professional can then log in again. Revoked keys stay revoked."},
    {"admin_reason", "Reden", "Reason"},
    {"admin_disable_submit", "Account uitzetten", "Disable account"},
    {"admin_enable_submit", "Account aanzetten", "Enable account"},
    {"admin_disabled_done", "Het account is uitgezet.", "The account was disabled."},
    {"admin_enabled_done", "Het account staat weer aan.", "The account is enabled again."},
    {"admin_err_reason", "Vul een reden in.", "Enter a reason."},
    {"admin_err_self", "U kunt uw eigen account niet uitzetten. Vraag een andere beheerder.",
     "You cannot disable your own account. Ask another administrator."},
    {"admin_err_state", "Dit kan niet meer: de status van het account is al veranderd.",
     "This is no longer possible: the account's status has changed already."},
    // --- issue 14 item 1: a new password through a link, a lost second step ---------------------
    {"admin_pw_title", "Nieuw wachtwoord", "New password"},
    {"admin_pw_intro",
     "Is de hulpverlener het wachtwoord kwijt? Stip stuurt dan een mail met een link. Met die link "
     "maakt de hulpverlener zelf een nieuw wachtwoord. De link werkt 24 uur en maar een keer. U "
     "ziet het wachtwoord nooit.",
     "Has the professional lost their password? Stip then sends a mail with a link. With that "
     "link the professional makes a new password themselves. The link works for 24 hours and "
     "once. You never see the password."},
    {"admin_pw_submit", "Stuur een link voor een nieuw wachtwoord",
     "Send a link for a new password"},
    {"admin_pw_sent", "De link is verstuurd naar het e-mailadres van de hulpverlener.",
     "The link was sent to the professional's e-mail address."},
    {"admin_pw_last", "Laatste link: gevraagd op {at}, geldig tot {until}. Status: {state}.",
     "Last link: asked for on {at}, valid until {until}. Status: {state}."},
    {"admin_pw_in_outbox",
     "Dit is de demo: Stip heeft de mail niet verstuurd. De mail met de link staat als bestand "
     "in de outbox-map op de server (zie /demo).",
     "This is the demo: Stip did not send the mail. The mail with the link is a file in the "
     "outbox directory on the server (see /demo)."},
    {"admin_pw_err_no_smtp",
     "Stip stuurt geen link: er is geen mailserver ingesteld. De mail met de link zou dan als "
     "bestand op de server blijven staan en de hulpverlener nooit bereiken. Vraag wie Stip "
     "beheert om een mailserver in te stellen met --smtp-relay (zie docs/deploy.md).",
     "Stip sends no link: no mail server is set. The mail with the link would then stay on the "
     "server as a file and never reach the professional. Ask whoever runs Stip to set a mail "
     "server with --smtp-relay (see docs/deploy.md)."},
    {"admin_pw_err_not_https",
     "Stip maakt geen link die niet met https begint. Het adres van Stip is nu ingesteld op "
     "{url}. Vraag wie Stip beheert om het https-adres in te stellen met --public-url (zie "
     "docs/deploy.md).",
     "Stip makes no link that does not start with https. The address of Stip is now set to "
     "{url}. Ask whoever runs Stip to set the https address with --public-url (see "
     "docs/deploy.md)."},
    {"admin_pw_state_open", "nog niet gebruikt", "not used yet"},
    {"admin_pw_state_expired", "verlopen", "expired"},
    {"admin_pw_state_used", "gebruikt", "used"},
    {"admin_pw_state_replaced", "vervangen door een nieuwere link", "replaced by a newer link"},
    {"admin_pw_state_ended", "gestopt: het account is uitgezet",
     "stopped: the account was disabled"},
    {"admin_pw_err_wait",
     "Er is net al een link verstuurd. Wacht een minuut voordat u opnieuw een link vraagt.",
     "A link was sent just now. Wait a minute before you ask for a link again."},
    {"admin_pw_err_no_email",
     "Deze hulpverlener heeft geen e-mailadres in Stip. Daarom kan Stip geen link sturen.",
     "This professional has no e-mail address in Stip. So Stip cannot send a link."},
    {"admin_pw_err_disabled", "Dit account is uitgezet. Zet het eerst weer aan.",
     "This account is disabled. Enable it first."},
    {"admin_pw_err_mail", "Stip kon de mail niet versturen. Probeer het over een minuut opnieuw.",
     "Stip could not send the mail. Try again in a minute."},
    {"admin_ss_title", "Tweede inlogstap", "Second login step"},
    {"admin_ss_on",
     "Deze hulpverlener gebruikt een tweede inlogstap (een code uit een app). Is de telefoon "
     "kwijt? Haal de tweede stap dan weg. De hulpverlener logt daarna in met alleen het "
     "wachtwoord en kan dan een nieuwe tweede stap maken. Alle sessies stoppen meteen.",
     "This professional uses a second login step (a code from an app). Is the phone lost? Then "
     "remove the second step. The professional then logs in with only the password and can then "
     "make a new second step. All sessions stop at once."},
    {"admin_ss_off", "Deze hulpverlener gebruikt geen tweede inlogstap.",
     "This professional does not use a second login step."},
    {"admin_ss_submit", "Tweede stap weghalen", "Remove the second step"},
    {"admin_ss_done", "De tweede stap is weggehaald. De hulpverlener krijgt daarover een mail.",
     "The second step was removed. The professional gets a mail about it."},
    {"admin_ss_done_outbox",
     "De tweede stap is weggehaald. Stip heeft de hulpverlener geen mail gestuurd: de mail staat "
     "alleen als bestand in de outbox-map op de server. Vertel het de hulpverlener zelf.",
     "The second step was removed. Stip sent the professional no mail: the mail is only a file "
     "in the outbox directory on the server. Tell the professional yourself."},
    {"admin_ss_done_no_mail",
     "De tweede stap is weggehaald. Stip kon de hulpverlener geen mail sturen. Vertel het de "
     "hulpverlener zelf.",
     "The second step was removed. Stip could not send the professional a mail. Tell the "
     "professional yourself."},
    {"admin_ss_err_none", "Deze hulpverlener gebruikt geen tweede inlogstap meer.",
     "This professional no longer uses a second login step."},
    // --- issue 14 item 1: organisations and teams ------------------------------------------------
    {"admin_orgs_title", "Organisaties en teams", "Organisations and teams"},
    {"admin_orgs_none", "Er zijn nog geen organisaties.", "There are no organisations yet."},
    {"admin_org_teams_caption", "Teams van {org}", "Teams of {org}"},
    {"admin_col_team", "Team", "Team"},
    {"admin_col_kind", "Soort", "Kind"},
    {"admin_kind_local", "Lokaal team (wijkteam)", "Local team"},
    {"admin_kind_regional_safety", "Regionaal veiligheidsteam", "Regional safety team"},
    {"admin_org_no_teams", "Deze organisatie heeft nog geen teams.",
     "This organisation has no teams yet."},
    {"admin_team_rename", "Naam van {team} wijzigen", "Change the name of {team}"},
    {"admin_team_new_name", "Nieuwe naam", "New name"},
    {"admin_team_rename_submit", "Naam opslaan", "Save the name"},
    {"admin_team_renamed", "De naam van het team is gewijzigd.", "The team's name was changed."},
    {"admin_org_new_title", "Organisatie toevoegen", "Add an organisation"},
    {"admin_org_name", "Naam van de organisatie", "Name of the organisation"},
    {"admin_org_new_submit", "Organisatie toevoegen", "Add organisation"},
    {"admin_org_created", "De organisatie is toegevoegd.", "The organisation was added."},
    {"admin_team_new_title", "Team toevoegen", "Add a team"},
    {"admin_team_org", "Organisatie", "Organisation"},
    {"admin_choose_org", "Kies een organisatie", "Choose an organisation"},
    {"admin_team_name", "Naam van het team", "Name of the team"},
    {"admin_team_kind", "Soort team", "Kind of team"},
    {"admin_team_phone", "Telefoon (voor gezinnen)", "Phone (for families)"},
    {"admin_team_email", "E-mail (voor gezinnen)", "E-mail (for families)"},
    {"admin_team_new_submit", "Team toevoegen", "Add team"},
    {"admin_team_created", "Het team is toegevoegd.", "The team was added."},
    {"admin_err_org_taken", "Er is al een organisatie met deze naam. Kies een andere naam.",
     "There is an organisation with this name already. Choose another name."},
    {"admin_err_team_taken",
     "Deze organisatie heeft al een team met deze naam. Kies een andere naam.",
     "This organisation has a team with this name already. Choose another name."},
    // --- issue 14 item 1: the reset link's page (no login) ---------------------------------------
    {"pwr_title", "Nieuw wachtwoord maken", "Make a new password"},
    {"pwr_intro",
     "Hallo {name}. Maak hier een nieuw wachtwoord voor Stip. Gebruik minstens 12 tekens. Kies "
     "geen wachtwoord dat veel mensen gebruiken. Een paar losse woorden achter elkaar is goed "
     "te onthouden.",
     "Hello {name}. Make a new password for Stip here. Use at least 12 characters. Do not choose "
     "a password many people use. A few separate words in a row are easy to remember."},
    {"pwr_username", "Gebruikersnaam", "Username"},
    {"pwr_password", "Nieuw wachtwoord", "New password"},
    {"pwr_submit", "Wachtwoord opslaan", "Save the password"},
    {"pwr_done_title", "Uw wachtwoord is opgeslagen", "Your password was saved"},
    {"pwr_done",
     "U kunt nu inloggen met uw nieuwe wachtwoord. U bent overal uitgelogd, en uw sleutels voor "
     "koppelingen zijn ingetrokken.",
     "You can now log in with your new password. You were logged out everywhere, and your keys "
     "for connected systems were revoked."},
    {"pwr_to_login", "Naar inloggen", "To the login page"},
    {"pwr_gone_title", "Deze link werkt niet meer", "This link no longer works"},
    {"pwr_gone_expired",
     "De link is ouder dan 24 uur. Vraag de beheerder van uw organisatie om een nieuwe link.",
     "The link is older than 24 hours. Ask the administrator of your organisation for a new link."},
    {"pwr_gone_used",
     "Met deze link is al een nieuw wachtwoord gemaakt. Een link werkt maar een keer. Was u dat "
     "niet? Bel dan meteen de beheerder van uw organisatie.",
     "A new password was made with this link already. A link works only once. Was that not you? "
     "Then call the administrator of your organisation at once."},
    {"pwr_gone_replaced",
     "Er is daarna een nieuwere link gestuurd. Gebruik de link uit de nieuwste mail.",
     "A newer link was sent after this one. Use the link from the newest mail."},
    {"pwr_gone_ended",
     "Deze link is gestopt, omdat uw account werd uitgezet. Ook als uw account weer aan staat, "
     "werkt deze link niet meer. Vraag de beheerder van uw organisatie om een nieuwe link.",
     "This link was stopped because your account was disabled. Also when your account is enabled "
     "again, this link no longer works. Ask the administrator of your organisation for a new "
     "link."},
    {"pwr_unknown_title", "Deze link kennen we niet", "We do not know this link"},
    {"pwr_unknown",
     "Stip heeft deze link niet gestuurd. Kijk of u de hele link uit de mail heeft gebruikt. Of "
     "vraag de beheerder van uw organisatie om een nieuwe link.",
     "Stip did not send this link. Check that you used the whole link from the mail. Or ask the "
     "administrator of your organisation for a new link."},
    {"pwr_other_site", "Dit formulier kwam niet van Stip zelf. Open de link uit de mail opnieuw.",
     "This form did not come from Stip itself. Open the link from the mail again."},
});

}  // namespace

std::span<const Message> AdminCatalogueEntries() { return kAdminMessages; }

}  // namespace stip::web
