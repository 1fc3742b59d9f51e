"""The XLSForms we publish: list them, hand out the shipped ``.xlsx``, and build them.

The forms are defined in ``minewatch.domain.forms``; ``build(form)`` writes one as an ``.xlsx``
(openpyxl), and ``scripts/build_forms.py`` writes all of them into ``minewatch/data/forms/``,
where the package ships them. ``tests/services/test_forms.py`` checks that every shipped file
still holds exactly what its definition says and that pyxform turns it into a valid XForm.
"""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from minewatch.domain.errors import NotFound
from minewatch.domain.forms import FORMS, Form

NOT_QUESTIONS = {"begin_group", "end_group", "begin_repeat", "end_repeat", "note"}
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def form_named(name: str) -> Form:
    """The published form called ``name`` (``hazard-report`` …); NotFound naming the choices."""
    form = FORMS.get(name.removesuffix(".xlsx"))
    if form is None:
        raise NotFound(f"no form {name!r} (one of {', '.join(FORMS)})")
    return form


def file_name(form: Form) -> str:
    return f"{form.name}.xlsx"


def describe(form: Form) -> dict[str, Any]:
    """A form as the CLI, the web page and its JSON twin list it."""
    return {
        "name": form.name,
        "file": file_name(form),
        "form_id": form.form_id,
        "version": form.version,
        "title": form.title.en,
        "title_es": form.title.es,
        "description": form.description.en,
        "layers": [form.layer, *form.extra_layers],
        "languages": ["en", "es"],
        "questions": sum(1 for q in form.survey if q.label and q.type not in NOT_QUESTIONS),
    }


def list_forms() -> dict[str, Any]:
    return {"forms": [describe(form) for form in FORMS.values()]}


def shipped(form: Form) -> bytes:
    """The ``.xlsx`` the package ships for ``form``."""
    package = resources.files("minewatch") / "data" / "forms" / file_name(form)
    return package.read_bytes()


def build(form: Form) -> bytes:
    """``form`` as an ``.xlsx`` workbook with its survey, choices and settings sheets."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in form.sheets().items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_all(folder: Path) -> list[Path]:
    """Build every form into ``folder`` (created if missing); the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for form in FORMS.values():
        path = folder / file_name(form)
        path.write_bytes(build(form))
        written.append(path)
    return written
