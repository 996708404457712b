/*
 * report_svg.c - the charts of `newsgraph report`, as inline SVG: the
 * timeline of meetings and forums (a row per person or per region) and
 * the claims of a region over time. Every mark is a link to the table row
 * that tells its details and sources, and carries a <title> (the tooltip
 * and what a screen reader says); the tables beside the charts hold the
 * same facts as text.
 *
 * Coordinates are printed with one decimal, from values computed the same
 * way every run, so the page is byte-identical for the same graph.
 */
#include "report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LEFT 210.0    /* the row labels */
#define PLOT 740.0    /* the plotted width */
#define ROW 22.0
#define TOP 28.0

/* "412.3 million USD" from "412300000.0" and "USD". */
void rp_format_amount(char *buf, size_t n, const char *value, const char *unit)
{
    double v = value ? strtod(value, NULL) : 0;
    static const struct {
        double scale;
        const char *word;
    } steps[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}, {1e3, " thousand"}, {1, ""}};
    size_t i = 0;
    while (i + 1 < sizeof steps / sizeof steps[0] && (v < 0 ? -v : v) < steps[i].scale)
        i++;
    snprintf(buf, n, "%.4g%s%s%s", v / steps[i].scale, steps[i].word, unit ? " " : "", unit ? unit : "");
}

/* The years [*y0, *y1) that the x values span. */
static void year_span(double lo, double hi, int *y0, int *y1)
{
    *y0 = (int)lo;   /* years are positive: truncation is floor */
    *y1 = (int)hi + 1;
    if (*y1 <= *y0)
        *y1 = *y0 + 1;
}

static double x_at(double x, int y0, int y1)
{
    return LEFT + (x - y0) / (y1 - y0) * PLOT;
}

static void year_axis(FILE *fp, int y0, int y1, double height)
{
    int step = (y1 - y0) > 12 ? (y1 - y0 + 11) / 12 : 1;
    for (int y = y0; y <= y1; y += step) {
        double x = x_at(y, y0, y1);
        fprintf(fp, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x, TOP - 6, x, height);
        if (y < y1)
            fprintf(fp, "<text class=\"year\" x=\"%.1f\" y=\"%.1f\">%d</text>", x + 3, TOP - 10, y);
    }
    fputc('\n', fp);
}

/* ------------------------------------------------------------------ */
/* The timeline                                                        */
/* ------------------------------------------------------------------ */

/* Whether event e belongs on the row of region r: it took place there, or
 * one who took part holds an office there. */
static int event_in_region(const rp_graph *g, const rp_event *e, int r)
{
    if (rp_region_of(g, e->location) == r)
        return 1;
    for (size_t i = 0; i < g->positions.len; i++) {
        const rp_position *p = g->positions.items[i];
        if (rp_region_of(g, p->jurisdiction) != r)
            continue;
        for (size_t k = 0; k < e->participants.len; k++)
            if (RP_IDX(e->participants, k) == p->holder)
                return 1;
    }
    return 0;
}

/* Row -1 of the timeline by person holds every forum, so that a forum
 * without named participants is on it too. */
static int event_on_row(const rp_graph *g, const rp_event *e, int row, int by_region)
{
    if (!e->shown || e->x == 0)
        return 0;
    if (row < 0)
        return e->forum;
    if (by_region)
        return event_in_region(g, e, row);
    for (size_t k = 0; k < e->participants.len; k++)
        if (RP_IDX(e->participants, k) == row)
            return 1;
    return 0;
}

