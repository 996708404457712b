/*
 * report_html.c - writes the page of `newsgraph report` from the model
 * (report.h): one HTML file with its style, charts (report_svg.c) and a
 * few lines of script inline, so that it reads offline and prints.
 *
 * Everything from the graph goes through rp_html_text. Rows have ids
 * ("e-3" an event, "c-12" a claim, "a-5" an article) that the charts and
 * the other tables link to; they are indices into the sorted model, so
 * the same graph gives the same page.
 */
#include "newsgraph.h"
#include "ns.h"
#include "report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void rp_html_text(FILE *fp, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", fp); break;
        case '<': fputs("&lt;", fp); break;
        case '>': fputs("&gt;", fp); break;
        case '"': fputs("&quot;", fp); break;
        case '\'': fputs("&#39;", fp); break;
        default:
            /* control characters are not allowed in HTML text */
            if ((unsigned char)*s >= 0x20 || *s == '\n' || *s == '\t')
                fputc(*s, fp);
        }
    }
}

/* An article's URL as an href: http and https only (a "javascript:" URL
 * would run), with every byte outside URI syntax percent-encoded. */
static int write_url(FILE *fp, const char *url)
{
    if (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0)
        return 0;
    static const char safe[] = "-._~:/?#[]@!$&'()*+,;=%";
    fputs("<a href=\"", fp);
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if (*p == '&')
            fputs("&amp;", fp);
        else if (*p == '\'')
            fputs("%27", fp);
        else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                 strchr(safe, *p))
            fputc(*p, fp);
        else
            fprintf(fp, "%%%02X", *p);
    }
    fputs("\">", fp);
    return 1;
}

static const char style[] =
    "body{font:15px/1.45 system-ui,sans-serif;color:#1b1b1b;margin:0 auto;max-width:1000px;padding:0 1em}"
    "h1{font-size:1.6em;margin:.8em 0 .2em}h2{margin-top:1.6em;border-bottom:2px solid #ccd}"
    "h3{margin:1.2em 0 .3em}nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}"
    "table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}"
    "th,td{border-bottom:1px solid #dde;padding:.25em .45em;text-align:left;vertical-align:top}"
    "th{background:#f1f2f7}td.num{text-align:right;white-space:nowrap}td.d,td.sources{white-space:nowrap}caption{text-align:left;font-weight:600}"
    "figure{margin:.6em 0}figcaption{font-size:.92em}svg{max-width:100%;height:auto;display:block;margin:.4em 0}svg text{font:12px sans-serif;fill:#333}"
    "svg .year{font-weight:600}svg .amount{text-anchor:end}svg .grid{stroke:#ccd;stroke-width:1}"
    "svg .band{fill:#fff}svg .band.odd{fill:#f4f5fa}"
    "svg .mark circle,svg .mark rect{stroke-width:2}"
    "svg .meeting circle{fill:#1f5fa8;stroke:#1f5fa8}svg .meeting.Remote circle{fill:#fff}"
    "svg .meeting.unknown circle{fill:#9db8d9}svg .forum rect{fill:#b5541c;stroke:#b5541c}"
    "svg .forum.Remote rect{fill:#fff}"
    "svg .trend{fill:none;stroke:#1f7a3a;stroke-width:2}svg .point circle{stroke:#1f7a3a;stroke-width:2}"
    "svg .point.actual circle{fill:#1f7a3a}svg .point.target circle{fill:#fff;stroke:#8a5a00}"
    "svg a:focus circle,svg a:hover circle,svg a:focus rect,svg a:hover rect{stroke:#000;stroke-width:3}"
    ".legend{display:flex;flex-wrap:wrap;gap:.2em 1.4em;padding:0;list-style:none;font-size:.9em}"
    ".legend svg{display:inline;vertical-align:middle;margin:0}"
    "q{font-style:italic}.muted{color:#666}tr:target{background:#fff6c8}"
    "@media print{.noprint{display:none}body{max-width:none}a{color:inherit;text-decoration:none}"
    "h2{break-after:avoid}tr,svg{break-inside:avoid}}";

