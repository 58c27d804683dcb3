"""Find attributions in a parsed Doc: the learned finder decides, the rules advise.

Two finders work together: the learned finder (`attribution_model.py`, trained on
PolNeAR) and the dependency rules of `attribution.py`. Every finder is a pure
function from a Doc to token spans; `components.py` writes the result on the Doc.
Their findings are then settled by grammar and document structure, as the
diplomatic gold draws the spans: a transcript's turn labels are no attributions
(`turn_labels.py`), a turn's speaker on their own thoughts ('I would like to
stress that …') is kept when the model passes it over (`turn_speech.py`),
chained cues, manner phrases and stance words join the cue (`cue_chains.py`,
`stance_words.py`), 'As you know' is an aside and 'pleased to welcome' a
courtesy (no attributions), a pronoun source keeps its
apposition, coordinations and broken lists bound the content
(`coordination.py`, `list_tails.py`), and a content takes in the elaboration
of its words ('X, including Y'; `elaborations.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from extract.nlp.acronyms import whole_name_source
from extract.nlp.act_deeds import find_act_deeds
from extract.nlp.act_phrases import find_act_phrases
from extract.nlp.attribution import Attribution, find_rule_attributions
from extract.nlp.attribution_model import AttributionModel, Found, Hints, find_learned
from extract.nlp.bullet_clauses import find_bullet_clauses
from extract.nlp.clefts import with_cleft_subjects
from extract.nlp.colon_paragraphs import with_colon_paragraphs
from extract.nlp.colon_speech import denied_preface, find_colon_speech
from extract.nlp.continued_stances import find_continued_stances
from extract.nlp.coordinated_speakers import with_coordinated_speakers
from extract.nlp.coordination import (
    missing_conjuncts,
    shared_objects,
    shared_sources,
    split_coordinated,
    whole_coordinations,
    without_other_acts,
)
from extract.nlp.crossed_cues import without_crossed_cues
from extract.nlp.cue_chains import chain_cues
from extract.nlp.datelines import after_dateline
from extract.nlp.elaborations import with_elaborations
from extract.nlp.existential_talks import find_existential_talks
from extract.nlp.following_quotes import with_following_quotes
from extract.nlp.furniture import in_link_list
from extract.nlp.header import in_header
from extract.nlp.imperative_tails import without_imperative_tail
from extract.nlp.informed import informs_no_one, past_the_informed
from extract.nlp.interrupted_contents import with_interrupted_contents
from extract.nlp.lexicon import Lexicon
from extract.nlp.list_tails import with_list_tails
from extract.nlp.made_clear import find_made_clear
from extract.nlp.medium_sources import relayed, without_medium
from extract.nlp.misparsed_cues import find_misparsed_cues, with_verbless_subject
from extract.nlp.misread_that import with_subject_back, with_that_clause
from extract.nlp.no_statements import (
    aimed_at,
    aside,
    asked_by_the_floor,
    asked_whether,
    asks,
    by_the_book,
    cited_after,
    courtesy,
    describes_its_content,
    exchanges_deeds,
    goes_on,
    hosts,
    in_a_time_clause,
    item_label,
    left_unsaid,
    paid_a_call,
    perceives_or_convenes,
    posts_a_picture,
    toast,
    was_asked,
    withdraws_or_expels,
)
from extract.nlp.obligations import urged_on_others
from extract.nlp.operative_clauses import find_operative_clauses
from extract.nlp.overlapping_cues import (
    past_the_addressee,
    past_the_medium,
    with_calling_preposition,
    with_helpers,
    without_dangling_preposition,
    without_overlap,
)
from extract.nlp.passed_over import find_passed_over
from extract.nlp.performatives import hails_from, performative, threat_made
from extract.nlp.prep_phrases import without_trailing_time, without_venue
from extract.nlp.pseudo_clefts import find_pseudo_clefts
from extract.nlp.quoted_sayings import find_quoted_sayings
from extract.nlp.quotes import (
    SpanRange,
    balanced_marks,
    from_word_start,
    quote_kind,
    quote_spans,
    to_quotation_end,
    to_word_end,
)
from extract.nlp.register import find_register_attributions
from extract.nlp.relatives import antecedent_source, with_own_conjuncts
from extract.nlp.shared_views import find_shared_views
from extract.nlp.source_edges import (
    addressed,
    before_a_verb,
    with_apposition,
    with_name_suffix,
    with_noun_agent,
    with_noun_owner,
    with_verb_subject,
    without_aside,
    without_earlier_object,
    without_fronted_phrase,
    without_interjection,
    without_opener,
    without_time,
    without_vocatives,
)
from extract.nlp.stranded_conjuncts import reattached_conjuncts
from extract.nlp.thing_sources import without_thing_sources
from extract.nlp.token_table import TokenTable, token_table
from extract.nlp.told import the_one_told
from extract.nlp.trailing_reports import with_trailing_reports
from extract.nlp.turn_labels import after_label, label_source, turn_label_colons
from extract.nlp.turn_speech import with_turn_speech
from extract.nlp.turn_taking import is_turn_taking
from extract.nlp.verb_series import with_series_subjects


def find_attributions(
    doc: Doc,
    lexicon: Lexicon,
    model: AttributionModel | None = None,
    official: bool = False,
) -> list[Attribution]:
    """All attributions in the Doc, in text order, one per cue. With a model, the
    rules' findings are features of the learned finder, which decides; without
    one, the rules decide. `official`: the Doc is of a site that declares its
    issuer."""
    rules = find_rule_attributions(doc, lexicon)
    operative = find_operative_clauses(doc)  # "1. Strongly condemns X;"
    operative += find_bullet_clauses(doc, lexicon)  # "The two leaders:\n- welcomed"
    held = find_continued_stances(doc)  # "we will continue to support X"
    clear = find_made_clear(doc, lexicon)  # "has made it clear that X"
    misparsed = find_misparsed_cues(doc, lexicon)  # "The Council underlines that X"
    prefaced = find_colon_speech(doc)  # "Let me repeat: X"
    quoted = find_quoted_sayings(doc)  # "X was quoted as saying Y"
    clefts = find_pseudo_clefts(doc)  # "What I want to stress is that X"
    # talks in other words, read only in official documents: "we did not neglect
    # X", "came to the same conclusion that X", "There was a discussion of X"
    talks = [
        *find_passed_over(doc),
        *find_shared_views(doc),
        *find_existential_talks(doc),
    ]
    more = [*operative, *held, *clear, *misparsed, *prefaced, *quoted, *clefts, *talks]
    rules = _with_register(rules, find_register_attributions(doc, lexicon) + more)
    acts = _without_register(rules, _acts(doc, lexicon))
    if model is None:
        return _settled(doc, _with_register(rules, acts), lexicon)
    quotes = quote_spans(doc)
    found = find_learned(doc, model, rule_hints(rules), official)
    learned = [_learned_edges(doc, _from_found(doc, f, quotes)) for f in found]
    # the register's cues ('expressed concern about') decide their own span
    register = {i for a in rules if a.form in REGISTER for i in range(*a.cue)}
    learned = [a for a in learned if not any(i in register for i in range(*a.cue))]
    # so do acts worded as deeds ('held X responsible for Y', 'X was welcomed by')
    acted = {i for a in acts for i in range(*a.cue)}
    learned = [a for a in learned if not any(i in acted for i in range(*a.cue))]
    learned = without_crossed_cues(doc, learned, rules)  # '…," X said. Y said: "…"'
    # a turn's speaker on their own thoughts ('I would like to stress that …')
    learned = with_turn_speech(doc, rules, learned)
    taken = {i for a in learned for i in range(*a.cue)}
    # constructions news training data rarely has ('as stated by X', 'X: "…"',
    # 'X's call for …') are kept even when the model passes them over
    kept = [
        a
        for a in rules
        if (
            a.form != "verb"
            or performative(doc, a, lexicon)
            or threat_made(doc, a, lexicon)  # 'The Prime Minister threatened X'
            or relayed(doc, a, learned)  # '"…," he said, according to IRNA'
        )
        and not any(i in taken for i in range(*a.cue))
    ]
    every = sorted(
        [continue_quote(doc, a, quotes) for a in [*learned, *kept, *acts]],
        key=lambda a: (a.content[0], a.cue[0]),
    )
    settled = _settled(doc, every, lexicon)
    if official:  # 'European nations, which promised': the nations, as the
        # diplomatic gold draws it (PolNeAR's news marks 'which' itself)
        return [antecedent_source(doc, a) for a in settled]
    return settled


def _without_stops(doc: Doc, source: SpanRange | None) -> SpanRange | None:
    """A source without the comma or dash after it ('Ulf Kristersson, speaking
    in Stockholm, said': the aside goes, and so does its comma); an
    abbreviation's full stop stays ('Rep. David McKinley, R-W.Va.')."""
    if source is None:
        return None
    start, end = source
    while end > start + 1 and doc[end - 1].text in _STOPS:
        end -= 1
    while start < end and _numbering(doc[start]):  # "4. | welcomed", "7. | H.E. X"
        start += 1
    return (start, end) if start < end else None


_STOPS = frozenset({",", ";", ":", "-", "–", "—"})
_NUMBER = re.compile(r"\d{1,3}[.)]?|[.)]")


def _numbering(token: Token) -> bool:
    """A paragraph's number, or its stop, at the start of a line ("4." of "4.
    welcomed the progress"): no one who speaks."""
    doc, i = token.doc, token.i
    opens = (
        i == 0
        or "\n" in doc[i - 1].text_with_ws
        or (
            _NUMBER.fullmatch(doc[i - 1].text) is not None
            and (i == 1 or "\n" in doc[i - 2].text_with_ws)
        )
    )
    stop = i + 1 < len(doc) and doc[i + 1].text in (".", ")")
    numbered = _NUMBER.fullmatch(token.text) is not None
    return opens and numbered and (not token.text.isdigit() or stop)  # not "20 states"


def _learned_edges(doc: Doc, found: Attribution) -> Attribution:
    """A learned finding's cue and content settled where the model's spans
    read a parse wrong or ran into each other (`misread_that`,
    `overlapping_cues`)."""
    found = without_overlap(doc, with_that_clause(doc, found))
    found = past_the_medium(doc, found)  # '"…," he wrote on | Telegram'
    found = past_the_addressee(doc, found)  # 'X, a spokesman told | AFP'
    return with_calling_preposition(doc, without_dangling_preposition(doc, found))


def _edged(doc: Doc, found: Attribution) -> Attribution:
    """A source's edges settled (`source_edges`)."""
    found = with_name_suffix(doc, with_apposition(doc, found))
    return before_a_verb(doc, without_interjection(doc, found))


REGISTER = frozenset(
    {"light", "attitude", "passive", "operative", "continued", "misparsed", "preface",
     "passed_over", "shared_view", "existential", "quoted", "pseudo_cleft", "bullet"}
)  # fmt: skip


def _acts(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """The acts worded as deeds, one per cue, in text order."""
    acts = find_act_phrases(doc, lexicon)
    taken = {i for a in acts for i in range(*a.cue)}
    more = [
        a
        for a in find_act_deeds(doc, lexicon)
        if not any(i in taken for i in range(*a.cue))
    ]
    return sorted([*acts, *more], key=lambda a: (a.content[0], a.cue[0]))


def _settled(doc: Doc, found: list[Attribution], lexicon: Lexicon) -> list[Attribution]:
    """The findings with a transcript's turn labels left out (a turn is the
    speaker's own speech, not a report of it), chained cues grown,
    coordinations settled, and a dateline and the medium of "according to" left
    out of sources."""
    found = without_thing_sources(doc, found, lexicon)  # 'The drought raised'
    labels = turn_label_colons(doc)
    if labels:
        found = [
            a for a in found if not (a.cue[1] - a.cue[0] == 1 and a.cue[0] in labels)
        ]
    found = [a for a in found if not in_header(doc, doc[a.cue[0]].idx)]  # titles
    found = [a for a in found if not asked_by_the_floor(doc, a)]
    table = token_table(doc)
    found = [
        a
        for a in found
        if not aside(table, a)
        and not courtesy(table, a)
        and not toast(table, a)
        and not describes_its_content(table, a)
        and not _fragment(table, a)
        and not in_link_list(doc, a.source, a.cue, a.content)
        and not _next_conjunct(table, a)
        and not is_turn_taking(table, a)
        and not asks(doc, table, a)
        and not urged_on_others(doc, table, a)
        and not hails_from(doc, a)
        and not hosts(doc, a)
        and not perceives_or_convenes(doc, a)
        and not by_the_book(doc, a)  # "according to schedule"
        and not left_unsaid(doc, a)  # "yet this was not mentioned"
        and not goes_on(doc, a)  # "as Israel pressed on with its offensive"
        and not aimed_at(doc, a)  # "is not directed against any country"
        and not informs_no_one(doc[slice(*a.cue)].root)  # "was updated"
        and not in_a_time_clause(doc, a)  # "after the results are announced"
    ]
    found = with_own_conjuncts(doc, found)  # "those who died and convey our"
    found = [_edged(doc, a) for a in chain_cues(doc, found, lexicon)]
    found = with_coordinated_speakers(doc, found)
    found = shared_objects(doc, found)
    found = with_list_tails(doc, whole_coordinations(doc, found), lexicon)
    found = with_elaborations(doc, found)
    found = shared_sources(doc, missing_conjuncts(doc, found, lexicon))
    found = with_series_subjects(doc, found)  # "X raised A, noted B"
    found = with_cleft_subjects(doc, found)  # "It was then that we X, and agreed"
    found = reattached_conjuncts(doc, found, lexicon)  # "said X was Y and called"
    found = without_other_acts(doc, split_coordinated(doc, found))
    found = after_dateline(doc, [_after_according(doc, a) for a in found])
    found = [without_time(doc, a) for a in found]  # "Pakistan | on Tuesday said"
    found = [without_aside(doc, a) for a in found]  # "X, speaking on Monday,"
    found = [with_verb_subject(doc, a) for a in found]  # the model passed it over
    found = [whole_name_source(doc, a) for a in found]  # "Centre (| NCSC) |"
    found = [with_noun_agent(doc, a) for a in found]  # "reports by X alleging"
    found = [without_opener(doc, a) for a in found]  # "Also briefing the Council,"
    found = [without_fronted_phrase(doc, a) for a in found]  # "In response to …,"
    found = [with_noun_owner(doc, a) for a in found]  # "the commitment of X"
    found = [without_earlier_object(doc, a) for a in found]  # "in Brussels and I"
    found = [the_one_told(doc, a) for a in found]  # "X was summoned and told"
    if labels:
        found = [
            replace(a, source=after_label(doc, a.source)) if a.source else a
            for a in found
        ]
        found = [label_source(doc, a) for a in found]  # "X (retranslated): | We"
    found = [without_vocatives(doc, a) for a in found]  # "Friends, X and I"
    found = [a for a in found if not addressed(doc, a)]  # "Mr. President, thank"
    found = [a for a in found if not paid_a_call(doc, a)]  # "called on the Emir"
    found = [with_subject_back(doc, a) for a in found]  # "As I told X, Turkey will"
    found = [with_verbless_subject(doc, a) for a in found]  # "Putin | discussed"
    found = [with_helpers(doc, a) for a in found]  # "I do n't | think"
    found = [  # "briefed X | on Y"
        replace(a, content=past_the_informed(doc[slice(*a.cue)], a.content))
        for a in found
    ]
    found = [a for a in found if not denied_preface(doc, a)]  # "I'd never say: X"
    found = [without_imperative_tail(doc, a) for a in found]  # ", but make no"
    found = [
        replace(a, content=without_trailing_time(doc, table, range(*a.cue), a.content))
        for a in found
    ]
    found = [_without_venue(table, a) for a in found]
    quotes = quote_spans(doc)
    found = [
        replace(
            a,
            content=balanced_marks(
                doc,
                to_quotation_end(
                    doc,
                    to_word_end(doc, from_word_start(doc, a.content, a.cue), a.cue),
                    a.cue,
                    quotes,
                ),
            ),
        )
        for a in found
    ]
    found = [a for a in found if not cited_after(doc, a)]  # "citing X, that Y"
    found = [  # "recalled its ambassador, accusing X" (after lending its subject)
        a for a in found if not withdraws_or_expels(doc, a)
    ]
    found = [a for a in found if not exchanges_deeds(doc, a)]  # "exchanged fire"
    found = [a for a in found if not asked_whether(doc, a)]  # "whether X would"
    found = [a for a in found if not item_label(doc, a)]  # "- Asia: X"
    found = [a for a in found if not posts_a_picture(doc, a)]  # "posted a photo"
    found = [a for a in found if not was_asked(doc, a)]  # "Peskov, asked about
    # it, said" (after the subject it lent "said"), "who asked not to be named"
    found = with_colon_paragraphs(doc, found)  # "X said:" then a paragraph
    return [
        replace(
            a, cue=_without_breaks(doc, a.cue), source=_without_stops(doc, a.source)
        )
        for a in with_following_quotes(
            doc, with_interrupted_contents(doc, with_trailing_reports(doc, found))
        )
    ]


def _without_venue(table: TokenTable, found: Attribution) -> Attribution:
    cue, content = without_venue(table, found.cue, found.content)
    return replace(found, cue=cue, content=content)


def _without_breaks(doc: Doc, cue: SpanRange) -> SpanRange:
    """A cue less the line breaks its colon carried ('said:' before a quoted
    paragraph)."""
    start, end = cue
    while end - 1 > start and doc[end - 1].is_space:
        end -= 1
    return (start, end)


def _fragment(table: TokenTable, found: Attribution) -> bool:
    """A content that says nothing: function words alone ('do not want | to'),
    a text announced by a colon ('adopted | the following decision:'), or a
    'what' clause cut before its verb ('are hoping for | what we')."""
    words = range(*found.content)
    if all(table.pos[i] in _FUNCTION for i in words):
        return True
    announced = len(words) > 2 and table.lower[words[1]] == "following"
    if announced and ":" in table.text[words[2] + 1 : words[2] + 3]:
        return True
    return table.lower[words[0]] == "what" and not any(
        table.pos[i] == "VERB" for i in words
    )


def _next_conjunct(table: TokenTable, found: Attribution) -> bool:
    """A content opening with 'and', 'but' or 'or' ('exchanged views | and
    shared our positions', 'We agreed, | but our partners rejected it'): the
    next conjunct, not what the cue governs. A quotation may open so."""
    return found.kind != "direct" and table.pos[found.content[0]] == "CCONJ"


_FUNCTION = frozenset({"PART", "AUX", "SCONJ", "CCONJ", "ADP", "DET", "PUNCT"})


def _after_according(doc: Doc, found: Attribution) -> Attribution:
    if found.source is None or doc[found.cue[0]].lower_ == "according":
        return found  # the medium is the source of "according to" itself
    return replace(found, source=without_medium(doc, found.source))


def _without_register(
    rules: list[Attribution], acts: list[Attribution]
) -> list[Attribution]:
    """The acts worded as deeds whose cue no register finding has taken."""
    taken = {i for a in rules if a.form in REGISTER for i in range(*a.cue)}
    return [a for a in acts if not any(i in taken for i in range(*a.cue))]


def _with_register(
    rules: list[Attribution], register: list[Attribution]
) -> list[Attribution]:
    """The rules' findings and the register's: a light-verb or attitude cue
    replaces a verb rule's finding on the same words ('expressed | concern
    about X', not 'expressed | concern about X'); a passive only adds."""
    strong = {i for a in register if a.form != "passive" for i in range(*a.cue)}
    rules = [
        a
        for a in rules
        if a.form != "verb" or not any(i in strong for i in range(*a.cue))
    ]
    taken = {i for a in rules for i in range(*a.cue)}
    extra = [a for a in register if not any(i in taken for i in range(*a.cue))]
    return sorted([*rules, *extra], key=lambda a: (a.content[0], a.cue[0]))


def continue_quote(
    doc: Doc, found: Attribution, quotes: list[SpanRange]
) -> Attribution:
    """A quotation before its cue grown over the quotation that continues it in the
    next sentence ('"We are ready," said Lopez. "But …"'), which has no cue of its own:
    it runs to its sentence's end ('"We are not," replied Blinken' is Blinken's).
    """
    if found.kind != "direct" or found.content[1] > found.cue[0]:
        return found
    end = found.cue[1]
    sentence_end = doc[found.cue[0]].sent.end
    follow = next((q for q in quotes if q[0] >= end), None)
    if follow is None or follow[0] != sentence_end:
        return found
    if any("\n" in t.text for t in doc[end : follow[0]]):
        return found
    inner = doc[follow[0] : follow[1]]
    if any(t.dep_ == "ROOT" and t.lemma_.lower() == "say" for t in inner):
        return found
    if follow[1] < doc[follow[0]].sent.end - 2:
        return found  # '"We are not," replied Blinken': a cue of its own
    return replace(found, content=(found.content[0], follow[1]), kind="direct")


def rule_hints(rules: list[Attribution]) -> Hints:
    """The rules' findings in the form the learned finder weighs them."""
    spans = {i: (a.content, a.source) for a in rules for i in range(a.cue[0], a.cue[1])}
    return Hints(cues=frozenset(spans), spans=spans)


def _from_found(doc: Doc, found: Found, quotes: list[SpanRange]) -> Attribution:
    return Attribution(
        cue=found.cue,
        content=found.content,
        source=found.source,
        cue_lemma=doc[found.head].lemma_.lower(),
        kind=quote_kind(doc, found.content, quotes),
    )
