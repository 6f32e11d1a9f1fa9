"""Understanding._supports_parent looks for the plan's own parents' names with string tests
instead of compiling a pattern of them once a plan (2-3 ms); it must answer as the pattern did."""
import random
import re

from planlint.nlp import understand as u
from planlint.textutil import word_at, word_before

_WORDS = ["support", "supporting", "help", "helped", "phone", "ring", "call", "reassure", "check on", "for",
          "Leanne", "leanne's", "Jo-Anne", "Jo", "BO", "Mum", "dad", "her", "to", "will", "be", "supported",
          "helped", "the", "SW", "weekly", ",", ".", "(", ")", "  ", "\n", "Leanne_", "joanne"]
_NAMESETS = [set(), {"leanne"}, {"jo", "bo"}, {"leanne", "jo", "dean"}]


def _pattern(names):
    people = "|".join([u._PARENTS] + [re.escape(n) for n in names])
    return re.compile(rf"\b{u._HELP}\s+(?:for\s+)?(?:{people})\b|\b(?:{people})\s+(?:to|will)\s+be\s+"
                      r"(?:supported|helped)\b", re.I)


def _understanding(names):
    obj = u.Understanding.__new__(u.Understanding)
    obj.parent_names = names
    return obj


def test_supports_parent_answers_as_the_pattern_of_names_did():
    rnd = random.Random(12)
    texts = ["Phone Leanne weekly", "support for Jo-Anne", "help for  bo.", "Leanne will be supported by the SW",
             "Dean  to be helped", "call for Leanne", "ring Mum's sister", "LeanneX to be helped",
             "ringing for for leanne", "Support for Joanne", "check on jo at 9"]
    texts += [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(2, 9))) for _ in range(3000)]
    for names in _NAMESETS:
        pattern, understanding = _pattern(names), _understanding(names)
        for text in texts:
            assert understanding._supports_parent(text) == (pattern.search(text) is not None), (names, text)


def test_word_at_and_before_keep_to_word_boundaries():
    assert word_at("call Jo now", 5, {"jo"}) and not word_at("call Joanne", 5, {"jo"})
    assert word_at("call Jo-Anne", 5, {"jo"})  # "-" is no word character, as for \b
    assert word_before("Jo to be helped", 2, {"jo"}) and not word_before("BoJo to be helped", 4, {"jo"})
