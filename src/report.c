#include "cli.h"
int ng_cmd_report(int argc, char **argv) { (void)argc; (void)argv; return NG_EXIT_USAGE; }
