"""X001 transfer-stalls-plan."""
from .. import lazy_re
from . import check


@check("X001")
def transfer_stalls_plan(ctx):
    for action, facts in ctx.actions():
        ended = [m for m in facts.mentions if _runs_until(m, facts.mentions)]
        labels = {m.label for m in facts.mentions if "negated" not in m.modifiers and not _how_often(m, facts.mentions)
                  and m not in ended}
        if ended and all(_HANDOVER.fullmatch(m.text) for m in facts.mentions if m.label == "DEFERRAL"):
            labels.discard("DEFERRAL")  # (its holder hands it on then: "passes to the new SW at the transfer")
        # (or left to the council the family moves to, by its place name: "to be completed by Keldermouth")
        if {"TRANSFER", "DEFERRAL"} <= labels or facts.left_to_receiving or facts.waits_for_move:
            yield ctx.action_finding(action)


def _how_often(mention, mentions) -> bool:
    """"once" of "at least once a fortnight": how often, not the "once" of "once the family has moved"."""
    return mention.label == "DEFERRAL" and mention.text.lower() == "once" and any(
        t.label == "TIME" and t.start == mention.start and _FREQUENCY.match(t.text) for t in mentions)


_FREQUENCY = lazy_re.compile(r"(?i)once\s+(?:a|an|per|every|each)\b")


def _runs_until(transfer, mentions) -> bool:
    """"Every week until the transfer-in conference": work going on now that the transfer ends, not
    work that waits for it ("on hold until the case transfers")."""
    return transfer.label == "TRANSFER" and any(
        until.label == "TIME" and until.text.lower().startswith("until ") and until.start <= transfer.start < until.end
        and any(t.label == "TIME" and _FREQUENCY_BEFORE.match(t.text) and 0 <= until.start - t.end <= 1 for t in mentions)
        for until in mentions)


_FREQUENCY_BEFORE = lazy_re.compile(r"(?i)(?:every|each|once\s+a|twice\s+a|daily|weekly|fortnightly|monthly)\b")
_HANDOVER = lazy_re.compile(r"(?i)pass(?:es|ed)?\s+(?:it\s+|this\s+)?to|hand(?:s|ed)?\s+(?:it\s+)?over(?:\s+to)?")
