"""Weight and time to interactive of the family page (web/famille.html) on loopback, in
Debian's Chromium: bytes transferred (compressed, fonts included, cache disabled) and the time
from navigation start to the file drawn and usable (famille.js's `orientation:interactive`
mark), median of N cold loads. Starts its own server (SQLite, demo data) on a free port.

    python bench/web_page.py --runs 7
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def login(base: str, who: str) -> str:
    body = json.dumps({"query": 'mutation($l: String!) { login(login: $l, password: "orientation") { token } }', "variables": {"l": who}}).encode()
    request = urllib.request.Request(f"{base}/graphql", body, {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request, timeout=30))["data"]["login"]["token"]


def measure(base: str, token: str, width: int, runs: int) -> list[tuple[int, float, int]]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": width, "height": 800})
            context.add_init_script(f"sessionStorage.setItem('orientation.token', {token!r})")
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            sizes: dict[str, int] = {}
            cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], int(e["encodedDataLength"])))
            page.goto(f"{base}/famille.html")
            page.wait_for_selector("html[data-ready=true]", timeout=30000)
            interactive = page.evaluate("performance.getEntriesByName('orientation:interactive')[0].startTime")
            page.wait_for_timeout(300)  # late fonts and icons still count
            results.append((sum(sizes.values()), interactive, len(sizes)))
            context.close()
        browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--login", default="martin.pere")
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "DATA_DIR": data_dir, "PORT": str(port), "LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT),
               "SMTP_SINK": "0", "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(free_port())}  # no mail in this bench
        env.pop("DATABASE_URL", None)
        env.pop("REDIS_URL", None)
        server = subprocess.Popen([sys.executable, "-m", "graphql_api"], cwd=ROOT, env=env)
        try:
            deadline = time.monotonic() + 180  # first start: migrations and the demo data
            while True:
                try:
                    urllib.request.urlopen(f"{base}/ready", timeout=1)
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start")
                    time.sleep(0.2)
            token = login(base, args.login)
            print(f"family page of {args.login}, {args.runs} cold loads each (cache disabled), loopback")
            for label, width in (("phone 375 px", 375), ("desktop 1280 px", 1280)):
                runs = measure(base, token, width, args.runs)
                weights = [w for w, _, _ in runs]
                times = [t for _, t, _ in runs]
                print(f"{label}: transferred {statistics.median(weights) / 1024:.0f} KB in {runs[0][2]} requests; "
                      f"interactive median {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})")
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
