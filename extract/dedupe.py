"""Keep one article per canonical URL and per text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kernel.records import Article


def dedupe_articles(
    articles: Sequence[Article], known_texts: Mapping[str, str]
) -> tuple[list[Article], list[str]]:
    """Articles to keep, and a note for each dropped duplicate.

    An article duplicates another when it has the same canonical URL, or the same
    text under a different canonical URL (`known_texts`: text hash -> article id).
    """
    kept: list[Article] = []
    notes: list[str] = []
    seen_ids: set[str] = set()
    seen_texts = dict(known_texts)
    for article in articles:
        other = seen_texts.get(article.text_sha256)
        if article.article_id in seen_ids:
            notes.append(
                f"{article.url}: same canonical URL as an article already read"
            )
            continue
        if other is not None and other != article.article_id:
            notes.append(f"{article.url}: same text as article {other}")
            continue
        seen_ids.add(article.article_id)
        seen_texts[article.text_sha256] = article.article_id
        kept.append(article)
    return kept, notes


def keep_first_holders(
    articles: Sequence[Article],
    holders: Mapping[str, str],
    known_texts: Mapping[str, str],
) -> tuple[list[Article], list[str], list[str]]:
    """Articles that may be stored under their canonical URL, a note for each that
    only repeats its holder's text, and a conflict line for each that would replace
    the article another page holds (the first stored keeps it).

    `holders`: article id -> URL of the page that holds it (stored, or read before
    in this run). `known_texts`: text hash -> article id.
    """
    kept: list[Article] = []
    notes: list[str] = []
    conflicts: list[str] = []
    owners, texts = dict(holders), dict(known_texts)
    for article in articles:
        holder = owners.setdefault(article.article_id, article.url)
        if holder == article.url:
            kept.append(article)
            texts.setdefault(article.text_sha256, article.article_id)
        elif texts.get(article.text_sha256) == article.article_id:
            notes.append(f"{article.url}: same canonical URL and text as {holder}")
        else:
            conflicts.append(
                f"{article.url}: claims the canonical URL {article.canonical_url}"
                f" of the article stored from {holder}: that article is kept"
            )
    return kept, notes, conflicts
