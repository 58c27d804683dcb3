"""robots.txt: each origin's rules, read once per run, and what they allow."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

from extract.web.fetcher import Fetcher, Refused


def crawl_delay(
    fetcher: Fetcher, url: str, read: Callable[[str], bytes | None]
) -> float:
    """The Crawl-delay robots.txt asks of us for url's host (bounded), or 0;
    Refused if it disallows url.

    `read` takes the robots.txt URL and returns its body, or None when there are
    no rules to obey (no robots.txt, or it failed): then everything is allowed.
    """
    parts = urlsplit(url)
    rules = _rules(fetcher, f"{parts.scheme}://{parts.netloc}", read)
    if rules is None:
        return 0.0
    agent = fetcher.settings.user_agent
    if not rules.can_fetch(url, agent):
        raise Refused(url, "disallowed by robots.txt")
    delay = rules.crawl_delay(agent) or 0.0
    return min(float(delay), fetcher.settings.max_crawl_delay)


def _rules(
    fetcher: Fetcher, origin: str, read: Callable[[str], bytes | None]
) -> Protego | None:
    """The origin's robots.txt rules, read once per run; None allows all."""
    with fetcher.lock:
        if origin in fetcher.robots:
            return fetcher.robots[origin]
    body = read(origin + "/robots.txt")
    rules = None
    if body is not None:
        rules = Protego.parse(body.decode("utf-8", errors="replace"))
    with fetcher.lock:
        fetcher.robots[origin] = rules
    return rules
