// The texts of withholding an item of the safety map, the plan, a meeting or a child's own
// words (issue 11 item 6): the professional's page to withhold it, the lines beside the item,
// and the placeholder the family member sees (B1). Dutch first, English second. Part of the
// catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kWithheldMessages = std::to_array<Message>({
    {"wi_title", "Achterhouden", "Withhold"},
    {"wi_back", "Terug", "Back"},
    {"wi_intro",
     "Houd dit stuk achter voor een of meer gezinsleden. Dat mag alleen op een wettelijke grond. "
     "Het gezinslid ziet dan dat er iets is achtergehouden, waarom, tot wanneer, en hoe het "
     "bezwaar maakt. Het ziet de inhoud niet. Het gaat om:",
     "Withhold this item from one or more family members. This is only allowed on a legal "
     "ground. The family member then sees that something is withheld, why, until when, and how to "
     "object. They do not see the content. It is about:"},
    {"wi_kind_entry", "een aantekening", "an entry"},
    {"wi_kind_safety_map_item", "een onderdeel van de veiligheidstaxatie",
     "an item of the safety map"},
    {"wi_kind_plan_comment", "een reactie op het plan", "a comment on the plan"},
    {"wi_kind_plan_conditions", "de veiligheidsvoorwaarden", "the safety conditions"},
    {"wi_kind_meeting_agreement", "een afspraak uit een overleg", "an agreement of a meeting"},
    {"wi_kind_child_voice", "de eigen woorden van een kind", "a child's own words"},
    {"wi_existing_title", "Al achtergehouden", "Withheld already"},
    {"wi_new_title", "Nieuw besluit", "New decision"},
    {"wi_label_members", "Voor wie houdt u het achter?", "From whom do you withhold it?"},
    {"wi_label_ground", "Op welke grond?", "On which ground?"},
    {"wi_ground_third", "Het beschermt iemand anders (bijvoorbeeld wie zich zorgen maakte)",
     "It protects someone else (for example who reported a concern)"},
    {"wi_ground_harm", "Lezen zou het kind ernstig schaden",
     "Reading it would seriously harm the child"},
    {"wi_ground_young", "Het is vertrouwelijk van een jongere van 16 of ouder",
     "It is confidential information of a young person of 16 or older"},
    {"wi_ground_investigation", "Er loopt een onderzoek (hoogstens 10 weken)",
     "A running investigation (at most 10 weeks)"},
    {"wi_label_reason", "Waarom? Schrijf het zo dat het gezinslid het begrijpt.",
     "Why? Write it so the family member understands it."},
    {"wi_label_review", "Tot wanneer? (Op deze dag vervalt het, tenzij u het verlengt.)",
     "Until when? (It lapses on this day unless you renew it.)"},
    {"wi_label_narrowing",
     "Beschermt het iemand anders, maar houdt u het niet voor iedereen achter? Zeg waarom.",
     "Does it protect someone else but you do not withhold it from everyone? Say why."},
    {"wi_submit", "Achterhouden", "Withhold"},
    {"wi_err_summary", "Het achterhouden is niet vastgelegd. Kijk wat er mis is.",
     "The withholding was not recorded. See what is wrong."},
    {"wi_err_state", "Dit is al achtergehouden voor wie u koos. Verleng dat besluit hierboven.",
     "This is already withheld from whom you chose. Renew that decision above."},
    {"wi_from_all", "het hele gezin", "the whole household"},
    {"wi_held_line", "Achtergehouden voor {names} (grond: {ground}), tot {date}.",
     "Withheld from {names} (ground: {ground}), until {date}."},
    {"wi_held_lifted", "Was achtergehouden voor {names} (grond: {ground}); opgeheven.",
     "Was withheld from {names} (ground: {ground}); lifted."},
    {"wi_held_lapsed", "Was achtergehouden voor {names} (grond: {ground}); verlopen op {date}.",
     "Was withheld from {names} (ground: {ground}); lapsed on {date}."},
    {"wi_decided_by", "Besloten door {name} op {date}.", "Decided by {name} on {date}."},
    {"wi_objection_upheld", "Gegrond: het gezinslid mag het lezen (het achterhouden stopt)",
     "Upheld: the family member may read it (the withholding ends)"},
    {"wi_objection_rejected", "Ongegrond: het blijft achtergehouden",
     "Rejected: it stays withheld"},
    {"wi_saved", "Uw besluit is opgeslagen.", "Your decision has been saved."},
    {"wi_err_decision", "Uw besluit is niet opgeslagen. Kijk wat er mis is.",
     "Your decision was not saved. See what is wrong."},
    {"wi_err_upheld_state",
     "Uw besluit is niet opgeslagen. Is het bezwaar al beantwoord? Dan ziet u hieronder het "
     "antwoord. Geldt het achterhouden voor meer gezinsleden? Hef het dan eerst op, houd het "
     "opnieuw achter voor wie nog beschermd moet worden, en geef daarna antwoord.",
     "Your decision was not saved. Has the objection been answered already? Then you see the "
     "answer below. Does the withholding cover more family members? Then lift it first, withhold "
     "it again from whom must still be protected, and answer after that."},
    {"wi_label_reason_child",
     "Waarom? Het gezinslid en het kind lezen dit allebei. Schrijf het zo dat zij het begrijpen.",
     "Why? The family member and the child both read this. Write it so they understand."},
    {"wi_err_decision_state",
     "Uw besluit is niet opgeslagen: het achterhouden of het bezwaar is intussen veranderd "
     "(verlopen, opgeheven of al beantwoord). Bekijk hieronder hoe het nu is.",
     "Your decision was not saved: the withholding or the objection changed meanwhile (lapsed, "
     "lifted or answered already). See below how it is now."},
    {"wi_withhold_link", "Achterhouden voor een gezinslid", "Withhold from a family member"},
    {"wi_placeholder_title", "Dit kunt u nu niet lezen.", "You cannot read this now."},
    {"wi_reason", "Waarom:", "Why:"},
    {"wi_review", "Dit geldt tot {date}. Dan wordt het opnieuw bekeken.",
     "This holds until {date}. It is then looked at again."},
    {"wi_object_summary", "Bent u het hier niet mee eens? Maak bezwaar.",
     "Do you disagree? Object."},
    {"wi_own_objection", "U maakte bezwaar op {date}:", "You objected on {date}:"},
    {"wi_own_objection_open",
     "Uw bezwaar is nog niet beantwoord. Een andere hulpverlener beantwoordt het binnen een "
     "maand.",
     "Your objection has not been answered yet. Another professional answers it within a month."},
    {"wi_own_objection_rejected",
     "We geven u hierin geen gelijk: het blijft achtergehouden. U kunt opnieuw bezwaar maken.",
     "Your objection was rejected: it stays withheld. You can object again."},
    {"wi_object_label", "Waarom bent u het er niet mee eens?", "Why do you disagree?"},
    {"wi_object_submit", "Bezwaar maken", "Object"},
    {"wi_child_held_from", "{names} kan dit nu niet lezen. Waarom: {reason} Dit geldt tot {date}.",
     "{names} cannot read this now. Why: {reason} This holds until {date}."},
    {"wi_sharing_narrowed", "{name} deelt je woorden nu met minder mensen. Waarom: {reason}",
     "{name} now shares your words with fewer people. Why: {reason}"},
    {"wi_label_sharing_reason", "Waarom deelt u dit met minder mensen? Het kind leest dit.",
     "Why do you share this with fewer people? The child reads this."},
});

}  // namespace

std::span<const Message> WithheldCatalogueEntries() { return kWithheldMessages; }

}  // namespace stip::web
