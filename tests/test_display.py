"""HTML evidence view: every highlight is the record's item; the report is self-contained."""
from html.parser import HTMLParser

from govtext.cli import main
from govtext.display import render, render_page
from govtext.record import Record


class Marks(HTMLParser):
    """(kind, text) of every <mark>, nested ones included."""

    def __init__(self):
        super().__init__()
        self.stack, self.found, self.external = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self.stack.append([attrs.get("data-kind"), ""])
        for key in ("src", "href"):
            if attrs.get(key, "#").split(":")[0] in ("http", "https", "//"):
                self.external.append(attrs[key])

    def handle_endtag(self, tag):
        if tag == "mark":
            self.found.append(tuple(self.stack.pop()))

    def handle_data(self, data):
        for entry in self.stack:
            entry[1] += data


def test_every_highlight_is_the_records_item(seed_records):
    for d in seed_records:
        rec = Record.from_dict(d)
        parser = Marks()
        parser.feed(render(rec))
        got = sorted(f for f in parser.found if f[0] != "repair")
        items = [("slogan", s.text) for s in rec.slogans] + [("mechanism", m.text) for m in rec.mechanisms] + \
                [("quantity", q.text) for q in rec.quantities]
        # nested spans are all shown; only spans crossing another are left out
        assert set(got) <= set(items) and len(got) >= 0.95 * len(items)


def test_text_is_escaped_and_the_page_self_contained(tmp_path, seed_records):
    rec = Record(id="<x>", text="<script>alert(1)</script>开展擂台赛")
    assert "<script>" not in render(rec)
    out = tmp_path / "out.jsonl"
    out.write_text("\n".join(__import__("json").dumps(d, ensure_ascii=False) for d in seed_records), encoding="utf-8")
    assert main(["render", str(out), "-o", str(tmp_path / "r.html")]) == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    parser = Marks()
    parser.feed(page)
    assert parser.external == [] and page.count('class="gt-doc"') == 5 and 'gt-index' in page
    assert all(f'href="#{d["id"]}"' in page for d in seed_records)


def test_jupyter_shows_records_as_html(seed_records):
    rec = Record.from_dict(seed_records[0])
    assert rec._repr_html_() == render(rec)
    assert "data-tip=" in render_page([rec])


def test_repairs_are_marked_in_the_text(seed_records):
    rec = Record.from_dict(next(d for d in seed_records if d["id"].startswith("001")))
    parser = Marks()
    parser.feed(render(rec))
    repairs = [text for kind, text in parser.found if kind == "repair"]
    assert "记者 " in repairs and len(repairs) >= 0.9 * len([r for r in rec.repairs if r.after.strip()])
