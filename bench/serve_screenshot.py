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

import docx
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "serve.png"
ROWS = [
    ("Poppy is fed on time and gains weight", "Weigh Poppy and record it in the red book", "Health visitor (Jo Bright)",
     "Weekly", "Weight on the 25th centile or above"),
    ("Poppy is safe at home", "Unannounced visits, seeing Poppy alone", "Social worker", "Soon", "Monitored"),
    ("Mum's mood is stable", "Mum to engage with support", "", "Ongoing", "Improvement"),
]


def invented_plan(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Child protection plan for Poppy Marsh", 0)
    d.add_heading("What Poppy's life is like", 1)
    d.add_paragraph("Poppy is 4 months old. At visits she was seen to settle quickly when held by her nan.")
    d.add_heading("Action plan", 1)
    table = d.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("Outcome", "Action", "Who", "By when", "How we will know")):
        cell.text = text
    for row in ROWS:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.add_heading("Review arrangements", 1)
    d.add_paragraph("The core group will meet every 4 weeks, first on 3 March 2025. "
                    "The review conference is on 12 May 2025.")
    d.save(path)


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
            plan = Path(folder) / "poppy-marsh-plan.docx"
            invented_plan(plan)
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
