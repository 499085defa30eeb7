from govtext.extract.meta import read_bylines, read_date, read_meta, read_outlet
from govtext.normalize import normalize
from govtext.record import Byline
from conftest import seed_path


def meta_of(prefix):
    doc = normalize(seed_path(prefix).read_bytes())
    return read_meta(doc.text, doc.title)


def test_seed_000_fields():
    m = meta_of("000")
    assert m.title == "峨山县奋力开创高质量发展新局面"
    assert m.date == "2022-05-25"
    assert m.outlet == "玉溪网"
    assert m.bylines == [Byline("记者", "宋蝶"), Byline("通讯员", "曹文学")]


def test_seed_004_fields():
    m = meta_of("004")
    assert (m.title, m.date, m.outlet, m.bylines) == ("锤炼作风 夯实高质量发展“硬保障”", "2024-02-22", "群众新闻网", [])


def test_seed_002_byline_outlet_and_no_date():
    m = meta_of("002")
    assert (m.title, m.date, m.outlet) == (None, None, "临报融媒")
    assert m.bylines == [Byline("记者", "化强"), Byline("通讯员", "庄琳"), Byline("通讯员", "田宝宗"),
                         Byline("通讯员", "袁诚茂"), Byline("通讯员", "于彦滨")]


def test_seed_003_benbao_is_no_outlet():
    m = meta_of("003")
    assert (m.title, m.date, m.outlet) == (None, None, None)
    assert m.bylines == [Byline("通讯员", "赵家婷"), Byline("通讯员", "代绪刚")]


def test_seed_001_bylines_after_repair():
    m = meta_of("001")
    assert m.bylines == [Byline("记者", "关前裕"), Byline("通讯员", "郭军"), Byline("通讯员", "张清")]
    assert (m.title, m.date, m.outlet) == (None, None, "极目新闻")


def test_event_dates_are_no_publication_date():
    assert read_date("2月27日讯 记者从县委获悉，2023年3月1日起实行新规。") is None


def test_dated_document_and_chinese_numerals():
    assert read_date("政府工作报告\n——2020年12月27日在县第十八届人民代表大会第五次会议上\n各位代表：") == "2020-12-27"
    assert read_date("报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n") == "2026-01-27"


def test_header_datetime_and_label_on_its_own_line():
    assert read_date("标题\n2017-11-01 09:50:24 来源:某网\n正文") == "2017-11-01"
    assert read_date("标题\n发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n") == "2026-02-09"
    assert read_outlet("标题\n发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n") == "宁夏日报客户端"


def test_photo_credit_is_no_byline():
    assert read_bylines("王正谱作政府工作报告。本报记者 霍艳恩摄\n正文")[0] == []
    assert read_bylines("本报记者 霍艳恩 摄")[0] == []


def test_byline_with_editor_stops_at_editor():
    bylines, outlet = read_bylines("正文。\n（记者 张三 编辑 李四）")
    assert bylines == [Byline("记者", "张三")] and outlet is None


def test_byline_with_colons_and_names_separated_by_spaces():
    assert read_bylines("记者：张三 李四\n通讯员: 王五")[0] == [
        Byline("记者", "张三"), Byline("记者", "李四"), Byline("通讯员", "王五")]
