"""The XLSForms minewatch publishes for field teams (ODK Collect, KoboCollect, Enketo).

model.py      XLSForm as typed values, turned into survey / choices / settings sheets
choices.py    every choice list, English and Spanish, with our vocabulary's codes
published.py  the four forms (hazard, land release, accident and victims, risk education)
"""

from __future__ import annotations

from minewatch.domain.forms.model import Form
from minewatch.domain.forms.published import FORMS

__all__ = ["FORMS", "Form"]