static void mark(FILE *fp, const rp_graph *g, size_t ev, double cx, double cy)
{
    const rp_event *e = g->events.items[ev];
    const char *mode = e->mode ? e->mode : "unknown";
    fprintf(fp, "<a href=\"#e-%zu\"><title>", ev);
    rp_html_text(fp, e->date);
    fputs(" \xe2\x80\x94 ", fp);
    if (e->forum) {
        rp_html_text(fp, e->label ? e->label : "Forum");
        if (e->edition)
            fprintf(fp, " (edition %s)", e->edition);
    } else {
        for (size_t k = 0; k < e->participants.len; k++) {
            fputs(k ? ", " : "", fp);
            rp_html_text(fp, rp_label(g, RP_PERSONS, RP_IDX(e->participants, k)));
        }
    }
    if (e->location >= 0) {
        fputs(", ", fp);
        rp_html_text(fp, rp_label(g, RP_PLACES, e->location));
    }
    fprintf(fp, "%s; %zu source%s</title>", e->mode && strcmp(e->mode, "Remote") == 0 ? ", remote" : "",
            e->sources.len, e->sources.len == 1 ? "" : "s");
    /* the class is on a group: tidy 5.6 knows no attribute of SVG's <a> but href */
    fprintf(fp, "<g class=\"mark %s %s\">", e->forum ? "forum" : "meeting", mode);
    if (e->forum)
        fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\"/></g></a>", cx - 5, cy - 5);
    else
        fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\"/></g></a>", cx, cy);
}

/* The rows: people who took part in a shown, dated event, or the regions
 * such events concern, in label order. */
static void timeline_rows(const rp_graph *g, int by_region, ng_vec *rows)
{
    size_t n = by_region ? g->places.len : g->persons.len;
    for (size_t i = 0; !by_region && i < g->events.len; i++)
        if (event_on_row(g, g->events.items[i], -1, 0)) {
            ng_vec_push(rows, (void *)(intptr_t)-1);
            break;
        }
    for (size_t r = 0; r < n; r++) {
        if (by_region && rp_region_of(g, (int)r) != (int)r)
            continue;
        for (size_t i = 0; i < g->events.len; i++)
            if (event_on_row(g, g->events.items[i], (int)r, by_region)) {
                ng_vec_push(rows, (void *)(intptr_t)r);
                break;
            }
    }
}

void rp_svg_timeline(FILE *fp, const rp_graph *g, int by_region)
{
    ng_vec rows = {0};
    timeline_rows(g, by_region, &rows);
    double lo = 0, hi = 0;
    for (size_t i = 0; i < g->events.len; i++) {
        const rp_event *e = g->events.items[i];
        if (e->shown && e->x != 0) {
            lo = lo == 0 || e->x < lo ? e->x : lo;
            hi = e->x > hi ? e->x : hi;
        }
    }
    int y0, y1;
    year_span(lo, hi, &y0, &y1);
    double height = TOP + ROW * (double)rows.len + 4;
    const char *what = by_region ? "region" : "person";
    fprintf(fp,
            "<svg class=\"timeline\" id=\"timeline-%s\" xmlns=\"http://www.w3.org/2000/svg\" "
            "viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\">\n"
            "<title>Meetings and forums by %s, %d to %d</title>\n",
            what, LEFT + PLOT + 10, height, LEFT + PLOT + 10, height, what, y0, y1 - 1);
    year_axis(fp, y0, y1, height);
    for (size_t r = 0; r < rows.len; r++) {
        int row = RP_IDX(rows, r);
        double cy = TOP + ROW * (double)r + ROW / 2;
        fprintf(fp, "<g class=\"row\"><rect class=\"band%s\" x=\"0\" y=\"%.1f\" width=\"%.0f\" height=\"%.0f\"/>",
                r % 2 ? " odd" : "", cy - ROW / 2, LEFT + PLOT + 10, ROW);
        fprintf(fp, "<text class=\"who\" x=\"4\" y=\"%.1f\">", cy + 4);
        rp_html_text(fp, row < 0 ? "Every forum" : rp_label(g, by_region ? RP_PLACES : RP_PERSONS, row));
        fputs("</text>", fp);
        for (size_t i = 0; i < g->events.len; i++)
            if (event_on_row(g, g->events.items[i], row, by_region))
                mark(fp, g, i, x_at(((rp_event *)g->events.items[i])->x, y0, y1), cy);
        fputs("</g>\n", fp);
    }
    fputs("</svg>\n", fp);
    ng_vec_free(&rows);
}

