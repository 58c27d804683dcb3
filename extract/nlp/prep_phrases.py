"""What a preposition's phrase adds to a stance: a setting, which is no content
('held talks on Tuesday', 'in Geneva'), or a reason, which is ('expressed
gratitude to X for Y'); and a preposition left behind by a passive ('was
touched [on]'), which belongs to its verb."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.quotes import trim_end
from extract.nlp.token_table import TokenTable, subtree

_TIMES = frozenset({"DATE", "TIME"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_REASONS = frozenset({"for", "over"})
# 'in the wake of X', 'in light of X', 'in connection with X': a reason too
_REASON_NOUNS = frozenset({"wake", "light", "connection"})


def stranded_end(verb: Token) -> int:
    """Where a passive verb ends, over the preposition it left behind: 'The
    situation was touched [on]', 'It was agreed [upon]'."""
    after = verb.i + 1
    if after >= len(verb.doc):
        return after
    left = verb.doc[after]
    stranded = left.dep_ in ("prep", "prt") and not any(True for _ in left.children)
    return after + 1 if left.head == verb and stranded else after


def is_setting(prep: str, entity: str) -> bool:
    """Whether a preposition's object says when or where, not what about ('held
    talks on Tuesday', 'interest in Geneva'); 'concern about Ukraine' is content."""
    return entity in _TIMES or (prep in ("in", "at") and entity in _PLACES)


def with_reason(
    doc: Doc, table: TokenTable, heads: tuple[int, int], span: tuple[int, int]
) -> tuple[int, int]:
    """An addressee grown over the reason that follows it ('expressed gratitude to
    X | for Y', 'condolences to X | over Y', '| in the wake of Y'): the gold's
    content is both."""
    for head in heads:
        for child in table.children[head]:
            if (
                table.dep[child] == "prep"
                and _is_reason(table, child)
                and subtree(doc, child)[0] == span[1]
            ):
                return _with_gerund(
                    doc, table, heads, (span[0], subtree(doc, child)[1])
                )
    return span


def _with_gerund(
    doc: Doc, table: TokenTable, heads: tuple[int, int], span: tuple[int, int]
) -> tuple[int, int]:
    """A reason grown over the 'in …-ing' that goes on with it, where the
    parse left the 'in' without its object ('for his hospitality | in once
    again facilitating these discussions')."""
    at = span[1]
    if at >= len(doc) or table.lower[at] != "in" or table.children[at]:
        return span
    verbs = {table.head[h] for h in heads} | set(heads)  # the noun's verb's too
    for head in sorted(verbs):
        for child in table.children[head]:
            start, end = subtree(doc, child)
            between = range(at + 1, start)
            if (
                table.dep[child] == "advcl"
                and table.tag[child] == "VBG"
                and at < start <= at + 3
                and all(table.pos[i] == "ADV" for i in between)
            ):
                return span[0], end
    return span


def _is_reason(table: TokenTable, prep: int) -> bool:
    """'for X', 'over X', 'in the wake of X'."""
    if table.lower[prep] in _REASONS:
        return True
    objects = [c for c in table.children[prep] if table.dep[c] == "pobj"]
    return table.lower[prep] == "in" and any(
        table.lower[o] in _REASON_NOUNS for o in objects
    )


def with_clause_after(
    doc: Doc, table: TokenTable, verb: int, span: tuple[int, int]
) -> tuple[int, int]:
    """A content grown over the verb's adverbial clause that follows it, no comma
    between ('commit to X | so that Y', 'stand by X | as long as Y', 'commit to
    X | as enshrined in Y'): the gold's content is both."""
    for child in table.children[verb]:
        start, end = subtree(doc, child)
        if start != span[1] or child < span[1]:
            continue
        clause = table.dep[child] == "advcl" or (
            table.dep[child] == "advmod"
            and any(table.dep[c] == "advcl" for c in table.children[child])
        )
        if clause:
            return span[0], end
    return span


