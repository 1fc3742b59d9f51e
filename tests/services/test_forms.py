"""The XLSForms we publish: pyxform (with ODK Validate, the JavaRosa engine ODK Collect runs)
accepts each shipped file; each file still says what its Python definition says; every label
is in English and Spanish; locations wait for "safe to record"; personal details wait for
consent."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pyxform.xls2xform import convert

from minewatch.domain.field import LAYERS, FieldType
from minewatch.domain.forms import FORMS, Form
from minewatch.domain.forms.choices import ALL_LISTS
from minewatch.domain.forms.model import Text
from minewatch.services import forms

XF = "{http://www.w3.org/2002/xforms}"
H = "{http://www.w3.org/1999/xhtml}"
NAMES = list(FORMS)


def xform(form: Form, tmp_path: Path, validate: bool = False) -> ET.Element:
    path = tmp_path / forms.file_name(form)
    path.write_bytes(forms.shipped(form))
    result = convert(xlsform=str(path), validate=validate)
    assert result.warnings == []
    return ET.fromstring(result.xform)


def binds(root: ET.Element) -> dict[str, dict[str, str]]:
    """Each field's bind by its last path step (``/data/victims/age`` -> ``age``)."""
    model = root.find(f"{H}head/{XF}model")
    assert model is not None
    return {b.attrib["nodeset"].rsplit("/", 1)[-1]: b.attrib for b in model.iter(f"{XF}bind")}


@pytest.mark.parametrize("name", NAMES)
def test_odk_validate_accepts_every_shipped_form(name: str, tmp_path: Path) -> None:
    root = xform(FORMS[name], tmp_path, validate=True)
    title = root.find(f"{H}head/{H}title")
    assert title is not None and title.text == f"{FORMS[name].title.en} / {FORMS[name].title.es}"


@pytest.mark.parametrize("name", NAMES)
def test_shipped_file_matches_its_definition(name: str) -> None:
    """Run scripts/build_forms.py after changing a definition: this fails until you do."""
    form = FORMS[name]
    book = load_workbook(io.BytesIO(forms.shipped(form)), read_only=True)
    for sheet, rows in form.sheets().items():
        found = [
            ["" if v is None else str(v) for v in row]
            for row in book[sheet].iter_rows(values_only=True)
        ]
        width = len(rows[0])
        assert [r + [""] * (width - len(r)) for r in found] == rows, sheet


@pytest.mark.parametrize("name", NAMES)
def test_every_text_is_in_english_and_spanish(name: str, tmp_path: Path) -> None:
    root = xform(FORMS[name], tmp_path)
    model = root.find(f"{H}head/{XF}model")
    assert model is not None
    translations = {
        t.attrib["lang"]: {x.attrib["id"]: "".join(x.itertext()).strip() for x in t}
        for t in model.iter(f"{XF}translation")
    }
    assert set(translations) == {"English (en)", "Español (es)"}
    english, spanish = translations["English (en)"], translations["Español (es)"]
    assert set(english) == set(spanish) and len(english) > 20
    assert all(english.values()) and all(spanish.values())
    differing = sum(english[k] != spanish[k] for k in english)
    assert differing > len(english) * 0.7  # translated, not copied


@pytest.mark.parametrize("name", NAMES)
def test_locations_wait_for_safe_to_record(name: str, tmp_path: Path) -> None:
    form = FORMS[name]
    geo = [q.name for q in form.survey if q.type in ("geopoint", "geoshape", "geotrace")]
    assert geo, "every form records a location when it is safe"
    found = binds(xform(form, tmp_path))
    assert "safe_to_record" in found and found["safe_to_record"]["required"] == "true()"
    for question in geo:
        assert "safe_to_record" in found[question]["relevant"], question
        assert "= 'yes'" in found[question]["relevant"], question
    assert "= 'no'" in found["location_description"]["relevant"]


def test_victim_details_wait_for_consent(tmp_path: Path) -> None:
    found = binds(xform(FORMS["accident-victim-report"], tmp_path))
    for personal in ("age", "activity", "ethnicity", "consent_authorities", "consent_ngos"):
        assert "consent_record" in found[personal]["relevant"], personal
    for always in ("sex", "age_band", "category", "outcome"):
        assert "relevant" not in found[always] and found[always]["required"] == "true()"
    hazard = binds(xform(FORMS["hazard-report"], tmp_path))
    for personal in ("informant_name", "informant_phone"):
        assert "informant_consent" in hazard[personal]["relevant"]


def test_shapes_and_points_where_the_layer_needs_them() -> None:
    types = {name: {q.type for q in form.survey} for name, form in FORMS.items()}
    assert "geoshape" in types["hazard-report"] and "geopoint" in types["hazard-report"]
    assert "geoshape" in types["land-release-report"]
    assert "geopoint" in types["accident-victim-report"]
    assert "begin_repeat" in types["accident-victim-report"]


@pytest.mark.parametrize("name", NAMES)
def test_choices_come_from_the_one_vocabulary(name: str) -> None:
    form = FORMS[name]
    offered = {lst.name: lst for lst in form.lists}
    assert form.used_lists() == set(offered), "a list used and not offered, or offered unused"
    for list_name, lst in offered.items():
        assert lst is ALL_LISTS[list_name]


def test_form_ids_and_versions() -> None:
    ids = [f.form_id for f in FORMS.values()]
    assert len(set(ids)) == len(ids) and all(i.startswith("minewatch_") for i in ids)
    assert all(f.version.isdigit() and len(f.version) == 10 for f in FORMS.values())


def test_a_text_needs_both_languages() -> None:
    with pytest.raises(ValueError, match="English and Spanish"):
        Text("Reference", " ")


def test_unknown_form_is_not_found() -> None:
    with pytest.raises(Exception, match="one of hazard-report"):
        forms.form_named("minefield")


# Codes the field layers define (domain/field.py) that no form offers, and why; a code missing
# from a form without a reason here, or any form code the layer does not accept, fails.
NOT_ASKED = {
    ("activities", "activity_type"): {
        "ordnance_find": "finds come from event imports (co-aicma-events), not a release report",
        "military_demining": "demining by the armed forces: event imports, not an operator form",
    },
}


def _select_fields(form: Form) -> list[tuple[str, str, str]]:
    """(layer, field, list name) for every select question that fills a CHOICE field of one
    of the layers the form's submissions fill."""
    found = []
    for layer in (form.layer, *form.extra_layers):
        spec = LAYERS[layer]
        for question in form.survey:
            field = spec.field(question.name)
            if question.list_name and field is not None and field.type is FieldType.CHOICE:
                found.append((layer, field.name, question.list_name))
    return found


def test_every_choice_code_is_the_layers_vocabulary() -> None:
    checked: set[tuple[str, str]] = set()
    for form in FORMS.values():
        for layer, name, list_name in _select_fields(form):
            field = LAYERS[layer].field(name)
            assert field is not None
            offered = set(ALL_LISTS[list_name].codes)
            assert offered <= set(field.choices), (form.name, name, offered - set(field.choices))
            missing = set(field.choices) - offered
            assert missing == set(NOT_ASKED.get((layer, name), {})), (form.name, name, missing)
            checked.add((layer, name))
    choice_fields = {
        (spec.name, f.name)
        for spec in LAYERS.values()
        for f in spec.fields
        if f.choices and spec.name != "admin_areas"
    }
    assert checked == choice_fields  # every vocabulary of the layers is asked by some form
