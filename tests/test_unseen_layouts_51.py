"""Classes met while reading plans typed by hand (pass 51): an outline's own numbers ("1.1",
"2.2") before Markdown and text list items, which other parts of the plan refer to. All names
are invented."""
from planlint.readers.text import read_text

from test_unseen_layouts_15 import _lint, _rules

_OUTLINE = """# Child protection plan for Kai Byrne

## What needs to happen

### 1. School

1.1 Mrs Byrne will meet Kai every Monday morning at school.

1.2 Jo Hill (social worker) will ring mum every Friday.

### 2. Home

2.1 Mum will keep the kitchen clean every day.

2.2 Dad will fix the stair gate by 12 January.

### How we will know (for 1.1, 1.2 and 2.2)

Kai's attendance is above 95% on the school's weekly register and the gate is seen shut at each visit.
"""


def test_an_outline_number_before_a_list_item_is_kept_beside_its_text():
    items = [b for b in read_text(_OUTLINE, "plan.md").blocks if b.kind == "list_item"]
    assert [b.number for b in items] == ["1.1", "1.2", "2.1", "2.2"]
    assert items[0].text.startswith("Mrs Byrne")


def test_a_plain_list_number_is_no_outline_number():
    items = [b for b in read_text("1. Jo will visit.\n2. Mum will ring.\n", "plan.md").blocks
             if b.kind == "list_item"]
    assert [b.number for b in items] == ["", ""]


def test_a_check_keyed_by_outline_numbers_answers_the_items_it_names_only():
    missing = _rules(_lint(_OUTLINE), "M001")
    assert missing == ["Mum will keep the kitchen clean every day."]
