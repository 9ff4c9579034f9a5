"""The default builder: fill the rule's template with words from the hit."""

from __future__ import annotations

import string

from ..engine.context import Hit, TextContext
from ..engine.rulefile import Rule
from ..findings import Suggestion
from . import register
from .common import sentence_suggestion


class _Fields(dict):
    def __missing__(self, key: str) -> str:  # unknown field: leave a visible placeholder
        return "[" + key + "]"


@register("template")
def template(ctx: TextContext, rule: Rule, hit: Hit) -> list[Suggestion]:
    tpl = rule.suggestion.template
    if not tpl:
        return []
    fields = _Fields(
        sentence=hit.sentence.text,
        excerpt=ctx.text[hit.start : hit.end],
        before=ctx.text[hit.sentence.start : hit.start],
        after=ctx.text[hit.end : hit.sentence.end],
        **{k: v for k, v in hit.data.items() if isinstance(v, str)},
    )
    text = string.Formatter().vformat(tpl, (), fields)
    return [sentence_suggestion(hit, text.strip(), rule.suggestion.label)]
