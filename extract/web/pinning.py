"""Connections go where the guard looked: the host urllib3 will use, at the
addresses that were checked, never resolved again."""

from __future__ import annotations

import ipaddress
import re
import threading
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.utils import select_proxy
from urllib3 import HTTPConnectionPool
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError

# Characters that parsers read differently in the host part (urlsplit drops tabs
# and newlines, urllib3 ends the host at a backslash): never in a URL we send.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_AMBIGUOUS_HOST = re.compile(r"[\x00-\x20\x7f\\@]")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class UncheckedHost(requests.RequestException):
    """A connection asked for a host whose addresses the guard has not checked."""


def connect_host(url: str) -> str:
    """The host requests and urllib3 will connect to for url; ValueError (with
    the reason) if another parser could read the URL's host otherwise."""
    if _CONTROL.search(url):
        raise ValueError("the URL holds a control character")
    netloc = urlsplit(url).netloc
    if _AMBIGUOUS_HOST.search(netloc):
        raise ValueError(
            "the host part holds a backslash, a space or user info (@), "
            "which HTTP libraries read differently"
        )
    prepared = requests.PreparedRequest()
    try:
        prepared.prepare_url(url, None)
    except (requests.RequestException, ValueError) as err:
        raise ValueError(f"not a valid URL ({err})") from err
    host = urlsplit(str(prepared.url)).hostname
    if not host:
        raise ValueError("the URL names no host")
    seen = urlsplit(url).hostname or ""
    if seen.isascii() and seen != host:
        raise ValueError(
            f"the host part reads as {seen} here but as {host} to the HTTP library"
        )
    return host


class PinnedAdapter(HTTPAdapter):
    """A transport that connects to the addresses the guard checked for a host,
    in order, and keeps the name in the Host header, the TLS server name (SNI)
    and the certificate check.

    `addresses` maps a host to its checked addresses, or None if it was not
    checked (then nothing is sent). Through a proxy the proxy resolves names,
    as requests does.
    """

    def __init__(self, addresses: Callable[[str], Sequence[str] | None]) -> None:
        self._addresses = addresses
        self._pinned = threading.local()
        super().__init__()

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: bool | str = True,
        cert: Any = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        url = request.url or ""
        options = {
            "stream": stream,
            "timeout": timeout,
            "verify": verify,
            "cert": cert,
            "proxies": proxies,
        }
        self._pinned.address = None
        if select_proxy(url, proxies):
            return super().send(request, **options)
        host = urlsplit(url).hostname or ""
        addresses = self._addresses(host)
        if not addresses:
            raise UncheckedHost(f"{host} was not checked before connecting")
        if _is_address(host):
            addresses = (host,)  # the URL names the address: nothing to rebind
        for address in addresses[:-1]:
            self._pinned.address = address
            try:
                return super().send(request, **options)
            except requests.ConnectionError as err:
                if not _not_reached(err):
                    raise
        self._pinned.address = addresses[-1]
        return super().send(request, **options)

    def get_connection_with_tls_context(
        self,
        request: requests.PreparedRequest,
        verify: bool | str,
        proxies: dict[str, str] | None = None,
        cert: tuple[str, str] | str | None = None,
    ) -> HTTPConnectionPool:
        address = getattr(self._pinned, "address", None)
        if address is None:
            return super().get_connection_with_tls_context(
                request, verify, proxies, cert
            )
        host_params, pool_kwargs = self.build_connection_pool_key_attributes(
            request, verify, cert
        )
        name = host_params["host"]
        host_params["host"] = address
        if host_params["scheme"] == "https":
            pool_kwargs["server_hostname"] = name
            pool_kwargs["assert_hostname"] = name
        return self.poolmanager.connection_from_host(
            **host_params, pool_kwargs=pool_kwargs
        )

    def add_headers(self, request: requests.PreparedRequest, **kwargs: Any) -> None:
        if getattr(self._pinned, "address", None) is not None:
            request.headers["Host"] = _host_header(request.url or "")


def _host_header(url: str) -> str:
    """The Host header http.client would send for url (port only if not default)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(parts.scheme):
        return f"{host}:{parts.port}"
    return host


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _not_reached(err: requests.ConnectionError) -> bool:
    """Whether the connection failed before a byte was sent (try the next address)."""
    reason = err.args[0] if err.args else None
    return isinstance(reason, MaxRetryError) and isinstance(
        reason.reason, ConnectTimeoutError
    )
