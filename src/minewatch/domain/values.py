"""Limits on the values minewatch stores, checked at every edge (API body, review edit, CLI) so
that both backends see the same input and refuse it the same way: one InvalidInput naming the
field. Sources of the limits: SQLite and PostgreSQL ``bigint`` hold signed 64-bit integers;
PostgreSQL ``text``/``json`` cannot hold a NUL byte; JSON (RFC 8259) has no NaN or Infinity.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from minewatch.domain.errors import InvalidInput, Location

MAX_INT = 2**63 - 1
MIN_INT = -(2**63)
MAX_TEXT = 10_000  # characters in one string inside a record's data, a quote or an edit
MAX_REASON = 2_000
MAX_RECORD_ID = 200  # the records.record_id column
# Surrogate ids (sources.id, citations.source_id) and record versions are INTEGER columns: 32-bit
# on PostgreSQL, so a larger id names nothing (and must never reach a query there).
MAX_INT32 = 2**31 - 1  # an INTEGER column (field layers' counts): 32-bit on PostgreSQL
MAX_ID = MAX_INT32
MAX_DEPTH = 16


def check_text(value: str, field: str, limit: int = MAX_TEXT) -> str:
    """The string itself; InvalidInput for a NUL byte or more than ``limit`` characters."""
    if "\x00" in value:
        raise InvalidInput("must not contain a NUL byte", Location(field=field))
    if len(value) > limit:
        raise InvalidInput(f"is longer than {limit:,} characters", Location(field=field))
    return value


MAX_USERNAME = 80  # the users.username column
# the users.username_key column: NFKC may lengthen a name (a ligature "ﬃ" is "ffi"); 4 per
# character leaves room for every real name and keeps PostgreSQL's B-tree entries small
MAX_USERNAME_KEY = 4 * MAX_USERNAME


def check_username(value: str) -> str:
    """A login name as given; InvalidInput (field ``username``) for a blank name, spaces at
    either end (refused, not trimmed: the name typed at login must be the name stored), a
    control character, more than ``MAX_USERNAME`` characters (the column's width), or a
    ``username_key`` longer than ``MAX_USERNAME_KEY``."""
    where = Location(field="username")
    if not value.strip():
        raise InvalidInput("must not be blank", where)
    if value != value.strip():
        raise InvalidInput("must not begin or end with a space", where)
    if any(not ch.isprintable() for ch in value):
        raise InvalidInput("must not contain a control character", where)
    if len(value) > MAX_USERNAME:
        raise InvalidInput(f"is longer than {MAX_USERNAME} characters", where)
    if len(username_key(value)) > MAX_USERNAME_KEY:
        raise InvalidInput(
            f"is longer than {MAX_USERNAME_KEY} characters once normalised (NFKC)", where
        )
    return value


def username_key(value: str) -> str:
    """What two login names must not share: the name in Unicode compatibility form (NFKC, so a
    full-width "ａdmin" is "admin" and "e" + U+0301 is "é"), then case-folded and normalised
    again (Unicode's NFKC_Casefold, approximated as in UAX #15 and the Unicode Standard, section
    3.13). Stored beside each name (``users.username_key``, unique): two names sharing a key
    cannot both exist, and a login or look-up by name compares keys, so "e" + U+0301 finds the
    user stored as "é". Stored names are never rewritten."""
    folded = unicodedata.normalize("NFKC", value).casefold()
    return unicodedata.normalize("NFKC", folded)


def check_int(value: int, field: str) -> int:
    if not MIN_INT <= value <= MAX_INT:
        raise InvalidInput("is outside the 64-bit integer range", Location(field=field))
    return value


def check_value(value: Any, field: str, depth: int = 0) -> Any:
    """A JSON value safe to store on both backends: finite numbers, 64-bit integers, strings
    without NUL, at most MAX_DEPTH levels; InvalidInput names the first offending field
    (``data.items.2.n``)."""
    if depth > MAX_DEPTH:
        raise InvalidInput(f"nests deeper than {MAX_DEPTH} levels", Location(field=field))
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return check_int(value, field)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInput("must be a finite number", Location(field=field))
        return value
    if isinstance(value, str):
        return check_text(value, field)
    if isinstance(value, list):
        return [check_value(v, f"{field}.{i}", depth + 1) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {
            check_text(str(k), field, 200): check_value(v, f"{field}.{k}", depth + 1)
            for k, v in value.items()
        }
    raise InvalidInput(f"{type(value).__name__} is not a JSON value", Location(field=field))


def is_state_code(code: str) -> bool:
    """Whether ``code`` (upper case) is an ISO 3166-1 alpha-3 country code (pycountry's table).

    User-assigned codes (XKX, which some bodies use for Kosovo) are refused like any unknown
    code: the shipped reference data (``data/reference/ottawa_status.csv``: the 193 UN members,
    the Holy See, Palestine, the Cook Islands and Niue) hold no such state, so a record under one
    would belong to no state's profile or roll-up."""
    return len(code) == 3 and code.lower() in _state_codes()


@cache
def _state_codes() -> frozenset[str]:
    """pycountry's alpha-3 codes in lower case (its own look-ups ignore case), read on first
    use: loading pycountry costs ~0.1 s, which ``minewatch --help`` need not pay."""
    import pycountry

    return frozenset(str(country.alpha_3).lower() for country in pycountry.countries)


def check_state_code(value: Any, where: Location) -> str:
    """The code stripped and upper-cased; InvalidInput at ``where`` unless it is an ISO 3166-1
    alpha-3 country code (``is_state_code``)."""
    code = str(value).strip().upper()
    if not is_state_code(code):
        raise InvalidInput(f"{value!r} is not an ISO 3166-1 alpha-3 country code", where)
    return code


def check_count(value: Any, field: str) -> int | None:
    """A figure that counts things (mines, people): null or a whole number 0..MAX_INT."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput("must be a whole number or null", Location(field=field))
    if value < 0:
        raise InvalidInput("cannot be negative", Location(field=field))
    return check_int(value, field)


def http_url(value: object) -> str | None:
    """The address if it is an absolute http(s) URL, else None: nothing else becomes a link."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None
