"""S001 unused-suppression.

S001 is about the plan's "planlint: ignore ..." notes, which are taken out of
the text before the checks run, so no check can see them. planlint.suppress
reports S001 after the checks; this entry keeps the rule registry (metadata
in rules/checks/ and one registered check per code) consistent.
"""
from . import check


@check("S001")
def unused_suppression(ctx):
    return ()  # reported by planlint.suppress.apply, which sees the notes
