"""OpenCC t2s: the official binding (``opencc``) beside the pure-Python
``opencc-python-reimplemented``, on the same traditional text.

Both install a module named ``opencc``, so each runs in its own process; the
pure-Python one is taken from ``--pure DIR`` (``pip install --target DIR
opencc-python-reimplemented``) when given. Prints MB/s and whether the outputs agree.

    python benchmarks/opencc_backends.py [--pure /tmp/occ_pure]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

from _corpus import megabytes, provincial_texts, seed_texts

WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] else None
import opencc, hashlib
text = open(sys.argv[1], encoding="utf-8").read()
cc = opencc.OpenCC("t2s")
cc.convert(text[:100])
t = time.perf_counter(); out = cc.convert(text); dt = time.perf_counter() - t
print(json.dumps({"module": opencc.__file__, "seconds": dt, "sha": hashlib.sha1(out.encode()).hexdigest()}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pure", help="folder holding opencc-python-reimplemented (pip install --target)")
    args = ap.parse_args()
    import opencc

    s2t = opencc.OpenCC("s2t")
    texts = [s2t.convert(t) for t in provincial_texts()[:8]] + list(seed_texts().values())
    text = "\n".join(texts)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as fh:
        fh.write(text)
    mb = megabytes([text])
    runs = {"opencc (official binding)": ""}
    if args.pure and os.path.isdir(args.pure):
        runs["opencc-python-reimplemented"] = args.pure
    results = {}
    for name, path in runs.items():
        out = subprocess.run([sys.executable, "-c", WORKER, fh.name, path], capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONPATH": ""})
        results[name] = json.loads(out.stdout)
        print(f"{name:30} {mb / results[name]['seconds']:8.1f} MB/s   ({results[name]['module']})")
    os.unlink(fh.name)
    if len(results) == 2:
        a, b = results.values()
        print("outputs identical:", a["sha"] == b["sha"], f"; speed ratio {b['seconds'] / a['seconds']:.0f}x")
    else:
        print("(pass --pure DIR to compare with opencc-python-reimplemented)")


if __name__ == "__main__":
    main()