def without_trailing_time(
    doc: Doc, table: TokenTable, verbs: range, span: tuple[int, int]
) -> tuple[int, int]:
    """A content less the time or manner the cue's verb takes after it
    ('negotiated | the deal | over the last four years', 'discussed | plans | in
    detail during the meeting') and the venue it closes with after a comma
    (', in remarks to a forum'): when, where and how something was said is no
    part of what was said."""
    while True:
        cut = _trailing_setting(doc, table, verbs, span)
        cut = _trailing_venue(doc, table, span) if cut is None else cut
        cut = _trailing_absolute(doc, table, span) if cut is None else cut
        if cut is None:
            return span
        span = (span[0], trim_end(doc, span[0], cut))


def _trailing_venue(doc: Doc, table: TokenTable, span: tuple[int, int]) -> int | None:
    """Where a phrase after a comma that says where the words were spoken
    starts, when it closes the content ('that the West wanted X, | in remarks
    to a forum in Moscow'), however the parse hung it."""
    end = _bare(doc, *span)
    for prep in range(span[0] + 1, end - 1):
        objects = [c for c in table.children[prep] if table.dep[c] == "pobj"]
        if (
            table.text[prep - 1] == ","
            and table.dep[prep] == "prep"
            and table.lower[prep] in ("in", "at", "during")
            and any(table.lemma[o] in _VENUES | _SPOKEN for o in objects)
            and _bare(doc, *subtree(doc, prep)) == end
        ):
            return prep
    return None


# Verbs of a 'with' clause that reports another's words ('with Macron calling
# it a step forward'); other 'with' clauses go on with what was said ('with
# occupancy dropping by 99%').
_SAYING = frozenset(
    {"say", "call", "add", "stress", "underscore", "underline", "emphasize",
     "emphasise", "note", "urge", "warn", "insist", "argue", "describe", "claim",
     "tell", "express", "voice", "reiterate", "welcome", "point", "highlight"}
)  # fmt: skip


def _trailing_absolute(
    doc: Doc, table: TokenTable, span: tuple[int, int]
) -> int | None:
    """Where a 'with' clause after a comma that reports what someone named
    said starts, when it closes the content ('welcomed the development, | with
    French President Emmanuel Macron calling it a step forward'): their words
    are their own statement."""
    for prep in range(span[0] + 1, span[1] - 2):
        clause = [c for c in table.children[prep] if table.dep[c] == "pcomp"]
        if (
            table.text[prep - 1] == ","
            and table.lower[prep] == "with"
            and clause
            and table.tag[clause[0]] == "VBG"
            and table.lemma[clause[0]] in _SAYING
            and any(
                table.dep[c] == "nsubj" and table.pos[c] == "PROPN"
                for c in table.children[clause[0]]
            )
            and _bare(doc, *subtree(doc, prep)) == _bare(doc, *span)
        ):
            return prep
    return None


def _trailing_setting(
    doc: Doc, table: TokenTable, verbs: range, span: tuple[int, int]
) -> int | None:
    """Where a phrase of time, manner, means, venue or company on the cue's
    verb that closes the content starts."""
    for verb in verbs:
        for child in table.children[verb]:
            start, end = subtree(doc, child)
            if not (span[0] < start and _bare(doc, start, end) == _bare(doc, *span)):
                continue
            dep, word = table.dep[child], child
            if dep == "prep":
                objects = [
                    c
                    for c in table.children[child]
                    if table.dep[c] in ("pobj", "pcomp")
                ]
                word = objects[0] if objects else child
            timed = doc[word].ent_type_ in _TIMES or table.lower[child] in _WHEN
            how = dep == "prep" and (
                table.lemma[word] in _MANNER
                or (table.lower[child] == "by" and table.tag[word] == "VBG")
            )  # 'underlined X | by saying …'
            if dep in ("prep", "npadvmod") and (timed or how):
                return start
            if dep == "prep" and _company_or_venue(table, verb, child, word):
                return start
    return None


