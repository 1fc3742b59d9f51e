"""One vocabulary: every record kind has a spec, every accepted claim type reaches the profile,
and extraction, review and contradictions speak the same words."""

from __future__ import annotations

import pytest

from minewatch.analysis import contradictions
from minewatch.app import App
from minewatch.domain import kinds
from minewatch.domain.errors import InvalidInput
from minewatch.domain.evidence import RecordDraft
from minewatch.domain.kinds import ACCEPTED_AS, SPECS, ClaimType, Kind, Sensitivity
from minewatch.extract import EVENT_TYPES, triggers
from minewatch.services import claims, ledger
from minewatch.web.review import FORM_FIELDS


def test_every_kind_has_one_spec_and_a_reason_when_no_profile_shows_it() -> None:
    assert set(SPECS) == set(Kind)
    for kind, spec in SPECS.items():
        assert spec.kind is kind and spec.label
        assert spec.profile is not None or spec.note, f"{kind} is shown nowhere and says not why"


def test_every_accepted_claim_type_becomes_a_kind_the_profile_shows() -> None:
    assert set(ACCEPTED_AS) == set(ClaimType)
    sections = kinds.profile_sections()
    shown = {k for section in sections.values() for k in section}
    assert set(ACCEPTED_AS.values()) <= shown


def test_personal_kinds_are_never_shown_on_a_public_profile() -> None:
    for kind in kinds.kinds_of(Sensitivity.PERSONAL):
        assert SPECS[kind].profile is None


def test_extraction_review_and_contradictions_share_the_words() -> None:
    # the words the claims service checks against (a name it imports, not one it exports)
    assert EVENT_TYPES == kinds.CLAIM_TYPES == vars(claims)["CLAIM_TYPES"]
    assert {name for name, _ in triggers.TREATY_ACTIONS} <= set(kinds.TREATY_ACTION_NAMES)
    assert set(contradictions.ACTION_EVENTS) <= set(kinds.TREATY_ACTION_NAMES)
    assert set(claims.DOMAIN_KINDS.values()) <= set(Kind)
    assert set(FORM_FIELDS) <= set(kinds.EDITABLE_FIELDS) == set(claims.EDITABLE)


def test_the_ledger_refuses_a_kind_the_vocabulary_does_not_name(empty_app: App) -> None:
    draft = RecordDraft("x:1", "hazard_aera", {}, ())
    with empty_app.engine.begin() as connection, pytest.raises(InvalidInput) as raised:
        ledger.write_version(connection, draft, base_version=None, actor="t", reason="t")
    assert raised.value.where.field == "kind" and "hazard_aera" in raised.value.message
