"""Rows out: JSON, JSON Lines or CSV, for the query commands and for ``liveblog export``.

Rows are written as they come (an export of a million posts is streamed, never held). JSON and JSON Lines
keep every value as the query returns it (lists stay lists). CSV is flat: ``None`` is
an empty cell, booleans are ``true``/``false``, lists and objects are JSON text, and a text cell that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a ``'`` in front, so that a spreadsheet opening the export
shows it as text instead of running it as a formula (OWASP's "CSV injection": a post quoting ``=HYPERLINK(…)``, or a
body that begins "- Labour hold"); numbers are left as they are. ``csv_value`` is that mapping, so a reader can check
a round trip (and strip the ``'`` again where it needs the text exactly).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

ROW_FORMATS = ("json", "jsonl", "csv")
# What a spreadsheet reads as the start of a formula (or of one hidden behind a control character).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)  # a number is never a formula, and -3.5 (a change in share) stays a number
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO, *, columns: Sequence[str] = ()) -> int:
    """Write ``rows`` to ``out`` as ``json`` (one array), ``jsonl`` or ``csv``, as they come; how many.

    Rows are streamed, not held. The CSV header is ``columns``, else the keys of the first row.
    """
    if fmt not in ROW_FORMATS:
        raise ValueError(f"unknown row format {fmt!r}; choose one of {', '.join(ROW_FORMATS)}")
    count = 0
    writer = csv.writer(out, lineterminator="\n")
    names = list(columns)
    if fmt == "json":
        out.write("[")
    for row in rows:
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "json":
            out.write(("," if count else "") + "\n" + json.dumps(row, ensure_ascii=False, indent=2))
        else:
            if count == 0:
                names = names or list(row)
                writer.writerow(names)
            writer.writerow([csv_value(row.get(name)) for name in names])
        count += 1
    if fmt == "json":
        out.write("\n]\n" if count else "]\n")
    elif fmt == "csv" and count == 0 and names:
        writer.writerow(names)
    return count
