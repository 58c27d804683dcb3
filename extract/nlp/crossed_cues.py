"""A learned content that runs over another statement ('"We will not accept
this," the minister said. The minister said: "We will respond."', and the
other way round: 'The minister said: "We will respond." "A," said Lavrov.'):
the other statement's words are its own. A content stops before a later
sentence holding another cue the finder kept (a cue in the cue's own sentence
may be nested in the content: 'said that the US had said X'), and starts
after the whole quotation of another statement whose cue comes before it; so
does one that runs into a later sentence whose quotation another cue of that
sentence reports ('"X," he said. "Y," he added.'), and a content so cut that
still holds its own cue is the quotation before it (not a quotation its cue
splits: '"X," he said, "and Y."'). The rules' content for the same cue is
taken when they found one (for a quotation before the cue, when their content
holds it and no other cue)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import SpanRange, quote_spans, trim_end
from extract.nlp.token_table import sentence_bounds


def without_crossed_cues(
    doc: Doc, learned: list[Attribution], rules: list[Attribution]
) -> list[Attribution]:
    """The learned findings, each kept off the other statements it runs over."""
    starts, _ends = sentence_bounds(doc)
    quotes = set(quote_spans(doc))  # whole quotations, marks included
    opening = {q[0] for q in quotes}
    others = {a.cue: a.content for a in learned}  # what the finder decided
    by_cue = {a.cue: a.content for a in rules}
    out = []
    for one in learned:
        start, end = one.content
        own = starts[one.cue[0]]
        inside = [c for c in others if c != one.cue and start <= c[0] < end]
        later = [starts[c[0]] for c in inside if starts[c[0]] > own]
        later += [  # '"X," he said. "Y," he added': Y is the next statement's
            starts[content[0]]
            for c, content in others.items()
            if c != one.cue
            and start <= content[0] < end
            and own < starts[content[0]] == starts[c[0]]
        ]
        earlier = [  # a whole quotation of a statement whose cue comes before it
            content[1]
            for c, content in others.items()
            if c[0] < start <= content[0]
            and content[1] <= one.cue[0]
            and content[1] < end  # not the very words: 'justified the strike,
            and content in quotes  # which was approved by X'
        ]
        if later or earlier:
            start = max([start, *earlier])
            while start < end and (doc[start].is_space or doc[start].is_punct):
                if start in opening:
                    break
                start += 1
            end = trim_end(doc, start, min(later)) if later else end
            quoted = None
            continued = any(  # '"X," he said, "and Y."': one quotation, split
                one.cue[1] <= q[0] < end and starts[q[0]] == own for q in quotes
            )
            if start < one.cue[0] and one.cue[1] <= end and not continued:
                quoted = _quoted_before(one, quotes, start)  # '"X," he said.'
            if quoted is not None:  # the rules' sentence when it holds the quotation
                rule = by_cue.get(one.cue) or (start, quoted)
                whole = (
                    rule[0] <= start
                    and quoted <= rule[1]
                    and not any(
                        rule[0] <= c[0] < rule[1] for c in others if c != one.cue
                    )
                )
                one = replace(one, content=rule if whole else (start, quoted))
            elif start < end:
                one = replace(one, content=by_cue.get(one.cue) or (start, end))
        out.append(one)
    return out


def _quoted_before(one: Attribution, quotes: set[SpanRange], start: int) -> int | None:
    """The end of the last quotation from `start` that closes before the
    source and the cue ('"X," he said': the quotation), if any."""
    limit = min(one.cue[0], (one.source or one.cue)[0])
    ends = [b for a, b in quotes if start <= a and b <= limit]
    return max(ends, default=None)
