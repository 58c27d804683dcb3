"""A run's fetching state: settings, session, caches, and each host's turns."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
from protego import Protego

from extract.web.pinning import PinnedAdapter
from kernel.errors import FetchError

USER_AGENT = (
    "Communique/0.1 (+https://github.com/communique/communique; diplomatic digest bot)"
)


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and manners for fetching."""

    user_agent: str = USER_AGENT
    timeout: float = 10.0  # to connect, and for each wait for data
    total_timeout: float = 60.0  # for a whole response, redirects and body included
    max_bytes: int = 5_000_000  # body size after decompression
    max_retries: int = 3
    backoff: float = 0.5
    max_retry_after: float = 30.0
    max_redirects: int = 5
    max_per_host: int = 2  # requests in flight to one host
    max_crawl_delay: float = 30.0  # robots.txt Crawl-delay is honoured up to this
    robots_max_bytes: int = 500_000
    max_sitemaps: int = 50  # sitemaps a sitemap index may lead to, nested ones too
    max_sitemap_depth: int = 3  # levels of sitemap files, the first index included


def resolve_host(host: str) -> list[str]:
    """The IP addresses a host name resolves to (socket.gaierror if none)."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, None)]


@dataclass
class Fetcher:
    """The live state of one run's fetching: session, robots rules, host clocks.

    Build one per run and pass it in. `resolve` maps a host name to its
    addresses; tests may swap it for a fake. The caches fill as the run goes.
    """

    settings: FetchSettings = field(default_factory=FetchSettings)
    session: requests.Session = field(default_factory=requests.Session)
    sleep: Callable[[float], None] = time.sleep
    resolve: Callable[[str], Sequence[str]] = resolve_host
    robots: dict[str, Protego | None] = field(default_factory=dict, init=False)
    addresses: dict[str, tuple[str, ...] | FetchError] = field(
        default_factory=dict, init=False
    )
    last_hit: dict[str, float] = field(default_factory=dict, init=False)
    slots: dict[str, threading.BoundedSemaphore] = field(
        default_factory=dict, init=False
    )
    lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self.session.headers["User-Agent"] = self.settings.user_agent
        # Only what we can decompress with a cap (see body.read_body).
        self.session.headers["Accept-Encoding"] = "gzip, deflate"
        # Connect only to the addresses the guard checked (no DNS rebinding).
        adapter = PinnedAdapter(self.checked_addresses)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def checked_addresses(self, host: str) -> tuple[str, ...] | None:
        """The addresses checked for host this run, each once; None if unchecked."""
        with self.lock:
            found = self.addresses.get(host)
        return tuple(dict.fromkeys(found)) if isinstance(found, tuple) else None

    def close(self) -> None:
        self.session.close()


class Refused(FetchError):
    """A URL we chose not to request (robots.txt, private address, scheme)."""


@contextmanager
def host_slot(fetcher: Fetcher, url: str) -> Iterator[None]:
    """Hold one of the host's `max_per_host` request slots."""
    host = urlsplit(url).netloc
    with fetcher.lock:
        slot = fetcher.slots.get(host)
        if slot is None:
            slot = threading.BoundedSemaphore(fetcher.settings.max_per_host)
            fetcher.slots[host] = slot
    with slot:
        yield


def wait_turn(fetcher: Fetcher, url: str, delay: float) -> None:
    """Keep at least `delay` seconds between requests to one host."""
    host = urlsplit(url).netloc
    with fetcher.lock:
        now = time.monotonic()
        ready = fetcher.last_hit.get(host, 0.0) + delay
        fetcher.last_hit[host] = max(now, ready)
    if ready > now:
        fetcher.sleep(ready - now)