/* Hides the table rows that do not contain what is typed, or what the
 * page's address asks for (report.html?q=Minsk); without script every row
 * shows. */
static const char script[] =
    "(function(){var f=document.getElementById('filter');if(!f)return;"
    "function apply(){var q=f.value.toLowerCase();"
    "var rows=document.querySelectorAll('table.filterable tbody tr');"
    "for(var i=0;i<rows.length;i++){var r=rows[i];"
    "r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)<0;}}"
    "f.addEventListener('input',apply);"
    "var m=/[?&]q=([^&]*)/.exec(location.search);"
    "if(m){f.value=decodeURIComponent(m[1].replace(/\\+/g,' '));apply();}})();";

static void link_article(FILE *fp, const rp_graph *g, int a)
{
    const rp_article *art = RP_AT(g->articles, a);
    fprintf(fp, "<a href=\"#a-%d\">", a);
    rp_html_text(fp, art->date ? art->date : art->file);
    if (art->outlet) {
        fputc(' ', fp);
        rp_html_text(fp, art->outlet);
    }
    fputs("</a>", fp);
}

static void sources_cell(FILE *fp, const rp_graph *g, const ng_vec *sources)
{
    fputs("<td class=\"sources\">", fp);
    for (size_t k = 0; k < sources->len; k++) {
        fputs(k ? "; " : "", fp);
        link_article(fp, g, RP_IDX(*sources, k));
    }
    fputs("</td>", fp);
}

static void people_list(FILE *fp, const rp_graph *g, const ng_vec *people)
{
    for (size_t k = 0; k < people->len; k++) {
        fputs(k ? ", " : "", fp);
        rp_html_text(fp, rp_label(g, RP_PERSONS, RP_IDX(*people, k)));
    }
}

/* "PrimeMinister" -> "Prime Minister". */
static void camel_words(FILE *fp, const char *s)
{
    for (const char *p = s; p && *p; p++) {
        if (p != s && *p >= 'A' && *p <= 'Z')
            fputc(' ', fp);
        rp_html_text(fp, (char[]){*p, 0});
    }
}

static void cell(FILE *fp, const char *s)
{
    fputs("<td>", fp);
    rp_html_text(fp, s);
    fputs("</td>", fp);
}

static void date_cell(FILE *fp, const char *s)
{
    fputs("<td class=\"d\">", fp);
    rp_html_text(fp, s);
    fputs("</td>", fp);
}

static void table_head(FILE *fp, const char *id, const char *caption, const char *const *cols)
{
    fprintf(fp, "<table class=\"filterable\" id=\"%s\"><caption>%s</caption>\n<thead><tr>", id, caption);
    for (; *cols; cols++)
        fprintf(fp, "<th scope=\"col\">%s</th>", *cols);
    fputs("</tr></thead>\n<tbody>\n", fp);
}

/* ------------------------------------------------------------------ */
/* Sections                                                            */
/* ------------------------------------------------------------------ */

static size_t count_shown(const ng_vec *v, size_t offset)
{
    size_t n = 0;
    for (size_t i = 0; i < v->len; i++)
        n += *(int *)((char *)v->items[i] + offset) != 0;
    return n;
}

