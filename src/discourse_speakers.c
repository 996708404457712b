/*
 * discourse_speakers.c - the speaker policies of discourse.h: who states
 * each sentence's figures. Quotations and their attribution before or
 * after them, reporting verbs ("X said", "according to X"), interview
 * labels ("X: ...") and reported speech going on through a paragraph. The
 * verbs come from the lexicon classes "say-verb" and "according-to".
 */
#include "discourse.h"

#include <stdlib.h>
#include <string.h>

#define MAX_KEYS 32

static int person_at(const ng_mentions *m, size_t mi)
{
    const ng_mention *x = &m->items[mi];
    if (x->kind == NG_M_NAME || x->kind == NG_M_OFFICE || x->kind == NG_M_REF || x->kind == NG_M_PRONOUN)
        return x->person;
    return -1;
}

/* "X, Minister of State for Foreign Trade, said": only a title's
 * portfolio (capitalized words, their glue, commas) stands in [a, b). */
static int portfolio_between(const ng_kb *kb, const ng_tokens *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!(t->toks[i].kind == NG_TOK_WORD && (t->toks[i].flags & NG_TF_UPPER)) && !ng_tok_is(t, i, ',') &&
            !ng_lx_word(kb, NG_LX_PORTFOLIO_GLUE, t, i))
            return 0;
    return b - a <= 12;
}

/* The person reported as saying something in [a, b): "X said", "said X",
 * "according to X", "X hopes that". */
static int reporter_in(const ng_kb *kb, const ng_tokens *t, const ng_mentions *m, size_t a, size_t b,
                       int skip_quoted)
{
    size_t back = ng_kb_window(kb, NG_LW_SAY_SUBJECT_LOOKBACK), reach = ng_kb_window(kb, NG_LW_SAY_OBJECT_REACH);
    ng_kb_hit verbs[MAX_KEYS];
    size_t nv = ng_lx_find_all(kb, NG_LX_SAY_VERB, t, a, b, verbs, MAX_KEYS);
    for (size_t v = 0; v < nv; v++) {
        if (skip_quoted && (t->toks[verbs[v].start].flags & NG_TF_QUOTED))
            continue;
        /* subject before the verb, a few words back */
        size_t mi = ng_mentions_from(m, verbs[v].start);
        for (size_t k = mi; k > 0; k--) {
            const ng_mention *x = &m->items[k - 1];
            if ((x->tok_end + back < verbs[v].start && !portfolio_between(kb, t, x->tok_end, verbs[v].start)) ||
                x->tok_start < a)
                break;
            int p = person_at(m, k - 1);
            if (p >= 0 && !(skip_quoted && (t->toks[x->tok_start].flags & NG_TF_QUOTED)))
                return p;
        }
        /* or right after it: "said Alexander Drozdenko" */
        for (size_t k = ng_mentions_from(m, verbs[v].end); k < m->len; k++) {
            const ng_mention *x = &m->items[k];
            if (x->tok_start > verbs[v].end + reach || x->tok_start >= b)
                break;
            int p = person_at(m, k);
            if (p >= 0)
                return p;
        }
    }
    size_t at = 0, gap = ng_kb_window(kb, NG_LW_ACCORDING_TO_REACH);
    for (size_t i = a; i < b; i++)
        if ((at = ng_lx_match(kb, NG_LX_ACCORDING_TO, t, i, b, NULL)) != 0) {
            size_t k = ng_mentions_from(m, i + at);
            if (k < m->len && m->items[k].tok_start <= i + at + gap)
                return person_at(m, k);
        }
    return -1;
}

/* First and last token of every quotation, in one pass. */
static void quote_bounds(const ng_tokens *t, size_t nquotes, size_t *first, size_t *last)
{
    for (size_t q = 0; q <= nquotes; q++)
        first[q] = last[q] = (size_t)-1;
    for (size_t i = 0; i < t->ntok; i++) {
        size_t q = t->toks[i].quote;
        if (!q || q > nquotes)
            continue;
        if (first[q] == (size_t)-1)
            first[q] = i;
        last[q] = i;
    }
}

