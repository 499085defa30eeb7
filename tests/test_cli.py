import json
import subprocess
import sys

import pytest

from govtext.cli import main
from conftest import SEEDS, read_jsonl, seed_path


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "govtext", *args], capture_output=True, text=True, **kw)


def test_version_and_help_on_every_command():
    assert run("--version").stdout.startswith("govtext ")
    for cmd in ([], ["extract"], ["normalize"]):
        res = run(*cmd, "--help")
        assert res.returncode == 0 and "usage: govtext" in res.stdout


def test_extract_seeds_gives_five_records_with_ids_from_file_names(seed_records):
    assert sorted(r["id"] for r in seed_records) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(r["source"].endswith(r["id"] + ".txt") for r in seed_records)


def test_extract_to_stdout_and_summary_on_stderr():
    res = run("extract", str(seed_path("004")))
    assert res.returncode == 0
    (rec,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert rec["date"] == "2024-02-22"
    assert "1 documents, 1 records, 0 errors" in res.stderr


def test_jsonl_input_fills_title_date_url_and_meta(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "p1", "text": "各位代表：\n报告正文。", "title": "政府工作报告",
                               "date": "2026-02-02", "url": "http://x", "province": "北京市"},
                              ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    rec, err = read_jsonl(out)
    assert (rec["id"], rec["title"], rec["date"], rec["url"], rec["meta"]) == (
        "p1", "政府工作报告", "2026-02-02", "http://x", {"province": "北京市"})
    assert err["id"] == "in:2" and err["error"]["kind"] == "input"


def test_page_fields_win_over_input_fields(tmp_path):
    src = tmp_path / "in.jsonl"
    text = "锤炼作风\n时间:2024-02-22  来源:群众新闻网\n\n正文。"
    src.write_text(json.dumps({"id": "a", "text": text, "date": "2030-01-01", "title": "别的"},
                              ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    main(["extract", str(src), "-o", str(out), "-q"])
    (rec,) = read_jsonl(out)
    assert (rec["title"], rec["date"]) == ("锤炼作风", "2024-02-22")


def test_undecodable_and_empty_files_become_error_records(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("正文。", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    main(["extract", str(tmp_path), "-o", str(out), "-q"])
    by_id = {r["id"]: r for r in read_jsonl(out)}
    assert by_id["blob"]["error"]["kind"] == "decode"
    assert by_id["empty"]["error"]["kind"] == "empty"
    assert by_id["ok"]["text"] == "正文。"


def test_same_name_in_two_folders_gets_relative_path_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(f"正文{sub}。", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    main(["extract", str(tmp_path), "-o", str(out), "-q"])
    assert sorted(r["id"] for r in read_jsonl(out)) == ["a/x", "b/x"]


def test_gbk_and_big5_files_are_decoded(tmp_path):
    (tmp_path / "g.txt").write_bytes("峨山县开展擂台赛。".encode("gbk"))
    (tmp_path / "b.txt").write_bytes("峨山縣開展擂臺賽。".encode("big5"))
    out = tmp_path / "o.jsonl"
    main(["extract", str(tmp_path), "-o", str(out), "-q"])
    texts = {r["id"]: r["text"] for r in read_jsonl(out)}
    assert texts == {"g": "峨山县开展擂台赛。", "b": "峨山县开展擂台赛。"}


def test_csv_input_with_bom_and_full_text_column(tmp_path):
    src = tmp_path / "r.csv"
    src.write_bytes("\ufeffprovince,year,title,source_url,publish_date,full_text\n"
                    "北京市,2026,2026年北京市政府工作报告,http://u,2026-02-02,\"各位代表：\n正文。\"\n".encode("utf-8"))
    out = tmp_path / "o.jsonl"
    main(["extract", str(src), "-o", str(out), "-q"])
    (rec,) = read_jsonl(out)
    assert (rec["id"], rec["date"], rec["title"], rec["url"]) == ("r:1", "2026-02-02", "2026年北京市政府工作报告", "http://u")
    assert rec["meta"] == {"province": "北京市", "year": "2026"}


def test_normalize_explain_lists_repairs(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("開展關(guān)於擂臺賽", encoding="utf-8")
    res = run("normalize", str(src), "--explain")
    assert res.stdout.splitlines()[0] == "开展关于擂台赛"
    assert "pinyin_annotation [2:9] '關(guān)' -> '关'" in res.stdout


def test_normalize_of_binary_file_fails_cleanly(tmp_path):
    src = tmp_path / "a.bin"
    src.write_bytes(b"\x00\xff")
    res = run("normalize", str(src))
    assert res.returncode == 1 and "binary" in res.stderr


@pytest.mark.parametrize("missing", ["nope.txt"])
def test_missing_path_is_an_error_record(tmp_path, missing):
    out = tmp_path / "o.jsonl"
    main(["extract", str(tmp_path / missing), "-o", str(out), "-q"])
    (err,) = read_jsonl(out)
    assert err["error"]["kind"] == "io"
