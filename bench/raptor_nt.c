/*
 * raptor_nt.c - how long raptor2's N-Triples serializer alone takes to
 * write a graph: the floor under any extraction that writes through it.
 *
 *   ng_bench_raptor FILE.nt
 *
 * Reads FILE.nt with raptor's parser 100,000 statements at a time (so
 * memory stays bounded), and times only the serializer writing each batch
 * to /dev/null through a buffered iostream, the way newsgraph's writer
 * does (src/emit.c). Prints "statements bytes wall_seconds cpu_seconds".
 * The sink repeats emit.c's on purpose: the measure must not depend on
 * newsgraph's library. (valgrind shows raptor 2.0.15's N-Triples parser
 * losing one datatype URI per typed literal; the serializer loses nothing.)
 */
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BATCH 100000
#define SINK_SIZE (256 * 1024)

typedef struct {
    raptor_statement *batch[BATCH];
    size_t n;
    raptor_serializer *ser;
    FILE *out;
    char sink[SINK_SIZE];
    size_t sunk;
    size_t bytes, statements;
    double wall, cpu;
} bench;

static double seconds(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void sink_flush(bench *b)
{
    fwrite(b->sink, 1, b->sunk, b->out);
    b->bytes += b->sunk;
    b->sunk = 0;
}

static int sink_byte(void *ctx, const int byte)
{
    bench *b = ctx;
    if (b->sunk == SINK_SIZE)
        sink_flush(b);
    b->sink[b->sunk++] = (char)byte;
    return 0;
}

static int sink_bytes(void *ctx, const void *p, size_t size, size_t n)
{
    bench *b = ctx;
    size_t len = size * n;
    if (b->sunk + len > SINK_SIZE)
        sink_flush(b);
    if (len > SINK_SIZE) {
        fwrite(p, 1, len, b->out);
        b->bytes += len;
    } else {
        memcpy(b->sink + b->sunk, p, len);
        b->sunk += len;
    }
    return (int)n;
}

static void write_batch(bench *b)
{
    double w0 = seconds(CLOCK_MONOTONIC), c0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    for (size_t i = 0; i < b->n; i++)
        raptor_serializer_serialize_statement(b->ser, b->batch[i]);
    sink_flush(b);
    b->wall += seconds(CLOCK_MONOTONIC) - w0;
    b->cpu += seconds(CLOCK_PROCESS_CPUTIME_ID) - c0;
    for (size_t i = 0; i < b->n; i++)
        raptor_free_statement(b->batch[i]);
    b->statements += b->n;
    b->n = 0;
}

static void on_statement(void *ctx, raptor_statement *st)
{
    bench *b = ctx;
    b->batch[b->n++] = raptor_statement_copy(st);
    if (b->n == BATCH)
        write_batch(b);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: ng_bench_raptor FILE.nt\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    static bench b;
    b.out = fopen("/dev/null", "wb");
    raptor_world *world = raptor_new_world();
    raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0); /* as newsgraph */
    raptor_world_open(world);
    static const raptor_iostream_handler handler = {.version = 2, .write_byte = sink_byte,
                                                    .write_bytes = sink_bytes};
    raptor_iostream *io = raptor_new_iostream_from_handler(world, &b, &handler);
    b.ser = raptor_new_serializer(world, "ntriples");
    raptor_serializer_start_to_iostream(b.ser, NULL, io);
    raptor_parser *p = raptor_new_parser(world, "ntriples");
    raptor_parser_set_statement_handler(p, &b, on_statement);
    raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"file:///bench/");
    int bad = raptor_parser_parse_file_stream(p, in, argv[1], base);
    write_batch(&b);
    raptor_serializer_serialize_end(b.ser);
    sink_flush(&b);
    printf("%zu %zu %.3f %.3f\n", b.statements, b.bytes, b.wall, b.cpu);
    raptor_free_uri(base);
    raptor_free_parser(p);
    raptor_free_serializer(b.ser);
    raptor_free_iostream(io);
    raptor_free_world(world);
    fclose(in);
    fclose(b.out);
    return bad ? 1 : 0;
}
