// The texts of the safety map (issue 11): the professionals' page and the family's on Ons
// gezin, in B1 Dutch first. Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kSafetyMapMessages = std::to_array<Message>({
    {"access_what_safety_map", "de veiligheidstaxatie", "the safety map"},
    {"sm_link", "Veiligheid: zorgen, wat goed gaat en de cijfers",
     "Safety: worries, what goes well and the scores"},
    {"sm_title", "Veiligheid", "Safety"},
    {"sm_intro",
     "Hier staat waar we ons zorgen over maken, wat goed gaat en wat er moet gebeuren. Iedereen "
     "geeft zelf een cijfer van 0 tot 10 bij elke zorg. Zo ziet u ieders eigen antwoord naast "
     "elkaar. Stip rekent niets uit: er komt geen gemiddelde en geen eindcijfer.",
     "Here you find what we are worried about, what goes well and what needs to happen. "
     "Everyone gives their own score from 0 to 10 for each worry. So you see each person's own "
     "answer side by side. Stip calculates nothing: there is no average and no final score."},
    {"sm_intro_family",
     "Hier staat waar we ons zorgen over maken, wat goed gaat en wat er moet gebeuren. Iedereen "
     "geeft zelf een cijfer van 0 tot 10 bij elke zorg. Zo ziet u de antwoorden die u mag zien "
     "naast elkaar. Stip rekent niets uit: er komt geen gemiddelde en geen eindcijfer.",
     "Here you find what we are worried about, what goes well and what needs to happen. "
     "Everyone gives their own score from 0 to 10 for each worry. So you see the answers you "
     "may see side by side. Stip calculates nothing: there is no average and no final score."},
    {"sm_back", "Terug naar het dossier", "Back to the file"},
    {"sm_back_family", "Terug naar Ons gezin", "Back to Our family"},
    {"sm_no_round", "Er is nog geen ronde. Het vaste gezicht begint de eerste ronde.",
     "There is no round yet. The fixed face starts the first round."},
    {"sm_round_now", "Nu loopt ronde {n}. Antwoorden horen bij deze ronde.",
     "Round {n} is running now. Answers belong to this round."},
    {"sm_open_round", "Nieuwe ronde beginnen", "Start a new round"},
    {"sm_open_round_hint",
     "Begin een nieuwe ronde bij elke bespreking. Iedereen geeft dan opnieuw een cijfer. De "
     "cijfers van eerdere rondes blijven staan.",
     "Start a new round at every review. Everyone then gives a score again. The scores of "
     "earlier rounds stay."},
    {"sm_worries_title", "Waar maken we ons zorgen over?", "What are we worried about?"},
    {"sm_no_worries", "Er staan nog geen zorgen op de kaart.",
     "There are no worries on the map yet."},
    {"sm_worry_n", "Zorg {n}", "Worry {n}"},
    {"sm_who_worried", "Wie maakt zich zorgen", "Who is worried"},
    {"sm_who_worried_hint",
     "Het hele gezin leest dit. Schrijf hier niet wie de zorg heeft gemeld. Noem ook geen "
     "andere mensen buiten het gezin bij naam.",
     "The whole household reads this. Do not write here who reported the worry. Do not name "
     "other people outside the family either."},
    {"sm_worry", "Waarover", "About what"},
    {"sm_if_nothing_changes", "Wat gebeurt er met het kind als er niets verandert",
     "What will happen to the child if nothing changes"},
    {"sm_disagreements", "Niet mee eens", "Does not agree"},
    {"sm_written_down_by", "opgeschreven door {name}", "written down by {name}"},
    {"sm_goals", "Wat moet er gebeuren", "What needs to happen"},
    {"sm_scores_title", "De cijfers, per persoon", "The scores, per person"},
    {"sm_no_scores", "Nog niemand gaf een cijfer bij deze zorg.",
     "Nobody gave a score for this worry yet."},
    {"sm_chart_title", "Cijfers per persoon over de rondes: {worry}",
     "Scores per person over the rounds: {worry}"},
    {"sm_chart_desc", "Een lijn per persoon. De tabel naast de grafiek geeft dezelfde cijfers.",
     "One line per person. The table beside the chart gives the same scores."},
    {"sm_table_caption", "Cijfers per persoon en per ronde: {worry}",
     "Scores per person and per round: {worry}"},
    {"sm_who", "Wie", "Who"},
    {"sm_round_n", "Ronde {n}", "Round {n}"},
    {"sm_no_answer", "geen antwoord", "no answer"},
    {"sm_scale", "0 betekent: {zero} 10 betekent: {ten}", "0 means: {zero} 10 means: {ten}"},
    {"sm_answer_line", "{name}, ronde {n}: {score}", "{name}, round {n}: {score}"},
    {"sm_recorded", "samen met het kind opgeschreven door {name}",
     "written down with the child by {name}"},
    {"sm_strengths_title", "Wat gaat er goed?", "What goes well?"},
    {"sm_no_strengths", "Er staat nog niets bij wat goed gaat.",
     "Nothing has been written yet about what goes well."},
    // Forms.
    {"sm_answer_title", "Uw cijfer geven", "Give your score"},
    {"sm_answer_intro",
     "U geeft één cijfer per zorg per ronde. Uw cijfer is van u: niemand past het aan.",
     "You give one score per worry per round. Your score is yours: nobody changes it."},
    {"sm_label_danger", "Bij welke zorg", "For which worry"},
    {"sm_label_score", "Hoe veilig is het nu? Kies een cijfer van 0 tot 10",
     "How safe is it now? Choose a score from 0 to 10"},
    {"sm_label_words", "In uw eigen woorden (mag leeg blijven)",
     "In your own words (may stay empty)"},
    {"sm_label_recorded_for", "Antwoord van een kind onder de 12, samen opgeschreven",
     "Answer of a child under 12, written down together"},
    {"sm_child_scale",
     "Schrijft u het antwoord van een kind op? Dan ziet het kind deze woorden: 0 betekent: "
     "{zero} 10 betekent: {ten}",
     "Are you writing down a child's answer? Then the child sees these words: 0 means: {zero} "
     "10 means: {ten}"},
    {"sm_recorded_for_none", "Nee, dit is mijn eigen antwoord", "No, this is my own answer"},
    {"sm_answer_submit", "Cijfer geven", "Give the score"},
    {"sm_disagree_title", "Niet mee eens met een zorg?", "Disagree with a worry?"},
    {"sm_disagree_intro",
     "Schrijf op wat u er zelf van vindt. Het komt woord voor woord naast de zorg te staan.",
     "Write what you think yourself. It is put beside the worry word for word."},
    {"sm_label_member", "Van wie zijn deze woorden", "Whose words are these"},
    {"sm_label_disagreement", "Wat vindt u ervan", "What do you think"},
    {"sm_disagree_submit", "Opschrijven", "Write it down"},
    {"sm_add_danger_title", "Een zorg toevoegen", "Add a worry"},
    {"sm_add_danger_submit", "Zorg toevoegen", "Add the worry"},
    {"sm_add_strength_title", "Iets toevoegen wat goed gaat", "Add something that goes well"},
    {"sm_label_strength", "Wat gaat er goed", "What goes well"},
    {"sm_add_strength_submit", "Toevoegen", "Add"},
    {"sm_add_goal_title", "Een veiligheidsdoel toevoegen", "Add a safety goal"},
    {"sm_label_goal", "Wat moet er gebeuren", "What needs to happen"},
    {"sm_add_goal_submit", "Doel toevoegen", "Add the goal"},
    {"sm_choose", "Kies…", "Choose…"},
    {"sm_done", "Opgeslagen.", "Saved."},
    {"sm_err_summary", "Dit kon niet worden opgeslagen. Kijk hieronder wat er mis is.",
     "This could not be saved. See below what is wrong."},
    {"sm_err_twice",
     "U gaf al een cijfer bij deze zorg in deze ronde. Bij de volgende ronde kunt u opnieuw "
     "een cijfer geven.",
     "You already gave a score for this worry in this round. In the next round you can give a "
     "score again."},
    {"sm_err_no_round", "Er is nog geen ronde. Begin eerst een ronde.",
     "There is no round yet. Start a round first."},
    {"sm_err_no_round_family",
     "Er is nog geen ronde. Uw hulpverlener begint de eerste ronde. Daarna kunt u een cijfer "
     "geven.",
     "There is no round yet. Your care worker starts the first round. After that you can give "
     "a score."},
    {"sm_err_twice_child",
     "Dit kind gaf al een cijfer bij deze zorg in deze ronde. Bij de volgende ronde kan het "
     "kind opnieuw een cijfer geven.",
     "This child already gave a score for this worry in this round. In the next round the child "
     "can give a score again."},
});

}  // namespace

std::span<const Message> SafetyMapCatalogueEntries() { return kSafetyMapMessages; }

}  // namespace stip::web
