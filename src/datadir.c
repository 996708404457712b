/*
 * datadir.c - where the commands find the lexicon and gazetteer (ontology/):
 * shared by extract and load, apart from main.c's dispatch.
 */
#include "cli.h"

#include <stdlib.h>

#ifndef NG_DATA_DIR
#define NG_DATA_DIR "ontology"
#endif

const char *ng_cli_data_dir(const char *option)
{
    if (option)
        return option;
    const char *env = getenv("NEWSGRAPH_DATA");
    return env && *env ? env : NG_DATA_DIR;
}
