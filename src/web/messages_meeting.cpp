// The texts of meetings and feedback (issue 11 items 3 and 4): the professionals' page, the
// family's on Ons gezin (with a version for children under 16) and the team's counts, in B1
// Dutch first. Part of the message catalogue.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kMeetingMessages = std::to_array<Message>({
    {"access_what_meetings", "het overleg", "the meetings"},
    {"mt_link", "Overleg: plannen, agenda en hoe het was",
     "Meetings: plans, agenda and how it was"},
    {"mt_link_family", "Overleg: uw punten voor de agenda en hoe het was",
     "Meetings: your points for the agenda and how it was"},
    {"mt_invitation", "Hoe was het overleg? Vertel het ons ({n} keer nog niet ingevuld).",
     "How was the meeting? Tell us ({n} not answered yet)."},
    {"mt_title", "Overleg", "Meetings"},
    {"mt_intro",
     "Hier plant u het overleg met het gezin. Het gezin zet vooraf eigen punten en vragen op de "
     "agenda. Na het overleg schrijft u op wie er waren, hoe elk kind erbij was of gehoord is, de "
     "samenvatting en de afspraken. Wie erbij was, krijgt de vraag hoe het overleg was. U ziet "
     "wel wie antwoordde, maar niet wat.",
     "Here you plan meetings with the family. The family puts its own points and questions on "
     "the agenda beforehand. After the meeting you write down who was there, how each child was "
     "there or heard, the summary and the agreements. Whoever was there is asked how the meeting "
     "was. You see who answered, not what."},
    {"mt_intro_family",
     "Hier ziet u wanneer het volgende overleg is. Zet vooraf uw eigen punten en vragen op de "
     "agenda. Na het overleg leest u hier wat er is afgesproken. Was u erbij? Vertel dan hoe het "
     "overleg voor u was. Het team ziet uw antwoord nooit los: alleen alle antwoorden samen.",
     "Here you see when the next meeting is. Put your own points and questions on the agenda "
     "beforehand. After the meeting you read here what was agreed. Were you there? Then tell us "
     "how the meeting was for you. The team never sees your answer alone: only all answers "
     "together."},
    {"mt_intro_child",
     "Hier zie je wanneer er weer een overleg over jullie gezin is. Wil je iets zeggen of vragen? "
     "Zet het op de lijst. Was je erbij? Vertel dan hoe het voor jou was. Niemand ziet jouw "
     "antwoord apart.",
     "Here you see when there is another meeting about your family. Want to say or ask "
     "something? Put it on the list. Were you there? Then tell us how it was for you. Nobody "
     "sees your answer on its own."},
    {"mt_done", "Opgeslagen.", "Saved."},
    {"mt_coming_title", "Komend overleg", "Coming meetings"},
    {"mt_no_coming", "Er is nog geen overleg gepland.", "No meeting has been planned yet."},
    {"mt_past_title", "Geweest", "Past meetings"},
    {"mt_no_past", "Er is nog geen overleg geweest.", "There has been no meeting yet."},
    {"mt_heading", "Overleg op {date}{time}", "Meeting on {date}{time}"},
    {"mt_place", "Waar", "Where"},
    {"mt_invited", "Wie komen er", "Who is coming"},
    {"mt_present", "Wie waren er", "Who was there"},
    {"mt_next", "Volgend overleg", "Next meeting"},
    {"mt_agenda", "Agenda", "Agenda"},
    {"mt_no_agenda", "Er staat nog niets op de agenda.", "Nothing is on the agenda yet."},
    {"mt_kind_point", "Punt", "Point"},
    {"mt_kind_question", "Vraag", "Question"},
    {"mt_label_kind", "Is het een punt of een vraag?", "Is it a point or a question?"},
    {"mt_label_agenda_words", "Wat wilt u bespreken?", "What do you want to talk about?"},
    {"mt_agenda_submit", "Op de agenda zetten", "Put on the agenda"},
    {"mt_record_title", "Na het overleg: opschrijven", "After the meeting: write it down"},
    {"mt_label_present_members", "Welke gezinsleden waren er?", "Which family members were there?"},
    {"mt_label_present_professionals", "Welke professionals waren er?",
     "Which professionals were there?"},
    {"mt_label_present_network", "Welke naasten waren er?", "Which network members were there?"},
    {"mt_label_child_how", "Hoe was {name} erbij of gehoord?", "How was {name} there or heard?"},
    {"mt_label_child_words", "Hoe precies, of waarom niet ({name})",
     "How exactly, or why not ({name})"},
    {"mt_label_child_how_short", "Hoe het kind erbij was", "How the child was there"},
    {"mt_label_child_words_short", "Hoe precies, of waarom niet", "How exactly, or why not"},
    {"mt_how_present", "was erbij", "was there"},
    {"mt_how_heard_before", "is vooraf apart gehoord", "was heard separately beforehand"},
    {"mt_how_own_words", "gaf eigen woorden mee (brief, tekening, bericht)",
     "sent their own words (letter, drawing, message)"},
    {"mt_how_not_heard", "is niet gehoord", "was not heard"},
    {"mt_summary_hint",
     "De samenvatting komt als aantekening in het dossier. Het gezin leest die, net als elke "
     "andere aantekening. Schrijf in gewone woorden.",
     "The summary becomes an entry in the file. The family reads it, like any other entry. "
     "Write in plain words."},
    {"mt_label_summary", "Samenvatting", "Summary"},
    {"mt_label_agreements", "Afspraken (één per regel)", "Agreements (one per line)"},
    {"mt_label_next", "Datum volgend overleg (mag leeg)", "Date of the next meeting (optional)"},
    {"mt_record_submit", "Overleg opslaan", "Save the meeting"},
    {"mt_children_title", "De kinderen", "The children"},
    {"mt_summary", "Samenvatting", "Summary"},
    {"mt_summary_withheld",
     "De samenvatting is afgeschermd voor u. In het dossier staat waarom en hoe u bezwaar maakt.",
     "The summary is withheld from you. The file says why and how to object."},
    {"mt_agreements", "Afspraken", "Agreements"},
    {"mt_plan_title", "Overleg plannen", "Plan a meeting"},
    {"mt_to_plan", "Zet deze afspraak in ons plan", "Put this agreement in our plan"},
    {"mt_label_date", "Datum", "Date"},
    {"mt_label_time", "Tijd (mag leeg)", "Time (optional)"},
    {"mt_label_place", "Waar", "Where"},
    {"mt_label_members", "Gezinsleden", "Family members"},
    {"mt_label_professionals", "Professionals", "Professionals"},
    {"mt_label_network", "Naasten", "Network members"},
    {"mt_plan_submit", "Overleg plannen", "Plan the meeting"},
    {"mt_fb_received", "Hoe was het overleg?", "How was the meeting?"},
    {"mt_fb_none", "Nog niemand heeft gezegd hoe het overleg was.",
     "Nobody has said how the meeting was yet."},
    {"mt_fb_from",
     "{n} keer antwoord gekregen, van: {names}. Wat zij antwoordden, ziet u niet: het team ziet "
     "alleen alle antwoorden samen, vanaf 10 antwoorden.",
     "{n} answers received, from: {names}. You do not see what they answered: the team sees "
     "only all answers together, from 10 answers."},
    {"mt_fb_title", "Hoe was het overleg?", "How was the meeting?"},
    {"mt_fb_title_child", "Hoe was het overleg voor jou?", "How was the meeting for you?"},
    {"mt_fb_intro",
     "Vier korte vragen. Kies steeds een cijfer van 1 (helemaal niet) tot 5 (helemaal wel). Het "
     "team ziet uw antwoord nooit los, alleen alle antwoorden samen. U kunt het 7 dagen lang "
     "veranderen.",
     "Four short questions. Each time choose a number from 1 (not at all) to 5 (completely). "
     "The team never sees your answer alone, only all answers together. You can change it for "
     "7 days."},
    {"mt_fb_intro_child",
     "Vier korte vragen. Kies een cijfer van 1 (helemaal niet) tot 5 (helemaal wel). Niemand "
     "ziet jouw antwoord apart. Je kunt het 7 dagen lang nog veranderen.",
     "Four short questions. Choose a number from 1 (not at all) to 5 (completely). Nobody sees "
     "your answer on its own. You can change it for 7 days."},
    {"mt_fb_words",
     "Wilt u er iets over zeggen? (mag leeg) Alleen u leest dit. Wilt u dat de regisseur iets "
     "weet? Zeg het dan tegen de regisseur zelf.",
     "Anything you want to say about it? (optional) Only you read this. Do you want the lead "
     "professional to know something? Then tell them yourself."},
    {"mt_fb_words_child",
     "Wil je er iets over zeggen? (mag leeg) Alleen jij leest dit. Wil je dat iemand het weet? "
     "Vertel het aan je regisseur, of bel de Kindertelefoon: 0800-0432 (gratis).",
     "Anything you want to say? (optional) Only you read this. Do you want someone to know? Tell "
     "your lead professional, or call the Kindertelefoon: 0800-0432 (free)."},
    {"mt_fb_label_answer", "Uw antwoord", "Your answer"},
    {"mt_fb_submit", "Antwoord geven", "Give my answer"},
    {"mt_fb_change", "Antwoord veranderen", "Change my answer"},
    {"mt_fb_mine", "Uw antwoord", "Your answer"},
    {"mt_fb_mine_open", "U kunt uw antwoord veranderen tot {until}.",
     "You can change your answer until {until}."},
    {"mt_fb_mine_fixed", "Uw antwoord staat vast: de 7 dagen zijn voorbij.",
     "Your answer is fixed: the 7 days have passed."},
    {"mt_block_agenda",
     "Dit overleg is al geweest. Zet je punt op de agenda van het volgende overleg.",
     "This meeting was held already. Put your point on the agenda of the next meeting."},
    {"mt_block_record",
     "Dit overleg kan nu niet worden vastgelegd: het is al vastgelegd, of de dag van het overleg "
     "is nog niet gekomen.",
     "This meeting cannot be recorded now: it was recorded already, or its day has not come yet."},
    {"mt_block_feedback",
     "Je kunt hier nu niets over dit overleg zeggen: het verslag is er nog niet, of je gaf je "
     "mening meer dan 7 dagen geleden (dan staat die vast).",
     "You cannot say anything about this meeting here now: there is no record yet, or you gave "
     "your view more than 7 days ago (then it is fixed)."},
    {"mt_block_other", "Dit kan nu niet bij dit overleg.",
     "This cannot be done for this meeting now."},
    {"mt_err_summary", "Het overleg kon niet zo worden opgeslagen. Kijk de velden na.",
     "The meeting could not be saved like this. Check the fields."},
    {"mt_err_child_how", "Kies hoe het kind erbij was of gehoord is.",
     "Choose how the child was there or heard."},
    // The team's page: counts only, never per family, never one score.
    {"mt_team_title", "Hoe was het overleg? Wat gezinnen zeggen",
     "How was the meeting? What families say"},
    {"mt_team_intro",
     "Na elk overleg beantwoorden gezinsleden vier vragen met een cijfer van 1 tot 5. U ziet "
     "hier alleen hoe vaak elk cijfer gegeven is, over alle overleggen van het team samen. Nooit "
     "per gezin, pas vanaf 10 antwoorden van 10 gezinnen, en alleen over afgesloten kwartalen: "
     "één nieuw antwoord verandert deze tabel nooit.",
     "After each meeting family members answer four questions from 1 to 5. Here you see only "
     "how often each number was given, over all the team's meetings together. Never per family, "
     "only from 10 answers by 10 families, and only over closed quarters: one new answer never "
     "changes this table."},
    {"mt_team_suppressed", "minder dan 10 antwoorden van 10 gezinnen (gegeven vóór {date})",
     "fewer than 10 answers by 10 families (given before {date})"},
    {"mt_team_answers", "{n} antwoorden van {families} gezinnen, gegeven vóór {date}",
     "{n} answers by {families} families, given before {date}"},
    {"mt_team_question", "Vraag", "Question"},
    {"mt_team_caption", "Hoe vaak elk cijfer gegeven is ({team})",
     "How often each number was given ({team})"},
});

}  // namespace

std::span<const Message> MeetingCatalogueEntries() { return kMeetingMessages; }

}  // namespace stip::web
