"""wirecheck: find factual discrepancies between versions of a wire story."""
from __future__ import annotations

__version__ = "0.1.0"

from .check import check_texts, check_versions  # noqa: E402

__all__ = ["__version__", "check_versions", "check_texts"]
