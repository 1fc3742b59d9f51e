"""XLSForm as plain data: questions, choice lists and settings, in English and Spanish.

An XLSForm (https://xlsform.org) is a spreadsheet with three sheets: ``survey`` (one row per
question or group), ``choices`` (the lists that select questions offer) and ``settings``
(title, id, version, default language). ODK Collect, KoboCollect and Enketo all read it. Our
forms are written here as Python values and turned into sheets by ``Form.sheets()``; the
``.xlsx`` files in ``minewatch/data/forms/`` are generated from these (``scripts/build_forms.py``)
and a test checks that they still match.

Labels are translated with XLSForm's ``label::Language (code)`` columns; every label, hint and
choice has both English and Spanish, and ``Text`` refuses an empty one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

LANGUAGES = (("en", "English"), ("es", "Español"))
DEFAULT_LANGUAGE = "English (en)"


@dataclass(frozen=True)
class Text:
    """One label in each of our form languages."""

    en: str
    es: str

    def __post_init__(self) -> None:
        if not self.en.strip() or not self.es.strip():
            raise ValueError(f"a form text needs English and Spanish: {self!r}")

    def of(self, code: str) -> str:
        return str(getattr(self, code))


@dataclass(frozen=True)
class Choice:
    name: str  # the stored value: the same code our vocabularies use
    label: Text


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.choices)


@dataclass(frozen=True)
class Question:
    """One survey row. ``type`` is an XLSForm type: ``text``, ``integer``, ``date``,
    ``geopoint``, ``geoshape``, ``select_one LIST``, ``begin_group``, ``begin_repeat``, …"""

    type: str
    name: str
    label: Text | None = None
    hint: Text | None = None
    required: bool = False
    relevant: str = ""
    constraint: str = ""
    constraint_message: Text | None = None
    calculation: str = ""
    appearance: str = ""
    default: str = ""
    choice_filter: str = ""

    @property
    def list_name(self) -> str | None:
        """The choice list a select question draws from."""
        kind, _, rest = self.type.partition(" ")
        return rest.strip() if kind in ("select_one", "select_multiple") else None


def group(name: str, label: Text, *rows: Question, relevant: str = "") -> tuple[Question, ...]:
    return (
        Question("begin_group", name, label, relevant=relevant),
        *rows,
        Question("end_group", name),
    )


def repeat(name: str, label: Text, *rows: Question, relevant: str = "") -> tuple[Question, ...]:
    return (
        Question("begin_repeat", name, label, relevant=relevant),
        *rows,
        Question("end_repeat", name),
    )


def flat(*parts: Question | Iterable[Question]) -> tuple[Question, ...]:
    rows: list[Question] = []
    for part in parts:
        rows.extend([part] if isinstance(part, Question) else part)
    return tuple(rows)


def _texts(column: str, value: Text | None) -> dict[str, str]:
    return {
        f"{column}::{language} ({code})": value.of(code) if value else ""
        for code, language in LANGUAGES
    }


SURVEY_COLUMNS = (
    "type",
    "name",
    *_texts("label", None),
    *_texts("hint", None),
    "required",
    "relevant",
    "constraint",
    *_texts("constraint_message", None),
    "calculation",
    "appearance",
    "default",
    "choice_filter",
)
CHOICE_COLUMNS = ("list_name", "name", *_texts("label", None))
SETTINGS_COLUMNS = ("form_title", "form_id", "version", "default_language", "instance_name")


def _survey_row(q: Question) -> dict[str, str]:
    return {
        "type": q.type,
        "name": q.name,
        **(_texts("label", q.label) if q.label else {}),
        **(_texts("hint", q.hint) if q.hint else {}),
        "required": "yes" if q.required else "",
        "relevant": q.relevant,
        "constraint": q.constraint,
        **(_texts("constraint_message", q.constraint_message) if q.constraint_message else {}),
        "calculation": q.calculation,
        "appearance": q.appearance,
        "default": q.default,
        "choice_filter": q.choice_filter,
    }


@dataclass(frozen=True)
class Placed:
    """A question where it sits: ``path`` is the group and repeat names from the form's root,
    then the question's own name; ``repeat`` the innermost repeat holding it (None at the top)."""

    question: Question
    path: tuple[str, ...]
    repeat: str | None

    @property
    def name(self) -> str:
        return self.question.name


@dataclass(frozen=True)
class Form:
    """One published form. ``name`` is its download name (``hazard-report``); ``form_id`` and
    ``version`` are what ODK Central and KoboToolbox record on every submission; ``layer`` is
    the minewatch layer its submissions fill."""

    name: str
    form_id: str
    version: str
    title: Text
    description: Text
    layer: str
    survey: tuple[Question, ...]
    lists: tuple[ChoiceList, ...]
    instance_name: str = ""
    extra_layers: tuple[str, ...] = field(default=())
    # Earlier versions whose submissions still import (their questions are this one's).
    earlier_versions: tuple[str, ...] = field(default=())

    @property
    def known_versions(self) -> tuple[str, ...]:
        """The form versions whose submissions minewatch imports: this one and the earlier."""
        return (self.version, *self.earlier_versions)

    def placed(self) -> tuple[Placed, ...]:
        """Every question that holds an answer, with its path of group and repeat names from
        the form's root (the path ODK Central and KoboToolbox name it by) and the repeat it
        sits in; group markers and notes are left out."""
        found: list[Placed] = []
        stack: list[tuple[str, bool]] = []  # (name, is a repeat)
        for q in self.survey:
            if q.type in ("begin_group", "begin_repeat"):
                stack.append((q.name, q.type == "begin_repeat"))
            elif q.type in ("end_group", "end_repeat"):
                stack.pop()
            elif q.type != "note":
                repeats = [name for name, is_repeat in stack if is_repeat]
                path = (*(name for name, _ in stack), q.name)
                found.append(Placed(q, path, repeats[-1] if repeats else None))
        return tuple(found)

    def repeats(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(name, path) of each repeat, outermost first."""
        found: list[tuple[str, tuple[str, ...]]] = []
        stack: list[str] = []
        for q in self.survey:
            if q.type in ("begin_group", "begin_repeat"):
                stack.append(q.name)
                if q.type == "begin_repeat":
                    found.append((q.name, tuple(stack)))
            elif q.type in ("end_group", "end_repeat"):
                stack.pop()
        return tuple(found)

    def sheets(self) -> dict[str, list[list[str]]]:
        """The three XLSForm sheets as rows of cells, header row first."""
        survey = [[_survey_row(q).get(c, "") for c in SURVEY_COLUMNS] for q in self.survey]
        choices = [
            [lst.name, c.name, *(c.label.of(code) for code, _ in LANGUAGES)]
            for lst in self.lists
            for c in lst.choices
        ]
        title = f"{self.title.en} / {self.title.es}"
        settings = [title, self.form_id, self.version, DEFAULT_LANGUAGE, self.instance_name]
        return {
            "survey": [list(SURVEY_COLUMNS), *survey],
            "choices": [list(CHOICE_COLUMNS), *choices],
            "settings": [list(SETTINGS_COLUMNS), settings],
        }

    def used_lists(self) -> set[str]:
        return {q.list_name for q in self.survey if q.list_name}
