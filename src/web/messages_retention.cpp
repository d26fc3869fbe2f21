// The texts of retention and the legal hold (issue 14 item 3): the block on the file page and
// the page where the lead or the team lead sets or lifts the hold. Dutch first, English second.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kRetentionMessages = std::to_array<Message>({
    {"access_what_retention", "hoe lang het dossier bewaard wordt", "how long the file is kept"},
    {"rt_link", "Bewaren en vernietigen", "Keeping and destroying"},
    {"rt_title", "Bewaren en vernietigen", "Keeping and destroying"},
    {"rt_back", "Terug naar het dossier", "Back to the file"},
    {"rt_intro",
     "Een dossier wordt bewaard zolang de wet dat vraagt. Daarna vernietigt Stip het hele "
     "dossier. Alleen een bewaarplicht houdt dat tegen.",
     "A file is kept as long as the law asks. After that Stip destroys the whole file. Only a "
     "legal hold stops that."},
    {"rt_regime_label", "Regel", "Rule"},
    {"rt_regime_jeugdhulp", "Jeugdhulp: 20 jaar nadat de hulp stopte",
     "Youth care: 20 years after help ended"},
    {"rt_regime_veiligheidsteam",
     "Veiligheidsteam: 20 jaar na de hulp, en niet voordat het jongste kind 18 is",
     "Safety team: 20 years after help, and not before the youngest child is 18"},
    {"rt_regime_jeugdbescherming",
     "Jeugdbescherming (OTS of voogdij): 30 jaar nadat het kind 18 werd",
     "Child protection (OTS or guardianship): 30 years after the child turned 18"},
    {"rt_date_label", "Vernietigen vanaf", "Destroy from"},
    {"rt_not_before", "niet voor {date}: de hulp loopt nog",
     "not before {date}: help is still going on"},
    {"rt_hold_label", "Bewaarplicht", "Legal hold"},
    {"rt_hold_none", "Geen", "None"},
    {"rt_hold_on", "Ja, sinds {date}: {reason}", "Yes, since {date}: {reason}"},
    {"rt_set_title", "Bewaarplicht instellen", "Set a legal hold"},
    {"rt_set_submit", "Bewaarplicht instellen", "Set the legal hold"},
    {"rt_lift_title", "Bewaarplicht opheffen", "Lift the legal hold"},
    {"rt_lift_submit", "Bewaarplicht opheffen", "Lift the legal hold"},
    {"rt_reason", "Reden", "Reason"},
    {"rt_reason_hint", "Bijvoorbeeld: een rechtszaak loopt nog.",
     "For example: a court case is still going on."},
    {"rt_who", "Alleen de regisseur en de teamleider stellen een bewaarplicht in of heffen hem op.",
     "Only the lead and the team lead set or lift a legal hold."},
    {"rt_done", "Opgeslagen.", "Saved."},
    {"rt_err_summary", "Er ging iets mis. Kijk bij de reden.",
     "Something went wrong. Look at the reason."},
    {"rt_err_changed",
     "De bewaarplicht is intussen veranderd. Er is niets gewijzigd. Kijk hieronder hoe het nu is.",
     "The legal hold changed in the meantime. Nothing was changed. See below how it is now."},
    {"rt_err_no_hold", "Er is geen bewaarplicht om op te heffen.",
     "There is no legal hold to lift."},
});

}  // namespace

std::span<const Message> RetentionCatalogueEntries() { return kRetentionMessages; }

}  // namespace stip::web
