"""Case facts read from invented plans in many layouts; blanks, never guesses.
All names and details are fictional."""
from __future__ import annotations

import docx
import pytest

from planlint.readers import read_path, read_text
from planlint.structure.facts import find_facts, iso_date


def facts_of_text(text: str, name: str = "plan.md"):
    return find_facts(read_text(text, name).blocks, lambda w: False)


LABEL_LINES = """# Child Protection Plan

Child: Kayden Ellis (12) and Nia Ellis (8)
Social Worker: Declan Moore
Team: Fellside Safeguarding Team
Category of plan: Emotional abuse
Date of conference: 22/04/2025
Review conference: 22/07/2025
"""

RUN_ON = """Wrayford City Council - Children's Services

Child: Orla Finnegan, born 30 January 2025 Legal status: Interim care order Category: Neglect ICPC: 01/04/2025 Social worker: Lisa Kendrick IRO: Sunita Rao Review child protection conference: 5 June 2025
"""

TABLE = """# Plan for the children

| Name of child | Mia Kowalczyk |
|---|---|
| Plan type | Child in Need |
| Allocated social worker | Natalia Brooks, Greywater Locality Team North |
| Date of plan | 3 April 2025 |
| Next review date | 2025-07-24 |
"""

HEADER_ROW = """# Looked After Child: care plan

| Child | Social worker | Team | Categories | Next review |
|---|---|---|---|---|
| Freya Walsh | Ellie Grant | Children in Care Team | Physical abuse and neglect | 22.05.25 |
"""


@pytest.mark.parametrize("text, expected", [
    (LABEL_LINES, {"children": ["Kayden Ellis", "Nia Ellis"], "plan_type": "child protection",
                   "categories": ["emotional abuse"], "conference_date": "2025-04-22", "next_review": "2025-07-22",
                   "social_worker": "Declan Moore", "team": "Fellside Safeguarding Team"}),
    (RUN_ON, {"children": ["Orla Finnegan"], "categories": ["neglect"], "conference_date": "2025-04-01",
              "next_review": "2025-06-05", "social_worker": "Lisa Kendrick"}),
    (TABLE, {"children": ["Mia Kowalczyk"], "plan_type": "child in need", "conference_date": "2025-04-03",
             "next_review": "2025-07-24", "social_worker": "Natalia Brooks", "team": "Greywater Locality Team North"}),
    (HEADER_ROW, {"children": ["Freya Walsh"], "plan_type": "looked after", "social_worker": "Ellie Grant",
                  "team": "Children in Care Team", "categories": ["neglect", "physical abuse"],
                  "next_review": "2025-05-22"}),
    ("# Pre-birth child protection plan\n\nBaby Adeyemi (unborn)\n\nCategory: Neglect (risk of)\n",
     {"plan_type": "pre-birth", "categories": ["neglect"]}),
], ids=["label-lines", "pdf-run-on", "label-value-table", "header-row-table", "pre-birth-title"])
def test_case_facts_in_many_layouts(text, expected):
    facts = facts_of_text(text)
    for key, value in expected.items():
        assert getattr(facts, key) == value, key


def test_case_facts_in_a_word_document(tmp_path):
    d = docx.Document()
    d.add_heading("Child Protection Plan", 0)
    t = d.add_table(rows=3, cols=4)
    cells = [("Child's name", "Zara Begum", "Social Worker", "Callum Reid"),
             ("Team", "Oakhurst Family Safeguarding Team", "Category", "Sexual abuse"),
             ("Date of conference", "7 April 2025", "Review conference", "7 July 2025")]
    for row, texts in zip(t.rows, cells):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    d.save(tmp_path / "plan.docx")
    facts = find_facts(read_path(tmp_path / "plan.docx").blocks, lambda w: False)
    assert (facts.children, facts.social_worker, facts.team, facts.categories) == (
        ["Zara Begum"], "Callum Reid", "Oakhurst Family Safeguarding Team", ["sexual abuse"])
    assert (facts.conference_date, facts.next_review) == ("2025-04-07", "2025-07-07")


@pytest.mark.parametrize("text", [
    # Facts only in the body, or labels with nothing usable: blank, not guessed.
    "# Notes\n\nThe social worker, Jo, will visit. The team is stretched. There was neglect in the past.\n",
    "# Plan\n\nSocial worker: TBC\nTeam manager: Ruth Carey\nDate of birth: 04/05/2019\nReview conference: to be arranged\n",
])
def test_case_facts_not_stated_plainly_stay_blank(text):
    facts = facts_of_text(text)
    assert facts.social_worker is None and facts.team is None and facts.categories == []
    assert facts.next_review is None and facts.conference_date is None and facts.plan_type is None


def test_social_worker_stops_at_the_next_label_word():
    facts = facts_of_text("# Plan\n\nSocial worker: Femi Ola Team manager: Ruth Carey\n")
    assert facts.social_worker == "Femi Ola" and facts.team is None


@pytest.mark.parametrize("text, expected", [
    ("12/05/2025", "2025-05-12"), ("3rd March 2025", "2025-03-03"), ("2025-07-01", "2025-07-01"),
    ("1 Sept 2025", "2025-09-01"), ("12.05.25", "2025-05-12"), ("31/02/2025", None), ("soon", None),
])
def test_iso_date_reads_uk_dates_day_first(text, expected):
    assert iso_date(text) == expected
