"""Batch extraction over archives: every document once, bad input as error records, resume."""
import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile

import pytest

import govtext
from govtext.cli import main
from conftest import DEV, SEEDS, read_jsonl


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The seeds plus every kind of bad input, in folders, a zip and a tar.gz."""
    root = tmp_path_factory.mktemp("archive")
    (root / "news" / "a").mkdir(parents=True)
    for p in SEEDS.glob("*.txt"):
        (root / "news" / "a" / p.name).write_bytes(p.read_bytes())
    (root / "gbk.txt").write_bytes("峨山县开展擂台赛，评出红黑榜。".encode("gbk"))
    (root / "big5.txt").write_bytes("峨山縣開展擂臺賽，評出紅黑榜。".encode("big5"))
    (root / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (root / "empty.txt").write_bytes(b"")
    (root / "huge.txt").write_bytes("正文。".encode("utf-8") * 40_000)  # over the test's --max-bytes
    (root / "rows.jsonl").write_text('{"id": "j1", "text": "开展比武。"}\n{broken\n{"id": "j2", "text": ""}\n',
                                     encoding="utf-8")
    (root / "rows.csv").write_text("id,text,province\nc1,开展擂台赛。,云南\nc2,\"unclosed,x\n", encoding="utf-8")
    (root / "page.html").write_text("<html><head><title>县里开展擂台赛</title></head><body><article>"
                                    "<h1>县里开展擂台赛</h1><p>全县开展擂台赛，评出红黑榜。</p></article></body></html>",
                                    encoding="utf-8")
    with zipfile.ZipFile(root / "bundle.zip", "w") as zf:
        zf.writestr("inner/z1.txt", "开展“四个行动”。")
        zf.writestr("inner/deep/z2.txt", "召开推进会。".encode("gbk"))
        zf.writestr("../../evil.txt", "逃出去")
    with tarfile.open(root / "bundle.tar.gz", "w:gz") as tf:
        for name, data in (("t/t1.txt", "实行红黑榜。".encode()), ("t/sub/t2.txt", "开展大比武。".encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return root


EXPECTED_RECORDS = {"gbk", "big5", "j1", "c1", "page", "inner/z1", "inner/deep/z2", "t/t1", "t/sub/t2"} | {
    p.stem for p in SEEDS.glob("*.txt")}
EXPECTED_ERRORS = {"blob": "decode", "empty": "empty", "huge": "too_large", "rows.jsonl:2": "input",
                   "j2": "empty", "rows.csv:2": "input", "../../evil": "unsafe_path"}


def run_extract(archive, out, *extra):
    assert main(["extract", str(archive), "-o", str(out), "-q", "--max-bytes", "100000", *extra]) == 0
    return read_jsonl(out)


def test_mixed_archive_every_document_once(archive, tmp_path):
    records = run_extract(archive, tmp_path / "out.jsonl", "-w", "2")
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == len(EXPECTED_RECORDS) + len(EXPECTED_ERRORS)
    good = {r["id"] for r in records if "error" not in r}
    errors = {r["id"]: r["error"]["kind"] for r in records if "error" in r}
    assert good == EXPECTED_RECORDS
    assert errors == EXPECTED_ERRORS
    by_id = {r["id"]: r for r in records}
    assert by_id["gbk"]["text"] == by_id["big5"]["text"] == "峨山县开展擂台赛，评出红黑榜。"
    assert by_id["c1"]["meta"] == {"province": "云南"}
    assert by_id["page"]["title"] == "县里开展擂台赛"
    assert not (archive.parent / "evil.txt").exists()


def test_errors_file_and_deterministic_output(archive, tmp_path):
    one = run_extract(archive, tmp_path / "one.jsonl", "-w", "1")
    two = run_extract(archive, tmp_path / "two.jsonl", "-w", "2", "--errors", str(tmp_path / "err.jsonl"))
    assert [r for r in one if "error" not in r] == two
    assert [r for r in one if "error" in r] == read_jsonl(tmp_path / "err.jsonl")


def test_kill_and_resume_gives_the_clean_output(tmp_path):
    src = tmp_path / "many.jsonl"
    rows = [json.loads(line) for line in open(DEV / "excerpts.jsonl", encoding="utf-8")]
    with open(src, "w", encoding="utf-8") as fh:
        for k in range(8):
            for row in rows:
                fh.write(json.dumps({**row, "id": f"{row['id']}-{k}"}, ensure_ascii=False) + "\n")
    clean = tmp_path / "clean.jsonl"
    subprocess.run([sys.executable, "-m", "govtext", "extract", str(src), "-o", str(clean), "-q", "-w", "1"],
                   check=True)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "govtext", "extract", str(src), "-o", str(out), "-q", "-w", "1"],
                            start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 10):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with open(out, "ab") as fh:
        fh.write(b'{"schema": "govtext/1", "id": "half-writ')  # as if killed mid-line
    assert 10 <= out.read_bytes().count(b"\n") < len(rows) * 8
    subprocess.run([sys.executable, "-m", "govtext", "extract", str(src), "-o", str(out), "-q", "--resume", "-w", "2"],
                   check=True)
    assert out.read_text(encoding="utf-8") == clean.read_text(encoding="utf-8")


def test_python_api_extract_many_and_to_frame():
    records = list(govtext.extract_many([{"id": "a", "text": "开展擂台赛，实行红黑榜，新增10家。"}], workers=1))
    assert [r.id for r in records] == ["a"]
    frame = govtext.to_frame(records, "mechanisms")
    assert list(frame["text"]) == ["擂台赛", "红黑榜"] and set(frame["id"]) == {"a"}
    assert govtext.to_frame(records, "quantities").loc[0, "value"] == 10


def test_csv_tables(archive, tmp_path):
    main(["extract", str(SEEDS), "-o", str(tmp_path / "t.csv"), "-q", "--format", "csv", "-w", "1"])
    import csv

    with open(tmp_path / "t.documents.csv", encoding="utf-8-sig") as fh:
        docs = list(csv.DictReader(fh))
    with open(tmp_path / "t.mechanisms.csv", encoding="utf-8-sig") as fh:
        mechs = list(csv.DictReader(fh))
    assert len(docs) == 5 and {m["id"] for m in mechs} <= {d["id"] for d in docs}
    main(["extract", str(SEEDS), "-o", str(tmp_path / "t.parquet"), "-q", "--format", "parquet", "-w", "1"])
    import pandas as pd

    frame = pd.read_parquet(tmp_path / "t.quantities.parquet")
    assert len(frame) == sum(int(d["n_quantities"]) for d in docs)


def test_dask_local_cluster_gives_the_local_engine_records(tmp_path):
    local = tmp_path / "local.jsonl"
    dask = tmp_path / "dask.jsonl"
    main(["extract", str(SEEDS), str(DEV / "excerpts.jsonl"), "-o", str(local), "-q", "-w", "1"])
    main(["extract", str(SEEDS), str(DEV / "excerpts.jsonl"), "-o", str(dask), "-q", "-w", "2", "--engine", "dask"])
    assert dask.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")


def test_warc_responses_become_documents(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    page = ("<html><head><title>县里开展擂台赛</title></head><body><article><h1>县里开展擂台赛</h1>"
            "<p>全县开展擂台赛，评出红黑榜。</p></article></body></html>").encode("gbk")
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=gbk")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("http://example.org/a", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    (rec,) = run_extract(tmp_path, tmp_path / "out.jsonl", "-w", "1")
    assert rec["id"] == "http://example.org/a" and rec["url"] == "http://example.org/a"
    assert [(m["text"], m["type"]) for m in rec["mechanisms"]] == [("擂台赛", "contest"), ("擂台赛", "contest"),
                                                                  ("红黑榜", "ranking")]
