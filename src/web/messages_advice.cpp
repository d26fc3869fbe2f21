// Texts of the plain-language help for writers and of the glossary page (/begrippen), kept
// apart from messages_catalogue.cpp so that this part can change on its own. Dutch at B1.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kAdviceMessages = std::to_array<Message>({
    // --- advice on the entry form -----------------------------------------------------------
    {"advice_check_button", "Taal controleren", "Check language"},
    {"advice_check_hint",
     "Het gezin leest mee. Met 'Taal controleren' ziet u tips voor duidelijke taal. U kunt "
     "altijd opslaan, ook zonder de tips te volgen.",
     "The family reads along. 'Check language' shows tips for plain language. You can always "
     "save, also without following the tips."},
    {"advice_title", "Tips voor duidelijke taal", "Tips for plain language"},
    {"advice_title_saved", "Tips voor duidelijke taal bij de tekst die u net opsloeg",
     "Tips for plain language for the text you just saved"},
    {"advice_none", "Goed zo: de zinnen zijn kort en er staan geen moeilijke woorden in.",
     "Well done: the sentences are short and there are no difficult words."},
    {"advice_score", "Leesbaarheid: {label} ({score} van 100). Hoe hoger, hoe makkelijker.",
     "Readability: {label} ({score} out of 100). The higher, the easier."},
    {"advice_long_title", "Lange zinnen", "Long sentences"},
    {"advice_long_item", "heeft {words} woorden. Maak er zinnen van hoogstens {max} woorden van.",
     "has {words} words. Make it into sentences of {max} words at most."},
    {"advice_jargon_title", "Moeilijke woorden", "Difficult words"},
    {"advice_jargon_instead", "schrijf liever:", "better write:"},
    {"advice_glossary_link", "Alle begrippen met uitleg", "All terms explained"},
    {"advice_unavailable", "Tips zijn nu niet beschikbaar. Opslaan werkt gewoon.",
     "Tips are not available right now. Saving still works."},
    {"advice_checked", "De tekst is niet opgeslagen. Bekijk de tips en sla daarna op.",
     "The text has not been saved. Look at the tips, then save."},
    // Readability labels (domain/plain_language.cpp names them in Dutch).
    {"readability_very_easy", "zeer makkelijk", "very easy"},
    {"readability_easy", "makkelijk", "easy"},
    {"readability_fairly_easy", "redelijk makkelijk", "fairly easy"},
    {"readability_normal", "normaal", "normal"},
    {"readability_fairly_hard", "redelijk moeilijk", "fairly hard"},
    {"readability_hard", "moeilijk", "hard"},
    {"readability_very_hard", "zeer moeilijk", "very hard"},

    // --- the glossary page ------------------------------------------------------------------
    {"footer_glossary", "Begrippen: wat betekent dit woord?",
     "Glossary: what does this word mean?"},
    {"glossary_title", "Begrippen", "Glossary"},
    {"glossary_intro",
     "Hier staat wat woorden betekenen die u in Stip kunt tegenkomen. Het gaat om woorden over "
     "de wet en over de hulp aan uw gezin. Bij vaktaal staat ook een makkelijker woord.",
     "Here you find what the words mean that you can meet in Stip. They are words about the law "
     "and about the help for your family. The words are Dutch, because Stip is written in "
     "Dutch. Some explanations are only in Dutch."},
    {"glossary_index_label", "Begrippen van A tot Z", "Terms from A to Z"},
    {"glossary_plain", "In gewone woorden:", "In plain Dutch:"},
    {"glossary_help",
     "Staat een woord er niet bij, of begrijpt u de uitleg niet? Vraag het uw vaste gezicht.",
     "Is a word missing, or is an explanation unclear? Ask your fixed face."},
});

}  // namespace

std::span<const Message> AdviceCatalogueEntries() { return kAdviceMessages; }

}  // namespace stip::web