static void header(FILE *fp, const rp_graph *g)
{
    fputs("<header>\n<h1>", fp);
    rp_html_text(fp, g->title);
    fputs("</h1>\n<p>Made by newsgraph " NG_VERSION " from ", fp);
    rp_html_text(fp, g->source_desc);
    size_t meetings = 0, forums = 0;
    for (size_t i = 0; i < g->events.len; i++) {
        const rp_event *e = g->events.items[i];
        meetings += e->shown && !e->forum;
        forums += e->shown && e->forum;
    }
    fprintf(fp, ". It shows %zu meetings, %zu forums, %zu economic claims and %zu offices, "
                "of %zu people, from %zu articles.",
            meetings, forums, count_shown(&g->claims, offsetof(rp_claim, shown)),
            count_shown(&g->positions, offsetof(rp_position, shown)),
            count_shown(&g->persons, offsetof(rp_person, shown)), count_shown(&g->articles, offsetof(rp_article, shown)));
    if (g->region || g->person || g->from || g->to) {
        fputs(" Only what concerns", fp);
        if (g->person) {
            fputs(" the person ", fp);
            rp_html_text(fp, g->person);
        }
        if (g->region) {
            fputs(g->person ? " and the place " : " the place ", fp);
            rp_html_text(fp, g->region);
        }
        if (!g->person && !g->region)
            fputs(" the years", fp);
        if (g->from)
            fprintf(fp, " from %d", g->from);
        if (g->to)
            fprintf(fp, " to %d", g->to);
        fputc('.', fp);
    }
    fputs("</p>\n<nav aria-label=\"Sections\"><ul>"
          "<li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#contacts\">Who met whom</a></li>"
          "<li><a href=\"#claims\">Claims by region</a></li><li><a href=\"#forums\">Forums</a></li>"
          "<li><a href=\"#offices\">Offices</a></li><li><a href=\"#sources\">Sources</a></li></ul></nav>\n"
          "<p class=\"noprint\"><label for=\"filter\">Show only table rows containing</label> "
          "<input id=\"filter\" type=\"search\"></p>\n</header>\n",
          fp);
}

static void legend(FILE *fp)
{
    fputs("<ul class=\"legend\">"
          "<li><svg class=\"key\" width=\"14\" height=\"14\" aria-hidden=\"true\"><g class=\"mark meeting InPerson\">"
          "<circle cx=\"7\" cy=\"7\" r=\"5\"/></g></svg> meeting in person</li>"
          "<li><svg class=\"key\" width=\"14\" height=\"14\" aria-hidden=\"true\"><g class=\"mark meeting Remote\">"
          "<circle cx=\"7\" cy=\"7\" r=\"5\"/></g></svg> remote meeting (call, video link)</li>"
          "<li><svg class=\"key\" width=\"14\" height=\"14\" aria-hidden=\"true\"><g class=\"mark meeting unknown\">"
          "<circle cx=\"7\" cy=\"7\" r=\"5\"/></g></svg> meeting, mode not reported</li>"
          "<li><svg class=\"key\" width=\"14\" height=\"14\" aria-hidden=\"true\"><g class=\"mark forum unknown\">"
          "<rect x=\"2\" y=\"2\" width=\"10\" height=\"10\"/></g></svg> forum</li></ul>\n",
          fp);
}

static void event_row(FILE *fp, const rp_graph *g, size_t i)
{
    const rp_event *e = g->events.items[i];
    fprintf(fp, "<tr id=\"e-%zu\">", i);
    date_cell(fp, e->date ? e->date : "not reported");
    fputs("<td>", fp);
    if (e->forum) {
        rp_html_text(fp, e->label ? e->label : "Forum");
        if (e->edition)
            fprintf(fp, ", edition %d", atoi(e->edition));
    } else
        fputs("Meeting", fp);
    fputs("</td><td>", fp);
    people_list(fp, g, &e->participants);
    fputs("</td>", fp);
    cell(fp, rp_label(g, RP_PLACES, e->location));
    cell(fp, !e->mode ? "" : strcmp(e->mode, "Remote") == 0 ? "remote" : "in person");
    sources_cell(fp, g, &e->sources);
    fputs("</tr>\n", fp);
}

