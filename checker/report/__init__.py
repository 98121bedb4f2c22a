"""Report writers: each renders a StoryResult and decides nothing.

Every writer module has ``write(results, fp, **options)``. JSON is the
canonical rendering; the others show the same result object.
"""
from __future__ import annotations

from . import html, json, text

WRITERS = {"json": json, "text": text, "html": html}

__all__ = ["WRITERS"]
