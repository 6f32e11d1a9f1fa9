"""A learned second opinion for M001 missing-measure (models/measure_check).

The rules read a measure from its column, its label or the words that say how
someone will see a change. On plans written elsewhere most of M001's wrong
findings are actions that do say how progress is checked, in words or places
the rules did not read. A bag-of-words text classifier, trained by
scripts/train_measure_check.py from the tuning plans' labels, scores each
action the rules found no measure in; when it is nearly sure the action is
not one labelled M001, planlint stays silent rather than guess. It never adds
a finding. Held-out figures for both are in the README ("Evaluation").
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

_LABEL = "M001"


@lru_cache(maxsize=1)
def _model():
    from spacy.util import load_config

    from .pipeline import get_nlp

    folder = resources.files("planlint.models") / "measure_check"
    with resources.as_file(folder) as path:
        config = load_config(path / "config.cfg")
        component = dict(config["components"]["textcat_multilabel"])
        factory = component.pop("factory")
        # The analyser's pipeline gives the tokenizer the model was trained with (spacy.blank's);
        # the component is made from it but never added to it, so no other text runs through it.
        nlp = get_nlp()
        textcat = nlp.create_pipe(factory, config=component)
        textcat.from_disk(path / "textcat", exclude=["vocab"])
    return nlp.make_doc, textcat, float(config["planlint"]["veto"])


def sees_a_measure(text: str) -> bool:
    """True when the model is at least (1 - veto) sure this action is not one without a measure."""
    make_doc, textcat, veto = _model()
    return textcat(make_doc(text)).cats[_LABEL] < veto