static void timeline(FILE *fp, const rp_graph *g)
{
    fputs("<section id=\"timeline\" aria-labelledby=\"h-timeline\">\n"
          "<h2 id=\"h-timeline\">Meetings and forums over time</h2>\n",
          fp);
    legend(fp);
    fputs("<figure><figcaption>By person: a row for each person who took part. "
          "Each mark links to the event and its sources below.</figcaption>\n",
          fp);
    rp_svg_timeline(fp, g, 0);
    fputs("</figure>\n<figure><figcaption>By region: a row for each region where the event took place "
          "or whose office holder took part.</figcaption>\n",
          fp);
    rp_svg_timeline(fp, g, 1);
    fputs("</figure>\n", fp);
    static const char *const cols[] = {"Date", "Event", "Who took part", "Where", "Mode", "Sources", NULL};
    table_head(fp, "events", "Every meeting and forum, by date", cols);
    for (size_t i = 0; i < g->events.len; i++)
        if (((rp_event *)g->events.items[i])->shown)
            event_row(fp, g, i);
    fputs("</tbody></table>\n</section>\n", fp);
}

/* ------------------------------------------------------------------ */
/* Who met whom                                                        */
/* ------------------------------------------------------------------ */

typedef struct {
    int a, b;
    ng_vec events;
} pair;

static int cmp_pair(const void *x, const void *y)
{
    const pair *p = *(pair *const *)x, *q = *(pair *const *)y;
    if (p->events.len != q->events.len)
        return p->events.len > q->events.len ? -1 : 1;
    return p->a != q->a ? (p->a > q->a) - (p->a < q->a) : (p->b > q->b) - (p->b < q->b);
}

static void collect_pairs(const rp_graph *g, ng_map *m, ng_vec *out)
{
    for (size_t i = 0; i < g->events.len; i++) {
        const rp_event *e = g->events.items[i];
        if (!e->shown || e->forum)
            continue;
        for (size_t j = 0; j < e->participants.len; j++)
            for (size_t k = j + 1; k < e->participants.len; k++) {
                char key[32];
                int a = RP_IDX(e->participants, j), b = RP_IDX(e->participants, k);
                int n = snprintf(key, sizeof key, "%d,%d", a, b);
                pair *p = ng_map_get(m, key, (size_t)n);
                if (!p) {
                    p = ng_xcalloc(1, sizeof *p);
                    p->a = a;
                    p->b = b;
                    ng_map_put(m, key, (size_t)n, p);
                    ng_vec_push(out, p);
                }
                ng_vec_push(&p->events, (void *)(intptr_t)i);
            }
    }
    if (out->len > 1)
        qsort(out->items, out->len, sizeof out->items[0], cmp_pair);
}

static void contacts(FILE *fp, const rp_graph *g)
{
    fputs("<section id=\"contacts\" aria-labelledby=\"h-contacts\">\n<h2 id=\"h-contacts\">Who met whom</h2>\n", fp);
    ng_map *m = ng_map_new();
    ng_vec pairs = {0};
    collect_pairs(g, m, &pairs);
    static const char *const cols[] = {"Person", "Met", "Meetings", "When", NULL};
    table_head(fp, "pairs", "Pairs of people who met, most meetings first", cols);
    for (size_t i = 0; i < pairs.len; i++) {
        pair *p = pairs.items[i];
        fputs("<tr>", fp);
        cell(fp, rp_label(g, RP_PERSONS, p->a));
        cell(fp, rp_label(g, RP_PERSONS, p->b));
        fprintf(fp, "<td class=\"num\">%zu</td><td>", p->events.len);
        for (size_t k = 0; k < p->events.len; k++) {
            size_t ev = (size_t)RP_IDX(p->events, k);
            const rp_event *e = g->events.items[ev];
            fprintf(fp, "%s<a href=\"#e-%zu\">", k ? ", " : "", ev);
            rp_html_text(fp, e->date ? e->date : "undated");
            fputs("</a>", fp);
            if (e->mode && strcmp(e->mode, "Remote") == 0)
                fputs(" (remote)", fp);
        }
        fputs("</td></tr>\n", fp);
        ng_vec_free(&p->events);
        free(p);
    }
    if (!pairs.len)
        fputs("<tr><td colspan=\"4\">No meeting with two named people.</td></tr>\n", fp);
    fputs("</tbody></table>\n</section>\n", fp);
    ng_vec_free(&pairs);
    ng_map_free(m);
}

