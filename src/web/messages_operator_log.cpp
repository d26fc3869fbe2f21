// The texts of the operators' log (issue 14 item 4): the administrators' page "Opdrachten op de
// server", and how a family's own access log names a line written by an operator command.
// Part of the message catalogue. Dutch first (B1), English second.
#include <array>

#include "web/messages.h"

namespace stip::web {
namespace {

constexpr auto kOperatorLogMessages = std::to_array<Message>({
    {"nav_operations", "Opdrachten", "Commands"},
    {"ops_title", "Opdrachten op de server", "Commands on the server"},
    {"ops_intro",
     "Hier ziet u wie op de server een opdracht gaf die alle dossiers leest of verandert. "
     "Bijvoorbeeld een back-up maken, de gegevens controleren of een dossier vernietigen. Stip "
     "schrijft elke opdracht op voordat die klaar is. De controle (stip verify) ziet het als "
     "iemand een regel verandert of een oudere regel weghaalt. De nieuwste regels kan iemand met "
     "toegang tot de database weghalen zonder dat het opvalt. Het nieuwste staat bovenaan.",
     "This page shows who gave a command on the server that reads or changes every file: for "
     "example making a backup, checking the data or destroying a file. Stip writes down each "
     "command before it is done. The check (stip verify) sees it when someone changes a line or "
     "removes an older one. Someone with access to the database can remove the newest lines "
     "unnoticed. The newest is at the top."},
    {"ops_caption", "Opdrachten, nieuwste eerst", "Commands, newest first"},
    {"ops_col_when", "Wanneer", "When"},
    {"ops_col_who", "Wie", "Who"},
    {"ops_col_command", "Opdracht", "Command"},
    {"ops_col_target", "Waarover", "What it touched"},
    {"ops_os_user", "{name} (gebruiker op de server)", "{name} (user on the server)"},
    {"ops_none", "Er is nog geen opdracht gegeven.", "No command has been given yet."},
    {"ops_older", "Oudere opdrachten", "Older commands"},
    {"ops_older_page", "U ziet oudere opdrachten.", "You are looking at older commands."},
    {"ops_newest", "Naar de nieuwste", "To the newest"},
    {"ops_back", "Terug naar beheer", "Back to administration"},
    {"ops_cmd_backup", "Back-up gemaakt (stip backup)", "Backup made (stip backup)"},
    {"ops_cmd_migrate", "Overgezet naar een andere database (stip migrate)",
     "Moved to another database (stip migrate)"},
    {"ops_cmd_verify", "Gegevens gecontroleerd (stip verify)", "Data checked (stip verify)"},
    {"ops_cmd_rebuild", "Tabellen opnieuw opgebouwd (stip rebuild)",
     "Tables rebuilt (stip rebuild)"},
    {"ops_cmd_retention_run", "Bewaartermijnen nagelopen (stip retention run)",
     "Retention terms checked (stip retention run)"},
    {"ops_cmd_retention_destroy", "Een dossier vernietigd (stip retention destroy)",
     "A file destroyed (stip retention destroy)"},
    // A line on a family's own access log, written by an operator command.
    {"access_operator_name", "Beheer van Stip (systeem)", "Stip's administration (system)"},
    {"role_operator", "beheer van Stip", "Stip's administration"},
    {"purpose_beheer", "beheer van Stip", "running Stip"},
    {"access_line_operator", "Op {when} gebruikte {name} jullie dossier voor het beheer van Stip.",
     "On {when}, {name} used your file to run Stip."},
    {"access_line_no_team_verify",
     "Op {when} controleerde {name} met de computer of jullie dossier nog klopt: of er niets in "
     "is veranderd. Niemand heeft het dossier toen bekeken.",
     "On {when}, {name} had the computer check that your file is still as it was written: that "
     "nothing in it was changed. Nobody looked at the file then."},
    {"access_line_no_team_retention_destroy",
     "Op {when} gaf {name} de opdracht om het hele dossier te vernietigen. Wat erin stond, wordt "
     "dan gewist.",
     "On {when}, {name} gave the order to destroy the whole file. What it held is then wiped."},
});

}  // namespace

std::span<const Message> OperatorLogCatalogueEntries() { return kOperatorLogMessages; }

}  // namespace stip::web
