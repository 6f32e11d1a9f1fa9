"""W001 missing-owner, W002 vague-owner."""
from . import check


@check("W001")
def missing_owner(ctx):
    for action, facts in ctx.actions():
        if facts.owner_status == "missing":
            yield ctx.finding(action.location, action.text)


@check("W002")
def vague_owner(ctx):
    for action, facts in ctx.actions():
        if facts.owner_status == "vague":
            yield ctx.finding(action.location, action.text, term=facts.owner)
