"""Helpers for the evidence tests: claims written straight into the ledger (no extractor needed)."""

from __future__ import annotations

import hashlib
from typing import Any

from minewatch.app import App
from minewatch.domain.evidence import SourceDraft, SourceKind
from minewatch.services import accounts, claims, ledger

ACTOR = "test:extractor"
PASSWORD = "correct horse battery"


def fields(**given: Any) -> dict[str, Any]:
    """A claim's fields: every key present, unspecified ones null."""
    base: dict[str, Any] = dict.fromkeys(claims.FIELDS)
    base.update(doc="story", evidence="A sentence.")
    base.update(given)
    return base


def add_claim(app: App, given: dict[str, Any], url: str = "https://news.example/story") -> str:
    """One candidate claim citing a news source made for it; returns the claim's record id."""
    sha = hashlib.sha256(f"{url}|{given['evidence']}".encode()).hexdigest()
    with app.engine.begin() as connection:
        source = SourceDraft(SourceKind.NEWS, "A story", url=url, sha256=sha)
        source_id, _ = ledger.ensure_source(connection, source, ACTOR)
        record_id = claims.claim_record_id(sha, given)
        draft = claims.claim_draft(record_id, given, source_id)
        ledger.write_version(connection, draft, base_version=None, actor=ACTOR, reason="test")
    return record_id


FINLAND = fields(
    type="treaty_action",
    actor_iso3="FIN",
    date="2024-07",
    action="announce_intent_to_withdraw",
    evidence="Finland said in July 2024 that it would leave the mine ban treaty.",
)
STOCKPILE = fields(
    type="stockpile_destruction",
    actor_iso3="BLR",
    date="2017-04-05",
    quantity=78,
    unit="mines",
    evidence="Belarus blew up its final 78 stockpiled mines on 5 April 2017.",
)


def add_user(app: App, name: str, role: accounts.Role) -> None:
    with app.engine.begin() as connection:
        accounts.add_user(connection, name, PASSWORD, role, "test:setup")


def token_for(app: App, name: str, role: accounts.Role, scopes: list[str]) -> str:
    add_user(app, name, role)
    with app.engine.begin() as connection:
        return accounts.create_token(connection, name, scopes, "test", "test:setup")