static size_t para_of_tok(const ng_doc *doc, size_t tok)
{
    size_t lo = 0, hi = doc->npara;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->paras[mid].tok_end <= tok)
            lo = mid + 1;
        else if (doc->paras[mid].tok_start > tok)
            hi = mid;
        else
            return mid;
    }
    return (size_t)-1;
}

/* An interview's answer opens with its speaker's name and a colon
 * ("Aleksandr Drozdenko: Last year we ..."): the paragraph is his. */
static int interview_label(const ng_mentions *m, const ng_tokens *t, size_t para_start)
{
    size_t k = ng_mentions_from(m, para_start);
    if (k >= m->len || m->items[k].tok_start != para_start || m->items[k].kind != NG_M_NAME)
        return -1;
    return ng_tok_is(t, m->items[k].tok_end, ':') ? m->items[k].person : -1;
}

/* A paragraph that opens with a dash ("- We have a very concrete
 * agenda"): an interview's question, when it ends with "?", or answer. */
static int dash_paragraph(const ng_doc *doc, const ng_para *p, int *question)
{
    if (p->kind != NG_PARA_BODY || p->end <= p->start)
        return 0;
    const char *s = doc->text + p->start;
    size_t n = p->end - p->start;
    int dash = s[0] == '-' || (n >= 3 && (memcmp(s, "\xe2\x80\x93", 3) == 0 || memcmp(s, "\xe2\x80\x94", 3) == 0));
    *question = doc->text[p->end - 1] == '?';
    return dash;
}

/* Who answers an interview told in dashed paragraphs: the person the
 * headline opens with before a colon ("Ivan Petrov: the region ..."), else
 * the first person named after lex:interview-cue in the body ("In an
 * interview with BelTA, the governor ..."); -1 when the article asks no
 * dashed question. */
static int interviewee(const ng_discourse *dc)
{
    const ng_doc *doc = dc->doc;
    const ng_mentions *m = dc->m;
    const ng_tokens *t = &doc->toks;
    int asked = 0, question = 0;
    for (size_t i = 0; i < doc->npara && !asked; i++)
        asked = dash_paragraph(doc, &doc->paras[i], &question) && question;
    if (!asked)
        return -1;
    for (size_t i = 0; i < doc->npara; i++) {
        const ng_para *p = &doc->paras[i];
        if (p->kind == NG_PARA_TITLE) {
            int who = interview_label(m, t, p->tok_start);
            if (who >= 0)
                return who;
        }
        if (p->kind != NG_PARA_BODY)
            continue;
        for (size_t k = p->tok_start; k < p->tok_end; k++) {
            size_t n = ng_lx_match(dc->kb, NG_LX_INTERVIEW_CUE, t, k, p->tok_end, NULL);
            if (!n)
                continue;
            for (size_t mi = ng_mentions_from(m, k + n); mi < m->len && m->items[mi].tok_start < p->tok_end; mi++)
                if (person_at(m, mi) >= 0)
                    return person_at(m, mi);
        }
    }
    return -1;
}

/* A direct quotation closes its speaker's words: the reporter's next
 * sentence is the reporter's own ("'...,' X said. Exports came to ..."),
 * while reported speech goes on ("X said that ... Exports came to ..."). */
static int quoted_in(const ng_tokens *t, const ng_sentence *sen)
{
    for (size_t k = sen->tok_start; k < sen->tok_end; k++)
        if (t->toks[k].quote)
            return 1;
    return 0;
}

