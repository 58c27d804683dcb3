"""Communiqué's one exception hierarchy: messages name the thing and the cause."""


class CommuniqueError(Exception):
    """Base of every error Communiqué raises on purpose."""


class ConfigError(CommuniqueError):
    """A settings or sources file is missing or wrong."""


class FetchError(CommuniqueError):
    """A URL could not be fetched and retrying will not help (404, robots.txt)."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class TransientFetchError(FetchError):
    """A URL failed in a way that may pass (timeout, 429, 5xx): worth retrying."""

    def __init__(
        self,
        url: str,
        reason: str,
        status: int | None = None,
        retry_after: str | None = None,
    ) -> None:
        super().__init__(url, reason, status)
        self.retry_after = retry_after


class ParseError(CommuniqueError):
    """A fetched document holds no usable article."""


class ModelError(CommuniqueError):
    """The spaCy model named in the settings cannot be loaded."""


class StoreError(CommuniqueError):
    """The DuckDB file cannot be opened, migrated or written."""


class PublishError(CommuniqueError):
    """The site could not be built; the previous site, if any, is left as it was."""
