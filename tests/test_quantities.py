"""SPEC §4 rule by rule, on sentences from the seeds and the dev excerpts."""
import pytest

from govtext.extract.quantities import extract_quantities
from govtext.extract.slogans import extract_slogans
from govtext.segment import Doc


def quantities(text, *fields):
    doc = Doc(text)
    doc.results["slogans"] = extract_slogans(doc)
    fields = fields or ("text", "value", "unit")
    return [tuple(getattr(q, f) for f in fields) for q in extract_quantities(doc)]


@pytest.mark.parametrize("text, expected", [
    ("投资30.37亿元", [("30.37亿元", 3037000000, "元")]),
    ("增长7.9%", [("7.9%", 7.9, "%")]),
    ("400多名优秀年轻干部", [("400多名", 400, "名")]),
    ("1.4万余人", [("1.4万余人", 14000, "人")]),
    ("9.35万张“沉睡卡”", [("9.35万张", 93500, "张")]),
    ("是过去的两倍", [("两倍", 2, "倍")]),
    ("高于全省平均水平2.2个百分点", [("2.2个百分点", 2.2, "百分点")]),
    ("干部57岁", [("57岁", 57, "岁")]),
    ("排名上升4位", [("4位", 4, "位")]),
    ("八成以上", [("八成以上", 8, "成")]),
    ("迈上万亿元台阶", [("万亿元", 1000000000000, "元")]),
    ("近千亿元", [("近千亿元", 100000000000, "元")]),
    ("三千余人", [("三千余人", 3000, "人")]),
    ("千把块", [("千把块", 1000, "块")]),
    ("总量148亿", [("148亿", 14800000000, None)]),
    ("8211万千瓦", [("8211万千瓦", 82110000, "千瓦")]),
    ("796元/月", [("796元/月", 796, "元/月")]),
    ("3.8万套（间）", [("3.8万套（间）", 38000, "套（间）")]),
])
def test_spans_values_and_units(text, expected):
    assert quantities(text) == expected


def test_prefixes_inside_and_verbs_outside():
    assert quantities("约70人、近500户、不少于3个", "text", "approx") == [
        ("约70人", "about"), ("近500户", "about"), ("不少于3个", "more")]
    assert quantities("均超10万元", "text", "approx") == [("10万元", "more")]
    assert quantities("突破300亿元", "text", "approx") == [("300亿元", "more")]
    assert quantities("项目签约3543亿元", "text", "approx") == [("3543亿元", None)]


def test_ranges():
    doc = Doc("每组3-5名，选派1至2个")
    got = [(q.text, q.value, q.max) for q in extract_quantities(doc)]
    assert got == [("3-5名", 3, 5), ("1至2个", 1, 2)]


def test_suffix_qualifiers_and_approx():
    assert quantities("120家以上、3%左右、10万元以下", "text", "approx") == [
        ("120家以上", "more"), ("3%左右", "about"), ("10万元以下", "less")]


@pytest.mark.parametrize("text", [
    "4月18日", "一季度", "上半年", "2019年度", "6分钟", "两个月", "连续6年", "150多天", "一年来", "两个季度",
    "75周年", "第2名", "前三名", "1:2", "几百米", "4A级", "千亿级", "G355", "6大类", "8强村", "二期工程",
])
def test_exclusions(text):
    assert quantities(text) == []


def test_numbers_in_slogans_are_excluded():
    assert quantities("以“四个行动”为抓手") == []


def test_article_one_and_frequencies():
    assert quantities("一张“红黑榜”格外引人注目") == []
    assert quantities("仅一个") == [("仅一个", 1, "个")] or quantities("仅一个") == [("一个", 1, "个")]
    assert quantities("每半年一次", "text") == [("一次",)]
    assert quantities("往返两次", "text") == [("两次",)]
    assert quantities("开展1次", "text") == [("1次",)]


def test_kind_estimate_governs_its_clause_and_later_rates():
    text = "2022年一季度全县生产总值预计完成30.37亿元,同比增长7.9%;规模以上固定资产投资预计完成29.3亿元,同步增长19.4%。"
    assert quantities(text, "text", "kind", "year") == [
        ("30.37亿元", "estimate", 2022), ("7.9%", "estimate", 2022),
        ("29.3亿元", "estimate", 2022), ("19.4%", "estimate", 2022)]
    assert quantities("预计完成投资5亿元,引进招商项目95个。", "text", "kind") == [
        ("5亿元", "estimate"), ("95个", "actual")]


def test_kind_target_governs_later_clauses():
    text = "2023年力争培育市场主体10000户、进规纳限企业120家以上，完成投资220亿元以上。"
    assert quantities(text, "text", "kind", "year") == [
        ("10000户", "target", 2023), ("120家以上", "target", 2023), ("220亿元以上", "target", 2023)]


def test_kind_anchor_cancels_a_cue():
    assert quantities("计划投资10亿元，目前已完成8亿元。", "text", "kind") == [("10亿元", "target"), ("8亿元", "actual")]


def test_kind_change_words_govern_directly():
    assert quantities("地区生产总值增长5.2%和6.1%", "text", "kind") == [("5.2%", "change"), ("6.1%", "change")]
    assert quantities("新增上市公司5家、新三板挂牌企业9家", "text", "kind") == [("5家", "change"), ("9家", "change")]
    assert quantities("城镇新增就业75.7万人", "text", "kind") == [("75.7万人", "change")]
    assert quantities("增长超12倍", "text", "kind") == [("12倍", "change")]


def test_kind_levels_gaps_and_names_are_no_change():
    assert quantities("常住人口城镇化率提高到84%", "text", "kind") == [("84%", "actual")]
    assert quantities("增至82万辆，占比达到45%", "text", "kind") == [("82万辆", "actual"), ("45%", "actual")]
    assert quantities("高于全省平均水平2.2个百分点", "text", "kind") == [("2.2个百分点", "actual")]
    assert quantities("服务业增加值占比达54%", "text", "kind") == [("54%", "actual")]
    assert quantities("人均预期寿命达79.5岁", "text", "kind") == [("79.5岁", "actual")]


def test_year_rules():
    assert quantities("2024年12月18日，王元收到167.3元退款。", "text", "year") == [("167.3元", 2024)]
    assert quantities("比2015年增加38个", "text", "year") == [("38个", None)]
    assert quantities("2023年以来，今年新增12个", "text", "year") == [("12个", None)]
    assert quantities("年均增长5.2%（2021年）", "text", "year") == [("5.2%", None)]
    assert quantities("评出18个2023年度先进县", "text", "year") == [("18个", 2023)]
