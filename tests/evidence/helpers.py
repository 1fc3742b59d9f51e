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


def text_pdf(*lines: str) -> bytes:
    """A small, valid one-page PDF whose text layer holds ``lines`` (Helvetica, ASCII)."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    shown = "".join(f"({line}) Tj T* " for line in escaped)
    stream = f"BT /F1 11 Tf 14 TL 40 800 Td {shown}ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(body)
