import json

import jsonschema
import pytest

from govtext.record import (Byline, County, Document, ErrorRecord, Mechanism, Quantity, Record, Repair,
                            Slogan, json_schema, record_from_dict)
from conftest import read_jsonl


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json_schema())


def full_record() -> Record:
    return Record(
        id="000", source="corpus/seeds/000.txt", title="标题", date="2022-05-25", outlet="玉溪网",
        bylines=[Byline("记者", "宋蝶")],
        county=County("峨山彝族自治县", "530426", "云南省", "玉溪市"),
        script="simplified", text="开展四个行动和红黑榜,新增10000户",
        repairs=[Repair("pinyin_annotation", 12, 20, "關(guān)", "关", 1.0)],
        slogans=[Slogan("四个行动", "numbered", 4, "行动", [], 2, 6)],
        mechanisms=[Mechanism("红黑榜", "ranking", 7, 10)],
        quantities=[Quantity("10000户", 10000, "户", None, "actual", None, None, 13, 19),
                    Quantity("3-5名", 3, "名", None, "actual", None, None, 0, 0, max=5)],
        url="http://example.org/a", meta={"province": "云南省"},
    )


def test_round_trip():
    rec = full_record()
    assert Record.from_dict(json.loads(json.dumps(rec.to_dict()))) == rec


def test_to_dict_has_every_spec_field_and_optional_ones_only_when_set(validator):
    d = full_record().to_dict()
    assert d["schema"] == "govtext/1"
    assert "max" not in d["quantities"][0] and d["quantities"][1]["max"] == 5
    assert "verified" not in d["repairs"][0]
    validator.validate(d)
    bare = Record(id="x").to_dict()
    assert "url" not in bare and "meta" not in bare
    validator.validate(bare)


def test_error_record(validator):
    err = ErrorRecord("a", "decode", "not text", "a.txt")
    d = err.to_dict()
    assert d == {"schema": "govtext/1", "id": "a", "error": {"kind": "decode", "message": "not text"},
                 "source": "a.txt"}
    validator.validate(d)
    assert record_from_dict(d) == err
    with pytest.raises(ValueError):
        Record.from_dict(d)


def test_schema_rejects_bad_items(validator):
    d = full_record().to_dict()
    d["mechanisms"][0]["type"] = "praise"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(d)


def test_document_coerce_splits_known_fields_from_meta():
    doc = Document.coerce({"id": "p1", "text": "正文", "date": "2026-02-02", "url": "u", "province": "北京市"})
    assert (doc.id, doc.date, doc.url, doc.meta) == ("p1", "2026-02-02", "u", {"province": "北京市"})


def test_seed_records_are_valid_and_spans_hold(seed_records, validator):
    assert len(seed_records) == 5
    for d in seed_records:
        validator.validate(d)
        rec = Record.from_dict(d)
        for _, item in rec.spans():
            assert rec.text[item.start:item.end] == item.text


def test_dev_records_are_valid(tmp_path, validator):
    from govtext.io import read_paths
    from govtext.pipeline import Pipeline
    from conftest import DEV

    records = list(Pipeline().pipe(read_paths([DEV / "excerpts.jsonl"])))
    assert len(records) == len(read_jsonl(DEV / "excerpts.jsonl"))
    for rec in records:
        validator.validate(rec.to_dict())
