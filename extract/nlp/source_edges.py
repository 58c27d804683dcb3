"""The edges of a source span: a pronoun's apposition and a title's names grown
in ('We, the Leaders of the G7,', 'Prime Minister | Modi', 'Presidents | X of
Nigeria and Y of Benin'), a name's suffix grown back over the name ('Joseph R.
Biden, Jr.'), an answer word, a word of address and the audience addressed left
out ('Yes, my colleagues and I', 'Sir, the ministry has', 'Ladies and gentlemen,
Ms Merkel and I'), a verb the parse took for a modifier cut off ('Minister Park
Yoon-joo | summoned Russian Ambassador X and lodged'), and the day the speaker
spoke left out ('Pakistan | on Tuesday lambasted'), and so the aside that
says where or how ('The minister | , speaking on Monday,')."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution
from extract.nlp.officials import TITLES
from extract.nlp.quotes import trim_end
from extract.nlp.token_table import TokenTable, subtree, token_table
from extract.nlp.turn_labels import from_the_floor

_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_ADDRESS = frozenset({"sir", "madam", "ma'am", "ma’am", "excellency"})


def with_apposition(doc: Doc, found: Attribution) -> Attribution:
    """A pronoun source grown over its apposition ('We, the Leaders of the G7,
    express …'): the gold's source is the noun phrase as written; and a title
    over the name the parse hung on it ('Prime Minister | Modi expressed')."""
    source = found.source
    if source is None:
        return found
    table = token_table(doc)
    name = source[1]
    comma = name + 1 < found.cue[0] and table.lower[name] == ","
    name += comma  # "The Chairperson of the Commission, | Moussa Faki Mahamat,"
    while name < found.cue[0] and table.dep[name] == "compound":
        name = table.head[name]  # "Presidents | Muhammadu Buhari of Nigeria and"
    if (
        name < found.cue[0]
        and table.dep[name] == "appos"
        and table.pos[name] == "PROPN"
        and (
            table.head[name] == source[1] - 1
            if not comma
            else _titles_source(table, table.head[name], source)
        )
    ):
        end = trim_end(doc, source[1], subtree(doc, name)[1])
        return _grown(found, source[0], end) or found
    named = _names_after_title(doc, found) or _delegate_after_title(doc, found)
    if named is not None:
        return named
    if source[1] - source[0] != 1 or table.pos[source[0]] != "PRON":
        return found
    appos = [c for c in table.children[source[0]] if table.dep[c] == "appos"]
    if not appos:
        return found
    end = trim_end(doc, source[0], subtree(doc, source[0])[1])
    return _grown(found, source[0], end) or found


def _titles_source(table: TokenTable, head: int, source: tuple[int, int]) -> bool:
    """Whether a name's apposition after a comma hangs on the title that heads
    the source ("The Foreign Minister of Brazil, Mauro Vieira": "Minister"),
    not on a name ("Doug McMillion, CEO of Walmart") or a group."""
    return (
        source[0] <= head < source[1]
        and table.head[head] not in range(*source)
        and table.lemma[head] in TITLES
        and table.tag[head] in ("NN", "NNP")
    )


def _names_after_title(doc: Doc, found: Attribution) -> Attribution | None:
    """ "Presidents | Muhammadu Buhari of Nigeria and Patrice Talon of Benin
    signed": a plural title grown over the names the parse made a second
    subject of its verb; None when the source is no such title."""
    table = token_table(doc)
    title = found.source[0] if found.source else -1
    if found.source is None or found.source[1] - title != 1:
        return None
    if table.tag[title] not in ("NNS", "NNPS") or table.lemma[title] not in TITLES:
        return None
    name = title + 1
    while name < len(doc) and table.dep[name] == "compound":
        name = table.head[name]
    if (
        name >= found.cue[0]
        or table.dep[name] != "nsubj"
        or table.head[name] != table.head[title]
        or table.pos[name] != "PROPN"
    ):
        return None
    end = trim_end(doc, name, subtree(doc, name)[1])
    return _grown(found, title, end)


# Who sits for a state in a meeting's record: "the President of the Council, the
# representative of Denmark," speaks for Denmark.
_DELEGATES = frozenset({"representative", "delegate"})


def _delegate_after_title(doc: Doc, found: Attribution) -> Attribution | None:
    """ "Speaking in her national capacity, the President of the Council, | the
    representative of Denmark, expressed …": a title grown over the delegate
    in apposition after its comma, whose state the record names; None when
    the source is no such title."""
    table = token_table(doc)
    source = found.source
    if source is None or source[1] + 1 >= found.cue[0] or table.lower[source[1]] != ",":
        return None
    words = [source[1] + 1]
    while words[-1] < found.cue[0] and table.dep[words[-1]] == "det":
        words.append(table.head[words[-1]])
    head = words[-1]
    if (
        head >= found.cue[0]
        or table.dep[head] != "appos"
        or table.lemma[head] not in _DELEGATES
        or not _titles_source(table, table.head[head], source)
    ):
        return None
    end = trim_end(doc, source[1], subtree(doc, head)[1])
    return _grown(found, source[0], end)


def _grown(found: Attribution, start: int, end: int) -> Attribution | None:
    """The finding with its source grown to `start`-`end`; None when that would
    run into the cue or the content."""
    content = found.content
    if end > found.cue[0] or (content[0] < end and content[1] > start):
        return None
    return replace(found, source=(start, end))


def without_interjection(doc: Doc, found: Attribution) -> Attribution:
    """ "Yes, my colleagues and I believe …": the answer word that opens a
    source is not part of who speaks; nor is a word of address ("Sir, Pakistan's
    foreign office has alleged …"), whose verb's subject speaks."""
    source = found.source
    if source is None:
        return found
    start, end = source
    if end - start == 1 and doc[start].lower_ in _ADDRESS:
        head = doc[start].head
        subject = [c for c in head.children if c.dep_ == "nsubj" and c.i > start]
        if subject:
            return replace(found, source=subtree(doc, subject[0].i))
        return replace(found, source=None)
    while start < end - 1 and (doc[start].dep_ == "intj" or doc[start].is_punct):
        start += 1
    return found if start == source[0] else replace(found, source=(start, end))


_VOCATIVE_NAME = 3  # words of the name a question opens with ("President Macron,")


def without_vocatives(doc: Doc, found: Attribution) -> Attribution:
    """A source opening a sentence (or a turn, after its label) without the
    audience it addresses ("Ladies and gentlemen, Ms Merkel and I discussed",
    "Friends, colleagues, the Chancellor and I", "Colleagues, the representative
    of X said"): the words of address, each closed by a comma, when a
    first-person pronoun follows them in the source or the source lists no one,
    and a name, title, determiner or pronoun opens what remains ("Colleagues,
    experts and I" is a list)."""
    if found.source is None:
        return found
    start, end = found.source
    if start != doc[start].sent.start and doc[start - 1].text != ":":
        return found
    at = start
    commas = [i for i in range(start, end) if doc[i].text == ","]
    for comma in commas:  # "Friends, colleagues, …": each closed by a comma
        words = [t.lower_ for t in doc[at:comma]]
        if not (_addresses(words) or _asked(doc, at, comma)):
            break
        at = comma + 1
    first_person = any(t.lower_ in ("i", "we") for t in doc[at:end])
    listed = any(t.lower_ in ("and", "or", "&") for t in doc[start:end])
    if at == start or at >= end or (listed and not first_person):
        return found  # "Colleagues, the representative of X said": no list
    first = doc[at]  # 'Colleagues, experts and I': a list, not an address
    if not (first.is_title or first.pos_ in ("DET", "PRON") or first.tag_ == "PRP$"):
        return found
    if first.tag_ in ("WP", "WDT"):
        return found  # "President Zelensky, who is in Washington today, said"
    return replace(found, source=(at, end))


def addressed(doc: Doc, found: Attribution) -> bool:
    """ "Mr. Prime Minister, welcome back", "Mr. President, thank you for": one
    person (no list), parted from the cue by a comma alone, with a verb that cannot be
    theirs (no "welcomes", no auxiliary), is the one addressed: the words are
    said to them, no statement of theirs."""
    if found.source is None:
        return False
    start, end = found.source
    cue = doc[found.cue[0]]
    if end + 1 != cue.i or doc[end].text != ",":
        return False
    if doc[start:end].root.tag_ not in ("NN", "NNP") or cue.tag_ not in ("VB", "VBP"):
        return False
    if any(t.lower_ in (",", "and", "or") for t in doc[start:end]):
        return False  # "China and Russia, as two leading economies, favour"
    return not any(c.dep_ in ("aux", "auxpass") for c in cue.children)


def _asked(doc: Doc, start: int, comma: int) -> bool:
    """A question's opening title and name ("President Macron, the junta in
    Niamey accuses Paris …" from the floor): whom the questioner asks."""
    words = doc[start:comma]
    return (
        0 < len(words) - 1 <= _VOCATIVE_NAME
        and words[0].lower_ in TITLES
        and all(t.pos_ == "PROPN" for t in words[1:])
        and from_the_floor(doc, words[0].idx)
    )


def _addresses(words: list[str]) -> bool:
    """Whether the words are a word of address to an audience: "ladies and
    gentlemen", "dear friends", "colleagues", "Excellencies", or a title alone
    ("Prime Minister, President-elect Trump has said", "Mr. President")."""
    if words[:1] == ["dear"]:
        words = words[1:]
    if words in (["ladies", "and", "gentlemen"], ["excellencies"]):
        return True
    if words[:1] == ["your"]:
        return words[1:] in (["excellency"], ["excellencies"], ["majesty"])
    if words in (["friends"], ["colleagues"], ["sir"], ["madam"]):
        return True
    if words[:1] and words[0] in _HONORIFICS:  # "Mr. President", "Madam Chancellor"
        words = words[1:]
    return bool(words) and all(w in TITLES or w in _TITLE_PARTS for w in words)


_HONORIFICS = frozenset({"mr", "mr.", "mister", "madam", "madame", "ms", "ms."})
_TITLE_PARTS = frozenset({"prime", "vice", "deputy", "foreign", "first", "general"})


def with_name_suffix(doc: Doc, found: Attribution) -> Attribution:
    """ "President Joseph R. Biden, Jr. said": a name's suffix, read as the
    source alone, is grown back over the name it ends."""
    source = found.source
    if source is None or source[1] - source[0] != 1:
        return found
    if doc[source[0]].lower_ not in _SUFFIXES:
        return found
    name = source[0] - 1 - (source[0] > 0 and doc[source[0] - 1].text == ",")
    if name < 0 or doc[name].pos_ != "PROPN":
        return found
    return replace(found, source=(doc[name].left_edge.i, source[1]))


_VERB_TAGS = frozenset({"VBD", "VBN"})


def before_a_verb(doc: Doc, found: Attribution) -> Attribution:
    """ "First Vice Foreign Minister Park Yoon-joo summoned Russian Ambassador X
    on December 4 and lodged a protest": a verb right after a name that the
    parse hung as a modifier on a later noun ends the source there; the rest is
    what the speaker did, and its title is another's."""
    source = found.source
    if source is None:
        return found
    table = token_table(doc)
    if table.pos[source[0]] == "DET":  # "An EU funded report", "The Trump appointed"
        return found
    for j in range(source[0] + 1, source[1]):
        if (
            table.tag[j] in _VERB_TAGS
            and table.dep[j] in ("amod", "compound", "nmod")
            and table.head[j] > j + 1  # not "Kremlin controlled media"
            and table.pos[j - 1] == "PROPN"
            and any(table.ent[k] == "PERSON" for k in range(source[0], j))
        ):
            return replace(found, source=(source[0], j))
    return found


_TIMES = frozenset({"DATE", "TIME"})
_WHEN = frozenset({"on", "in", "at", "since", "during", "until", "by"})


def without_time(doc: Doc, found: Attribution) -> Attribution:
    """ "Pakistan on Tuesday lambasted …": a phrase of time that closes the
    source says when it spoke, not who."""
    source = found.source
    if source is None:
        return found
    table = token_table(doc)
    start, end = source
    cut = end
    while cut > start and table.ent[cut - 1] in _TIMES:
        cut -= 1
    if cut == end:
        return found
    if cut > start and table.pos[cut - 1] in ("ADP", "SCONJ"):
        if table.lower[cut - 1] not in _WHEN:
            return found  # "The Class of 2024", "the government of the day"
        cut -= 1  # "on Tuesday", "since October"
    if doc[start:end].root.i >= cut:  # "The 56-year-old": the time is who
        return found
    return replace(found, source=(start, trim_end(doc, start, cut)))


# Prepositions of an aside on where or through what a source spoke; others
# ('of', 'as', 'including', 'like', 'during') still say who or when it is.
_WHERE = frozenset({"on", "in", "at", "via"})
_SPEAKING = frozenset(
    {"speak", "talk", "write", "address", "reply", "respond", "answer", "comment",
     "testify", "post", "tweet", "appear", "tell", "meet", "visit", "tour", "travel"}
)  # fmt: skip
# The participles, as the parse may tag one a noun ("…, meeting in Helsinki,").
_SPEAKING_ING = frozenset((w[:-1] if w.endswith("e") else w) + "ing" for w in _SPEAKING)
_FOR_WHOM = frozenset({"for", "behalf"})


def without_aside(doc: Doc, found: Attribution) -> Attribution:
    """ "The minister, speaking on Monday, said", "Trump, also on Twitter,
    defended", "A and B, meeting in Helsinki, agreed": an aside set off by a
    comma after the speaker's noun that says where or how it spoke, not who or
    for whom, is left out of the source."""
    source = found.source
    if source is None:
        return found
    table = token_table(doc)
    start, end = source
    root = doc[start:end].root.i
    for child in table.children[root]:
        first, last = subtree(doc, child)
        if (
            child > root
            and _says_where_or_how(table, child, last)
            and first > start
            and table.text[first - 1] == ","
            and all(table.punct[i] for i in range(last, end))
        ):
            return replace(found, source=(start, trim_end(doc, start, first - 1)))
    return found


_SEEMING = frozenset({"seem", "appear", "look", "sound"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})  # "Acting UN envoy X"


def with_verb_subject(doc: Doc, found: Attribution) -> Attribution:
    """A finding left without a source whose cue verb takes a clause and has
    a subject of nouns before it, or whose subject the parse hung in a
    participle's opener ("Speaking on behalf of the OIC, the representative of
    Saudi Arabia said that X", "… condemned the attack"): that subject."""
    if found.source is not None:
        return found
    verb = doc[found.cue[0] : found.cue[1]].root
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return found
    if verb.lemma_ in _SEEMING:
        return found  # "the reality seems to be different": no one says it
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and not any(c.dep_ == "ccomp" for c in verb.children):
        return found
    subject = subject or _after_opener(verb)  # any cue verb ("condemned X")
    if subject is None or subject.i > verb.i or subject.pos_ not in ("NOUN", "PROPN"):
        return found
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    end = trim_end(doc, start, end)  # "…, a women's rights organization in Jacmel,"
    if end > found.cue[0] or any(
        found.content[0] <= i < found.content[1] for i in (start, end - 1)
    ):
        return found
    return replace(found, source=(start, end))


def _after_opener(verb: Token) -> Token | None:
    """The speaker the parse hung as an apposition inside a participle's opener
    it made the verb's subject ("[Speaking on behalf of the OIC, the
    representative of Saudi Arabia] said"): the apposition right before the
    verb."""
    opener = next((c for c in verb.children if c.dep_ == "csubj"), None)
    opener = opener or next(  # "Speaking on behalf of the Arab Group, the
        # representative of Kuwait said X", the subject hung on the group
        (c for c in verb.children if c.dep_ == "advcl" and c.i == c.sent.start),
        None,
    )
    if opener is None or opener.tag_ not in ("VBG", "VBN"):  # "Asked whether
        return None  # X, a member of the U.S. delegation said"
    if any(t.pos_ != "ADV" for t in opener.doc[opener.sent.start : opener.i]):
        return None  # "Also briefing the Council, X, …, said"
    first = next(
        (
            t
            for t in opener.subtree
            if t.dep_ == "appos"
            and t.head.dep_ != "appos"  # the first of a chain: X, director, …
            and t.right_edge.i + 1 >= verb.i - 1
        ),
        None,
    )
    return _past_named_before(first) if first is not None else None


def _past_named_before(name: Token) -> Token:
    """The speaker's part of a chain of appositions that names someone first
    ("the Hungarian Prime Minister, | Viktor Orban, | the minister, Radoslaw
    Sikorski,"): the apposition after a person's name that names a person too."""
    while name.ent_type_ == "PERSON":
        later = next(
            (
                c
                for c in name.children
                if c.dep_ == "appos" and any(t.ent_type_ == "PERSON" for t in c.subtree)
            ),
            None,
        )
        if later is None:
            break
        name = later
    return name


def without_opener(doc: Doc, found: Attribution) -> Attribution:
    """ "Also briefing the Council, Guerline Jean-Baptiste, executive director
    of …, said": a participle's phrase that opens the sentence, closed by a
    comma, says what the speaker was doing, not who they are; the source starts
    after it."""
    if found.source is None:
        return found
    start, end = found.source
    words = [t for t in doc[start:end] if not t.is_space]
    opens = [t for t in words[:2] if t.tag_ == "VBG" and t.dep_ not in _MODIFIERS]
    if not opens or start != doc[start].sent.start:
        return found
    comma = next((t.i for t in doc[opens[0].i : end] if t.text == ","), None)
    if comma is None or comma + 1 >= end or not doc[comma + 1].text[:1].isupper():
        return found
    return replace(found, source=(comma + 1, end))


def without_fronted_phrase(doc: Doc, found: Attribution) -> Attribution:
    """ "In response to media queries regarding posts by officials of
    Bangladesh, the Official Spokesperson, Shri Randhir Jaiswal, said": a
    phrase opening the sentence says to what the speaker answered; the parse
    hung the speaker in it as an apposition, and the source is that
    apposition, the last before the cue."""
    if found.source is None:
        return found
    start, end = found.source
    first = doc[start].sent[0]
    if first.tag_ != "IN" or first.dep_ != "prep" or first.lower_ == "as":
        return found  # "As a young activist, X, told me": the source's own clause
    if not first.i <= start <= first.right_edge.i:
        return found
    apposed = [
        t
        for t in doc[start:end]
        if t.dep_ == "appos"
        and t.pos_ in ("NOUN", "PROPN")  # not "Mahnaz Karimi, | 52,"
        and t.left_edge.i > start
        and doc[t.left_edge.i - 1].text == ","
        and t.right_edge.i + 1 >= end - 1
    ]
    if not apposed:
        return _title_before_subject(doc, found, first)
    # the last before the cue: "During talks with the Egyptian President, Abdel
    # Fattah el-Sisi, | the Qatari Emir said"; with its own apposition ("the
    # Official Spokesperson, | Shri Randhir Jaiswal,")
    speaker = max(apposed, key=lambda t: t.left_edge.i)
    while (
        speaker.head.dep_ == "appos"
        and speaker.head in apposed
        and speaker.head.lemma_.lower() in TITLES
    ):
        speaker = speaker.head
    return replace(found, source=(speaker.left_edge.i, end))


def without_earlier_object(doc: Doc, found: Attribution) -> Attribution:
    """ "I have said it many times in Brussels and I say it": a source opening
    with the object of a preposition before it is that phrase's end, not the
    speaker's; the source is the cue verb's own subject within it."""
    if found.source is None:
        return found
    start, end = found.source
    first = doc[start]
    if first.dep_ != "pobj" or first.head.i >= start or first.head.dep_ != "prep":
        return found
    verb = doc[found.cue[0] : found.cue[1]].root
    subjects = [
        t
        for t in doc[start + 1 : end]
        if t.dep_ == "nsubj" and t.head.i == verb.i and t.left_edge.i > start
    ]
    if not subjects:
        return found
    return replace(found, source=(subjects[0].left_edge.i, end))


def _title_before_subject(doc: Doc, found: Attribution, first: Token) -> Attribution:
    """ "During Israel's submissions on Monday, counsel for Israel, Sir
    Geoffrey Lane KC, contended": the cue verb's subject, after the opening
    phrase, with the title the parse hung in that phrase right before it."""
    assert found.source is not None
    start, end = found.source
    verb = doc[found.cue[0] : found.cue[1]].root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not start < subject.i < end:
        return found
    at = subject.i  # the subject's own name: "Sir Geoffrey Lane KC"
    while at > start and doc[at - 1].dep_ in ("compound", "det", "amod"):
        at -= 1
    if first.right_edge.i >= at or doc[at - 1].text != ",":
        return found
    if start < at - 1:
        title = doc[at - 2]
        while title.dep_ != "appos" and title.head.i < title.i and title.i > start:
            title = title.head  # "counsel for | Israel": up to the apposed title
        if title.dep_ == "appos" and doc[title.left_edge.i - 1].text == ",":
            at = title.left_edge.i
    return replace(found, source=(at, end))


def with_noun_owner(doc: Doc, found: Attribution) -> Attribution:
    """ "We welcome the commitment of the Congolese side to neutralise X": a
    stance noun's cue ending in "of" has the one it names there for its
    source, not the subject of the verb it hangs on."""
    start, end = found.cue
    of = doc[end - 1]
    noun = doc[start:end].root
    if of.lower_ != "of" or noun.pos_ != "NOUN" or of.head != noun:
        return found
    owner = next((c for c in of.children if c.dep_ == "pobj"), None)
    if owner is None or found.source == (owner.left_edge.i, owner.right_edge.i + 1):
        return found
    if found.source is None or found.source[0] >= end:
        return found  # none, or the owner already
    if doc[found.source[1] - 1].dep_ == "poss" or not _a_side(owner):
        return found  # "Trump's endorsement of X", "threats of nuclear use"
    return replace(found, source=(owner.left_edge.i, owner.right_edge.i + 1))


# Who a stance noun's "of" names as its owner ("the commitment of the Congolese side").
_SIDES = frozenset(
    {"side", "government", "authority", "party", "leadership", "delegation",
     "administration", "ministry", "state", "country"}
)  # fmt: skip


def _a_side(word: Token) -> bool:
    """A state, body, person or side ("the Congolese side", "Kenya")."""
    named = any(s.start <= word.i < s.end for s in word.doc.spans.get("actors", []))
    return named or word.ent_type_ == "PERSON" or word.lemma_.lower() in _SIDES


def _says_where_or_how(table: TokenTable, child: int, last: int) -> bool:
    """Whether an aside says where, through what or how its source spoke: a
    participle of speaking, a phrase of place or medium, an adverb; not one that
    says for whom ('speaking for Britain', 'on behalf of X', 'representing X')."""
    if any(table.lower[i] in _FOR_WHOM for i in range(child, last)):
        return False
    dep = table.dep[child]
    # not 'The ad, titled "Unifier?",', 'X, representing Y,'; the parse may join
    # the participle to the names ('A and B, meeting in Helsinki,')
    if dep in ("acl", "conj", "appos"):
        return table.lower[child] in _SPEAKING_ING
    if dep == "prep":
        return table.lower[child] in _WHERE
    return dep in ("advmod", "npadvmod")


def with_noun_agent(doc: Doc, found: Attribution) -> Attribution:
    """A participle cue right after a noun made "by" someone, with no comma
    between ("notes | reports by Amnesty International alleging that X"), is
    the noun's, though the parse hung it on the main verb: its source is who
    made the reports, not the main verb's subject."""
    agent = noun_agent(doc[found.cue[0]])
    if agent is None or found.source is None or found.source[1] > agent.i:
        return found
    return replace(found, source=(agent.left_edge.i, agent.right_edge.i + 1))


# Nouns of what someone says or writes, which a participle may go on saying.
_REPORTS = frozenset(
    {"report", "claim", "statement", "allegation", "study", "letter", "article",
     "finding", "document", "account", "message", "complaint", "submission",
     "analysis", "survey", "review", "commentary", "investigation", "note"}
)  # fmt: skip


def noun_agent(verb: Token) -> Token | None:
    """Who made the common noun a participle right after it modifies ("reports
    by Amnesty International | alleging"), though the parse hung the
    participle on the main verb as an adverbial."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while (
        (noun.pos_ != "NOUN" or noun.dep_ == "compound")
        and noun.dep_ in ("pobj", "compound", "prep")
        and noun.head.i < noun.i
    ):
        noun = noun.head  # "reports by Amnesty | International"
    if noun.lemma_.lower() not in _REPORTS or noun.head.i > verb.i:
        return None  # "the sale of weapons by X warning": the main subject's
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
