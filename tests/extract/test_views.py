"""A sentence's view reads its dates only when a rule asks for them, and once."""

from __future__ import annotations

from minewatch.domain.dates import PartialDate
from minewatch.extract.casualties import Counts
from minewatch.extract.dates import Anchor, DateMention, find_dates
from minewatch.extract.drafts import View
from minewatch.extract.sentences import split_sentences


def test_dates_are_read_on_first_use_and_kept() -> None:
    sentence = split_sentences("Deminers cleared the field on 4 March 2025 and left in May.")[0]
    asked: list[str] = []

    def read() -> list[DateMention]:
        asked.append(sentence.text)
        return find_dates(sentence.text, Anchor(PartialDate.parse("2025-06-01"), None))

    view = View(sentence, [], read, Counts(), [], True)
    assert asked == []
    first = view.dates
    assert [m.value for m in first] == ["2025-03-04", "2025-05"]
    assert view.dates is first and len(asked) == 1
    fewer = view.with_dates(first[:1])
    assert [m.value for m in fewer.dates] == ["2025-03-04"]
    assert fewer.text == view.text and len(asked) == 1
