"""The four forms we publish, one per field layer: hazard report, land release report, accident
and victim report, risk education session. Question names are the field layers' column names
(``minewatch.domain.field``), so a submission maps onto a layer row without a mapping file.

What every form shares: a reference and a date, the place (ISO 3166 alpha-3 code, admin areas
and their P-code), and the question "is it safe to record the location here, now?" before any
coordinates are asked for (IMSMA practice: nobody steps into a suspected area, or stays where
it is unsafe, to take a GPS reading). Personal details are asked only after the person has
agreed (consent questions gate them with ``relevant``).
"""

from __future__ import annotations

from minewatch.domain.forms.accident import ACCIDENT_VICTIM_REPORT
from minewatch.domain.forms.common import VERSION
from minewatch.domain.forms.eore import RISK_EDUCATION_SESSION
from minewatch.domain.forms.hazard import HAZARD_REPORT
from minewatch.domain.forms.model import Form
from minewatch.domain.forms.release import LAND_RELEASE_REPORT

__all__ = ["FORMS", "VERSION"]

FORMS: dict[str, Form] = {
    form.name: form
    for form in (HAZARD_REPORT, LAND_RELEASE_REPORT, ACCIDENT_VICTIM_REPORT, RISK_EDUCATION_SESSION)
}
