// What a form says when a field is wrong: one text per field error code (domain/field_error.h),
// chosen in field_errors.cpp. Part of the message catalogue (see messages.h). Families and
// professionals both read these: B1 Dutch, no "je" or "u", and never the app's English.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kFieldErrorMessages = std::to_array<Message>({
    // --- any field ------------------------------------------------------------------------------
    {"fe_generic", "{label}: dit klopt niet. Kijk het nog eens na.",
     "{label}: this is not right. Please check it."},
    {"fe_required", "{label}: vul dit in.", "{label}: please fill this in."},
    {"fe_too_long", "{label}: dit is te lang. Er mogen hoogstens {max} tekens in.",
     "{label}: this is too long. At most {max} characters are allowed."},
    {"fe_wrong_length", "{label}: gebruik minstens {min} en hoogstens {max} tekens.",
     "{label}: use at least {min} and at most {max} characters."},
    {"fe_bad_character", "{label}: hier staat een teken in dat niet kan. Haal het weg.",
     "{label}: this contains a character that is not allowed. Please remove it."},
    {"fe_bad_format", "{label}: dit is niet goed geschreven. Kijk welke tekens mogen.",
     "{label}: this is not written the right way. Check which characters are allowed."},
    {"fe_not_an_email", "{label}: vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
     "{label}: enter an e-mail address, for example name@example.nl."},
    {"fe_date_invalid", "{label}: vul een echte datum in, bijvoorbeeld 14-03-2019.",
     "{label}: enter a real date, for example 14-03-2019."},
    {"fe_date_future", "{label}: deze datum ligt in de toekomst.",
     "{label}: this date is in the future."},
    {"fe_date_after_today", "{label}: kies een dag na vandaag.",
     "{label}: choose a day after today."},
    {"fe_date_before_start", "{label}: deze datum ligt te vroeg. Kies een latere dag.",
     "{label}: this date is too early. Choose a later day."},
    {"fe_not_one_of", "{label}: kies een van de mogelijkheden.",
     "{label}: choose one of the options."},
    {"fe_out_of_range", "{label}: dit getal is te groot of te klein.",
     "{label}: this number is too large or too small."},
    {"fe_wrong_type", "{label}: dit soort waarde past hier niet.",
     "{label}: this kind of value does not fit here."},
    {"fe_unknown_field", "{label}: dit onderdeel kent Stip niet. Laat het weg.",
     "{label}: Stip does not know this part. Leave it out."},
    {"fe_unknown_id", "{label}: dit staat niet (meer) in Stip. Kies iets anders.",
     "{label}: this is not (or no longer) in Stip. Choose something else."},
    {"fe_duplicate", "{label}: dit staat er twee keer in. Haal er een weg.",
     "{label}: this is listed twice. Please remove one."},
    {"fe_already_used", "{label}: dit wordt al gebruikt. Kies iets anders.",
     "{label}: this is already in use. Choose something else."},
    {"fe_does_not_match", "{label}: dit past niet bij de rest. Kijk het nog eens na.",
     "{label}: this does not match the rest. Please check it."},
    {"fe_too_few", "{label}: vul er minstens {min} in.", "{label}: fill in at least {min}."},
    {"fe_too_many", "{label}: dit zijn er te veel. Er mogen hoogstens {max}.",
     "{label}: these are too many. At most {max} are allowed."},
    {"fe_wrong_column_count", "{label}: deze regel moet {expected} delen hebben.",
     "{label}: this line needs {expected} parts."},

    // --- the household (new family file) --------------------------------------------------------
    {"fe_age_over", "{label}: dan zou iemand ouder zijn dan {max} jaar. Kijk of de datum klopt.",
     "{label}: that would make someone older than {max}. Please check the date."},
    {"fe_child_too_old",
     "{label}: een kind in een gezinsdossier is hoogstens {max} jaar. Kies voor iemand die ouder "
     "is: andere volwassene.",
     "{label}: a child in a family file is at most {max} years old. For someone older, choose: "
     "other adult."},
    {"fe_role_invalid", "{label}: kies een rol.", "{label}: choose a role."},
    {"fe_members_none", "Vul minstens één gezinslid in.", "Fill in at least one household member."},
    {"fe_members_no_child", "Een gezinsdossier heeft minstens één kind nodig.",
     "A family file needs at least one child."},
    {"fe_members_too_many", "Er kunnen hoogstens {max} gezinsleden in één dossier.",
     "A family file can have at most {max} household members."},
    {"fe_custody_pair", "Gezag kan alleen tussen een ouder of verzorger en een kind.",
     "Parental authority is only possible between a parent or carer and a child."},
    {"fe_lead_missing", "Kies een vast gezicht. Ieder gezinsdossier heeft er één.",
     "Choose a fixed face. Every family file has one."},
    {"fe_lead_local", "Het vaste gezicht moet uit een wijkteam komen.",
     "The fixed face must come from a local team."},
    {"fe_duo_regional", "De duo-partner moet uit het regionaal veiligheidsteam komen.",
     "The duo partner must come from the regional safety team."},
    {"fe_duo_same", "Kies als duo-partner iemand anders dan het vaste gezicht.",
     "Choose someone other than the fixed face as duo partner."},
    {"fe_unknown_person",
     "{label}: deze professional staat niet (meer) in Stip. Kies iemand anders.",
     "{label}: this professional is not (or no longer) in Stip. Choose someone else."},

    // --- entries, reactions, withholdings, consent and accounts ---------------------------------
    {"fe_kind", "Kies wat voor aantekening het is.", "Choose what kind of entry it is."},
    {"fe_reaction_kind", "Kies wat voor reactie het is.", "Choose what kind of reaction it is."},
    {"fe_ground", "Kies een wettelijke grond uit de lijst.",
     "Choose a legal ground from the list."},
    {"fe_ground_young",
     "{label}: deze grond kan alleen bij informatie van een jongere van {age} jaar of ouder.",
     "{label}: this ground is only for information of a young person of {age} or older."},
    {"fe_ground_child", "{label}: deze grond kan alleen bij een aantekening over een kind.",
     "{label}: this ground is only for an entry about a child."},
    {"fe_investigation_limit",
     "{label}: bij een lopend onderzoek kan dit hoogstens {max_days} dagen na het eerste "
     "besluit.",
     "{label}: for a running investigation this is at most {max_days} days after the first "
     "decision."},
    {"fe_member_choose", "Kies een gezinslid.", "Choose a family member."},
    {"fe_not_parent_or_carer", "{label}: kies een ouder of verzorger uit dit gezin.",
     "{label}: choose a parent or carer in this family."},
    {"fe_not_young_person", "{label}: kies een jongere van {age} jaar of ouder uit dit gezin.",
     "{label}: choose a young person of {age} or older in this family."},
    {"fe_not_concerned", "{label}: de aantekening moet over deze jongere gaan.",
     "{label}: the entry must be about this young person."},
    {"fe_too_young_for_account",
     "{label}: een kind onder de {age} jaar krijgt geen eigen account. De ouders met gezag lezen "
     "mee voor het kind.",
     "{label}: a child under {age} gets no account of its own. The parents with parental "
     "authority read for the child."},
    {"fe_choose_yes_no", "{label}: kies ja of nee.", "{label}: choose yes or no."},
    // Issue 10: the household and who is involved change.
    {"fe_join_role", "{label}: kies duo-partner of gedragswetenschapper.",
     "{label}: choose duo partner or behavioural scientist."},
    {"fe_member_has_left", "{label}: dit gezinslid woont al niet meer in het gezin.",
     "{label}: this family member has already left the household."},
    {"fe_already_involved", "{label}: deze professional is al betrokken bij dit dossier.",
     "{label}: this professional is already involved in this file."},
    {"fe_not_involved_here", "{label}: deze professional is niet (meer) betrokken bij dit dossier.",
     "{label}: this professional is not (or no longer) involved in this file."},
    {"fe_lead_by_handover",
     "{label}: het vaste gezicht wisselt alleen via een overdracht aan een collega.",
     "{label}: the fixed face only changes by a handover to a colleague."},
    {"fe_duo_taken", "{label}: dit dossier heeft al een duo-partner.",
     "{label}: this file already has a duo partner."},
    // Issue 14: accounts with a life cycle.
    {"fe_wrong_code",
     "{label}: deze code klopt niet. Kijk in uw app en typ de code die u nu ziet. Elke code "
     "werkt maar één keer.",
     "{label}: this code is not right. Look in your app and type the code you see now. Each code "
     "works only once."},
    {"fe_common_password",
     "{label}: dit wachtwoord is te makkelijk te raden. Kies een langere zin die alleen u kent, "
     "zonder uw gebruikersnaam.",
     "{label}: this password is too easy to guess. Choose a longer sentence only you know, "
     "without your username."},
    {"fe_admin_not_involved",
     "{label}: een beheerder kan niet betrokken zijn bij een gezin. Kies een andere "
     "hulpverlener.",
     "{label}: an administrator cannot be involved with a family. Choose another professional."},
    {"fe_account_disabled",
     "{label}: het account van deze hulpverlener is uitgezet. Kies een andere hulpverlener.",
     "{label}: this professional's account is disabled. Choose another professional."},

    // --- withholding from several members (issue 13) --------------------------------------------
    {"fe_narrowing_needs_reason",
     "{label}: deze grond beschermt een ander en geldt dan voor alle gezinsleden. Schrijf op "
     "waarom het voor minder gezinsleden mag.",
     "{label}: this ground protects another person and then holds for all family members. Write "
     "down why fewer family members are enough."},

    // --- notifications (issue 10 item 8) ---------------------------------------------------------
    {"fe_digest_frequency", "{label}: kies elke dag, elke week of nooit.",
     "{label}: choose every day, every week or never."},
    // --- network members (issue 10) --------------------------------------------------------------
    {"fe_not_shareable",
     "{label}: dit mag je niet delen. Je kunt alleen delen wat je zelf mag lezen en wat over "
     "jou of je kind gaat.",
     "{label}: you may not share this. You can only share what you may read yourself and what is "
     "about you or your child."},
    // --- the handover of the fixed face (issue 10) ----------------------------------------------
    {"fe_handover_reason", "{label}: kies waarom het vaste gezicht wisselt.",
     "{label}: choose why the fixed face changes."},
    {"fe_handover_pending",
     "{label}: er wacht al een overdracht van dit dossier op antwoord. Trek die eerst in.",
     "{label}: a handover of this file is already waiting for an answer. Withdraw it first."},
    // --- decisions (issue 12) -------------------------------------------------------------------
    {"fe_decision_kind", "{label}: kies wat er besloten wordt.",
     "{label}: choose what is decided."},
    {"fe_verdict", "{label}: kies eens, eens met voorwaarden of oneens.",
     "{label}: choose agree, agree with conditions or disagree."},
    {"fe_measure_after_eighteen",
     "{label}: op die dag is een kind al 18. Een maatregel loopt nooit door na 18 jaar.",
     "{label}: a child is 18 already on that day. A measure never runs past 18."},
    {"fe_measure_kind", "{label}: kies welke maatregel de rechter uitsprak.",
     "{label}: choose which measure the judge ordered."},
    // --- the child's own words (issue 11 item 5) ------------------------------------------------
    {"fe_share_choice", "{label}: kies met wie je het deelt.",
     "{label}: choose who you share it with."},
    // --- withholding an item of the safety map, plan, meetings or child's words (11 item 6) ----
    {"fe_withheld_kind", "{label}: dit soort stuk kan niet worden achtergehouden.",
     "{label}: this kind of item cannot be withheld."},
    {"fe_own_words_of_child",
     "{label}: de eigen woorden van een kind houdt u niet voor dat kind achter.",
     "{label}: a child's own words are never withheld from that child."},
    {"fe_withheld_from_member",
     "{label}: deze zorg is voor dit gezinslid achtergehouden. Schrijf er niets voor hen bij "
     "zolang dat zo is.",
     "{label}: this worry is withheld from this family member. Write nothing for them on it "
     "while it is."},
});

}  // namespace

std::span<const Message> FieldErrorCatalogueEntries() { return kFieldErrorMessages; }

}  // namespace stip::web
