"""Short test stories, written by the team for these tests (not copied from any publication)."""

from __future__ import annotations

from pathlib import Path

from tests.support.pdf import text_pdf

POLICY = """SOURCE: https://news.example/us-policy
DATE: 2025-12-04
Washington loosens its landmine rules

The United States reversed its anti-personnel landmine policy on 2 December 2025, when the Secretary of Defense signed a memo allowing persistent mines worldwide.
"""  # noqa: E501

TREATY = """SOURCE: https://news.example/finland
DATE: 2025-08-01
Helsinki and the mine ban

Finland announced its withdrawal from the Ottawa Convention in March 2024, officials said.
"""

USE = """SOURCE: https://news.example/border
DATE: 2025-07-20
Fresh mines on the border

Thai army officers accused Cambodian soldiers of laying new anti-personnel mines near the border temple.
"""  # noqa: E501

CASUALTY = """SOURCE: https://news.example/ghazni
DATE: 2024-04-02
Old mine kills farmers

Two farmers were killed and three others were injured on Sunday when an old landmine exploded in Ghazni province, Afghanistan.
"""  # noqa: E501

CASUALTY_BARE = (
    "Two farmers were killed and three others were injured on Sunday when an old landmine "
    "exploded in Ghazni province, Afghanistan.\n"
)

STOCKPILE = "Belarus destroyed its last 78 stockpiled anti-personnel mines on 5 April 2017."

CLEARANCE_HTML = """<!doctype html>
<html><head><title>Clearance news</title></head>
<body><nav>Home | News</nav>
<h1>Deminers report progress</h1>
<p>Deminers in Cambodia cleared 30 square kilometres of contaminated land in the first four months of 2020.</p>
</body></html>
"""  # noqa: E501

STORIES = {
    "policy.txt": POLICY,
    "treaty.txt": TREATY,
    "use.txt": USE,
    "casualty.txt": CASUALTY,
    "clearance.html": CLEARANCE_HTML,
}


def write_all(folder: Path) -> list[Path]:
    """Every story as a file, plus the stockpile story as a PDF with a text layer."""
    paths = []
    for name, text in STORIES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    pdf = folder / "stockpile.pdf"
    pdf.write_bytes(text_pdf("Minsk, April 2017", STOCKPILE))
    return [*paths, pdf]


def corrupt_pdf(folder: Path) -> Path:
    path = folder / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage \x00\x9f\x92 no xref")
    return path
