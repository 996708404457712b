"""Checks the DOM of a newsgraph report (as Chromium dumps it) against
counts taken from the graph with SPARQL.

    dom_check.py DOM.html EXPECTED.json
    dom_check.py --filter TEXT DOM.html


EXPECTED holds the counts: person_marks, events, event_sources, pairs,
claims, min_points, forums, offices, articles. With --filter, the DOM is
of the page opened as report.html?q=TEXT: the rows of the tables that
contain TEXT show, and only those. Prints one line per check,
"ok - ..." or "not ok - ...", and exits 1 when one fails."""
import json
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []          # open elements: (tag, attrs)
        self.ids = set()
        self.links = []          # (href, enclosing ids)
        self.counts = {}
        self.external = []
        self.rows = []           # [hidden, text] of each filterable table row

    def where(self):
        return [a.get("id") for _, a in self.stack if a.get("id")]

    def bump(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        inside = self.where()
        if a.get("id"):
            self.ids.add(a["id"])
        if "src" in a or tag in ("link", "iframe", "object", "embed"):
            self.external.append((tag, a))
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
            if "timeline-person" in inside:
                self.bump("person_marks")
            if "events" in inside and a["href"].startswith("#a-"):
                self.bump("event_sources")
            if any(t == "svg" and "claims" in x.get("class", "").split() for t, x in self.stack):
                self.bump("points")
        if tag == "tr" and any(t == "tbody" for t, _ in self.stack):
            for table in ("events", "pairs", "forum-table", "office-table", "source-table"):
                if table in inside:
                    self.bump(table)
            if a.get("id", "").startswith("c-"):
                self.bump("claims")
            if any(t == "table" and "filterable" in x.get("class", "").split() for t, x in self.stack):
                self.rows.append(["hidden" in a, ""])
        if tag not in ("br", "meta", "input", "circle", "rect", "line", "polyline", "img"):
            self.stack.append((tag, a))

    def handle_data(self, data):
        if self.rows and any(t == "tr" for t, _ in self.stack):
            self.rows[-1][1] += data

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break


def check_filter(text, path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    q = text.lower()
    shown = [t for hidden, t in page.rows if not hidden]
    wrong = [t for hidden, t in page.rows if hidden == (q in t.lower())]
    ok = shown and len(shown) < len(page.rows) and not wrong
    print(("ok" if ok else "not ok") + f" - ?q={text}: {len(shown)} of {len(page.rows)} rows show, each with it"
          + ("" if ok else f": {len(wrong)} rows wrong, e.g. {wrong[:1]}"))
    return 0 if ok else 1


def main():
    if sys.argv[1] == "--filter":
        return check_filter(sys.argv[2], sys.argv[3])
    page = Page()
    with open(sys.argv[1], encoding="utf-8") as f:
        page.feed(f.read())
    with open(sys.argv[2], encoding="utf-8") as f:
        want = json.load(f)
    got = page.counts
    failed = 0

    def check(name, ok, detail=""):
        nonlocal failed
        print(("ok" if ok else "not ok") + " - " + name + ("" if ok else ": " + detail))
        failed += not ok

    pairs = [("person_marks", "person_marks"), ("events", "events"), ("event_sources", "event_sources"),
             ("pairs", "pairs"), ("claims", "claims"), ("forums", "forum-table"),
             ("offices", "office-table"), ("articles", "source-table")]
    for key, dom_key in pairs:
        check(f"{key}: {got.get(dom_key, 0)} in the page, {want[key]} in the graph",
              got.get(dom_key, 0) == want[key], f"page {got.get(dom_key, 0)}, graph {want[key]}")
    points = got.get("points", 0)
    check(f"claim points: {points}, between {want['min_points']} and {want['claims']}",
          want["min_points"] <= points <= want["claims"])
    dangling = sorted({h for h in page.links if h.startswith("#") and h[1:] not in page.ids})
    check("every link inside the page has its target", not dangling, " ".join(dangling[:5]))
    check("nothing is loaded from elsewhere (no src, link, iframe)", not page.external, str(page.external[:3]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
