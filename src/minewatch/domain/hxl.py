"""HXL hashtags for our column names, for the optional hashtag row of CSV answers and exports.

The Humanitarian Exchange Language (HXL 1.1, https://hxlstandard.org/standard/1-1final/) puts a
row of hashtags under a CSV's header so that tools (HDX, the HXL Proxy, libhxl) can read any
humanitarian table without knowing its column names. A hashtag names what a value is
(``#country``, ``#adm1``, ``#date``, ``#affected`` …); attributes refine it (``+code``,
``+name``, ``+killed``, ``+injured``, ``+start``, ``+reported``, ``+num`` …). The hashtags and
most attributes below are from the HXL core dictionary
(https://hxlstandard.org/standard/dictionary/); HXL allows custom attributes, and the few we
add (``+in_force``, ``+review``, ``+quote``) are lower-case words as the standard requires.

One table for the whole project: a new layer adds its columns here, and every CSV answer and
export carries them. A column with no hashtag gets an empty cell in the hashtag row, which HXL
allows (such a column is simply not tagged).
"""

from __future__ import annotations

import re

# Column name (the last part of a flattened, dotted name) -> HXL hashtag with attributes.
HASHTAGS: dict[str, str] = {
    # places
    "iso3": "#country+code",
    "actor_iso3": "#country+code+actor",
    "accuser_iso3": "#country+code+accuser",
    "name": "#country+name",
    "state": "#country+name",
    "aliases": "#country+name+alt",
    "adm1_pcode": "#adm1+code",
    "adm1_name": "#adm1+name",
    "adm2_pcode": "#adm2+code",
    "adm2_name": "#adm2+name",
    "pcode": "#loc+code",
    "location": "#loc+name",
    "lat": "#geo+lat",
    "latitude": "#geo+lat",
    "lon": "#geo+lon",
    "longitude": "#geo+lon",
    # dates
    "date": "#date",
    "as_of": "#date",
    "due": "#date+due",
    "valid_from": "#date+start",
    "valid_to": "#date+end",
    "recorded_at": "#date+reported",
    "year": "#date+year",
    "data_year": "#date+year",
    "report_year": "#date+year+reported",
    # status
    "status": "#status",
    "in_force": "#status+in_force",
    "review_status": "#status+review",
    "met": "#status+met",
    "passed": "#status+passed",
    # events, figures, people affected
    "kind": "#event+type",
    "type": "#event+type",
    "event": "#event+type",
    "killed": "#affected+killed",
    "injured": "#affected+injured",
    "indicator": "#indicator+name",
    "value": "#indicator+num",
    "unit": "#indicator+unit",
    "quantity": "#item+num",
    "actor": "#org+name",
    "accuser": "#org+name+accuser",
    # text
    "summary": "#description",
    "note": "#description+notes",
    "notes": "#description+notes",
    "label": "#description+label",
    "basis": "#description+basis",
    "quote": "#description+quote",
    # provenance
    "record": "#meta+id",
    "id": "#meta+id",
    "version": "#meta+version",
    "recorded_by": "#meta+reported_by",
    "source_id": "#meta+source+id",
    "sources": "#meta+url",
    "citations": "#meta+source",
    "title": "#meta+title",
    "url": "#meta+url",
    "source_url": "#meta+url",
}

# HXL 1.1: a hashtag is '#' and a lower-case name; each attribute is '+' and a lower-case name.
HASHTAG_SYNTAX = re.compile(r"^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$")


def hashtag(column: str) -> str:
    """The HXL hashtag for a column (``"standing.status"`` -> ``"#status"``), or ``""``."""
    return HASHTAGS.get(column.rsplit(".", 1)[-1], "")
