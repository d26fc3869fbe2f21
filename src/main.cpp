// Wiring only: the CLI decides what to run.
#include "cli/cli.h"

int main(int argc, char** argv) { return stip::cli::Main(argc, argv); }
