"""The HTML report in a real headless browser: highlights render, a quantity's tooltip shows
its value and kind. Uses Debian's chromium (installed by .ci/run) through Playwright."""
import functools
import http.server
import shutil
import threading

import pytest

from govtext.display import render_page
from govtext.record import Record

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium (.ci/run installs Debian's)")


@pytest.fixture()
def served(tmp_path, seed_records):
    (tmp_path / "report.html").write_text(render_page([Record.from_dict(d) for d in seed_records]), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/report.html"
    server.shutdown()


def test_highlights_and_quantity_tooltip(served):
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.goto(served)
        mechs = page.locator("mark.gt-mech")
        assert mechs.count() > 100
        color = mechs.first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert color not in ("rgba(0, 0, 0, 0)", "transparent")
        qty = page.locator('mark.gt-qty[data-tip*="estimate"]').first
        tip = lambda: qty.evaluate("e => [getComputedStyle(e, '::after').display, getComputedStyle(e, '::after').content]")  # noqa: E731
        assert tip()[0] == "none"
        qty.hover()
        display, content = tip()
        assert display == "block" and "3037000000" in content and "estimate" in content
        browser.close()
