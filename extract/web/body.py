"""Response bodies: HTML only where asked, read in pieces under a size and time cap."""

from __future__ import annotations

import time
import zlib

import requests

from extract.web.fetcher import FetchSettings
from kernel.errors import FetchError, TransientFetchError

HTML_TYPES = ("text/html", "application/xhtml+xml")

_CHUNK = 16384


def check_html(url: str, response: requests.Response) -> None:
    """Refuse a page whose Content-Type says it is not HTML (none: parse decides)."""
    content_type = response.headers.get("Content-Type")
    if not content_type:
        return
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        raise FetchError(
            url,
            f"not an HTML page (Content-Type {mime}): not stored",
            response.status_code,
        )


def read_body(
    response: requests.Response,
    url: str,
    max_bytes: int,
    deadline: float,
    settings: FetchSettings,
) -> bytes:
    """The body, decompressed, read in pieces: never more than max_bytes, never
    past the deadline (a server sending one byte a second is cut off)."""
    status = response.status_code
    too_big = FetchError(
        url,
        f"body larger than the limit of {max_bytes} bytes: cut off and not stored "
        "(raise max_bytes if the page is genuine)",
        status,
    )
    declared = response.headers.get("Content-Length", "")
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if declared.isdigit() and int(declared) > max_bytes and not encoding:
        raise too_big
    decoder = _decoder(url, encoding, status)
    out = bytearray()
    while True:
        if time.monotonic() > deadline:
            raise TransientFetchError(
                url,
                f"body not complete within {settings.total_timeout:g} s "
                "(total timeout)",
                status,
            )
        try:
            chunk = response.raw.read1(_CHUNK, decode_content=False)
        except Exception as err:  # urllib3 and socket errors alike: a broken body
            raise TransientFetchError(
                url, f"body cut off: {type(err).__name__}", status
            ) from err
        if not chunk:
            break
        if decoder is None:
            out += chunk
        else:
            out += _inflate(decoder, chunk, max_bytes - len(out), url, status)
        if len(out) > max_bytes:
            raise too_big
    return bytes(out)


def _decoder(url: str, encoding: str, status: int) -> zlib._Decompress | None:
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(wbits=47)  # gzip or zlib header, detected
    raise FetchError(url, f"unsupported Content-Encoding {encoding!r}", status)


def _inflate(
    decoder: zlib._Decompress, chunk: bytes, room: int, url: str, status: int
) -> bytes:
    """Decompress a chunk, but never more than room + 1 bytes (a gzip bomb stops)."""
    try:
        return decoder.decompress(chunk, max(room, 0) + 1)
    except zlib.error as err:
        raise FetchError(url, f"cannot decompress the body: {err}", status) from err