/* ------------------------------------------------------------------ */
/* Claims by region                                                    */
/* ------------------------------------------------------------------ */

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static void claim_row(FILE *fp, const rp_graph *g, size_t ci)
{
    const rp_claim *c = g->claims.items[ci];
    char amount[96];
    rp_format_amount(amount, sizeof amount, c->value, c->unit);
    fprintf(fp, "<tr id=\"c-%zu\">", ci);
    cell(fp, c->period_label ? c->period_label : c->date ? c->date : "not stated");
    fputs("<td>", fp);
    camel_words(fp, c->indicator);
    fputs("</td>", fp);
    cell(fp, c->status && strcmp(c->status, "Actual") == 0 ? "actual" : "target");
    fputs("<td class=\"num\">", fp);
    if (c->qualifier && strcmp(c->qualifier, NG_QUALIFIER_EXACT) != 0) {
        camel_words(fp, c->qualifier);
        fputc(' ', fp);
    }
    rp_html_text(fp, amount);
    fputs("</td><td class=\"num\">", fp);
    if (c->change)
        fprintf(fp, "%+.4g%%", strtod(c->change, NULL));
    fputs("</td>", fp);
    cell(fp, rp_label(g, RP_PERSONS, c->speaker));
    fputs("<td><q>", fp);
    rp_html_text(fp, c->quote);
    fputs("</q></td><td class=\"sources\">", fp);
    if (c->article >= 0)
        link_article(fp, g, c->article);
    fputs("</td></tr>\n", fp);
}

/* The chart of the claims [from, to) of one group that share indicator
 * and unit; undated ones are in the table only. */
static void claims_chart(FILE *fp, const rp_graph *g, size_t from, size_t to)
{
    ng_vec pts = {0};
    for (size_t i = from; i < to; i++) {
        const rp_claim *c = g->claims.items[i];
        if (c->shown && c->x != 0 && c->value)
            ng_vec_push(&pts, (void *)(intptr_t)i);
    }
    if (pts.len) {
        const rp_claim *c = g->claims.items[from];
        ng_buf cap;
        ng_buf_init(&cap);
        ng_buf_printf(&cap, "%s: ", c->group);
        const char *ind = c->indicator ? c->indicator : "Indicator";
        for (const char *p = ind; *p; p++) {
            if (p != ind && *p >= 'A' && *p <= 'Z')
                ng_buf_addc(&cap, ' ');
            ng_buf_addc(&cap, *p);
        }
        ng_buf_printf(&cap, " in %s. Actual figures joined by a line; targets as open marks.",
                      c->unit ? c->unit : "no unit");
        fputs("<figure><figcaption>", fp);
        rp_html_text(fp, cap.data);
        fputs("</figcaption>\n", fp);
        rp_svg_claims(fp, g, &pts, cap.data);
        fputs("</figure>\n", fp);
        ng_buf_free(&cap);
    }
    ng_vec_free(&pts);
}

static void claims_group(FILE *fp, const rp_graph *g, size_t from, size_t to, int n)
{
    const rp_claim *first = g->claims.items[from];
    fprintf(fp, "<h3 id=\"r-%d\">", n);
    rp_html_text(fp, first->group);
    fputs("</h3>\n", fp);
    for (size_t i = from; i < to;) {
        size_t j = i;
        const rp_claim *c = g->claims.items[i];
        while (j < to && same_str(((rp_claim *)g->claims.items[j])->indicator, c->indicator) &&
               same_str(((rp_claim *)g->claims.items[j])->unit, c->unit))
            j++;
        claims_chart(fp, g, i, j);
        i = j;
    }
    static const char *const cols[] = {"Period", "Indicator", "Status", "Amount", "Change", "Speaker", "Quote",
                                       "Source", NULL};
    fprintf(fp, "<table class=\"filterable\"><caption>Claims about ");
    rp_html_text(fp, first->group);
    fputs("</caption>\n<thead><tr>", fp);
    for (const char *const *col = cols; *col; col++)
        fprintf(fp, "<th scope=\"col\">%s</th>", *col);
    fputs("</tr></thead>\n<tbody>\n", fp);
    for (size_t i = from; i < to; i++)
        if (((rp_claim *)g->claims.items[i])->shown)
            claim_row(fp, g, i);
    fputs("</tbody></table>\n", fp);
}

