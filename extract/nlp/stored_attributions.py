"""Attributions as the Doc extension stores them: plain lists and dicts, so a
Doc crosses processes (`n_process > 1`)."""

from __future__ import annotations

from extract.nlp.attribution import Attribution


def attribution_to_dict(a: Attribution) -> dict:
    """An attribution as a Doc extension stores it."""
    return {
        "cue": list(a.cue),
        "content": list(a.content),
        "source": list(a.source) if a.source else None,
        "cue_lemma": a.cue_lemma,
        "kind": a.kind,
    }


def attribution_from_dict(d: dict) -> Attribution:
    """An attribution from the dict `attribution_to_dict` made."""

    def pair(value: list[int]) -> tuple[int, int]:
        return (value[0], value[1])

    source = pair(d["source"]) if d["source"] else None
    return Attribution(
        pair(d["cue"]), pair(d["content"]), source, d["cue_lemma"], d["kind"]
    )