def _company_or_venue(table: TokenTable, verb: int, prep: int, word: int) -> bool:
    """'urged restraint | in a call with X', 'discussed X | with the Americans',
    'discussed X | at the meeting': where one spoke and whom one talked with
    is no part of what was said or talked about."""
    if table.lower[prep] in ("in", "during") and table.lemma[word] in _VENUES | _CALLS:
        return True
    if table.lemma[verb] not in _TALK:
        return False
    if table.lower[prep] == "with":
        return (
            table.pos[word] in ("PROPN", "PRON")
            or table.ent[word] in ("PERSON", "NORP", "GPE", "ORG")
            or table.lemma[word] in _COMPANY
        )
    return table.lower[prep] == "at" and table.lemma[word] in _VENUES | _TALKS


# Prepositions that only say when; nouns of a manner phrase ('in detail').
_WHEN = frozenset({"during", "throughout", "until", "since"})
_MANNER = frozenset({"manner", "way", "detail", "atmosphere", "spirit", "fashion"})
# Verbs of talking together; whom with and where they talked ('at the talks').
_TALK = frozenset({"discuss", "talk", "consult", "negotiate", "confer"})
_COMPANY = frozenset(
    {"leader", "leadership", "partner", "counterpart", "colleague", "ally", "friend",
     "side", "party", "government", "official", "adviser", "advisor", "minister",
     "president", "delegation", "representative", "envoy"}
)  # fmt: skip
_TALKS = frozenset({"talk", "negotiation", "consultation", "discussion"})
_CALLS = frozenset({"call", "conversation"})


def _bare(doc: Doc, start: int, end: int) -> int:
    """The end of a range without trailing punctuation, quote marks included."""
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


# Where or how one spoke, before what was said: 'told [a news conference] that',
# 'said in [a statement] that'.
_VENUES = frozenset(
    {"statement", "conference", "briefing", "interview", "session", "meeting",
     "gathering", "audience", "crowd", "summit", "forum", "hearing", "post",
     "letter", "message", "speech", "address", "broadcast", "podcast", "video"}
)  # fmt: skip
_VENUE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "ADP"})
_SPOKEN = frozenset({"remark", "comment", "tweet", "testimony"})  # ', in remarks to'


def _bare_clause(table: TokenTable, i: int) -> bool:
    """A clause with no 'that' the parse made a relative clause of the venue
    right before it ('said in a statement | it was following …'): its subject
    opens it."""
    if i < 1 or table.dep[i] != "nsubj" or table.pos[i] not in ("PRON", "PROPN"):
        return False
    clause = table.head[i]
    return table.dep[clause] == "relcl" and table.head[clause] == i - 1


def without_venue(
    table: TokenTable, cue: tuple[int, int], content: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """A content opening with the venue of the speech and then its that-clause
    (or a clause with no 'that' the parse hung on the venue) after 'told' or the
    cue's preposition ('told | a news conference that officials began …', 'said
    in | a statement that X', 'said | in a statement it was …'): the clause alone, as
    the gold draws it; a cue that ends in the venue's preposition runs over the
    venue ('said in a statement'). Not 'said the meeting that X convened …'."""
    start, end = content
    for i in range(start, min(start + 8, end - 2)):
        if (table.lower[i] == "that" and table.dep[i] == "mark") or _bare_clause(
            table, i
        ):
            venue = range(start, i)
            if (
                len(venue) >= 1
                and table.lemma[i - 1] in _VENUES
                and all(table.pos[j] in _VENUE_WORDS for j in venue)
            ):
                joined = cue[1] == start and (
                    table.pos[cue[1] - 1] == "ADP"
                    or (table.pos[start] == "ADP" and table.head[start] < start)
                )  # 'said | in a statement it was …': the preposition joins the cue
                told = any(table.lemma[j] == "tell" for j in range(*cue))
                if not (joined or told):
                    break  # 'said the meeting that Washington convened was a farce'
                return ((cue[0], i) if joined else cue), (i, end)
            break
        if table.pos[i] not in _VENUE_WORDS:
            break
    return cue, content
