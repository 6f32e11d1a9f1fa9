"""Train models/measure_check, the learned second opinion for M001 missing-measure.

    python scripts/train_measure_check.py           # train and write the model
    python scripts/train_measure_check.py --folds 4 # also cross-validate on the tuning plans

Every action planlint reads in a tuning plan (split "tune" in sample_plans/;
the held-out plans are never read here) is one example: its text, labelled
M001 when the plan's labels give it an M001 finding (the labelled excerpt is
in its text), as scripts/evaluate.py matches findings. The component and its
training settings are in models/measure_check/config.cfg; the same data and
config give the same model. planlint/nlp/measure_check.py reads it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import norm, plans  # noqa: E402

from planlint import lint  # noqa: E402

MODEL = ROOT / "models" / "measure_check"


def examples() -> list[tuple[str, str, bool, bool]]:
    """(plan, action text, labelled M001, the rules find no measure) for every action read in the
    tuning plans."""
    from planlint.nlp import understand

    # The model's opinion changes no action's text, and the model may not exist yet.
    understand.sees_a_measure = lambda text: False
    out = []
    for path, meta in plans("tune"):
        report = lint(path)
        if report.status != "ok" or report.plan is None or not report.plan.reading.plan_found:
            continue
        missing = [norm(e["excerpt"]) for e in meta.get("findings", []) if e["rule"] == "M001" and e.get("excerpt")]
        for action in report.plan.actions:
            text = norm(action.text)
            facts = action.facts
            flagged = facts.measure_status == "missing" and "measure" not in action.unclear \
                and "if_then" not in facts.cues
            out.append((path.name, action.text, any(m in text for m in missing), flagged))
    return out


def train(data: list[tuple[str, str, bool]], config):
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed

    settings = config["training"]
    fix_random_seed(settings["seed"])
    nlp = spacy.blank(config["nlp"]["lang"])
    component = dict(config["components"]["textcat_multilabel"])
    factory = component.pop("factory")
    textcat = nlp.add_pipe(factory, config=component)
    for label in settings["labels"]:
        textcat.add_label(label)
    batch = [Example.from_dict(nlp.make_doc(text), {"cats": {"M001": float(missing)}}) for _, text, missing, _ in data]
    optimizer = nlp.initialize(lambda: batch)
    order = random.Random(settings["seed"])
    for _ in range(settings["epochs"]):
        order.shuffle(batch)
        for i in range(0, len(batch), settings["batch_size"]):
            nlp.update(batch[i:i + settings["batch_size"]], sgd=optimizer)
    return nlp, textcat


def cross_validate(data, config, folds: int) -> None:
    """How many of the rules' M001 findings on tuning plans it was not trained on the veto would
    take away, right and wrong. (Most are right: the rules were tuned on these plans.)"""
    veto = config["planlint"]["veto"]
    names = sorted({d[0] for d in data})
    random.Random(0).shuffle(names)
    right = wrong = flagged_right = flagged_wrong = 0
    for k in range(folds):
        held = set(names[k::folds])
        nlp, _ = train([d for d in data if d[0] not in held], config)
        test = [d for d in data if d[0] in held and d[3]]
        for (_, _, missing, _), doc in zip(test, nlp.pipe(d[1] for d in test)):
            flagged_right += missing
            flagged_wrong += not missing
            if doc.cats["M001"] < veto:
                right += missing
                wrong += not missing
    print(f"{folds}-fold on the tuning plans: of the rules' {flagged_right} right and {flagged_wrong} wrong "
          f"M001, the veto (< {veto}) takes away {right} right and {wrong} wrong")


def main() -> None:
    from spacy.util import load_config

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=0, help="also cross-validate on the tuning plans")
    args = parser.parse_args()
    config = load_config(MODEL / "config.cfg")
    data = examples()
    if args.folds:
        cross_validate(data, config, args.folds)
    _, textcat = train(data, config)
    textcat.to_disk(MODEL / "textcat", exclude=["vocab"])  # hashed features: the words need no vocab
    fingerprint = hashlib.sha256("\n".join(f"{p}\t{t}\t{m}" for p, t, m, _ in data).encode()).hexdigest()
    meta = {"examples": len(data), "labelled_M001": sum(d[2] for d in data),
            "plans": len({d[0] for d in data}), "data_sha256": fingerprint}
    (MODEL / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(f"trained on {meta['examples']} actions ({meta['labelled_M001']} labelled M001) "
          f"from {meta['plans']} tuning plans -> {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