/* ------------------------------------------------------------------ */
/* A claims chart: one indicator in one unit for one region            */
/* ------------------------------------------------------------------ */

static void claim_point(FILE *fp, const rp_graph *g, size_t ci, double cx, double cy)
{
    const rp_claim *c = g->claims.items[ci];
    char amount[96];
    rp_format_amount(amount, sizeof amount, c->value, c->unit);
    int actual = c->status && strcmp(c->status, "Actual") == 0;
    fprintf(fp, "<a href=\"#c-%zu\"><title>", ci);
    rp_html_text(fp, c->period_label ? c->period_label : c->date);
    fprintf(fp, ": %s%s. \xe2\x80\x9c", amount, actual ? "" : " (target)");
    rp_html_text(fp, c->quote ? c->quote : "");
    fputs("\xe2\x80\x9d \xe2\x80\x94 ", fp);
    if (c->article >= 0) {
        const rp_article *a = RP_AT(g->articles, c->article);
        rp_html_text(fp, a->file);
        if (a->date) {
            fputs(", ", fp);
            rp_html_text(fp, a->date);
        }
    }
    fprintf(fp, "</title><g class=\"point %s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\"/></g></a>",
            actual ? "actual" : "target", cx, cy);
}

void rp_svg_claims(FILE *fp, const rp_graph *g, const ng_vec *claims, const char *caption)
{
    double lo = 0, hi = 0, top = 0;
    for (size_t i = 0; i < claims->len; i++) {
        const rp_claim *c = RP_AT(g->claims, RP_IDX(*claims, i));
        lo = lo == 0 || c->x < lo ? c->x : lo;
        hi = c->x > hi ? c->x : hi;
        top = c->y > top ? c->y : top;
    }
    int y0, y1;
    year_span(lo, hi, &y0, &y1);
    top = top > 0 ? top * 1.1 : 1;
    const double h = 130, base = TOP + h;
    fprintf(fp,
            "<svg class=\"claims\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" "
            "height=\"%.0f\"><title>",
            LEFT + PLOT + 10, base + 10, LEFT + PLOT + 10, base + 10);
    rp_html_text(fp, caption);
    fputs("</title>\n", fp);
    year_axis(fp, y0, y1, base);
    for (int t = 0; t <= 4; t++) {
        char amount[96], v[64];
        snprintf(v, sizeof v, "%.3g", top * t / 4);
        rp_format_amount(amount, sizeof amount, v, NULL);
        double y = base - h * t / 4;
        fprintf(fp, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", LEFT, y, LEFT + PLOT, y);
        fprintf(fp, "<text class=\"amount\" x=\"%.1f\" y=\"%.1f\">%s</text>\n", LEFT - 6, y + 4, amount);
    }
    /* actual figures joined by a line, in time order (claims are sorted by date) */
    fputs("<polyline class=\"trend\" points=\"", fp);
    int first = 1;
    for (size_t i = 0; i < claims->len; i++) {
        const rp_claim *c = RP_AT(g->claims, RP_IDX(*claims, i));
        if (c->status && strcmp(c->status, "Actual") == 0) {
            fprintf(fp, "%s%.1f,%.1f", first ? "" : " ", x_at(c->x, y0, y1), base - h * c->y / top);
            first = 0;
        }
    }
    fputs("\"/>\n", fp);
    for (size_t i = 0; i < claims->len; i++) {
        size_t ci = (size_t)RP_IDX(*claims, i);
        const rp_claim *c = g->claims.items[ci];
        claim_point(fp, g, ci, x_at(c->x, y0, y1), base - h * c->y / top);
    }
    fputs("\n</svg>\n", fp);
}
