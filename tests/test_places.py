"""County detection (SPEC §1) with the gazetteer."""
from govtext.extract.gazetteer import data_version, gazetteer
from govtext.extract.places import choose_county, extract_places
from govtext.segment import Doc


def county(text):
    doc = Doc(text)
    c = choose_county(doc, extract_places(doc))
    return None if c is None else (c.name, c.adcode, c.province, c.city)


def test_short_and_autonomous_forms_resolve_to_the_official_name():
    text = "峨山县开展擂台赛。峨山县委要求……峨山上下齐心。"
    assert county(text) == ("峨山彝族自治县", "530426", "云南省", "玉溪市")
    assert county("察右中旗召开推进会。察右中旗各苏木……") == ("察哈尔右翼中旗", "150927", "内蒙古自治区", "乌兰察布市")


def test_recent_codes():
    assert county("申扎县开展擂台赛，申扎县各乡镇……") == ("申扎县", "540625", "西藏自治区", "那曲市")


def test_towns_count_for_their_county_when_unique():
    assert county("岔河乡政府门前，一张红黑榜。岔河乡这张红黑榜……") == ("峨山彝族自治县", "530426", "云南省", "玉溪市")


def test_half_as_many_and_upper_levels_veto():
    assert county("竹溪县、竹山县开展比武。竹溪县……") is None
    assert county("陕西省召开推进会，陕西各地……石泉县池河镇五爱村") is None


def test_province_administered_and_municipality_cities():
    assert county("仙桃市召开推进会。仙桃市各部门……") == ("仙桃市", "429004", "湖北省", None)
    assert county("海淀区召开推进会。海淀区各街道……") == ("海淀区", "110108", "北京市", "北京市")


def test_names_inside_words_do_not_count():
    assert county("获批创建国家乡村振兴示范县") is None
    assert extract_places(Doc("全县村居和县直部门")) == []


def test_gazetteer_provenance():
    assert "2025-12-31" in data_version()
    assert gazetteer().units["371323"].name == "沂水县"
