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
});

}  // namespace

std::span<const Message> AdminCatalogueEntries() { return kAdminMessages; }

}  // namespace stip::web
