"""What the act classifier sees of a statement: the rule's act, the cue, its
negation, and the grammar and first words of its content, as feature strings.

Shared by the trainer (`training/train_acts.py`) and the pipeline, so the model
reads at run time exactly what it learned from.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extract.nlp.act_cues import act_words
from extract.nlp.acts import PhraseIndex, is_negated
from extract.nlp.taxonomy import Act
from extract.nlp.token_table import token_table

_MARKERS = frozenset(
    {"must", "should", "will", "shall", "would", "need", "can", "could", "may", "ought"}
)
_FIRST = 3  # the content's first lemmas worth a feature each
_SKIP_POS = frozenset({"PUNCT", "SPACE", "DET"})
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})


def act_features(
    cue_span: Span,
    cue_lemma: str,
    content: Span,
    rule_act: str,
    acts: tuple[Act, ...],
    phrases: PhraseIndex,
) -> list[str]:
    """Feature strings of one statement; `rule_act` is the act id the rules gave.

    Besides the act the rules chose, each act whose rule has the cue's lemma, a
    word of the cue span, or a phrase in the content, whether or not the rule's
    other conditions hold (a neutral cue whose content carries the act).
    """
    cue = cue_span.root
    negated = is_negated(cue)
    head = content.root
    features = [
        "bias",
        f"rule={rule_act}",
        f"cue={cue_lemma}",
        f"cue_rule={cue_lemma}|{rule_act}",
        f"neg={negated}",
        f"head={head.lemma_.lower()}",
        f"head_pos={head.pos_}",
        f"head_dep={head.dep_}",
    ]
    if negated:
        features.append(f"neg_cue={cue_lemma}")
    words = act_words(cue_span, content)
    features += [f"cue_w={w}" for w in words]
    features += _content_features(head, content)
    features += _rule_features(cue_lemma, words, content, acts, phrases)
    return features


def _rule_features(
    cue_lemma: str,
    words: frozenset[str],
    content: Span,
    acts: tuple[Act, ...],
    phrases: PhraseIndex,
) -> list[str]:
    """The acts whose rules' cues, words or content phrases this statement has;
    not those of a rule that wants its phrases' objects too ('said' and 'deepen'
    alone are no intent to cooperate)."""
    found: set[str] = set()
    for act in acts[:-1]:
        if act.objects:
            continue
        if cue_lemma in act.cues:
            found.add(f"cue_of={act.id}")
        if act.words & words:
            found.add(f"word_of={act.id}")
        if any(
            phrases.has(p, content, act.negated) for p in phrases.in_doc(act.content)
        ):
            found.add(f"phrase_of={act.id}")
    return sorted(found)


def _content_features(head: Token, content: Span) -> list[str]:
    """The content's head dependents, modal and infinitive markers, subject,
    negation and first lemmas."""
    inside = range(content.start, content.end)
    out: list[str] = []
    for child in head.children:
        if child.i not in inside or child.pos_ in _SKIP_POS:
            continue
        lemma = child.lemma_.lower()
        out.append(f"dep={child.dep_}:{lemma}")
        if child.dep_ in ("aux", "auxpass") and lemma in _MARKERS:
            out.append(f"modal={lemma}")
        elif child.dep_ == "aux" and lemma == "to":
            out.append("infinitive")
        elif child.dep_ == "neg":
            out.append("content_neg")
        elif child.dep_ in ("nsubj", "nsubjpass"):
            kind = lemma if child.pos_ == "PRON" else child.ent_type_ or child.pos_
            out.append(f"subj={kind}")
    if head.tag_ == "VB" and not any(c.dep_ in ("nsubj", "aux") for c in head.children):
        out.append("imperative")
    table = token_table(content.doc)
    pos, lemmas = table.pos[content.start : content.end], table.lemma
    first = [i for i, p in enumerate(pos, content.start) if p not in _SKIP_POS]
    out += [f"first{k}={lemmas[i]}" for k, i in enumerate(first[:_FIRST])]
    words = {lemmas[i] for i, p in enumerate(pos, content.start) if p in _CONTENT_POS}
    out += sorted(f"w={w}" for w in words)
    if content.start < len(table.lower) and table.lower[content.start] == "that":
        out.append("that_clause")
    return out
