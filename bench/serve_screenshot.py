"""The README's screenshot of `planlint serve`: an invented plan's results in
headless Chromium, saved as docs/serve.png.

    .venv/bin/python bench/serve_screenshot.py

Every name and detail in the plan is fictional.
"""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_check import make_plan  # the invented 15-action plan the speed bench lints
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "serve.png"


def main() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "planlint", "serve", "--port", str(port), "--jobs", "1"],
                              stdout=subprocess.DEVNULL)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1100,900"):
        options.add_argument(flag)
    browser = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        with tempfile.TemporaryDirectory() as folder:
            plan = Path(folder) / "amelia-stone-plan.docx"
            make_plan(plan)
            for _ in range(600):
                try:
                    browser.get(f"http://127.0.0.1:{port}/")
                    break
                except Exception:  # noqa: BLE001  not listening yet
                    time.sleep(0.2)
            browser.find_element(By.ID, "file").send_keys(str(plan))
            browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
            WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.CSS_SELECTOR, "section.result"))
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(1100, min(height, 2600))
        OUT.parent.mkdir(exist_ok=True)
        browser.save_screenshot(str(OUT))
        print(f"{OUT.relative_to(ROOT)}: {height} px of page")
    finally:
        browser.quit()
        server.send_signal(signal.SIGINT)
        server.wait(20)


if __name__ == "__main__":
    main()
