"""Browser fixtures: the real `searchapp serve --demo` in a subprocess and headless Chromium.

The tests drive Debian's Chromium (or the one named by SEARCHAPP_TEST_CHROMIUM) through
Playwright; Playwright's own browser download is never used. Without a Chromium binary the
browser tests skip, saying so, unless SEARCHAPP_TEST_REQUIRE_BROWSER=1 (set by scripts/test.sh,
which installs Chromium) turns that into a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCREENSHOTS = HERE / "screenshots"
AXE_RESULTS = HERE / "axe-results"

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
SERVER_START_SECONDS = 60
TIMEOUT_MS = 15_000


def find_chromium() -> str | None:
    named = os.environ.get("SEARCHAPP_TEST_CHROMIUM")
    if named:
        return named if os.access(named, os.X_OK) else None
    for candidate in CHROMIUM_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def _unavailable(reason: str):
    if os.environ.get("SEARCHAPP_TEST_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        _unavailable("no Chromium binary found (/usr/bin/chromium or SEARCHAPP_TEST_CHROMIUM); "
                     "run `bash scripts/test.sh`, which installs Debian's chromium")
    return path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _searchapp_command() -> list[str]:
    script = shutil.which("searchapp", path=str(Path(sys.executable).parent)) or shutil.which("searchapp")
    if script:
        return [script]
    return [sys.executable, "-c", "from searchapp.cli import main; main()"]


class Server:
    def __init__(self, base_url: str):
        self.base_url = base_url

    def url(self, path: str = "/", **params) -> str:
        query = urllib.parse.urlencode(params, doseq=True)
        return f"{self.base_url}{path}" + (f"?{query}" if query else "")

    def api(self, **params) -> dict:
        """The JSON API's answer for the same search, to compare the page with."""
        with urllib.request.urlopen(self.url("/api/v1/search", **params), timeout=10) as response:
            return json.load(response)


@pytest.fixture(scope="session")
def server(chromium_path, tmp_path_factory):
    """`searchapp --index <empty tmp> serve --demo` on a free port, stopped at the end of the session."""
    index_dir = tmp_path_factory.mktemp("browser-index")
    log_path = index_dir.parent / "browser-server.log"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEARCHAPP_")}
    command = _searchapp_command() + ["--index", str(index_dir), "serve", "--demo",
                                      "--host", "127.0.0.1", "--port", str(port)]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            if proc.poll() is not None:
                pytest.fail(f"the server exited with {proc.returncode}:\n{log_path.read_text(errors='replace')}",
                            pytrace=False)
            try:
                with urllib.request.urlopen(base_url + "/", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the server did not answer within {SERVER_START_SECONDS} s:\n"
                            f"{log_path.read_text(errors='replace')}", pytrace=False)
            time.sleep(0.2)
        yield Server(base_url)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install -e '.[test]'")
    playwright = sync_api.sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        playwright.stop()


@pytest.fixture
def context(browser):
    """A fresh browser profile per test (no locale cookie). The browser asks for English, so the
    Arabic the app shows by default is its own choice, not the browser's."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context, server):
    return context.new_page()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def axe_results_dir() -> Path:
    AXE_RESULTS.mkdir(exist_ok=True)
    return AXE_RESULTS