void ng_dc_speakers_find(ng_dc_speakers *sp, const ng_discourse *dc)
{
    const ng_kb *kb = dc->kb;
    const ng_doc *doc = dc->doc;
    const ng_sentences *s = dc->s;
    const ng_mentions *m = dc->m;
    const ng_tokens *t = &doc->toks;
    sp->sentence = ng_xmalloc((s->len + 1) * sizeof(int));
    sp->nquotes = s->nquotes;
    sp->quote = ng_xmalloc((s->nquotes + 1) * sizeof(int));
    sp->running = ng_xmalloc((s->len + 1) * sizeof(int));
    int run = -1, answers = interviewee(dc), question = 0;
    for (size_t i = 0; i < s->len; i++) {
        sp->sentence[i] = reporter_in(kb, t, m, s->items[i].tok_start, s->items[i].tok_end, 1);
        if (i == 0 || s->items[i].para != s->items[i - 1].para) {
            run = interview_label(m, t, s->items[i].tok_start);
            /* "- Last year our trade grew ...": the interviewee's answer */
            if (run < 0 && answers >= 0 && dash_paragraph(doc, &doc->paras[s->items[i].para], &question) && !question)
                run = answers;
            if (sp->sentence[i] < 0)
                sp->sentence[i] = run;
        }
        sp->running[i] = run;
        if (sp->sentence[i] >= 0)
            run = quoted_in(t, &s->items[i]) ? -1 : sp->sentence[i];
    }
    size_t *firsts = ng_xmalloc((s->nquotes + 1) * sizeof(size_t));
    size_t *lasts = ng_xmalloc((s->nquotes + 1) * sizeof(size_t));
    quote_bounds(t, s->nquotes, firsts, lasts);
    int last = -1;
    size_t last_para = (size_t)-1;
    size_t attribution = ng_kb_window(kb, NG_LW_QUOTE_ATTRIBUTION_REACH);
    size_t lookback = ng_kb_window(kb, NG_LW_QUOTE_SPEAKER_LOOKBACK);
    for (size_t q = 1; q <= s->nquotes; q++) {
        size_t first = firsts[q], lastt = lasts[q];
        sp->quote[q] = -1;
        if (first == (size_t)-1)
            continue;
        size_t para = para_of_tok(doc, first);
        const ng_para *p = para == (size_t)-1 ? NULL : &doc->paras[para];
        if (!p)
            continue;
        /* after the closing quote: ', the President added.' */
        size_t close = lastt + 1, stop = close + attribution < p->tok_end ? close + attribution : p->tok_end;
        int who = reporter_in(kb, t, m, close, stop, 1);
        if (who < 0) {
            /* before the opening quote, in its sentence: 'X noted: "' */
            size_t si = ng_sentence_of(s, first > 0 ? first - 1 : 0);
            size_t from = si != (size_t)-1 ? s->items[si].tok_start : p->tok_start;
            if (from < p->tok_start)
                from = p->tok_start;
            for (size_t k = ng_mentions_from(m, first), seen = 0; k > 0 && seen < lookback; k--, seen++) {
                const ng_mention *x = &m->items[k - 1];
                if (x->tok_start < from)
                    break;
                if (t->toks[x->tok_start].flags & NG_TF_QUOTED)
                    continue;
                if ((who = person_at(m, k - 1)) >= 0)
                    break;
            }
        }
        /* a quotation that goes on a speaker's words of the same or the
         * previous paragraph */
        if (who < 0 && (para == last_para || (last_para != (size_t)-1 && para == last_para + 1 &&
                                                first == p->tok_start + 1)))
            who = last;
        sp->quote[q] = who;
        if (who >= 0) {
            last = who;
            last_para = para;
        }
    }
    free(firsts);
    free(lasts);
}

int ng_dc_speaker_for(const ng_dc_speakers *sp, size_t si, const ng_tokens *t, size_t tok)
{
    uint16_t q = t->toks[tok].quote;
    if (q && q <= sp->nquotes)
        return sp->quote[q];
    if (sp->sentence[si] >= 0)
        return sp->sentence[si];
    /* reported speech goes on through its paragraph */
    return sp->running[si];
}

void ng_dc_speakers_free(ng_dc_speakers *sp)
{
    free(sp->sentence);
    free(sp->running);
    free(sp->quote);
    memset(sp, 0, sizeof *sp);
}
