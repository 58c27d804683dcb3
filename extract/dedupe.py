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
