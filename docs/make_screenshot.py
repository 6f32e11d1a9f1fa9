"""Rebuild docs/dashboard.png: a screenshot of `planlint audit` on invented plans.

    python docs/make_screenshot.py

Writes 30 invented plans (names, teams and dates are fictional; some leave
out an owner, a timescale or the contingency), audits them, edits three and
audits again into the same folder, so the dashboard shows "Since the previous
audit", then photographs the top of index.html in headless Chromium. Needs
Debian's chromium and chromium-driver and the selenium package, as the
browser test does.
"""
from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "dashboard.png"
CHILDREN = ["Tobias Wren", "Milo Ash", "Ned Birch", "Kit Cole", "Ivy Marsh", "Rosa Penn", "Alfie Dunn", "Maisie Holt",
            "Leo Grant", "Ruby Frame", "Noah Pike", "Esme Vane", "Finn Lowe", "Ada Quill", "Ezra Dale"]
WORKERS = [("Jo Brook", "North Safeguarding Team"), ("Sam Lee", "South Locality Team"),
           ("Priya Nair", "North Safeguarding Team"), ("Tom Reid", "Children in Care Team"),
           ("Ana Silva", "South Locality Team")]
KINDS = ["Child Protection", "Child Protection", "Child in Need", "Looked After Child"]
CATEGORIES = ["Neglect", "Emotional abuse", "Physical abuse", "Neglect"]


def plan(rng: random.Random, n: int, improved: bool = False) -> str:
    child = CHILDREN[n % len(CHILDREN)]
    first = child.split()[0]
    worker, team = WORKERS[n % len(WORKERS)]
    month = 3 + n % 6
    rows = [f"| Walk {first} to school | Dad | Daily | School register shows 95% attendance |",
            f"| See {first} alone at home | {'Social worker' if rng.random() < .5 or improved else ''} | "
            f"{'Every 2 weeks' if rng.random() < .4 or improved else 'ongoing'} | Visit records |",
            f"| Mum to attend parenting group | Mum | {'by 30 May 2025' if rng.random() < .5 else 'asap'} | "
            f"{'Attends 8 of 8 sessions' if rng.random() < .5 or improved else ''} |"]
    contingency = (f"## Contingency plan\nIf Mum cannot keep {first} safe, {first} will stay with Gran and the SW "
                   "will request a legal planning meeting.\n\n") if rng.random() < .4 or improved else ""
    return (f"# {KINDS[n % len(KINDS)]} Plan\n\nChild: {child} (7)\nSocial worker: {worker}\nTeam: {team}\n"
            f"Category of plan: {CATEGORIES[n % len(CATEGORIES)]}\nDate of conference: 0{month}/0{1 + n % 9}/2025\n"
            f"Review conference: {10 + n % 18}/0{month + 1}/2025\n\n"
            f"## {first}'s wishes and feelings\n{first} says he likes school.\n\n"
            f"## Outcomes\n- {first} is safe and attends school every day.\n\n"
            "## Action plan\n\n| Action | Who | By when | How we will know |\n|---|---|---|---|\n"
            + "\n".join(rows) + "\n\n" + contingency
            + "## Review arrangements\nThe core group will meet every 4 weeks.\n")


def build(folder: Path, edited: tuple[int, ...] = ()) -> None:
    folder.mkdir(exist_ok=True)
    for n in range(30):
        rng = random.Random(n)
        (folder / f"plan-{n + 1:02d}.md").write_text(plan(rng, n, improved=n in edited), encoding="utf-8")
    (folder / "team-minutes.txt").write_text("Team meeting\n\nRota agreed for May.\n", encoding="utf-8")


def screenshot(page: Path, output: Path, profile: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                 f"--user-data-dir={profile}", "--window-size=1280,1500"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        driver.get(page.as_uri())
        driver.save_screenshot(str(output))
    finally:
        driver.quit()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="planlint-shot-") as tmp:
        work = Path(tmp)
        # Relative paths, so the dashboard shows "plans/..." rather than a temp folder.
        for edited in ((), (1, 2, 4, 5)):
            build(work / "plans", edited)
            subprocess.run([sys.executable, "-c", "from planlint.cli import main; main()", "audit", "plans",
                            "-o", "report", "--quiet", "--as-of", "2025-06-01"], cwd=work, check=False)
        screenshot(work / "report" / "index.html", OUTPUT, work / "profile")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
