"""Headless Chromium for the browser tests (Debian's chromium and
chromium-driver through selenium). Where they are missing a test is skipped,
except under CI (CI=true), where missing means the setup is broken."""
from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
AXE = Path(__file__).resolve().parent.parent / ".axe" / "node_modules" / "axe-core" / "axe.min.js"


def require(*files: Path) -> None:
    """Skip (or, under CI, fail) unless selenium, Chromium, its driver and `files` are there."""
    reason = None
    if importlib.util.find_spec("selenium") is None:
        reason = "selenium is not installed"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not reason and not shutil.which(path):
            reason = f"{path} is missing (apt-get install chromium chromium-driver)"
    for path in files:
        if not reason and not path.exists():
            reason = f"{path} is missing (scripts/test.sh installs it)"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def start(profile: Path, downloads: Path | None = None):
    """A headless Chromium with its own profile, saving downloads to `downloads` without asking."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={profile}", "--window-size=1280,900"):
        options.add_argument(flag)
    if downloads is not None:
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                  "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    if downloads is not None:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def axe(driver) -> list[dict]:
    """Serious and critical axe-core violations on the page open in `driver`."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document).then(function (r) { done(r.violations); }, function (e) { done([{id: String(e)}]); });")
    return [{"id": v["id"], "impact": v.get("impact"), "nodes": [n["target"] for n in v.get("nodes", [])]}
            for v in result if v.get("impact") in ("serious", "critical") or "impact" not in v]
