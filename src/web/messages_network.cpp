// The texts of the network pages (issue 10): the family's page of network members (naasten) and
// what they see, and the network member's own page. B1 Dutch first; part of the catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kNetworkMessages = std::to_array<Message>({
    {"nw_link", "Naasten: wie ziet wat van jullie dossier",
     "Your network: who sees what of your file"},
    {"nav_shared", "Gedeeld met mij", "Shared with me"},
    {"nw_title", "Naasten: wie ziet wat", "Your network: who sees what"},
    {"nw_intro",
     "Naasten zijn mensen om jullie heen die helpen: een oma, een buurvrouw, een trainer. Jullie "
     "kiezen zelf wat zij mogen lezen. Zij zien alleen wat jullie met hen delen, verder niets. "
     "Wie iets deelt, kan dat altijd stoppen. Dan zien zij het meteen niet meer.",
     "Your network are people around you who help: a grandmother, a neighbour, a coach. You "
     "choose what they may read. They see only what you share with them, nothing else. Whoever "
     "shares something can stop at any time. Then they no longer see it, straight away."},
    {"nw_pro_intro",
     "Dit zijn de naasten die het gezin heeft uitgenodigd, en wat het gezin met hen deelt. Het "
     "gezin kiest wat het deelt.",
     "These are the people the family invited from their network, and what the family shares "
     "with them. The family chooses what it shares."},
    {"nw_pro_stop_intro",
     "U bent het vaste gezicht. Is delen niet veilig voor een kind? Dan kunt u het stoppen. "
     "Schrijf waarom: het gezin leest uw reden.",
     "You are the fixed face. Is sharing not safe for a child? Then you can stop it. Write why: "
     "the family reads your reason."},
    {"nw_stop_reason", "Waarom stopt u het delen? (het gezin leest dit)",
     "Why do you stop the sharing? (the family reads this)"},
    {"nw_stop_submit", "Stop het delen met {name}", "Stop sharing with {name}"},
    {"nw_done_stopped", "Gestopt. Die persoon ziet het meteen niet meer. Het gezin ziet uw reden.",
     "Stopped. The person no longer sees it, straight away. The family sees your reason."},
    {"nw_none", "Er zijn nog geen naasten uitgenodigd.",
     "No one from your network is invited yet."},
    {"nw_invited_by", "Uitgenodigd door {name}", "Invited by {name}"},
    {"nw_logged_in", "heeft al ingelogd", "has logged in"},
    {"nw_not_logged_in", "heeft nog niet ingelogd", "has not logged in yet"},
    {"nw_consent_by", "{name} deelt sinds {date}", "{name} shares since {date}"},
    {"nw_consent_until", "tot en met {date}", "until {date}"},
    {"nw_consent_open", "tot het gestopt wordt", "until it is stopped"},
    {"nw_consent_ended", "Gestopt op {date}", "Stopped on {date}"},
    {"nw_consent_lapsed", "Dit geldt niet meer.", "This no longer applies."},
    {"nw_sees", "Ziet deze aantekeningen:", "Sees these entries:"},
    {"nw_sees_nothing", "Ziet nu geen aantekeningen.", "Sees no entries now."},
    {"nw_other_items", "En {n} aantekeningen die jij zelf niet kunt lezen.",
     "And {n} entries that you cannot read yourself."},
    {"nw_change_title", "Kies wat {name} ziet", "Choose what {name} sees"},
    {"nw_change_submit", "Opslaan wat ik deel", "Save what I share"},
    {"nw_end_submit", "Stop met delen met {name}", "Stop sharing with {name}"},
    {"nw_end_reason", "Waarom stop je? (mag leeg blijven)", "Why do you stop? (may stay empty)"},
    {"nw_invite_title", "Iemand uitnodigen", "Invite someone"},
    {"nw_invite_intro",
     "Die persoon krijgt een e-mail met een code om in te loggen. Kies hieronder ook wat die "
     "persoon mag lezen. Je kunt alleen delen wat je zelf mag lezen.",
     "This person gets an e-mail with a code to log in. Also choose below what this person may "
     "read. You can only share what you may read yourself."},
    {"nw_own_only", "Je bent 16 of ouder. Je kunt alleen delen wat over jou gaat.",
     "You are 16 or older. You can only share what is about you."},
    {"nw_name", "Naam", "Name"},
    {"nw_relation", "Wie is het voor jullie?", "Who is this person to you?"},
    {"nw_relation_hint", "Bijvoorbeeld: oma, buurvrouw, trainer.",
     "For example: grandmother, neighbour, coach."},
    {"nw_contact", "E-mailadres", "E-mail address"},
    {"nw_until", "Tot en met welke dag? (mag leeg blijven)", "Until which day? (may stay empty)"},
    {"nw_until_hint", "Schrijf zo: 2027-06-30. Leeg: tot je het stopt.",
     "Write it like this: 2027-06-30. Empty: until you stop it."},
    {"nw_entries", "Welke aantekeningen mag deze persoon lezen?",
     "Which entries may this person read?"},
    {"nw_no_shareable", "Er zijn nu geen aantekeningen die je kunt delen.",
     "There are no entries you can share now."},
    {"nw_more_shareable", "Hier staan de nieuwste {n} aantekeningen die je kunt delen.",
     "These are the newest {n} entries you can share."},
    {"nw_invite_submit", "Uitnodigen", "Invite"},
    {"nw_done_invited", "De uitnodiging is verstuurd.", "The invitation has been sent."},
    {"nw_done_changed", "Opgeslagen. Dit ziet die persoon nu.",
     "Saved. This is what the person sees now."},
    {"nw_done_ended", "Gestopt. Die persoon ziet het meteen niet meer.",
     "Stopped. The person no longer sees it, straight away."},
    {"nw_err_summary", "Niet alles is goed ingevuld.", "Not everything is filled in correctly."},
    {"nw_may_not_share",
     "Delen met naasten doet een ouder met gezag, of een jongere van 16 of ouder over zichzelf.",
     "Sharing with your network is done by a parent with parental authority, or by a young "
     "person of 16 or older about themselves."},
    {"sh_title", "Gedeeld met jou", "Shared with you"},
    {"sh_intro",
     "{family} deelt deze aantekeningen met jou. Je ziet alleen wat zij met jou delen. Als zij "
     "stoppen met delen, zie je het niet meer.",
     "{family} shares these entries with you. You see only what they share with you. When they "
     "stop sharing, you no longer see it."},
    {"sh_by", "Gedeeld door {name}", "Shared by {name}"},
    {"sh_until", "tot en met {date}", "until {date}"},
    {"sh_none", "Er is nu niets met jou gedeeld.", "Nothing is shared with you now."},
    // Issue 10: one e-mail address with an account in more than one family.
    {"of_title", "Andere gezinnen met dit e-mailadres", "Other families with this e-mail address"},
    {"of_intro",
     "Met dit e-mailadres kun je ook bij een of meer andere gezinnen. Kies naar welk gezin je "
     "gaat.",
     "With this e-mail address you can also go to one or more other families. Choose which "
     "family to go to."},
    {"of_go_member", "Ga naar {family}", "Go to {family}"},
    {"of_go_network", "Ga naar wat {family} met je deelt", "Go to what {family} shares with you"},
});

}  // namespace

std::span<const Message> NetworkCatalogueEntries() { return kNetworkMessages; }

}  // namespace stip::web
