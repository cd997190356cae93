"""Rows out: JSON, JSON Lines or CSV, for the query commands and for ``liveblog export``.

JSON and JSON Lines keep every value as the query returns it (lists stay lists). CSV is flat: ``None`` is
an empty cell, booleans are ``true``/``false``, lists and objects are JSON text; ``csv_value`` is that
mapping, so a reader can check a round trip.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

ROW_FORMATS = ("json", "jsonl", "csv")


def csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def columns_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    return list(names)


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO, *, columns: Sequence[str] = ()) -> None:
    """Write ``rows`` to ``out`` as ``json`` (one array), ``jsonl`` or ``csv`` (header from ``columns`` or rows)."""
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        names = list(columns) or columns_of(rows)
        writer.writerow(names)
        writer.writerows([csv_value(row.get(name)) for name in names] for row in rows)
    else:
        raise ValueError(f"unknown row format {fmt!r}; choose one of {', '.join(ROW_FORMATS)}")
