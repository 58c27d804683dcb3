"""SSRF checks: a host's addresses, resolved once per run, must all be public."""

from __future__ import annotations

import ipaddress
import socket

from extract.web.fetcher import Fetcher, Refused
from kernel.errors import FetchError, TransientFetchError
from kernel.records import Source


def check_addresses(fetcher: Fetcher, source: Source, host: str, url: str) -> None:
    """Refuse a host that resolves to a private address, unless the source allows
    it; FetchError if the host does not resolve."""
    addresses = _host_addresses(fetcher, host, url)
    if source.allow_private:
        return
    for address in addresses:
        if not _is_public(address):
            raise Refused(
                url,
                f"refused: {host} resolves to {address}, a private, "
                "loopback, link-local or metadata address "
                "(set allow_private = true on the source to allow it)",
            )


def _host_addresses(fetcher: Fetcher, host: str, url: str) -> tuple[str, ...]:
    """The host's addresses, resolved once per run; FetchError if it has none."""
    with fetcher.lock:
        cached = fetcher.addresses.get(host)
    if isinstance(cached, FetchError):
        raise type(cached)(url, cached.reason)
    if cached is not None:
        return cached
    try:
        found: tuple[str, ...] | FetchError = tuple(fetcher.resolve(host))
    except (socket.gaierror, UnicodeError) as err:
        reason = f"cannot resolve host {host} (DNS)"
        if isinstance(err, socket.gaierror) and err.errno == socket.EAI_AGAIN:
            found = TransientFetchError(url, f"{reason}: temporary failure")
        else:
            found = FetchError(url, f"{reason}: check the URL in the sources file")
    with fetcher.lock:
        fetcher.addresses[host] = found
    if isinstance(found, FetchError):
        raise found
    return found


def _is_public(address: str) -> bool:
    """Whether an address is globally routable (not private, loopback, link-local,
    metadata, reserved, multicast or unspecified)."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast
