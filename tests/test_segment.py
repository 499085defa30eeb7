import subprocess
import sys

import pytest

from govtext.segment import Doc, clauses, policy_words, segment, sentences


def test_policy_lexicon_has_at_least_300_words_and_the_brief_terms():
    words = set(policy_words())
    assert len(words) >= 300
    assert {"擂台赛", "红黑榜", "龙虎榜", "揭榜挂帅", "比学赶超", "乡村振兴", "专班"} <= words


@pytest.mark.parametrize("term", ["擂台赛", "红黑榜", "龙虎榜", "揭榜挂帅", "比学赶超", "乡村振兴", "专班"])
def test_policy_terms_stay_whole(term):
    assert term in segment(f"我县开展{term}工作，推动发展")


def test_segment_real_sentence():
    assert segment("通过分类设榜、打擂比武、授旗表扬等形式") == [
        "通过", "分类", "设榜", "、", "打擂比武", "、", "授旗", "表扬", "等", "形式"]


def test_import_govtext_loads_no_heavy_module():
    code = ("import sys, govtext; heavy = {'jieba', 'opencc', 'pandas', 'sklearn', 'dask', 'pypinyin'}"
            " & set(sys.modules); print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_extract_function_survives_subpackage_import():
    import govtext
    import govtext.extract.meta  # noqa: F401

    assert callable(govtext.extract) and govtext.extract.__module__ == "govtext"


def test_sentences_and_clauses_cover_real_text():
    text = "2022年一季度全县生产总值预计完成30.37亿元,同比增长7.9%;规模以上固定资产投资预计完成29.3亿元。\n下一段"
    assert [text[s:e] for s, e in sentences(text)] == [text.split("\n")[0], "下一段"]
    assert [text[s:e] for s, e in clauses(text)][:3] == [
        "2022年一季度全县生产总值预计完成30.37亿元,", "同比增长7.9%;", "规模以上固定资产投资预计完成29.3亿元。"]


def test_closing_quote_stays_with_its_sentence():
    text = "“这是大家共同努力的结果。”安居村书记说。"
    assert [text[s:e] for s, e in sentences(text)] == ["“这是大家共同努力的结果。”", "安居村书记说。"]


def test_doc_sentence_of():
    doc = Doc("第一句。第二句！")
    assert doc.sentence_of(5) == (4, 8)
    assert doc.clause_of(0) == (0, 4)


def test_rjieba_gives_jieba_tokens_on_the_whole_corpus():
    from conftest import CORPUS
    from govtext.segment.jieba_backend import fast_tokenizer, tokenizer
    import csv
    import json

    fast = fast_tokenizer()
    assert fast is not None, "rjieba is part of the test extra"
    texts = []
    for path in sorted((CORPUS / "provincial").glob("*/*/*政府工作报告.csv")):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            texts += [row["full_text"] for row in csv.DictReader(fh)]
    with open(CORPUS / "national" / "000000_全国" / "1954-2025" / "government_work_reports.jsonl",
              encoding="utf-8") as fh:
        texts += [json.loads(line)["content"] or "" for line in fh]
    for text in texts:
        assert fast.cut(text, False) == tokenizer().lcut(text, HMM=False)


def test_rjieba_filled_from_jiebas_dictionary_gets_jiebas_frequencies_and_tags():
    import jieba.posseg

    from govtext.extract.slogans import _tags
    from govtext.segment.jieba_backend import _fill
    from govtext.segment.lexicon import policy_words
    import rjieba

    import jieba

    tk = jieba.Tokenizer()  # a fresh one: other tests may have added words to the shared one
    tk.initialize()
    for word in policy_words():
        tk.add_word(word)
    _, given, _ = _fill(rjieba.Jieba.empty(), policy_words())
    assert given == {w: tk.FREQ[w] for w in policy_words()}
    tagger = jieba.posseg.POSTokenizer(tk)
    for text in ("以县级干部、乡科级干部为重点开展擂台赛", "收入实际增长4.4%，3家国家实验室",
                 "全面推行“红黑榜”通报制度", "T1000碳纤维和PM2.5浓度"):
        assert list(_tags(text)) == [(w.word, w.flag) for w in tagger.cut(text, HMM=False)]


def test_public_functions_survive_their_subpackages_being_imported():
    code = ("import govtext, govtext.normalize.script, govtext.segment.doc, govtext.pipeline; "
            "print(all(callable(f) for f in (govtext.normalize, govtext.segment, govtext.extract)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"
