"""W001 missing-owner, W002 vague-owner."""
from . import actions_where, check


@check("W001")
def missing_owner(ctx):
    return actions_where(ctx, "owner_status", "missing")


@check("W002")
def vague_owner(ctx):
    return actions_where(ctx, "owner_status", "vague", term="owner")
