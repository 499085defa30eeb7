"""SPEC §2 rule by rule, on sentences from the seeds and the dev excerpts."""
from govtext.extract.slogans import extract_slogans, is_formulation, number_and_head
from govtext.segment import Doc


def slogans(text, kind=None):
    return [(s.text, s.kind, s.number, s.head, s.components) for s in extract_slogans(Doc(text))
            if kind is None or s.kind == kind]


def numbered(text):
    return [s[0] for s in slogans(text, "numbered")]


def quoted(text):
    return [s[0] for s in slogans(text, "quoted")]


# --- numbered: naming signals -------------------------------------------------

def test_whole_quotation_and_several_parts_in_one():
    assert numbered("坚持“四集中、两服务”工作法") == ["四集中、两服务"]
    assert numbered("打造“一主四优多支撑”产业体系") == ["一主四优多支撑"]


def test_inside_a_quotation_from_numeral_to_separator():
    assert numbered("坚决扛起“践行八八战略”的使命") == ["八八战略"]
    assert numbered("开展“平阳擂台·六比竞赛”") == ["六比竞赛"]


def test_same_string_quoted_elsewhere():
    text = "“四个行动”由县委推动。“红黑榜”是落实四个行动的举措。"
    assert numbered(text) == ["四个行动", "四个行动"]


def test_head_signal_without_quotes():
    assert numbered("设置七项战略行动、重点工业项目") == ["七项战略行动"]
    assert numbered("开展百日攻坚，实施城市更新三年行动计划") == ["百日攻坚"]


def test_exclusions():
    assert numbered("开展十项“擂台赛”") == []          # numeral outside the quotes
    assert numbered("建设五大基地") == []                # unquoted N大
    assert numbered("落实“一把手”责任") == []            # 一 as the only numeral
    assert numbered("“十四五”时期") == []                # a period
    assert numbered("村“两委”干部") == []                # an organisation
    assert numbered("实行“千分制”考核") == []            # N分制
    assert numbered("以“店小二”式服务") == []            # a numeral only at the end


def test_number_and_head():
    assert number_and_head("突围九问") == (9, "问")
    assert number_and_head("门前三包") == (3, "包")
    assert number_and_head("百日攻坚") == (100, "攻坚")
    assert number_and_head("四包机制") == (4, "包机制")
    assert number_and_head("一二三五") == (1, None)
    assert number_and_head("50+") == (50, None)
    assert number_and_head("三级干部擂台赛") == (3, "干部擂台赛")


def test_formulation_shapes():
    assert is_formulation("四看四听四送四叮咛") and is_formulation("1+N") and is_formulation("77789")
    assert not is_formulation("第一期") and not is_formulation("8强村") and not is_formulation("2030")


# --- components ---------------------------------------------------------------

def test_components_list_before_with_leading_word_cut():
    text = "以强基固本、能力提升、作风整顿、创先争优“四个行动”为抓手"
    assert slogans(text)[0][4] == ["强基固本", "能力提升", "作风整顿", "创先争优"]


def test_components_qualifier_of_the_whole_list_is_cut():
    text = "随着“三级干部擂台赛”的开展,峨山县县级干部、科级干部、村(社区)干部纷纷站上擂台"
    assert slogans(text)[0][4] == ["县级干部", "科级干部", "村(社区)干部"]


def test_components_one_member_per_clause():
    text = ("“四个行动”由县委高位推动,以“强基固本”行动强组织;以“能力提升”行动强本领;"
            "以“作风整顿”行动强作风;以“创先争优”行动强担当。")
    assert slogans(text, "numbered")[0][4] == ["强基固本", "能力提升", "作风整顿", "创先争优"]


def test_components_list_after_and_glossary():
    assert slogans("推行“四包机制”，县级领导包解难题、审批部门包办手续、责任单位包抓进度、业务骨干包联服务。")[0][4] == [
        "县级领导包解难题", "审批部门包办手续", "责任单位包抓进度", "业务骨干包联服务"]
    assert slogans("“两重”：国家重大战略实施和重点领域安全能力建设。")[0][4] == [
        "国家重大战略实施", "重点领域安全能力建设"]


def test_components_only_when_as_many_as_number():
    assert slogans("推进拆迁、安置“三个一”工作")[0][4] == []


# --- quoted -----------------------------------------------------------------

def test_parallel_parts_and_campaign_names():
    assert slogans("营造‘比学赶超,争创一流’的氛围")[0][1:] == ("quoted", None, None, ["比学赶超", "争创一流"])
    assert quoted("开展“项目建设年”活动") == ["项目建设年"]
    assert quoted("实施“人工智能+”行动") == ["人工智能+"]


def test_verb_phrase_of_four_to_fifteen_characters():
    assert quoted("开展“沿着总书记足迹看变化悟思想”实践研学") == ["沿着总书记足迹看变化悟思想"]
    assert quoted("推动“高效办成一件事”落地见效") == ["高效办成一件事"]


def test_three_character_phrases_only_as_pairs():
    assert quoted("商南县以“当下改”促“长久立”") == ["当下改", "长久立"]
    assert quoted("练就“打头阵”的金刚钻") == []


def test_speech_names_mechanisms_and_nouns_are_excluded():
    assert quoted("“这是大家共同努力的结果。”书记说。") == []
    assert quoted("他表示：“要把工作做实做细”") == []
    assert quoted("实施“转追”工程和“最强党支部”评选") == []
    assert quoted("开展“打擂攻坚”") == []
    assert quoted("时刻保持“赶考”意识和“答卷”心态") == []
    assert quoted("搞“政绩工程”“面子工程”“新形象工程”等行为") == []
    assert quoted("精简“文、会、事”") == []


def test_motto_nested_in_speech_counts():
    text = "“在全县掀起‘事争一流、唯旗是夺’的热潮。”书记说。"
    assert quoted(text) == ["事争一流、唯旗是夺"]
