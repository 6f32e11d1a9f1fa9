"""Classes met on tuning batch 61 (measures, timescales and owners written every way; a
parent's illness; less common plan types), on invented text, and two reading mends: the
word that leads into a time is cut from the owner before it, and a comma ends the clause a
length's time word could sit in. All names are invented."""
from test_unseen_layouts_15 import _OUTCOMES, _TAIL, _action, _lint, _rules


def test_the_word_leading_into_a_time_is_not_part_of_the_owner():
    report = _lint("""# Child protection plan for Mia
""" + _OUTCOMES + """## Action plan
| Action | Who / when | How we'll know |
|---|---|---|
| Weigh Mia at home | HV Jo Hill every 2 wks; 1 a month unannounced | Weights in the red book |
| Visit Mia at home | Priya Lal (SW) / every fortnight, starting Monday | Visit notes on file |
""" + _TAIL)
    assert _action(report, "Weigh Mia").facts.owner == "HV Jo Hill"
    assert _action(report, "Visit Mia").facts.owner == "Priya Lal (SW)"
