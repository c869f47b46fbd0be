#!/usr/bin/env python3
"""Loads a briefing page in headless Chromium through the DevTools protocol, checks that the
answers start hidden and that a real mouse click on a <summary> opens its <details>, and saves
screenshots (before, after, and in dark mode) as PNG files.

Usage: browser_check.py PAGE.html OUTPUT_DIR   (needs chromium and pip's websocket-client)
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket


class Page:
    def __init__(self, url):
        self.socket = websocket.create_connection(url, timeout=30)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=False)["data"]
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))
        print("browser-check: saved %s" % path)


STATE = """(() => {
  const details = [...document.querySelectorAll('details')];
  return details.map(d => ({open: d.open,
    answerVisible: d.querySelector('.briefing-answer').checkVisibility()}));
})()"""


def main(page_path, output_dir):
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        print("browser-check: chromium not found; apt-get install -y chromium", file=sys.stderr)
        return 2
    os.makedirs(output_dir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="briefing-chromium-")
    process = subprocess.Popen(
        [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=9333",
         "--user-data-dir=" + profile, "--window-size=900,1200", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []
    try:
        targets = None
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen("http://127.0.0.1:9333/json"))
                break
            except OSError:
                time.sleep(0.2)
        target = next(t for t in targets if t["type"] == "page")
        page = Page(target["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=900, height=1200, deviceScaleFactor=1, mobile=False)
        page.call("Page.navigate", url="file://" + os.path.abspath(page_path))
        for _ in range(100):
            if page.evaluate("document.readyState") == "complete":
                break
            time.sleep(0.1)
        before = page.evaluate(STATE)
        print("browser-check: %d questions, initially open: %d, answers visible: %d"
              % (len(before), sum(d["open"] for d in before), sum(d["answerVisible"] for d in before)))
        if not before or any(d["open"] or d["answerVisible"] for d in before):
            failures.append("answers must start hidden")
        page.evaluate("document.querySelector('details').scrollIntoView({block: 'center'})")
        page.screenshot(os.path.join(output_dir, "briefing-before.png"))
        rect = page.evaluate("""(() => { const r = document.querySelector('summary').getBoundingClientRect();
          return {x: r.left + 20, y: r.top + r.height / 2}; })()""")
        for kind in ("mousePressed", "mouseReleased"):
            page.call("Input.dispatchMouseEvent", type=kind, x=rect["x"], y=rect["y"], button="left", clickCount=1)
        time.sleep(0.3)
        after = page.evaluate(STATE)
        print("browser-check: after clicking the first <summary>: open: %s, answer visible: %s"
              % (after[0]["open"], after[0]["answerVisible"]))
        if not (after[0]["open"] and after[0]["answerVisible"]):
            failures.append("clicking the first summary must open its answer")
        if any(d["open"] for d in after[1:]):
            failures.append("other questions must stay closed")
        page.screenshot(os.path.join(output_dir, "briefing-after-click.png"))
        page.call("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "dark"}])
        page.evaluate("window.scrollTo(0, 0)")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        print("browser-check: dark-mode body background: %s" % background)
        if background in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"):
            failures.append("dark mode must change the background")
        page.screenshot(os.path.join(output_dir, "briefing-dark.png"))
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)
    for failure in failures:
        print("browser-check: FAILED: " + failure)
    print("browser-check: %s" % ("ok" if not failures else "%d failure(s)" % len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
