/* placeholder until the store commands land; replaced by the real module */
#include "cli.h"
int ng_cmd_load(int argc, char **argv) { (void)argc; (void)argv; fprintf(stderr, "newsgraph: load is not built yet\n"); return NG_EXIT_FAIL; }
int ng_cmd_query(int argc, char **argv) { (void)argc; (void)argv; fprintf(stderr, "newsgraph: query is not built yet\n"); return NG_EXIT_FAIL; }
int ng_cmd_export(int argc, char **argv) { (void)argc; (void)argv; fprintf(stderr, "newsgraph: export is not built yet\n"); return NG_EXIT_FAIL; }
int ng_cmd_stats(int argc, char **argv) { (void)argc; (void)argv; fprintf(stderr, "newsgraph: stats is not built yet\n"); return NG_EXIT_FAIL; }
