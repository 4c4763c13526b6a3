"""The TrueType family every printed document uses (DejaVu Sans).

The PDF standard fonts cannot print ș ț (comma below, U+0219/U+021B), so the
shipped DejaVu Sans files in ``resources/fonts`` are embedded instead. They are
found through :func:`desk_app.paths.asset_path`, so a frozen build prints the
same. Registration parses the TTF files once per process; later calls return
the cached names.
"""

from __future__ import annotations

import threading
from typing import NamedTuple

from desk_app.paths import asset_path

FAMILY = "DejaVuSans"
_FILES = {
    "regular": ("DejaVuSans", "DejaVuSans.ttf"),
    "bold": ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    "italic": ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
    "bold_italic": ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
}


class FontFamily(NamedTuple):
    """Registered ReportLab font names (a tuple, so ``family[0]``/``[1]`` also work)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


class FontMissing(RuntimeError):
    """The shipped font files are not where the application expects them."""


_lock = threading.Lock()
_family: FontFamily | None = None


def register_fonts() -> FontFamily:
    """Register DejaVu Sans (regular, bold, oblique) with ReportLab; idempotent."""
    global _family
    if _family is not None:
        return _family
    with _lock:
        if _family is None:
            _family = _register()
    return _family


def _register() -> FontFamily:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in _FILES.values():
        if name in registered:
            continue
        path = asset_path("resources", "fonts", file_name)
        if not path.is_file():
            raise FontMissing(f"Lipsește fontul {file_name} (căutat în {path.parent}).")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    family = FontFamily(*(name for name, _ in _FILES.values()))
    # <b>/<i> inside paragraphs pick the right face of the family.
    for bold, italic, name in ((0, 0, family.regular), (1, 0, family.bold),
                               (0, 1, family.italic), (1, 1, family.bold_italic)):
        addMapping(FAMILY, bold, italic, name)
        addMapping(family.regular, bold, italic, name)
    return family
