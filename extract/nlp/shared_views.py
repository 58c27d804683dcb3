"""Agreement worded as a view the sides share: 'It is our common opinion that
X', 'We came to the same conclusion that X', 'arrived at the common opinion
that X', 'have identical opinions on X', 'A consensus has been reached on X'.

Press statements after talks report agreement this way; the news-trained
finder rarely has such a cue. The view is shared when its noun is a consensus
or unanimity, or has a word of sameness ('common', 'same', 'identical'). Only
where that is what it says: in a document of a site that declares its issuer
(news describes positions so: 'both men had the same position on global
warming'), in a main clause that asserts it (not 'No consensus has been
reached', 'We must reach a consensus', 'If we have a common understanding',
a question, or 'Claims that a consensus has been reached are false'), and
of the sides (`sides.py`; 'our' view; not 'The EU has a common position',
'Kyiv and Warsaw have the same opinion', 'It is their common opinion', 'A
consensus has been reached in Western capitals'), on a topic of its own
('on X', not 'on one thing: X', whose colon introduces a gibe). A
view held 'in' ('In our common opinion, X') frames a statement and is no
cue. The source is the subject of the verb that reaches the view ('We came
to'), the view's owner ('our'), or, with neither ('A consensus has been
reached'), whoever the document's speakers are; the content is the view's
clause ('that X') or topic ('on X', 'with regard to X').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.nlp.attribution import Attribution, child_of, subtree_of
from extract.nlp.quotes import trim_end
from extract.nlp.sides import the_sides

VIEW_NOUNS = frozenset(
    {"opinion", "view", "conclusion", "understanding", "assessment", "position",
     "consensus", "unanimity"}
)  # fmt: skip
_SHARED_ALREADY = frozenset({"consensus", "unanimity"})
SAMENESS = frozenset({"common", "same", "shared", "identical", "joint", "unanimous"})
# how a view is reached: 'came to', 'arrived at' it; 'reached', 'have' it
_REACHING_TO = frozenset({"come", "arrive", "get"})
_HOLDING = frozenset({"reach", "have", "hold", "achieve"})
_NOT_ASSERTED = frozenset(
    {"must", "should", "will", "would", "can", "could", "may", "might", "shall",
     "'ll", "wo", "need", "ought"}
)  # fmt: skip
_DENIALS = frozenset({"hardly", "scarcely", "barely", "never", "not"})
_AMONG_OTHERS = frozenset({"in", "among", "between", "within"})
_TOPICS = frozenset({"on", "about", "regarding", "concerning", "over"})
_REGARDS = frozenset({"regard", "respect"})  # 'with regard to X'


def find_shared_views(doc: Doc) -> list[Attribution]:
    """Each shared view reported as reached or held, in text order."""
    if doc._.issuer is None:
        return []
    found = (_shared(t) for t in doc if shared_view(t))
    return [a for a in found if a is not None]


def shared_view(noun: Token) -> bool:
    """A view the sides share: a consensus, or 'the same conclusion'."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in VIEW_NOUNS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    if lemma in _SHARED_ALREADY:
        return True
    words = [c for c in noun.children if c.dep_ == "amod"]
    words += [c for w in words for c in w.children if c.dep_ == "conj"]
    return any(w.lower_ in SAMENESS for w in words)


def reaches_a_shared_view(verb: Token) -> bool:
    """Whether the verb reaches or holds a shared view ('came to the same
    conclusion', 'It is our common opinion'), for the act rules."""
    if verb.doc._.issuer is None:  # before walking the clause, on every statement
        return False
    return any(_reached_by(n) == verb for n in verb.subtree if shared_view(n))


