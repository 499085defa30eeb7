import pytest

from govtext.normalize import DecodeError, normalize
from govtext.normalize.boilerplate import drop_repeated_title, find_title, strip_boilerplate
from govtext.normalize.decode import decode
from govtext.normalize.pinyin_gloss import delete_glosses
from govtext.normalize.script import convert_script, detect_script
from govtext.normalize.whitespace import tidy_whitespace
from conftest import CORPUS, seed_path


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_clean_seeds_match_gold_text_exactly(prefix, gold_text):
    path = seed_path(prefix)
    doc = normalize(path.read_bytes())
    assert doc.text == gold_text[path.stem]
    assert doc.script == "simplified"
    assert doc.repairs == []


def test_original_span_maps_every_line_of_a_seed_back(gold_text):
    path = seed_path("004")
    doc = normalize(path.read_bytes())
    pos = 0
    for line in doc.text.split("\n"):
        s, e = doc.original_span(pos, pos + len(line))
        assert doc.original[s:e] == line
        pos += len(line) + 1


# --- decoding -------------------------------------------------------------

def test_decode_utf8_with_and_without_bom():
    assert decode("中国".encode("utf-8")) == ("中国", "utf-8")
    assert decode("\ufeff中国".encode("utf-8"))[0] == "中国"


def test_decode_gbk_and_big5_seed_text():
    text = seed_path("000").read_text(encoding="utf-8")
    assert decode(text.encode("gb18030")) == (text, "gb18030")
    trad = "我們的擂臺賽與紅黑榜，關於幹部作風建設的討論。"
    assert decode(trad.encode("big5")) == (trad, "big5hkscs")
    assert decode("县委".encode("gbk")) == ("县委", "gb18030")  # charset-normalizer says Big5 here


def test_undecodable_bytes_raise_decode_error_saying_where():
    with pytest.raises(DecodeError) as info:
        normalize(b"\x00\x01\x02 binary")
    assert info.value.position == 0 and "binary" in str(info.value)
    with pytest.raises(DecodeError) as info:
        normalize("正文".encode("utf-8") + b"\xff\xfe\x80")
    assert "offset 6" in str(info.value)


# --- script ---------------------------------------------------------------

def test_t2s_once_with_the_zhe_rule():
    text, _, script = convert_script("他看著這份著名的著作，著力改變著面貌。陜西")
    assert script == "traditional"
    assert text == "他看着这份著名的著作，着力改变着面貌。陕西"


def test_simplified_text_is_never_converted_again():
    assert detect_script("乾县的发展，著名的乾隆") == "simplified"
    assert normalize("乾县和乾隆").text == "乾县和乾隆"


def test_mixed_script_is_converted():
    assert detect_script("我們开展擂台赛") == "mixed"
    assert normalize("我們开展擂臺賽").text == "我们开展擂台赛"


# --- glosses ----------------------------------------------------------------

def test_pinyin_glosses_are_deleted_but_not_other_parentheses():
    text, edits = delete_glosses("關(guān)於村(社区)干部(图片由通讯员提供)我們(men)(a)")
    assert text == "關於村(社区)干部(图片由通讯员提供)我們(a)"
    assert [e.kind for e in edits] == ["pinyin_annotation", "pinyin_annotation"]


def test_truncated_gloss_at_the_end():
    assert delete_glosses("乡(镇(zh")[0] == "乡(镇"


def test_a_gloss_cut_off_by_the_footer_is_deleted_once_the_footer_is_gone():
    # traditional text: the footer (关闭 on) is recognised only once converted, after the
    # repairs ran; the gloss it leaves at the new end is repaired in the next round
    doc = normalize("縣委召開會議\n\n推進鄉(鎮(zh\n關閉\n版權所有 某某網")
    assert doc.text == "县委召开会议\n\n推进乡(镇"
    assert [r.kind for r in doc.repairs] == ["pinyin_annotation"]
    assert normalize(doc.text).text == doc.text


def test_gloss_repair_is_reported_in_original_offsets():
    doc = normalize("开展關(guān)於")
    (r,) = doc.repairs
    assert (r.kind, r.start, r.end, r.before, r.after) == ("pinyin_annotation", 2, 9, "關(guān)", "关")
    assert doc.text == "开展关于"


# --- boilerplate ------------------------------------------------------------

def test_provincial_widget_header_and_title():
    page = ("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年北京市政府工作报告\n"
            "——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n来源：北京日报\n时间：2026-02-02\n"
            "各位代表：\n现在，我代表北京市人民政府报告工作。\n相关报道：")
    doc = normalize(page)
    assert doc.title == "2026年北京市政府工作报告"
    assert doc.text.startswith("2026年北京市政府工作报告\n——2026年1月25日")
    assert "下载" not in doc.text and "相关报道" not in doc.text


def test_footer_is_cut_from_close_on_and_editor_lines_go():
    page = "标题\n发布时间:2022-05-25来源:玉溪网\n\n正文。\n编辑:陶晓兰   审核:\n\n关闭\n主办:某单位"
    assert normalize(page).text == "标题\n发布时间:2022-05-25来源:玉溪网\n\n正文。"


def test_inline_chrome_and_placeholder_lines():
    page = "正文一。【资料图】\n???\n正文二(图片由通讯员提供)\n关键词: 作风建设 科技创新"
    assert normalize(page).text == "正文一。\n正文二"


def test_byline_with_editor_in_parentheses_is_kept():
    page = "正文。\n(记者 张三 编辑 李四)"
    assert normalize(page).text == page


def test_title_prefix_and_repeated_title():
    page = "实时:锤炼作风 夯实高质量发展\n时间:2024-02-22\n正文。\n锤炼作风 夯实高质量发展\n正文二。"
    doc = normalize(page)
    assert doc.title == "锤炼作风 夯实高质量发展"
    assert doc.text == "锤炼作风 夯实高质量发展\n时间:2024-02-22\n正文。\n正文二。"


def test_repeated_title_part_and_traditional_twin():
    text, edits = drop_repeated_title("标题第一行很长的标题\n正文\n标题第一行很长\n標題第一行很長的標題\n",
                                      "标题第一行很长的标题", "標題第一行很長的標題")
    assert text == "标题第一行很长的标题\n正文\n"
    assert len(edits) == 2


def test_find_title_needs_a_dateline():
    assert find_title("只有正文。\n第二段。") is None


def test_strip_boilerplate_returns_edits_that_replay():
    from govtext.offsets import apply_edits

    page = (CORPUS / "seeds").glob("004_*.txt").__next__().read_text(encoding="utf-8")
    text, edits, title = strip_boilerplate(page)
    assert apply_edits(page, edits) == text
    assert title == "锤炼作风 夯实高质量发展“硬保障”"


# --- whitespace -------------------------------------------------------------

def test_whitespace_keeps_indentation_and_nbsp():
    text, _ = tidy_whitespace("\n\n    标题\xa0\xa0来源  \r\n\n\n\n正文\u3000 \n\n")
    assert text == "    标题\xa0\xa0来源\n\n正文"


def test_empty_and_blank_input():
    assert normalize("").text == ""
    assert normalize(" \n\n\t").text == ""
    assert normalize(b"").text == ""
