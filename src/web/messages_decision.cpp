// The texts of decisions and the second opinion (issue 12): the professionals' page and the
// family's on Ons gezin, Dutch first (B1 for the family), English second. Part of the catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kDecisionMessages = std::to_array<Message>({
    {"access_what_decisions", "de besluiten", "the decisions"},
    {"dc_link", "Besluiten: wat er besloten wordt en waarom", "Decisions: what is decided and why"},
    {"dc_title", "Besluiten", "Decisions"},
    {"dc_done", "Opgeslagen.", "Saved."},
    {"dc_intro",
     "Een besluit neem je niet alleen en niet buiten het gezin om. Schrijf de feiten apart van "
     "meningen, de andere mogelijkheden en waarom die niet gekozen zijn, wie erbij was en hoe "
     "elk kind gehoord is. Deel het voorstel met het gezin voor je besluit. Een zwaar besluit "
     "kan pas genomen worden na tegenspraak van een gedragswetenschapper die niet zelf beslist.",
     "A decision is never taken alone or behind the family's back. Write the facts apart from "
     "opinions, the alternatives and why they were not chosen, who was present and how each "
     "child was heard. Share the draft with the family before deciding. A heavy decision can only "
     "be taken after a second opinion by a behavioural scientist who does not decide it."},
    {"dc_intro_family",
     "Hier staan de besluiten over uw gezin. U leest wat de hulpverlener wil besluiten en "
     "waarom. U kunt zeggen wat u ervan vindt. Uw woorden komen precies zo in het dossier.",
     "Here are the decisions about your family. You read what the professional wants to decide "
     "and why. You can say what you think of it. Your words go into the file exactly as you "
     "write them."},
    {"dc_back", "Terug naar het dossier", "Back to the file"},
    {"dc_back_family", "Terug naar Ons gezin", "Back to Our family"},
    {"dc_no_score",
     "Stip berekent hier niets over het gezin. Een besluit is het oordeel van mensen, met hun "
     "redenen.",
     "Stip calculates nothing about the family here. A decision is the judgement of people, with "
     "their reasons."},
    {"dc_list_title", "De besluiten", "The decisions"},
    {"dc_none", "Er zijn nog geen besluiten in dit dossier.",
     "There are no decisions in this file yet."},
    {"dc_none_family", "Er zijn nog geen besluiten met u gedeeld.",
     "No decisions have been shared with you yet."},
    {"dc_heavy_note",
     "Dit is een zwaar besluit. Eerst kijkt een gedragswetenschapper kritisch mee (tegenspraak).",
     "This is a heavy decision. First a behavioural scientist looks at it critically (second "
     "opinion)."},
    {"dc_what", "Wat wordt er besloten", "What is decided"},
    {"dc_ground", "Wettelijke grond", "Legal ground"},
    {"dc_decider", "Wie beslist", "Who decides"},
    {"dc_present", "Wie waren erbij", "Who was present"},
    {"dc_facts", "Feiten", "Facts"},
    {"dc_facts_hint",
     "Alleen wat gebeurd is, met de bron en de datum. Meningen schrijf je hieronder apart.",
     "Only what happened, with its source and date. Write opinions separately below."},
    {"dc_opinions", "Meningen", "Opinions"},
    {"dc_alternatives", "Andere mogelijkheden", "Alternatives weighed"},
    {"dc_why_not", "Waarom niet:", "Why not:"},
    {"dc_children", "Zijn de kinderen gehoord?", "Were the children heard?"},
    {"dc_views", "Wat het gezin ervan vindt", "The family's views"},
    {"dc_no_views", "Nog niemand van het gezin heeft iets geschreven.",
     "No one in the family has written anything yet."},
    {"dc_second_opinions", "Tegenspraak", "Second opinion"},
    {"dc_no_second_opinions", "Er is nog geen tegenspraak.", "There is no second opinion yet."},
    {"dc_conditions", "Voorwaarden:", "Conditions:"},
    {"dc_view_title", "Zienswijze opschrijven met een gezinslid",
     "Take down a family member's view with them"},
    {"dc_view_title_family", "Wat vindt u ervan?", "What do you think of it?"},
    {"dc_view_submit", "Opslaan", "Save"},
    {"dc_opinion_title", "Tegenspraak geven", "Give a second opinion"},
    {"dc_opinion_submit", "Tegenspraak opslaan", "Save the second opinion"},
    {"dc_opinion_reads",
     "Uw tegenspraak hoort bij versie {n}. Verandert het voorstel daarna, dan telt zij niet meer.",
     "Your second opinion belongs to version {n}. If the draft changes afterwards, it no longer "
     "counts."},
    {"dc_share_submit", "Delen met het gezin", "Share with the family"},
    {"dc_take_submit", "Besluit nemen", "Take the decision"},
    {"dc_revise_link", "Voorstel aanpassen (nieuwe versie)", "Change the draft (new version)"},
    {"dc_draft_title", "Een nieuw besluit voorbereiden", "Draft a new decision"},
    {"dc_revise_title", "Het voorstel aanpassen", "Change the draft"},
    {"dc_draft_intro",
     "Lege regels tellen niet mee. Het gezin leest het voorstel pas als je het deelt.",
     "Empty rows do not count. The family reads the draft only once you share it."},
    {"dc_draft_submit", "Voorstel opslaan", "Save the draft"},
    {"dc_revise_submit", "Nieuwe versie opslaan", "Save the new version"},
    {"dc_choose", "Kies…", "Choose…"},
    {"dc_heavy_mark", "(zwaar: tegenspraak nodig)", "(heavy: second opinion needed)"},
    {"dc_kind_plan_change", "Het plan verandert", "A change of the plan"},
    {"dc_kind_help_change", "Andere hulp", "Other help"},
    {"dc_kind_out_of_home_placement", "Uithuisplaatsing", "Out-of-home placement"},
    {"dc_kind_request_measure", "Verzoek aan de rechter om een maatregel",
     "Request to the judge for a measure"},
    {"dc_kind_request_extension", "Verzoek om verlenging van een maatregel",
     "Request to extend a measure"},
    {"dc_kind_request_end_custody", "Verzoek om beëindiging van het gezag",
     "Request to end custody"},
    {"dc_kind_end_contact", "Contact beëindigen of beperken", "Ending or limiting contact"},
    {"dc_kind_written_instruction", "Schriftelijke aanwijzing", "Written instruction"},
    {"dc_rights_title", "Uw rechten", "Your rights"},
    {"dc_verdict_agree", "Eens", "Agree"},
    {"dc_verdict_agree_with_conditions", "Eens, met voorwaarden", "Agree, with conditions"},
    {"dc_verdict_disagree", "Oneens", "Disagree"},
    {"dc_status_draft", "Voorstel. Nog niet gedeeld met het gezin.",
     "Draft. Not shared with the family yet."},
    {"dc_status_shared", "Gedeeld met het gezin. {name} beslist.",
     "Shared with the family. {name} decides."},
    {"dc_status_shared_family",
     "Dit is nog een voorstel. Er is nog niets besloten. {name} beslist. Zolang het besluit niet "
     "genomen is, kunt u hieronder zeggen wat u ervan vindt. Wacht daar niet te lang mee.",
     "This is still a proposal. Nothing has been decided yet. {name} decides. As long as the "
     "decision has not been taken, you can say below what you think of it. Do not wait too "
     "long."},
    {"dc_status_opinion_given", "De tegenspraak is gegeven op deze versie.",
     "The second opinion was given on this version."},
    {"dc_status_opinion_voided",
     "Het voorstel is veranderd na de tegenspraak. Er is nieuwe tegenspraak nodig.",
     "The draft changed after the second opinion. A new second opinion is needed."},
    {"dc_status_opinion_needed", "Wacht op tegenspraak van een gedragswetenschapper.",
     "Waiting for a second opinion by a behavioural scientist."},
    {"dc_status_opinion_needed_family",
     "Eerst kijkt een gedragswetenschapper mee. Die beslist niet zelf.",
     "First a behavioural scientist looks at it. They do not decide it themselves."},
    {"dc_status_taken", "Genomen op {date} door {name}.", "Taken on {date} by {name}."},
    {"dc_status_taken_family", "Dit besluit is genomen op {date} door {name}.",
     "This decision was taken on {date} by {name}."},
    {"dc_status_request_family",
     "Het is een verzoek aan de rechter. De rechter beslist, na een zitting waar u ook kunt zeggen "
     "wat u ervan vindt.",
     "It is a request to the judge. The judge decides, after a hearing where you can also say "
     "what you think."},
    {"dc_next_shared_family",
     "Wat gebeurt er nu? U kunt hieronder schrijven wat u ervan vindt. Daarna neemt de "
     "hulpverlener het besluit. Uw mening staat erbij, ook als u het oneens bent.",
     "What happens now? You can write below what you think of it. Then the professional takes "
     "the decision. Your view stays with it, also when you disagree."},
    {"dc_next_taken_family",
     "Wat gebeurt er nu? Uw vaste gezicht bespreekt met u wat het besluit betekent. Bent u het "
     "oneens? Zeg het uw vaste gezicht. U kunt ook een klacht indienen.",
     "What happens now? Your fixed face talks with you about what the decision means. Do you "
     "disagree? Tell your fixed face. You can also make a complaint."},
    {"dc_version", "Versie {n}, van {date}", "Version {n}, of {date}"},
    {"dc_fact_source", "bron: {source}, {date}", "source: {source}, {date}"},
    {"dc_fact_entry", "aantekening {id}", "entry {id}"},
    {"dc_child_heard", "{name} is gehoord", "{name} was heard"},
    {"dc_child_not_heard", "{name} is niet gehoord", "{name} was not heard"},
    {"dc_view_own", "zelf geschreven op versie {n}, {date}",
     "written themselves on version {n}, {date}"},
    {"dc_view_recorded", "samen opgeschreven door {name} op versie {n}, {date}",
     "taken down with them by {name} on version {n}, {date}"},
    {"dc_opinion_line", "{name}: {verdict} (versie {n}, {date})",
     "{name}: {verdict} (version {n}, {date})"},
    {"dc_opinion_voided", "Telt niet meer: het voorstel is daarna veranderd.",
     "No longer counts: the draft changed afterwards."},
    {"dc_label_kind", "Wat voor besluit", "Kind of decision"},
    {"dc_label_what", "Wat wordt er besloten (in gewone woorden)",
     "What is decided (in plain words)"},
    {"dc_label_ground", "Wettelijke grond (artikel)", "Legal ground (article)"},
    {"dc_ground_hint", "Bijvoorbeeld: BW 1:255 (ondertoezichtstelling).",
     "For example: BW 1:255 (supervision order)."},
    {"dc_fact_n", "Feit {n}", "Fact {n}"},
    {"dc_label_fact", "Wat is er gebeurd", "What happened"},
    {"dc_label_source", "Bron (wie of wat)", "Source (who or what)"},
    {"dc_label_date", "Datum", "Date"},
    {"dc_label_entry", "Aantekening (nummer, mag leeg)", "Entry (number, may be empty)"},
    {"dc_opinion_n", "Mening {n}", "Opinion {n}"},
    {"dc_label_opinion", "Mening", "Opinion"},
    {"dc_label_whose", "Van wie", "Whose"},
    {"dc_alternative_n", "Andere mogelijkheid {n}", "Alternative {n}"},
    {"dc_label_alternative", "Welke andere mogelijkheid", "Which alternative"},
    {"dc_label_why_not", "Waarom niet gekozen", "Why not chosen"},
    {"dc_label_present", "Wie waren erbij", "Who was present"},
    {"dc_present_hint", "Eén naam of rol per regel.", "One name or role per line."},
    {"dc_child_legend", "{name}", "{name}"},
    {"dc_label_heard", "Gehoord", "Heard"},
    {"dc_heard_yes", "Ja", "Yes"},
    {"dc_heard_no", "Nee", "No"},
    {"dc_label_how", "Hoe gehoord, of waarom niet", "How heard, or why not"},
    {"dc_label_decider", "Wie beslist", "Who decides"},
    {"dc_label_member", "Gezinslid", "Family member"},
    {"dc_label_view", "Zienswijze in de eigen woorden van het gezinslid",
     "The view in the family member's own words"},
    {"dc_label_view_family", "Uw mening in uw eigen woorden", "Your view in your own words"},
    {"dc_label_verdict", "Uw oordeel", "Your verdict"},
    {"dc_label_reasons", "Redenen", "Reasons"},
    {"dc_label_conditions", "Voorwaarden (alleen bij eens met voorwaarden)",
     "Conditions (only with agree with conditions)"},
    {"dc_err_not_yet", "Dit kan nog niet. {reason}", "This cannot be done yet. {reason}"},
    {"dc_block_taken", "Dit besluit is al genomen.", "This decision was taken already."},
    {"dc_block_not_shared",
     "Deel het voorstel eerst met het gezin. Dan kan het gezin zeggen wat het ervan vindt.",
     "Share the draft with the family first, so that they can say what they think of it."},
    {"dc_block_no_opinion",
     "Een zwaar besluit neem je pas na tegenspraak van een gedragswetenschapper die niet zelf "
     "beslist. Die is er nog niet.",
     "A heavy decision is taken only after a second opinion by a behavioural scientist who does "
     "not decide it. There is none yet."},
    {"dc_block_only_decider",
     "De enige tegenspraak is van wie zelf beslist. Die telt niet: vraag een andere "
     "gedragswetenschapper.",
     "The only second opinion is by the decider. It does not count: ask another behavioural "
     "scientist."},
    {"dc_block_voided",
     "Het voorstel is veranderd na de tegenspraak. Die telt daarom niet meer: vraag nieuwe "
     "tegenspraak op deze versie.",
     "The draft changed after the second opinion, so it no longer counts: ask for a new second "
     "opinion on this version."},
    {"dc_block_delen", "Dit voorstel is al gedeeld met het gezin.",
     "This draft was shared with the family already."},
    {"dc_block_versie",
     "Er is niets opgeslagen. Een genomen besluit verandert niet meer, en zonder verandering is "
     "er geen nieuwe versie.",
     "Nothing was saved. A decision that was taken does not change any more, and without a "
     "change there is no new version."},
    {"dc_block_zienswijze",
     "U kunt uw mening geven zolang het voorstel gedeeld is. Dit besluit is al genomen.",
     "You can give your view while the draft is shared. This decision was taken already."},
    {"dc_block_tegenspraak",
     "Tegenspraak geeft een gedragswetenschapper die niet zelf beslist, op een besluit dat nog "
     "niet genomen is.",
     "A second opinion is given by a behavioural scientist who does not decide it, on a decision "
     "not taken yet."},
    {"dc_block_besluit", "Dit kan nu niet.", "This cannot be done now."},
    {"dc_err_summary", "Het is niet opgeslagen. Kijk de velden na.",
     "It was not saved. Check the fields."},
});

}  // namespace

std::span<const Message> DecisionCatalogueEntries() { return kDecisionMessages; }

}  // namespace stip::web