def _reached_by(noun: Token) -> Token | None:
    """The verb that reaches or holds the view, if the sides assert that in an
    official document."""
    verb = _reaching(noun)
    if verb is None or noun.doc._.issuer is None or not _asserted(verb):
        return None
    if any(
        c.dep_ == "prep" and c.lower_ in _AMONG_OTHERS
        for c in (*verb.children, *noun.children)
    ):
        return None  # 'reached in Western capitals', 'among the allies'
    if any(c.lower_ in _DENIALS for c in (*verb.children, *noun.children)):
        return None  # 'We have hardly a common understanding'
    after = [t for t in verb.subtree if t.i > noun.i]
    if any(t.lower_ == "thing" or t.text == ":" for t in after):
        return None  # 'a common position on one thing: undermining X'
    if noun.dep_ == "attr":
        return verb if _owned_by_the_sides(noun) else None
    if noun.dep_ == "nsubjpass":
        return verb
    subject = child_of(verb, "nsubj")
    return verb if subject is not None and the_sides(subject) else None


def _asserted(verb: Token) -> bool:
    """A main clause, not denied, not modal or conditional, not a question."""
    if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False
    for child in verb.children:
        if child.dep_ in ("neg", "mark") or child.lower_ in _NOT_ASSERTED:
            return False
    last = verb.sent[-1] if verb.sent[-1].text.strip() else verb.sent[-2]
    return last.text != "?"


def _owned_by_the_sides(noun: Token) -> bool:
    """'It is [our] common opinion', 'It is common opinion'; not 'It is a
    common view in the West', 'It is their common opinion'."""
    owner = child_of(noun, "poss")
    if owner is not None:
        return owner.lower_ == "our"
    return child_of(noun, "det") is None


def _reaching(noun: Token) -> Token | None:
    """The verb that reaches or holds the view, if the view is reached or held."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be" and _it_subject(head):
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "at"):
        verb = head.head
        return verb if verb.lemma_.lower() in _REACHING_TO else None
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _HOLDING:
        return head
    return None


def _it_subject(verb: Token) -> bool:
    subject = child_of(verb, "nsubj") or child_of(verb, "expl")
    return subject is not None and subject.lower_ == "it"


def _shared(noun: Token) -> Attribution | None:
    verb = _reached_by(noun)
    if verb is None:
        return None
    content = _content(noun, verb)
    if content is None:
        return None
    doc = noun.doc
    owner = child_of(noun, "poss")
    subject = child_of(verb, "nsubj")
    if noun.dep_ == "attr":
        source = None if owner is None else (owner.i, owner.i + 1)
        it = verb.i > 0 and doc[verb.i - 1].lower_ == "it"
        cue_start = verb.i - 1 if it else verb.i
    elif noun.dep_ == "nsubjpass":
        source, cue_start = None, noun.left_edge.i
    elif subject is None:
        return None
    else:
        source = subtree_of(subject)
        before = [c.i for c in verb.children if c.dep_ in ("aux", "neg")]
        cue_start = min([verb.i, *(i for i in before if i > subject.i)])
    cue_end = noun.i + 1 if noun.dep_ != "nsubjpass" else verb.i + 1
    owned = noun.dep_ == "attr"  # 'It is [our] common opinion': the owner is inside
    if content[0] < cue_end or (
        source is not None and not owned and source[1] > cue_start
    ):
        return None
    return Attribution(
        cue=(cue_start, cue_end),
        content=(content[0], trim_end(doc, content[0], content[1])),
        source=source,
        cue_lemma=verb.lemma_.lower(),
        form="shared_view",
    )


def _content(noun: Token, verb: Token) -> tuple[int, int] | None:
    """The view's clause ('that X') or topic ('on X', 'with regard to X'), on
    the noun or on the verb after it."""
    for head in (noun, verb):
        for child in head.rights:
            if child.i < noun.i:
                continue
            if child.dep_ in ("acl", "ccomp") and child_of(child, "mark") is not None:
                return child.left_edge.i, child.right_edge.i + 1
            if child.dep_ == "prep" and child.lower_ in _TOPICS:
                pobj = child_of(child, "pobj") or child_of(child, "pcomp")
                if pobj is not None:
                    return subtree_of(pobj)
            if child.dep_ == "prep" and child.lower_ == "with":
                pobj = child_of(child, "pobj")
                if pobj is not None and pobj.lemma_.lower() in _REGARDS:
                    return subtree_of(child)
    return None
