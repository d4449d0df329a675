"""The built documentation renders in a real browser: no console error, and search works.

Headless Chromium (the Debian package, installed by `make test`) opens pages of the built
site served on 127.0.0.1, driven over the DevTools protocol with aiohttp's websocket client.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="no chromium (make test installs it)"
)
#: Pages that exercise the theme, the API reference, code blocks and long tables.
PAGES = ["index.html", "resources.html", "bulk-fetching.html", "api/clients.html", "cli.html"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = tmp_path_factory.mktemp("docs") / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(built)],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return built


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A headless Chromium; yields its DevTools websocket URL."""
    assert CHROMIUM is not None, "chromium is missing: make test installs it"
    profile = tmp_path_factory.mktemp("chromium")
    process = subprocess.Popen(
        [
            CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank",
        ],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stderr is not None
        for line in process.stderr:  # it says where it listens before anything else happens
            if "DevTools listening on " in line:
                yield line.split("DevTools listening on ", 1)[1].strip()
                break
        else:
            raise AssertionError("chromium ended without opening its DevTools port")
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()


@pytest.fixture
async def served(site: Path) -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_static("/", site)
    runner = web.AppRunner(app)
    await runner.setup()
    where = web.TCPSite(runner, "127.0.0.1", 0)
    await where.start()
    port = where._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


class Tab:
    """One page target, driven over the DevTools protocol; it records console errors."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, session: str) -> None:
        self._ws = ws
        self._session = session
        self._ids = itertools.count(1)
        self._answers: dict[int, asyncio.Future[Any]] = {}
        self._events: dict[str, asyncio.Event] = {}
        self.errors: list[str] = []

    async def listen(self) -> None:
        async for message in self._ws:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self._answers:
                self._answers.pop(data["id"]).set_result(data)
                continue
            method, params = data.get("method"), data.get("params", {})
            if method == "Runtime.exceptionThrown":
                self.errors.append(json.dumps(params["exceptionDetails"])[:300])
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                self.errors.append(json.dumps(params.get("args"))[:300])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                self.errors.append(params["entry"].get("text", "")[:300])
            if method in self._events:
                self._events[method].set()

    def expect(self, event: str) -> asyncio.Event:
        self._events[event] = asyncio.Event()
        return self._events[event]

    async def send(self, method: str, **params: Any) -> Any:
        ident = next(self._ids)
        answer: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._answers[ident] = answer
        await self._ws.send_json(
            {"id": ident, "method": method, "params": params, "sessionId": self._session}
        )
        data = await asyncio.wait_for(answer, 30)
        assert "error" not in data, data
        return data.get("result", {})

    async def open(self, url: str) -> None:
        loaded = self.expect("Page.loadEventFired")
        await self.send("Page.navigate", url=url)
        await asyncio.wait_for(loaded.wait(), 30)

    async def evaluate(self, expression: str) -> Any:
        result = await self.send(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")


@pytest.fixture
async def tab(browser: str) -> AsyncIterator[Tab]:
    async with aiohttp.ClientSession() as http, http.ws_connect(browser, max_msg_size=0) as ws:
        await ws.send_json(
            {"id": 0, "method": "Target.createTarget", "params": {"url": "about:blank"}}
        )
        target = json.loads((await ws.receive()).data)["result"]["targetId"]
        await ws.send_json(
            {
                "id": -1,
                "method": "Target.attachToTarget",
                "params": {"targetId": target, "flatten": True},
            }
        )
        session = None
        while session is None:  # the attach answer comes after its own event
            data = json.loads((await ws.receive()).data)
            session = data.get("result", {}).get("sessionId")
        page = Tab(ws, session)
        listening = asyncio.create_task(page.listen())
        for domain in ("Page", "Runtime", "Log"):
            await page.send(f"{domain}.enable")
        try:
            yield page
        finally:
            listening.cancel()


async def test_every_page_renders_with_no_console_error(tab: Tab, served: str) -> None:
    for page in PAGES:
        await tab.open(f"{served}/{page}")
        title = await tab.evaluate(
            "document.querySelector('h1') && document.querySelector('h1').textContent"
        )
        assert title, f"{page} rendered no heading"
    assert tab.errors == []


SEARCH = """
new Promise((resolve, reject) => {
  const input = document.querySelector('input.md-search__input');
  input.focus();
  input.value = 'residential_ledger';
  for (const kind of ['focus', 'input', 'keyup']) {
    input.dispatchEvent(new Event(kind, {bubbles: true}));
  }
  const started = Date.now();
  const look = () => {
    const found = [...document.querySelectorAll('.md-search-result__item')].map(e => e.textContent);
    if (found.length) resolve(found);
    else if (Date.now() - started > 20000) reject(new Error('no search results'));
    else setTimeout(look, 50);
  };
  look();
})
"""


async def test_the_search_finds_an_operation(tab: Tab, served: str) -> None:
    await tab.open(f"{served}/index.html")
    results = await tab.evaluate(SEARCH)
    assert any("residential_ledger" in text for text in results), results[:5]
    assert tab.errors == []
