"""One definition of "state party" and "in force" for the map's legend and its summary: a state
with a withdrawal pending is a party, the Convention in force for it, until the withdrawal takes
effect (Art. 20(3)); Poland on 2026-01-10 is counted so in both."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.web.app import create_app


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def _legend(html: str) -> dict[str, tuple[str, int]]:
    rows = re.findall(
        r'<li data-key="(\w+)"><span[^>]*></span>([^<]*)<b class="count">(\d+)</b>', html
    )
    return {key: (label.strip(), int(n)) for key, label, n in rows}


def _summary(html: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r'<dd data-field="(\w+)">(\d+)</dd>', html)}


@pytest.mark.parametrize("page", ["/", "/states"])
def test_the_legend_and_the_summary_count_parties_and_in_force_alike(
    client: TestClient, page: str
) -> None:
    html = client.get(page, params={"as_of": "2026-01-10"}).text
    summary = _summary(html)
    assert summary["withdrawal_pending"] == 1  # Poland, effective 2026-02-20
    if page == "/":
        legend = _legend(html)
        in_force, not_yet, pending = (
            legend[k] for k in ("party_in_force", "party_not_in_force", "withdrawal_pending")
        )
        # Every legend row of a state party says so, and in force; they add up to the summary.
        assert in_force[0].startswith("State party, in force")
        assert pending[0].startswith("State party, in force")
        assert in_force[1] + not_yet[1] + pending[1] == summary["states_parties"]
        assert in_force[1] + pending[1] == summary["in_force"]
    assert "include each state with a withdrawal pending" in html
