"""Publish: DuckDB read models to a static HTML digest and an Atom feed."""

from publish.site import PublishError, SiteSummary, build_site

__all__ = ["PublishError", "SiteSummary", "build_site"]
