"""Property tests: normalize never raises, is idempotent, and spans stay inside the input."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govtext.normalize import DecodeError, normalize
from conftest import SEEDS

SEED_TEXT = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
# characters that make normalization do something: seed text, chrome words, glosses, punctuation
ALPHABET = sorted(set(SEED_TEXT)) + list("()（）:：\n \xa0\u3000?？āǎ著陜乾關們")
pieces = st.one_of(
    st.text(alphabet=ALPHABET, max_size=30),
    st.sampled_from(["關(guān)", "們(men)", "(zh", "手机版\n", "关闭\n", "时间:2024-02-22\n", "来源:某网\n",
                     "编辑:某某\n", "【资料图】", "\n\n\n", "  \n", "點擊數:", "发布时间:2022-05-25来源:玉溪网\n"]),
    st.text(max_size=10),
)
documents = st.lists(pieces, max_size=12).map("".join)
settings.register_profile("ci", max_examples=int(__import__("os").environ.get("GOVTEXT_EXAMPLES", 150)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


@given(st.text())
def test_normalize_never_raises_on_any_str(text):
    normalize(text)


@given(documents)
def test_normalize_is_idempotent(text):
    once = normalize(text).text
    assert normalize(once).text == once


@given(documents)
def test_original_span_lands_inside_the_input(text):
    doc = normalize(text)
    n = len(doc.text)
    for start in range(0, n + 1, max(1, n // 7)):
        for end in (start, min(n, start + 1), min(n, start + 5), n):
            s, e = doc.original_span(start, end)
            assert 0 <= s <= e <= len(doc.original)


@given(documents)
def test_repairs_lie_inside_the_input_and_say_what_they_replaced(text):
    doc = normalize(text)
    for r in doc.repairs:
        assert 0 <= r.start <= r.end <= len(doc.original)
        assert doc.original[r.start:r.end] == r.before


@given(st.binary(max_size=200))
def test_bytes_raise_only_decode_error(data):
    try:
        normalize(data)
    except DecodeError:
        pass


@given(documents)
def test_each_character_maps_back_to_itself_when_nothing_was_repaired(text):
    doc = normalize(text)
    if doc.script != "simplified" or doc.repairs:
        return
    for i, ch in enumerate(doc.text):
        s, e = doc.original_span(i, i + 1)
        assert doc.original[s:e] == ch


def _corpus_lines():
    import csv

    from conftest import CORPUS

    lines = []
    for path in sorted((CORPUS / "provincial").glob("*/*/*政府工作报告.csv"))[:8]:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                lines.extend(line for line in row["full_text"].split("\n") if len(line) > 20)
    return lines


CLEAN_LINES = _corpus_lines()


@given(st.lists(st.sampled_from(CLEAN_LINES), min_size=1, max_size=4), st.booleans())
def test_no_repair_on_clean_chinese_text(lines, traditional):
    import opencc

    text = "\n".join(lines)
    if traditional:
        text = opencc.OpenCC("s2t").convert(text)
    assert normalize(text).repairs == []


def _damaged_pieces():
    import json

    from conftest import CORPUS

    with open(CORPUS / "mojibake" / "simulated.jsonl", encoding="utf-8") as fh:
        text = "".join(json.loads(line)["damaged"] for line in fh)
    return [text[i:i + 60] for i in range(0, 30000, 37)]


DAMAGED = _damaged_pieces()


@given(st.lists(st.sampled_from(DAMAGED), min_size=1, max_size=3).map("".join), st.integers(0, 20))
def test_damaged_text_normalizes_idempotently_with_spans_inside(text, cut):
    text = text[cut:]
    doc = normalize(text)
    assert normalize(doc.text).text == doc.text
    for r in doc.repairs:
        assert 0 <= r.start <= r.end <= len(text) and text[r.start:r.end] == r.before
