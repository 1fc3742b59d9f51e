"""Spreadsheet-safe cells for every CSV (and XLSX) we write: the OWASP rule against formula
injection (https://owasp.org/www-community/attacks/CSV_Injection).

A spreadsheet opening a CSV runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula (``=HYPERLINK(…)``, ``=cmd|…``), and a leading tab or carriage return can hide such a
start. Text from documents, field forms and users reaches our CSVs, so every text cell that
starts with one of those characters is written with a leading apostrophe, which spreadsheets
show as text. A number stays a number: ``-12`` and ``+3.5e2`` (a plain numeric literal, from a
number or from text) are written as they are, so negative figures still sum.

Every CSV writer uses ``safe_row`` (``minewatch.web.tabular.to_csv``, the field exports, the
CLI roll-up CSV); ``tests/trust/test_csv_cells.py`` checks each of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would run as a formula; such text
    gets a leading ``'``. Numbers (and text that is exactly a numeric literal) pass as they
    are; ``None``, booleans and other values pass unchanged."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """``safe_cell`` applied to every value of one row."""
    return [safe_cell(v) for v in values]
