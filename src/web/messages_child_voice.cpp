// The texts of the child's own words (issue 11 item 5): the professionals' page and the
// family's on Ons gezin. Children read these: short sentences, B1 Dutch or simpler.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kChildVoiceMessages = std::to_array<Message>({
    {"access_what_child_voice", "de eigen woorden van de kinderen", "the children's own words"},
    {"access_what_child_explanation", "de uitleg voor een kind", "a child's explanation"},
    {"cv_link", "In mijn eigen woorden: wat de kinderen zelf zeggen, en de uitleg voor elk kind",
     "In my own words: what the children say themselves, and the explanation for each child"},
    {"cv_link_family", "In mijn eigen woorden", "In my own words"},
    {"cv_title", "In mijn eigen woorden", "In my own words"},
    {"cv_intro",
     "Hier staat wat de kinderen zelf zeggen, in drie huizen: wat goed gaat, waar ze zich zorgen "
     "over maken en waar ze van dromen. Een kind van 12 of ouder schrijft dat zelf. U kunt het "
     "ook samen met een kind opschrijven. Het kind kiest met wie het wordt gedeeld. U kunt dat "
     "alleen kleiner maken, nooit groter. Schrijf voor elk kind ook een uitleg in woorden die "
     "dat kind begrijpt: wat de zorgen zijn en wat we eraan doen.",
     "Here you find what the children say themselves, in three houses: what goes well, what "
     "worries them and what they dream of. A child of 12 or older writes it themselves. You can "
     "also write it down together with a child. The child chooses who it is shared with. You "
     "can only make that smaller, never larger. For each child, also write an explanation in "
     "words that child understands: what the worries are and what we are doing about them."},
    {"cv_intro_family",
     "Hier kun je zelf opschrijven hoe het met je gaat. Dat doe je in drie huizen: wat goed gaat, "
     "waar je je zorgen over maakt en waar je van droomt. Jij kiest wie het mag lezen. Je kunt "
     "dat later nog veranderen. Hier staat ook de uitleg die de hulpverlener voor jou schreef.",
     "Here you can write down yourself how you are doing. You do that in three houses: what "
     "goes well, what worries you and what you dream of. You choose who may read it. You can "
     "change that later. Here you also find the explanation the professional wrote for you."},
    {"cv_back", "Terug naar het dossier", "Back to the file"},
    {"cv_back_family", "Terug naar Ons gezin", "Back to Our family"},
    {"cv_done", "Opgeslagen.", "Saved."},
    {"cv_nothing", "Er staat hier nog niets voor jou.", "There is nothing here for you yet."},
    {"cv_without_explanation", "Nog geen uitleg voor: {names}.",
     "No explanation yet for: {names}."},
    {"cv_work_link", "Uitleg schrijven", "Write an explanation"},
    {"cv_heading_own", "Jouw woorden", "Your words"},
    {"cv_heading_child", "{name}", "{name}"},
    {"cv_explanation_own", "Uitleg voor jou", "Explanation for you"},
    {"cv_explanation_child", "Uitleg voor {name}", "Explanation for {name}"},
    {"cv_explanation_meta", "Versie {n}, geschreven door {name} op {date}.",
     "Version {n}, written by {name} on {date}."},
    {"cv_versions", "Er zijn {n} versies bewaard.", "{n} versions are kept."},
    {"cv_no_explanation", "Nog geen uitleg voor {name}.", "No explanation yet for {name}."},
    {"cv_no_explanation_own", "Er is nog geen uitleg voor jou. Die komt nog.",
     "There is no explanation for you yet. It will come."},
    {"cv_label_explanation", "Uitleg voor {name}: wat zijn de zorgen en wat doen we eraan?",
     "Explanation for {name}: what are the worries and what are we doing about them?"},
    {"cv_label_explanation_short", "Uitleg", "Explanation"},
    {"cv_explain_submit", "Nieuwe versie van de uitleg opslaan",
     "Save a new version of the explanation"},
    {"cv_words_title", "In eigen woorden", "In their own words"},
    {"cv_no_voices", "{name} heeft hier nog niets geschreven.", "{name} has not written here yet."},
    {"cv_no_voices_own", "Je hebt hier nog niets geschreven.", "You have not written here yet."},
    {"cv_no_voices_shared", "{name} heeft hier nog niets met jou gedeeld.",
     "{name} has not shared anything with you here yet."},
    {"cv_house_good", "Huis van de goede dingen: wat gaat goed?",
     "House of good things: what goes well?"},
    {"cv_house_worries", "Huis van de zorgen: waar maak je je zorgen over?",
     "House of worries: what worries you?"},
    {"cv_house_dreams", "Huis van de dromen: waar droom je van?",
     "House of dreams: what do you dream of?"},
    {"cv_written_by_child", "Geschreven door {child} zelf", "Written by {child}"},
    {"cv_taken_down_by", "Opgeschreven door {name}, samen met {child}",
     "Written down by {name}, together with {child}"},
    {"cv_shared_professionals", "Alleen de hulpverleners lezen dit.",
     "Only the professionals read this."},
    {"cv_shared_parents", "De hulpverleners en de ouders lezen dit.",
     "The professionals and the parents read this."},
    {"cv_shared_members", "De hulpverleners en {names} lezen dit.",
     "The professionals and {names} read this."},
    {"cv_write_title", "Schrijf het zelf op", "Write it down yourself"},
    {"cv_write_hint", "Schrijf in één, twee of alle drie de huizen. Jij kiest wie het mag lezen.",
     "Write in one, two or all three houses. You choose who may read it."},
    {"cv_take_down_title", "De woorden van een kind opschrijven, samen met het kind",
     "Write down a child's words, together with the child"},
    {"cv_take_down_hint",
     "Schrijf de woorden van het kind op, zoals het kind ze zegt. Vraag het kind met wie het "
     "gedeeld mag worden.",
     "Write down the child's words, as the child says them. Ask the child who it may be shared "
     "with."},
    {"cv_label_child", "Welk kind?", "Which child?"},
    {"cv_choose", "Kies", "Choose"},
    {"cv_label_share", "Wie mag dit lezen?", "Who may read this?"},
    {"cv_share_professionals", "Alleen de hulpverleners", "Only the professionals"},
    {"cv_share_parents", "Ook mijn ouders (die het gezag hebben)",
     "My parents too (those with custody)"},
    {"cv_share_members", "Mensen die ik kies", "People I choose"},
    {"cv_label_share_with", "Welke mensen?", "Which people?"},
    {"cv_share_with_hint", "Alleen als je kiest voor: mensen die ik kies.",
     "Only if you choose: people I choose."},
    {"cv_write_submit", "Opslaan", "Save"},
    {"cv_change_share", "Veranderen wie dit mag lezen", "Change who may read this"},
    {"cv_share_submit", "Opslaan", "Save"},
    {"cv_err_summary", "Er ging iets mis. Kijk bij de vragen hieronder.",
     "Something went wrong. Look at the questions below."},
});

}  // namespace

std::span<const Message> ChildVoiceCatalogueEntries() { return kChildVoiceMessages; }

}  // namespace stip::web
