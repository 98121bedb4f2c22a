"""wirecheck: find factual discrepancies between versions of a wire story."""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "check_versions", "check_texts"]


def __getattr__(name: str) -> Any:
    """The pipeline is imported on first use, so `wirecheck --help` and input errors start in a blink."""
    if name in ("check_versions", "check_texts"):
        from . import check

        return getattr(check, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
