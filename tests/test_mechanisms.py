"""SPEC §3 rule by rule, on sentences from the seeds and the dev excerpts."""
import pytest

from govtext.extract.mechanisms import extract_mechanisms
from govtext.extract.slogans import extract_slogans
from govtext.segment import Doc


def mechanisms(text):
    doc = Doc(text)
    doc.results["slogans"] = extract_slogans(doc)
    return [(m.text, m.type) for m in extract_mechanisms(doc)]


def test_rule1_numbered_formulation_ending_in_a_term():
    assert ("三级干部擂台赛", "contest") in mechanisms("以县级干部、科级干部、村(社区)干部“三级干部擂台赛”为载体")
    assert mechanisms("对照“三张清单”抓落实") == [("三张清单", "checklist")]


def test_rule1_exclusions():
    assert mechanisms("开展“五项机制”建设") == []


def test_rule2_quotation_with_a_term_is_one_mention_and_later_occurrences_too():
    text = "开展了乡(镇、街道)“书记擂台赛”第一期活动。“书记擂台赛正是通过各乡(镇、街道)的思想碰撞。"
    assert mechanisms(text) == [("书记擂台赛", "contest"), ("书记擂台赛", "contest")]
    assert mechanisms("以“小小积分”激活干事拼搏") == [("小小积分", "evaluation")]


def test_rule2_names_ending_in_project_words_are_excluded():
    assert mechanisms("开展“擂台比武活动”") == [("擂台比武", "contest")]


def test_rule3_leftmost_longest_and_modifiers():
    assert mechanisms("实现责任层层传导、工作闭环管理") == [("工作闭环", "supervision")]
    assert mechanisms("将日常工作量化打分,纳入年终考评") == [("量化打分", "evaluation"), ("年终考评", "evaluation")]
    assert mechanisms("每月“龙虎榜”成绩纳入全县高质量发展综合绩效考核") == [
        ("龙虎榜", "ranking"), ("综合绩效考核", "evaluation")]


def test_rule3_date_guard_level_words_and_offices():
    assert mechanisms("3月考核结果") == []
    assert mechanisms("县级部门擂台赛") == [("擂台赛", "contest")]
    assert mechanisms("加强干部考核") == []
    assert mechanisms("县委督查室") == []
    assert mechanisms("建立红黑榜制度") == [("红黑榜", "ranking")]


def test_rule3_meeting_terms_take_no_modifier_and_ranking_absorbs_praise():
    assert mechanisms("召开现场协调推进会") == [("协调推进会", "meeting")]
    assert mechanisms("通过分类设榜、打擂比武、授旗表扬等形式") == [
        ("分类设榜", "ranking"), ("打擂比武", "contest"), ("授旗表扬", "ranking")]
    assert mechanisms("召开工作推进会议") == [("推进会议", "meeting")]


def test_rule4_joining_and_the_type_of_the_last_term():
    assert mechanisms("成立观摩督查组") == [("观摩督查", "supervision")]
    assert mechanisms("通过政务APP和工作群打卡签到、积分排名") == [("打卡签到", "supervision"), ("积分排名", "ranking")]
    assert mechanisms("配强专班帮包队伍") == [("专班", "assignment"), ("帮包", "assignment")]
    assert mechanisms("举办比看现场会") == [("比看", "contest"), ("现场会", "meeting")]
    assert mechanisms("列入了党员积分量化考核") == [("积分量化考核", "evaluation")]


def test_rule5_generic_alone_and_ranking_positions():
    assert mechanisms("考核结果运用") == []
    assert mechanisms("在比拼中提升") == []
    assert mechanisms("排名靠前的乡镇") == []
    assert mechanisms("区域创新能力全国排名提升4位") == [("排名", "ranking")]
    assert mechanisms("连续16年排名世界第一") == []


def test_terms_across_word_boundaries_are_no_mention():
    assert mechanisms("城市、县城建成区面积分别提高8.3%") == []


def test_n_point_systems():
    assert mechanisms("搞“千分制”甚至“双千分制”“三千分制”考核") == [
        ("千分制", "evaluation"), ("双千分制", "evaluation"), ("三千分制", "evaluation")]


@pytest.mark.parametrize("text", ["开展比赛和评选", "建立领导小组", "设立擂台", "初赛表彰"])
def test_unlisted_words_are_no_mention(text):
    assert mechanisms(text) == []


def test_extra_terms_through_the_pipeline():
    from govtext.pipeline import Pipeline

    text = "开展揭榜比拼活动"
    assert [m.text for m in Pipeline()(text).mechanisms] == []
    rec = Pipeline(mechanism_terms={"contest": ["揭榜比拼"]})(text)
    assert [(m.text, m.type) for m in rec.mechanisms] == [("揭榜比拼", "contest")]
    with pytest.raises(ValueError):
        Pipeline(mechanism_terms={"praise": ["表扬榜"]})("开展表扬榜")