static void claims(FILE *fp, const rp_graph *g)
{
    fputs("<section id=\"claims\" aria-labelledby=\"h-claims\">\n<h2 id=\"h-claims\">Economic claims by region</h2>\n"
          "<p>Figures as the articles state them, in the unit they give; a target is what someone said a figure "
          "would or should reach.</p>\n",
          fp);
    int groups = 0;
    for (size_t i = 0; i < g->claims.len;) {
        const rp_claim *c = g->claims.items[i];
        size_t j = i, shown = 0;
        while (j < g->claims.len && strcmp(((rp_claim *)g->claims.items[j])->group, c->group) == 0)
            shown += ((rp_claim *)g->claims.items[j++])->shown != 0;
        if (shown)
            claims_group(fp, g, i, j, groups++);
        i = j;
    }
    if (!groups)
        fputs("<p>No economic claim.</p>\n", fp);
    fputs("</section>\n", fp);
}

/* ------------------------------------------------------------------ */
/* Forums, offices, sources                                            */
/* ------------------------------------------------------------------ */

/* Forums by name, then edition (as a number), then date. */
static int forum_before(const rp_event *a, const rp_event *b)
{
    int c = strcmp(a->label ? a->label : "", b->label ? b->label : "");
    if (!c)
        c = (a->edition ? atoi(a->edition) : 0) - (b->edition ? atoi(b->edition) : 0);
    return c ? c < 0 : strcmp(a->date ? a->date : "~", b->date ? b->date : "~") < 0;
}

static void contracts_cell(FILE *fp, const rp_graph *g, const rp_event *e)
{
    fputs("<td>", fp);
    for (size_t k = 0; k < e->contracts.len; k++) {
        size_t ci = (size_t)RP_IDX(e->contracts, k);
        const rp_claim *c = g->claims.items[ci];
        char amount[96];
        rp_format_amount(amount, sizeof amount, c->value, c->unit);
        fputs(k ? "<br>" : "", fp);
        if (c->shown)
            fprintf(fp, "<a href=\"#c-%zu\">", ci);
        rp_html_text(fp, amount);
        fputs(c->shown ? "</a>" : "", fp);
        fputs(": <q>", fp);
        rp_html_text(fp, c->quote);
        fputs("</q>", fp);
    }
    fputs("</td>", fp);
}

static void forums(FILE *fp, const rp_graph *g)
{
    fputs("<section id=\"forums\" aria-labelledby=\"h-forums\">\n<h2 id=\"h-forums\">Forums by edition</h2>\n", fp);
    ng_vec order = {0};
    for (size_t i = 0; i < g->events.len; i++) {
        const rp_event *e = g->events.items[i];
        if (!e->shown || !e->forum)
            continue;
        size_t at = order.len;   /* insertion: a few dozen forums at most */
        ng_vec_push(&order, NULL);
        while (at > 0 && forum_before(e, g->events.items[RP_IDX(order, at - 1)])) {
            order.items[at] = order.items[at - 1];
            at--;
        }
        order.items[at] = (void *)(intptr_t)i;
    }
    static const char *const cols[] = {"Forum", "Edition", "Date", "Where", "Who took part", "Contracts reported",
                                       "Sources", NULL};
    table_head(fp, "forum-table", "Forums, with the contracts the articles reporting them state", cols);
    for (size_t k = 0; k < order.len; k++) {
        size_t i = (size_t)RP_IDX(order, k);
        const rp_event *e = g->events.items[i];
        fprintf(fp, "<tr><td><a href=\"#e-%zu\">", i);
        rp_html_text(fp, e->label ? e->label : "Forum");
        fputs("</a></td><td class=\"num\">", fp);
        if (e->edition)
            fprintf(fp, "%d", atoi(e->edition));
        fputs("</td>", fp);
        date_cell(fp, e->date ? e->date : "not reported");
        cell(fp, rp_label(g, RP_PLACES, e->location));
        fputs("<td>", fp);
        people_list(fp, g, &e->participants);
        fputs("</td>", fp);
        contracts_cell(fp, g, e);
        sources_cell(fp, g, &e->sources);
        fputs("</tr>\n", fp);
    }
    if (!order.len)
        fputs("<tr><td colspan=\"7\">No forum.</td></tr>\n", fp);
    fputs("</tbody></table>\n</section>\n", fp);
    ng_vec_free(&order);
}

