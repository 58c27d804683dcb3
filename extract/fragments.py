"""A statement's content less the reporting clause inside it: 'The museum |
, Mr. Obama said, | would make …', '"A," | he said. | "B."'.

A content its own reporting clause interrupts is stored whole, the clause
inside it, so that it is the article's text between its offsets. PolNeAR marks
it as two fragments (`extract-dir` writes them so), and a reader should see it
so (the site joins them with an ellipsis). Pure functions over character
offsets: no parse needed.
"""

from __future__ import annotations

_OPENING = frozenset("“\"«‘'")
_CLOSING = frozenset("”\"»’'")


def content_fragments(
    text: str,
    content: tuple[int, int],
    cue: tuple[int, int],
    source: tuple[int, int] | None,
) -> list[tuple[int, int]]:
    """A content's character fragments: the content less the reporting clause
    it holds, else the whole content. The clause is the cue and the source
    with what sets them off ('The museum | , Mr. Obama said, | would make …'),
    here or in a quotation the finders ran over its cue ('"A," | he said. |
    "B."'); a clause nothing sets off from the words before it ('the principles
    | as outlined by X') leaves the content whole."""
    start, end = content
    core = [cue, source] if source else [cue]
    first, last = min(c[0] for c in core), max(c[1] for c in core)
    if not start < first or not last < end:
        return [content]
    left = first
    while left > start and (text[left - 1].isspace() or text[left - 1] in ",—–-"):
        left -= 1
    set_off = (
        text[left:first].strip()
        or text[left - 1] in _CLOSING
        or text[left - 1] in ".?!"
    )
    if left <= start or not set_off:  # 'the principles as outlined by X on May 31'
        return [content]
    right = _gap_end(text, last, end)
    if text[left - 1] in _CLOSING:  # '"A," he said, adding later, "B"'
        right = next((i for i in range(last, end) if _opens_quote(text, i)), right)
    return [(start, left), (right, end)] if right < end else [content]


def as_pieces(span: list) -> list[list[int]]:
    """The pieces of a span as `extract-dir` writes it: `[start, end]`, or
    `[[start, end], [start, end]]` for a content its reporting clause interrupts."""
    return span if isinstance(span[0], list) else [span]


def _gap_end(text: str, at: int, end: int) -> int:
    """Where the text after a reporting clause resumes the content: past the
    comma, dash or full stop that closes the clause (up to a few words on: 'in a
    June report,'), or at the quote mark that reopens the quotation."""
    for i in range(at, min(end, at + 40)):
        if _opens_quote(text, i):
            return i
        if text[i] in ",—–:;" or (text[i] == "." and text[i + 1 : i + 2].isspace()):
            j = i + 1
            while j < end and (text[j].isspace() or text[j] in ",—–-"):
                j += 1
            return j
    return at


def _opens_quote(text: str, i: int) -> bool:
    """Whether a quote mark opens a quotation at `i` (after a space or a break)."""
    return text[i] in _OPENING and (i == 0 or text[i - 1].isspace())
