"""The bundled demo corpus: open-licence diplomatic texts served as local news pages."""

from corpus.documents import CorpusDataError, CorpusDocument, load_documents
from corpus.pages import Resource, render_site
from corpus.server import (
    CorpusServer,
    CorpusServerError,
    RequestRecord,
    serve_corpus,
)

__all__ = [
    "CorpusDataError",
    "CorpusDocument",
    "CorpusServer",
    "CorpusServerError",
    "RequestRecord",
    "Resource",
    "load_documents",
    "render_site",
    "serve_corpus",
]
