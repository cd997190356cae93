"""liveblog's archive: SQLModel tables, idempotent ingest, queries, exports, harvests and the CLI.

The public names are imported on first use, so ``liveblog --help`` does not pay for SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from archive.api import Archive
    from archive.store import IngestCounts

__all__ = ["Archive", "IngestCounts"]
_HOMES = {"Archive": "archive.api", "IngestCounts": "archive.store"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'archive' has no attribute {name!r}")
