"""A learned content that runs over another statement ('"We will not accept
this," the minister said. The minister said: "We will respond."', and the
other way round: 'The minister said: "We will respond." "A," said Lavrov.'):
the other statement's words are its own. A content stops before a later
sentence holding another cue, and starts after another statement whose cue,
outside any quotation, comes before its own cue (a cue inside a quotation the
content holds is nested in it: '"X said Y," Z said') or whose words it holds
before its cue. The rules' content for
the same cue is taken when they found one."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from extract.nlp.attribution import Attribution
from extract.nlp.quotes import quote_spans, trim_end
from extract.nlp.token_table import sentence_bounds


def without_crossed_cues(
    doc: Doc, learned: list[Attribution], rules: list[Attribution]
) -> list[Attribution]:
    """The learned findings, each kept off the other statements it runs over."""
    starts, _ends = sentence_bounds(doc)
    quotes = quote_spans(doc)
    others = {a.cue: a.content for a in [*learned, *rules]}
    by_cue = {a.cue: a.content for a in rules}
    out = []
    for one in learned:
        start, end = one.content
        own = starts[one.cue[0]]
        inside = [c for c in others if c != one.cue and start <= c[0] < end]
        later = [starts[c[0]] for c in inside if starts[c[0]] > own]
        earlier = [
            others[c][1]
            for c in inside
            if c[1] <= one.cue[0]
            and others[c][1] <= one.cue[0]
            and not any(q[0] <= c[0] < q[1] for q in quotes)
        ] + [  # the words of a statement whose cue comes before the content
            content[1]
            for c, content in others.items()
            if c[0] < start <= content[0]
            and content[1] <= one.cue[0]
            and content[1] < end  # not the very words: 'justified the strike,
        ]  # which was approved by X' has the object before 'approved by'
        if later or earlier:
            start = max(earlier) if earlier else start
            while start < end and (doc[start].is_space or doc[start].is_punct):
                if doc[start].is_quote and doc[start].tag_ == "``":
                    break
                start += 1
            end = trim_end(doc, start, min(later)) if later else end
            if start < end:
                one = replace(one, content=by_cue.get(one.cue) or (start, end))
        out.append(one)
    return out
