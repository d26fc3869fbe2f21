// The texts of the message catalogue (see messages.h). Dutch first, at language level B1:
// short sentences, common words, say what happened and what to do next.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kMessages = std::to_array<Message>({
    // --- layout ---------------------------------------------------------------------------
    {"lang_other_code", "en", "nl"},
    {"lang_other_label", "English", "Nederlands"},
    {"title_error_prefix", "Fout:", "Error:"},
    {"skip_to_content", "Ga direct naar de inhoud", "Skip to main content"},
    {"nav_label", "Hoofdmenu", "Main menu"},
    {"nav_families", "Mijn gezinnen", "My families"},
    {"nav_new_family", "Nieuw gezin", "New family"},
    {"nav_ons_gezin", "Ons gezin", "Our family"},
    {"nav_family_log", "Wie las ons dossier", "Who read our file"},
    {"logged_in_as", "Ingelogd als", "Logged in as"},
    {"logout", "Uitloggen", "Log out"},
    {"footer_tagline", "Stip: één gezin, één dossier, één vast gezicht.",
     "Stip: one family, one file, one fixed face."},
    // The footer's help line says whom this reader can ask (issue 13 item 4: never send a family
    // member to "the administrator of your organisation", whom they do not know).
    {"footer_help", "Vragen over Stip of hulp nodig? Bel of mail de beheerder van uw organisatie.",
     "Questions about Stip, or need help? Call or email the administrator of your organisation."},
    // Without "je" or "u": the footer sits under pages of either form.
    {"footer_help_family",
     "Vragen of hulp nodig? Het vaste gezicht van het gezin helpt verder. De naam, het "
     "telefoonnummer en het e-mailadres staan bovenaan Ons gezin.",
     "Questions, or need help? The family's fixed face helps. The name, phone number and e-mail "
     "address are at the top of Our family."},
    {"footer_help_network",
     "Vragen of hulp nodig? De hulpverlener die de uitnodiging stuurde, helpt verder.",
     "Questions, or need help? The professional who sent the invitation helps."},
    {"footer_help_public",
     "Vragen of hulp nodig? Voor een gezin helpt het vaste gezicht van het gezin verder. Voor "
     "medewerkers helpt de beheerder van de organisatie.",
     "Questions, or need help? For a family, the family's fixed face helps. For staff, the "
     "administrator of the organisation helps."},
    {"footer_licences", "Licenties van de open source die Stip gebruikt",
     "Licences of the open source that Stip uses"},
    {"error_summary_title", "Er is iets niet goed ingevuld",
     "Something is not filled in correctly"},
    {"cancel", "Annuleren", "Cancel"},

    // --- login ----------------------------------------------------------------------------
    {"login_title", "Inloggen", "Log in"},
    {"login_intro",
     "Log in met de gebruikersnaam en het wachtwoord die u van uw organisatie kreeg.",
     "Log in with the username and password you got from your organisation."},
    {"login_username", "Gebruikersnaam", "Username"},
    {"login_password", "Wachtwoord", "Password"},
    // Issue 14 item 2: the second login step.
    {"login_code", "Code uit uw app", "Code from your app"},
    {"login_code_hint",
     "De 6 cijfers die uw app voor Stip nu laat zien. Typ ook uw wachtwoord opnieuw.",
     "The 6 digits your app shows for Stip now. Type your password again too."},
    {"login_code_missing",
     "U gebruikt een tweede stap bij inloggen. Vul ook de code uit uw app in.",
     "You use a second login step. Enter the code from your app as well."},
    {"login_code_wrong",
     "Deze code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.",
     "This code is not right or was used already. Wait for the next code and try again."},
    {"login_submit", "Inloggen", "Log in"},
    {"login_forgot",
     "Wachtwoord vergeten? Vraag de beheerder van uw organisatie om een nieuw wachtwoord.",
     "Forgot your password? Ask the administrator of your organisation for a new one."},
    {"login_failed", "De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.",
     "The username or the password is not correct. Please try again."},
    {"login_too_many",
     "U heeft te vaak een verkeerd wachtwoord ingevuld. Wacht een paar minuten en probeer het "
     "dan opnieuw.",
     "You entered a wrong password too many times. Wait a few minutes, then try again."},
    {"login_username_missing", "Vul uw gebruikersnaam in.", "Enter your username."},
    {"login_password_missing", "Vul uw wachtwoord in.", "Enter your password."},
    {"login_other_site",
     "Dit inlogformulier kwam niet van Stip zelf. Open Stip opnieuw en log daar in.",
     "This login form did not come from Stip itself. Open Stip again and log in there."},

    // --- my families ----------------------------------------------------------------------
    {"families_title", "Mijn gezinnen", "My families"},
    {"families_intro", "Dit zijn de gezinnen waar u nu bij betrokken bent.",
     "These are the families you are involved with now."},
    {"families_new", "Nieuw gezinsdossier openen", "Open a new family file"},
    {"families_caption", "Gezinnen waar u bij betrokken bent. De laatste wijziging staat bovenaan.",
     "Families you are involved with. The most recent change is at the top."},
    {"families_col_family", "Gezin", "Family"},
    {"families_col_role", "Uw rol", "Your role"},
    {"families_col_updated", "Laatste wijziging", "Last change"},
    {"families_col_entries", "Aantekeningen", "Entries"},
    {"families_none",
     "U bent nu bij geen enkel gezin betrokken. Wilt u een nieuw gezinsdossier openen? Kies dan "
     "de knop hierboven.",
     "You are not involved with any family now. Do you want to open a new family file? Choose "
     "the button above."},

    // --- roles and kinds ------------------------------------------------------------------
    {"role_lead", "vast gezicht", "fixed face (lead professional)"},
    {"role_duo", "duo-partner", "duo partner"},
    {"role_admin", "beheerder", "administrator"},
    {"role_emergency", "noodtoegang", "emergency access"},
    {"role_other", "betrokken professional", "involved professional"},
    {"member_child", "kind", "child"},
    {"member_parent", "ouder", "parent"},
    {"member_carer", "verzorger", "carer"},
    {"member_other_adult", "andere volwassene", "other adult"},
    {"member_role_choose", "Kies een rol", "Choose a role"},
    {"kind_fact", "Feit", "Fact"},
    {"kind_observation", "Observatie", "Observation"},
    {"kind_opinion", "Mening", "Opinion"},
    {"kind_agreement", "Afspraak", "Agreement"},
    {"kind_conversation_report", "Gespreksverslag", "Conversation report"},
    {"kind_fact_hint", "Iets wat vaststaat en wat iemand kan nakijken. Bijvoorbeeld een datum.",
     "Something that is certain and that someone can check. For example a date."},
    {"kind_observation_hint", "Iets wat iemand zelf heeft gezien of gehoord.",
     "Something that someone saw or heard themselves."},
    {"kind_opinion_hint", "Wat iemand ergens van vindt. Schrijf erbij wie dit vindt.",
     "What someone thinks about something. Say who thinks this."},
    {"kind_agreement_hint", "Wat er is afgesproken, met wie en tot wanneer.",
     "What was agreed, with whom and until when."},
    {"kind_conversation_report_hint",
     "Een kort verslag van een gesprek: wie er waren en wat er "
     "is besproken.",
     "A short report of a conversation: who was there and what was discussed."},

    // --- new family -----------------------------------------------------------------------
    {"new_title", "Nieuw gezinsdossier", "New family file"},
    {"new_intro", "Eén gezin heeft één dossier. Vul hieronder in wie er bij het huishouden horen.",
     "One family has one file. Fill in below who belongs to the household."},
    {"new_name", "Naam van het huishouden", "Name of the household"},
    {"new_name_hint", "Zoals het gezin het zelf zegt. Bijvoorbeeld: Gezin Jansen.",
     "As the family says it. For example: Jansen family."},
    {"new_members", "Gezinsleden", "Household members"},
    {"new_members_hint",
     "Vul voor ieder gezinslid de naam, de rol en de geboortedatum in. Er moet minstens één kind "
     "bij zijn. Lege blokken slaat Stip over.",
     "Fill in the name, role and date of birth of every household member. At least one child "
     "is needed. Stip skips empty blocks."},
    {"new_member_legend", "Gezinslid {n}", "Household member {n}"},
    {"new_member_name", "Naam", "Name"},
    {"new_member_role", "Rol in het gezin", "Role in the family"},
    {"new_member_birth", "Geboortedatum", "Date of birth"},
    {"new_member_birth_hint", "Dag, maand en jaar. Bijvoorbeeld: 14-03-2019.",
     "Day, month and year. For example: 14-03-2019."},
    {"new_custody", "Gezag", "Parental authority (gezag)"},
    {"new_custody_hint",
     "Gezag betekent: iemand mag belangrijke beslissingen nemen over een kind, bijvoorbeeld over "
     "school of zorg. Zet een vinkje als deze persoon gezag heeft over dit kind.",
     "Parental authority means: someone may take important decisions about a child, for example "
     "about school or care. Tick the box if this person has parental authority over this child."},
    {"new_custody_later",
     "Vul eerst de gezinsleden in en kies dan 'Gezinsdossier openen'. Daarna vraagt Stip wie "
     "gezag heeft over welk kind.",
     "First fill in the household members and choose 'Open family file'. Then Stip asks who has "
     "parental authority over which child."},
    {"new_custody_step",
     "Bijna klaar. Kijk bij 'Gezag' wie gezag heeft over welk kind. Kies daarna nog een keer "
     "'Gezinsdossier openen'.",
     "Almost done. Look at 'Parental authority' and tick who has it over which child. Then "
     "choose 'Open family file' once more."},
    {"new_custody_pair", "{parent} heeft gezag over {child}",
     "{parent} has parental authority over {child}"},
    {"new_people", "Vast gezicht en duo-partner", "Fixed face and duo partner"},
    {"new_lead", "Vast gezicht", "Fixed face (lead professional)"},
    {"new_lead_hint",
     "De vaste contactpersoon van het gezin, uit het wijkteam. Het gezin kan deze persoon altijd "
     "bereiken.",
     "The family's fixed contact person, from the local team. The family can always reach this "
     "person."},
    {"new_lead_choose", "Kies een professional", "Choose a professional"},
    {"new_duo", "Duo-partner (hoeft niet)", "Duo partner (optional)"},
    {"new_duo_hint",
     "Een professional van het regionaal veiligheidsteam die samenwerkt met het vaste gezicht.",
     "A professional from the regional safety team who works together with the fixed face."},
    {"new_duo_none", "Geen duo-partner", "No duo partner"},
    {"new_submit", "Gezinsdossier openen", "Open family file"},
    {"new_not_involved",
     "U kunt alleen een gezinsdossier openen als u zelf het vaste gezicht of de duo-partner bent.",
     "You can only open a family file in which you are the fixed face or the duo partner."},

    // --- field errors (the app reports them in English fragments; see field_errors.cpp) ----
    {"label_household_name", "Naam van het huishouden", "Name of the household"},
    {"label_member_name", "Naam van gezinslid {n}", "Name of household member {n}"},
    {"label_member_role", "Rol van gezinslid {n}", "Role of household member {n}"},
    {"label_member_birth", "Geboortedatum van gezinslid {n}",
     "Date of birth of household member {n}"},
    {"label_members", "Gezinsleden", "Household members"},
    {"label_custody", "Gezag", "Parental authority"},
    {"label_lead", "Vast gezicht", "Fixed face"},
    {"label_duo", "Duo-partner", "Duo partner"},
    {"label_kind", "Soort aantekening", "Kind of entry"},
    {"label_source", "Bron", "Source"},
    {"label_text", "Tekst", "Text"},

    // --- family file ----------------------------------------------------------------------
    {"family_pre_heading", "Gezinsdossier", "Family file"},
    {"family_saved", "Uw aantekening is opgeslagen.", "Your entry has been saved."},
    {"family_entry_not_saved",
     "Uw aantekening is nog niet opgeslagen: er is iets niet goed ingevuld.",
     "Your entry has not been saved yet: something is not filled in correctly."},
    {"family_entry_to_form", "Naar het formulier", "Go to the form"},
    {"family_access_note",
     "U leest dit dossier als {role}. Dat staat nu in het toegangslog: het gezin kan zien wie "
     "het dossier las, wanneer en waarom.",
     "You are reading this file as {role}. This is now recorded in the access log: the family "
     "can see who read the file, when and why."},
    {"family_access_log_link", "Bekijk wie het dossier las", "See who read the file"},
    {"family_lead_title", "Vast gezicht", "Fixed face"},
    {"family_lead_intro",
     "Dit is de vaste contactpersoon van het gezin. Het gezin kan deze persoon altijd bellen of "
     "mailen.",
     "This is the family's fixed contact person. The family can always call or email this "
     "person."},
    {"family_duo_title", "Duo-partner", "Duo partner"},
    {"contact_name", "Naam", "Name"},
    {"contact_team", "Team", "Team"},
    {"contact_organisation", "Organisatie", "Organisation"},
    {"contact_phone", "Telefoon", "Phone"},
    {"contact_email", "E-mail", "Email"},
    {"family_members_title", "Gezinsleden", "Household members"},
    {"family_members_caption", "Gezinsleden van {family}", "Household members of {family}"},
    {"family_col_name", "Naam", "Name"},
    {"family_col_role", "Rol", "Role"},
    {"family_col_birth", "Geboortedatum", "Date of birth"},
    {"family_col_age", "Leeftijd", "Age"},
    {"family_age", "{n} jaar", "{n} years"},
    {"family_age_one", "1 jaar", "1 year"},
    {"family_custody_title", "Gezag", "Parental authority"},
    {"family_custody_intro", "Wie gezag heeft, mag belangrijke beslissingen nemen over een kind.",
     "Whoever has parental authority may take important decisions about a child."},
    {"family_custody_has", "{parent} heeft gezag over {child}.",
     "{parent} has parental authority over {child}."},
    {"family_custody_not", "{parent} heeft geen gezag over {child}.",
     "{parent} does not have parental authority over {child}."},
    {"family_custody_none", "Over gezag is nog niets vastgelegd.",
     "Nothing has been recorded about parental authority yet."},
    {"family_entries_title", "Aantekeningen", "Entries"},
    {"family_entries_none", "Er zijn nog geen aantekeningen.", "There are no entries yet."},
    {"family_entries_older", "Oudere aantekeningen", "Older entries"},
    {"family_entries_older_page", "U ziet oudere aantekeningen.",
     "You are looking at older entries."},
    {"family_entries_newest", "Naar de nieuwste aantekeningen", "Go to the newest entries"},
    {"family_entry_meta", "Bron: {source}. Geschreven door {author}.",
     "Source: {source}. Written by {author}."},
    {"unknown_person", "onbekend", "unknown"},
    {"entry_form_title", "Aantekening toevoegen", "Add an entry"},
    {"entry_form_intro", "Schrijf in gewone woorden. Het gezin kan lezen wat u schrijft.",
     "Write in plain words. The family can read what you write."},
    {"entry_kind", "Wat voor aantekening is het?", "What kind of entry is it?"},
    {"entry_source", "Bron", "Source"},
    {"entry_source_hint", "Wie zei of zag het? Bijvoorbeeld: moeder, school, eigen waarneming.",
     "Who said or saw it? For example: mother, school, own observation."},
    {"entry_text", "Tekst", "Text"},
    {"entry_text_hint", "Houd feiten en meningen apart. Zeg bij een mening van wie die is.",
     "Keep facts and opinions apart. With an opinion, say whose it is."},
    {"entry_submit", "Aantekening opslaan", "Save entry"},

    // --- access log -----------------------------------------------------------------------
    // --- family members' accounts (the lead invites and ends them) ----------------------
    {"accounts_title", "Accounts van gezinsleden", "Family members' accounts"},
    {"accounts_page_title", "Accounts van gezinsleden aanpassen",
     "Change family members' accounts"},
    {"accounts_intro",
     "Gezinsleden met een account lezen hun dossier op de pagina Ons gezin. Ze loggen in met een "
     "code die ze per e-mail krijgen. Is iemand verhuisd, heeft iemand geen gezag meer, of klopt "
     "het e-mailadres niet? Beëindig dan het account. Die persoon kan dan direct niet meer "
     "inloggen.",
     "Family members with an account read their file on the page Our family. They log in with a "
     "code they get by e-mail. Has someone moved out, lost parental authority, or is the e-mail "
     "address wrong? Then end the account. That person can no longer log in, straight away."},
    {"accounts_caption", "Accounts van gezinsleden in {family}",
     "Family members' accounts in {family}"},
    {"accounts_col_member", "Gezinslid", "Family member"},
    {"accounts_col_contact", "E-mailadres", "E-mail address"},
    {"accounts_col_state", "Stand", "State"},
    {"accounts_col_action", "Account beëindigen", "End the account"},
    {"accounts_state_invited", "Uitgenodigd op {date}", "Invited on {date}"},
    {"accounts_state_active", "Actief sinds {date}", "Active since {date}"},
    {"accounts_state_ended", "Beëindigd", "Ended"},
    {"accounts_none", "Nog niemand uit dit gezin heeft een account.",
     "No one in this family has an account yet."},
    {"accounts_reason_label", "Waarom stopt het account van {name}?",
     "Why does the account of {name} end?"},
    {"accounts_revoke_button", "Beëindig het account van {name}", "End the account of {name}"},
    {"accounts_invite_title", "Gezinslid uitnodigen", "Invite a family member"},
    {"accounts_invite_intro",
     "Het gezinslid krijgt een e-mail met een code om in te loggen. Een kind jonger dan 12 krijgt "
     "geen eigen account: de ouders met gezag lezen voor het kind.",
     "The family member gets an e-mail with a code to log in. A child under 12 gets no account "
     "of their own: the parents with parental authority read for the child."},
    {"accounts_invite_member", "Gezinslid", "Family member"},
    {"accounts_invite_choose", "Kies een gezinslid", "Choose a family member"},
    {"accounts_invite_contact", "E-mailadres van het gezinslid",
     "The family member's e-mail address"},
    {"accounts_invite_submit", "Stuur de uitnodiging", "Send the invitation"},
    {"accounts_invited", "De uitnodiging is verstuurd.", "The invitation has been sent."},
    {"accounts_revoked", "Het account is beëindigd. Die persoon kan niet meer inloggen.",
     "The account has ended. That person can no longer log in."},
    {"accounts_err_member", "Kies een gezinslid zonder account, van 12 jaar of ouder.",
     "Choose a family member without an account, aged 12 or older."},
    {"accounts_err_contact", "Vul een goed e-mailadres in, zoals naam@voorbeeld.nl.",
     "Enter a valid e-mail address, such as name@example.org."},
    {"accounts_err_contact_used",
     "Een ander gezinslid in dit dossier heeft al een account met dit e-mailadres. Kies een "
     "ander e-mailadres.",
     "Another member of this family already has an account with this e-mail address. Choose "
     "another address."},
    {"accounts_err_exists", "Dit gezinslid heeft al een account.",
     "This family member already has an account."},
    {"accounts_err_reason", "Schrijf kort waarom het account stopt (hoogstens 500 tekens).",
     "Write briefly why the account ends (500 characters at most)."},
    {"access_title", "Wie las het dossier", "Who read the file"},
    {"access_intro",
     "Iedere keer dat iemand dit dossier opent, schrijft Stip dat op. Het gezin kan deze lijst "
     "ook zien. Het nieuwste staat bovenaan.",
     "Every time someone opens this file, Stip writes it down. The family can see this list "
     "too. The newest is at the top."},
    {"access_line", "Op {when} las {name} ({team}, {role}) {what}. Reden: {purpose}.",
     "On {when}, {name} ({team}, {role}) read {what}. Reason: {purpose}."},
    {"access_line_no_team", "Op {when} las {name} ({role}) {what}. Reden: {purpose}.",
     "On {when}, {name} ({role}) read {what}. Reason: {purpose}."},
    {"access_when", "{date} om {time}", "{date} at {time}"},
    {"access_what_family_overview", "het gezinsdossier", "the family file"},
    {"access_what_entries", "de aantekeningen", "the entries"},
    {"access_what_access_log", "de lijst van wie het dossier las", "the list of who read the file"},
    {"access_what_ons_gezin", "de pagina Ons gezin", "the page Our family"},
    {"access_what_export", "een kopie van het dossier", "a copy of the file"},
    {"access_what_other", "een deel van het dossier", "part of the file"},
    // Issue 10 item 9: the lists that name a family are reads too.
    {"access_what_family_list", "de naam van het gezin in de lijst van gezinnen",
     "the family's name in the list of families"},
    // Why a professional read the file (domain::ReadPurpose), as the access log says it.
    {"purpose_hulpverlening", "hulpverlening", "help and support"},
    {"purpose_overdracht", "overdracht van het dossier", "handing over the file"},
    {"purpose_tegenspraak", "tegenspraak (een tweede mening over een besluit)",
     "a second opinion on a decision"},
    {"purpose_noodtoegang", "noodtoegang", "emergency access"},
    {"purpose_kwaliteitstoetsing", "controle van de kwaliteit van het werk",
     "a check of the quality of the work"},
    {"purpose_eigen_dossier", "eigen dossier", "their own file"},
    {"purpose_label", "Waarom leest u dit dossier?", "Why are you reading this file?"},
    {"purpose_hint",
     "Meestal is dat hulpverlening. Leest u het voor iets anders, kies dat dan. Het gezin ziet "
     "het doel in het toegangslog.",
     "Usually that is help and support. If you read it for something else, choose that. The "
     "family sees the purpose in the access log."},
    {"purpose_now", "Doel nu: {purpose}.", "Purpose now: {purpose}."},
    {"purpose_submit", "Doel kiezen", "Choose purpose"},
    {"access_emergency", "Dit was toegang in een noodgeval. Dat wordt altijd nagekeken.",
     "This was emergency access. That is always reviewed."},
    {"access_none", "Nog niemand heeft dit dossier gelezen.", "Nobody has read this file yet."},
    {"access_older", "Eerdere keren", "Earlier readings"},
    {"access_older_page", "U ziet eerdere keren.", "You are looking at earlier readings."},
    {"access_newest", "Naar de nieuwste", "Go to the newest"},
    {"access_back", "Terug naar het gezinsdossier", "Back to the family file"},

    // --- error pages ----------------------------------------------------------------------
    {"error_what_now", "Wat kunt u doen?", "What can you do?"},
    {"error_to_families", "Naar Mijn gezinnen", "Go to My families"},
    {"error_to_ons_gezin", "Naar Ons gezin", "Go to Our family"},
    {"error_to_shared", "Naar wat met mij gedeeld is", "Go to what is shared with me"},
    {"error_to_admin", "Naar Beheer", "Go to Administration"},
    {"error_to_start", "Naar de startpagina", "Go to the start page"},
    {"error_400_title", "Dit verzoek klopt niet", "This request is not right"},
    {"error_400_what", "Stip begrijpt dit verzoek niet. Er is niets veranderd.",
     "Stip does not understand this request. Nothing has changed."},
    {"error_400_todo", "Ga terug naar de vorige pagina en probeer het opnieuw.",
     "Go back to the previous page and try again."},
    {"error_403_title", "U mag dit niet doen", "You are not allowed to do this"},
    {"error_403_what", "U heeft geen toestemming voor deze pagina of voor deze actie.",
     "You do not have permission for this page or this action."},
    {"error_403_todo", "Denkt u dat u dit wel mag? Vraag het de beheerder van uw organisatie.",
     "Do you think you should be allowed? Ask the administrator of your organisation."},
    {"error_403_todo_family",
     "Klopt dit niet? Vraag het aan het vaste gezicht van het gezin. De naam en het "
     "telefoonnummer staan op Ons gezin.",
     "Is this not right? Ask the family's fixed face. The name and phone number are on Our "
     "family."},
    {"error_403_todo_network",
     "Klopt dit niet? Vraag het aan de hulpverlener die de uitnodiging stuurde.",
     "Is this not right? Ask the professional who sent the invitation."},
    {"error_404_title", "Deze pagina is er niet", "This page does not exist"},
    {"error_404_what",
     "Stip kan deze pagina niet vinden. Misschien klopt het adres niet. Of u bent niet (meer) "
     "betrokken bij dit gezin.",
     "Stip cannot find this page. Maybe the address is not right. Or you are not (or no longer) "
     "involved with this family."},
    {"error_404_todo",
     "Kijk of het adres klopt. Moet u bij een gezin kunnen? Vraag dan het vaste gezicht van dat "
     "gezin om u toe te voegen.",
     "Check the address. Do you need access to a family? Ask the fixed face of that family to "
     "add you."},
    {"error_409_title", "Iemand anders was u net voor", "Someone else was just ahead of you"},
    {"error_409_what",
     "Het dossier is net door iemand anders veranderd. Uw wijziging is niet "
     "opgeslagen.",
     "Someone else just changed the file. Your change has not been saved."},
    {"error_409_todo", "Open het dossier opnieuw en probeer het nog een keer.",
     "Open the file again and try once more."},
    {"error_422_title", "Dit kan nu niet", "This is not possible now"},
    {"error_422_what", "Het dossier staat dit nu niet toe. Er is niets veranderd.",
     "The file does not allow this now. Nothing has changed."},
    {"error_422_todo", "Vraag het vaste gezicht van het gezin wat er nodig is.",
     "Ask the fixed face of the family what is needed."},
    {"error_429_title", "Even wachten", "Please wait a moment"},
    {"error_429_what", "Dit is te vaak achter elkaar geprobeerd.",
     "This was tried too many times in a row."},
    {"error_429_todo", "Wacht een paar minuten en probeer het dan opnieuw.",
     "Wait a few minutes, then try again."},
    {"error_500_title", "Er ging iets mis in Stip", "Something went wrong in Stip"},
    {"error_500_what", "Dit ligt niet aan u. Wat u net deed, is misschien niet opgeslagen.",
     "This is not your fault. What you just did may not have been saved."},
    {"error_500_todo",
     "Probeer het over een paar minuten opnieuw. Gaat het weer mis? Bel of mail dan de beheerder "
     "van uw organisatie.",
     "Try again in a few minutes. If it goes wrong again, call or email the administrator of "
     "your organisation."},
    {"error_500_todo_family",
     "Probeer het over een paar minuten opnieuw. Gaat het weer mis? Bel of mail dan het vaste "
     "gezicht van het gezin.",
     "Try again in a few minutes. If it goes wrong again, call or email the family's fixed face."},
    {"error_500_todo_network",
     "Probeer het over een paar minuten opnieuw. Gaat het weer mis? Bel of mail dan de "
     "hulpverlener die de uitnodiging stuurde.",
     "Try again in a few minutes. If it goes wrong again, call or email the professional who "
     "sent the invitation."},
    {"error_503_title", "Stip is even niet beschikbaar", "Stip is not available right now"},
    {"error_503_what", "Stip is nu erg druk, of er wordt onderhoud gedaan.",
     "Stip is very busy right now, or maintenance is being done."},
    {"error_503_todo", "Wacht een paar minuten en probeer het dan opnieuw.",
     "Wait a few minutes, then try again."},
});

}  // namespace

std::span<const Message> CatalogueEntries() { return kMessages; }

}  // namespace stip::web