static void offices(FILE *fp, const rp_graph *g)
{
    fputs("<section id=\"offices\" aria-labelledby=\"h-offices\">\n<h2 id=\"h-offices\">Offices held</h2>\n", fp);
    static const char *const cols[] = {"Person", "Office", "Of", "First reported", "Last reported", "Sources", NULL};
    table_head(fp, "office-table", "Who holds which office, by person, as the articles say", cols);
    size_t n = 0;
    for (size_t i = 0; i < g->positions.len; i++) {
        const rp_position *p = g->positions.items[i];
        if (!p->shown)
            continue;
        n++;
        fputs("<tr>", fp);
        cell(fp, p->holder >= 0 ? rp_label(g, RP_PERSONS, p->holder) : "unknown");
        fputs("<td>", fp);
        camel_words(fp, p->type);
        fputs("</td>", fp);
        cell(fp, rp_label(g, RP_PLACES, p->jurisdiction));
        date_cell(fp, p->first);
        date_cell(fp, p->last);
        sources_cell(fp, g, &p->sources);
        fputs("</tr>\n", fp);
    }
    if (!n)
        fputs("<tr><td colspan=\"6\">No office.</td></tr>\n", fp);
    fputs("</tbody></table>\n</section>\n", fp);
}

static void sources(FILE *fp, const rp_graph *g)
{
    fputs("<section id=\"sources\" aria-labelledby=\"h-sources\">\n<h2 id=\"h-sources\">Sources</h2>\n", fp);
    static const char *const cols[] = {"Date", "Outlet", "Title", "File", NULL};
    table_head(fp, "source-table", "Every article the page draws on, by date", cols);
    for (size_t i = 0; i < g->articles.len; i++) {
        const rp_article *a = g->articles.items[i];
        if (!a->shown)
            continue;
        fprintf(fp, "<tr id=\"a-%zu\">", i);
        date_cell(fp, a->date ? a->date : "not known");
        cell(fp, a->outlet ? a->outlet : "not known");
        fputs("<td>", fp);
        int linked = a->url && write_url(fp, a->url);
        rp_html_text(fp, a->title ? a->title : "(no title)");
        fputs(linked ? "</a></td>" : "</td>", fp);
        cell(fp, a->file);
        fputs("</tr>\n", fp);
    }
    fputs("</tbody></table>\n</section>\n", fp);
}

int rp_write_html(FILE *fp, const rp_graph *g)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"newsgraph " NG_VERSION "\">\n<title>",
          fp);
    rp_html_text(fp, g->title);
    fprintf(fp, "</title>\n<style>%s</style>\n</head>\n<body>\n", style);
    header(fp, g);
    fputs("<main>\n", fp);
    timeline(fp, g);
    contacts(fp, g);
    claims(fp, g);
    forums(fp, g);
    offices(fp, g);
    sources(fp, g);
    fprintf(fp, "</main>\n<script>%s</script>\n</body>\n</html>\n", script);
    return ferror(fp) ? -1 : 0;
}
