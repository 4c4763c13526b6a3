"""Every annex spec printed for real and read back with pypdf: values, official
wording, blanks, alternatives, hostile text, batch printing."""

from __future__ import annotations

import datetime as dt
import re
import string
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.domain.annexes import all_specs
from desk_app.domain.annexes.spec import (
    SYSTEM_KEYS,
    AnnexSpec,
    FieldKind,
    Para,
    Table,
    layout_templates,
    placeholders,
)
from desk_app.domain.annexes.validation import normalise
from desk_app.printing.annex_pdf import PrintHeader, render_blank, render_many, render_request
from desk_app.printing.fonts import register_fonts

SPECS = all_specs()
IDS = [spec.annex_id for spec in SPECS]
OFFICE = "Casa Teritorială de Pensii Cluj"
HEADER = PrintHeader(registration_no=1234, registration_date=dt.date(2026, 11, 22),
                     office_name=OFFICE, request_id="0b6f3c52-8f0e-4d6b-9a39-2f7f1d2a9c11")
REGISTRATION = r"nr\.1234(din|/)22\.11\.2026"
TEXT_KINDS = (FieldKind.TEXT, FieldKind.LONG_TEXT)


def _filled(spec: AnnexSpec) -> dict[str, Any]:
    return normalise(spec, spec.sample)


def printed_values(spec: AnnexSpec, payload: dict[str, Any], *,
                   choices: bool = True) -> list[str]:
    """What the clerk typed that the layout prints as a value (not as alternatives);
    without ``choices`` only free text (a choice label is also official wording)."""
    fields = spec.field_map()
    values: list[str] = []
    for template in layout_templates(spec):
        for key, modifier in placeholders(template):
            if modifier or key in SYSTEM_KEYS:
                continue
            field = fields.get(key)
            if field is None:
                base, _, part = key.rpartition(".")
                document = payload.get(base)
                if isinstance(document, dict) and document.get(part):
                    values.append(str(document[part]))
                continue
            value = payload.get(key)
            if value in (None, "") or field.kind in (FieldKind.DOCUMENT, FieldKind.ROWS,
                                                      FieldKind.FLAG):
                continue
            if field.kind is FieldKind.CHOICE and not choices:
                continue
            values.append(field.option_label(value) if field.kind is FieldKind.CHOICE
                          else str(value))
    for block in spec.layout:
        if isinstance(block, Table):
            columns = fields[block.field_key].columns
            for row in payload.get(block.field_key) or []:
                for column in columns:
                    value = row.get(column.key)
                    if column.kind is FieldKind.CHOICE and not choices:
                        continue
                    if value not in (None, ""):
                        values.append(column.option_label(str(value))
                                      if column.kind is FieldKind.CHOICE else str(value))
    return values


def plain_value_key(spec: AnnexSpec) -> str:
    """A TEXT field printed as a plain ``{key}`` in a paragraph."""
    fields = spec.field_map()
    for block in spec.layout:
        if isinstance(block, Para):
            for key, modifier in placeholders(block.template):
                field = fields.get(key)
                if not modifier and field is not None and field.kind is FieldKind.TEXT:
                    return key
    raise LookupError(spec.annex_id)


# --- 1. values -----------------------------------------------------------------------


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_filled_request_prints_every_value_and_the_registration_line(spec, pdfcheck):
    payload = _filled(spec)
    pdf = render_request(spec, payload, HEADER)
    assert pdf.startswith(b"%PDF")
    text = pdfcheck.text(pdf)
    squashed = pdfcheck.squash(text)
    missing = [v for v in printed_values(spec, payload) if pdfcheck.squash(v) not in squashed]
    assert not missing, f"values not printed: {missing}"
    # "Nr. 1234 din 22.11.2026" (annex 9 has the official "Nr. 1234 / 22.11.2026").
    assert re.search(REGISTRATION, squashed.casefold())
    assert "ş" not in text and "ţ" not in text and "Ş" not in text and "Ţ" not in text
    assert any(ch in text for ch in "șțȘȚ")
    assert "Pagina 1 din" in text
    if spec.annex_label:
        assert spec.annex_label in text


def test_office_name_is_not_printed_twice(annex3, pdfcheck):
    text = pdfcheck.text(render_request(annex3, _filled(annex3), HEADER))
    assert "Către Casa Teritorială de Pensii Cluj" in text
    assert "Pensii Casa" not in text


# --- 2. the official wording ------------------------------------------------------------


# The portal account request has no official model text; every annex has one.
OFFICIAL_SPECS = [s for s in SPECS if s.annex_id != "cont"]
OFFICIAL_IDS = [s.annex_id for s in OFFICIAL_SPECS]


def _official(spec: AnnexSpec, pdfcheck) -> str:
    official = pdfcheck.official(spec.annex_id)
    assert official is not None, f"missing tests/fixtures/annexes text for {spec.annex_id}"
    return official


@pytest.mark.parametrize("spec", OFFICIAL_SPECS, ids=OFFICIAL_IDS)
def test_blank_form_holds_the_official_wording_in_order(spec, pdfcheck):
    official = _official(spec, pdfcheck)
    problem = pdfcheck.missing_wording(official, pdfcheck.text(render_blank(spec)))
    assert problem is None, problem


@pytest.mark.parametrize("spec", OFFICIAL_SPECS, ids=OFFICIAL_IDS)
def test_filled_form_holds_the_official_wording_in_order(spec, pdfcheck):
    official = _official(spec, pdfcheck)
    pdf = render_request(spec, _filled(spec), HEADER)
    problem = pdfcheck.missing_wording(official, pdfcheck.text(pdf))
    assert problem is None, problem


def test_wording_check_reports_the_first_missing_word(pdfcheck):
    report = pdfcheck.missing_wording("Subsemnatul domiciliat în localitatea",
                                      "Subsemnatul Ion domiciliat în oraşul")
    assert report is not None and "'localitatea'" in report and "în" in report


# --- 3. blanks and alternatives -------------------------------------------------------------


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_blank_form_has_dotted_blanks_and_no_values(spec, pdfcheck):
    text = pdfcheck.text(render_blank(spec))
    assert "\u2026\u2026\u2026" in text
    wording = pdfcheck.squash(" ".join(layout_templates(spec)))
    typed = [v for v in printed_values(spec, _filled(spec), choices=False)
             if len(v) >= 6 and pdfcheck.squash(v) not in wording]
    leaked = [v for v in typed if pdfcheck.squash(v) in pdfcheck.squash(text)]
    assert not leaked


def test_alternatives_print_in_blank_and_filled_and_unchosen_are_struck(annex3, pdfcheck):
    filled = _filled(annex3)
    blank_pdf = render_blank(annex3)
    filled_pdf = render_request(annex3, filled, HEADER)
    for pdf in (blank_pdf, filled_pdf):
        text = pdfcheck.text(pdf)
        assert "sunt/nu sunt" in text
        assert "primesc/nu primesc" in text
        assert "copie/original" in text
    undecided = {k: v for k, v in filled.items() if not k.startswith("decl.")}
    chosen = sum(1 for k in filled if k.startswith("decl.") and not k.endswith("_file"))
    struck = pdfcheck.lines(filled_pdf) - pdfcheck.lines(
        render_request(annex3, undecided, HEADER))
    assert struck >= chosen


def test_boxes_show_which_documents_were_handed_in(annex3, pdfcheck):
    text = pdfcheck.text(render_request(annex3, _filled(annex3), HEADER))
    assert "☒ carnet de muncă seria AB nr. 0456789" in text
    assert "☐ livret militar" in text
    assert "☒" not in pdfcheck.text(render_blank(annex3))


def test_duplicate_and_qr_code(annex3, pdfcheck):
    payload = _filled(annex3)
    plain = render_request(annex3, payload, PrintHeader(registration_no=7))
    duplicate = render_request(annex3, payload, PrintHeader(
        registration_no=7, request_id=str(uuid.uuid4()), duplicate=True))
    assert "DUPLICAT" in pdfcheck.text(duplicate)
    assert "DUPLICAT" not in pdfcheck.text(plain)
    # The QR code is drawn as filled squares on the first page.
    assert duplicate.count(b" re") or len(duplicate) > len(plain)


def test_fonts_are_registered_once_with_romanian_glyphs():
    first = register_fonts()
    assert register_fonts() is first
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(first.regular).face
    for ch in "ăâîșțĂÂÎȘȚ☐☒…":
        assert ord(ch) in face.charToGlyph, ch


# --- 4. hostile text ---------------------------------------------------------------------

NASTY = ("</para><para> <b>& &amp; \"quoted\" 'single' <br/> 🙂👍🏽 שלום עולם مرحبا بالعالم "
         "\u202eRTL\u202c \x00\x07\t\r\n ș ț ş ţ ")


def _with_text(spec: AnnexSpec, text: str) -> dict[str, Any]:
    payload = dict(spec.sample)
    for field in spec.fields():
        if field.kind in TEXT_KINDS:
            payload[field.key] = text
    return normalise(spec, payload)


def _nasty(size: int) -> str:
    return (NASTY * (size // len(NASTY) + 1))[:size]


def test_5000_hostile_characters_in_every_text_field_of_annex3_print(annex3, pdfcheck):
    pdf = render_request(annex3, _with_text(annex3, _nasty(5000)), HEADER)
    assert pdfcheck.pages(pdf) > 10
    assert "</para><para>" in pdfcheck.text(pdf)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_hostile_text_in_every_text_field_prints(spec, pdfcheck):
    # 5,000 characters in one field, 400 in every other one (keeps the suite quick).
    payload = _with_text(spec, _nasty(400))
    payload[plain_value_key(spec)] = _nasty(5000).strip()
    pdf = render_request(spec, payload, HEADER)
    assert "</para><para>" in pdfcheck.text(pdf)


HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(max_size=5000),
    st.lists(st.sampled_from(["<", "&", "</para>", '"', "🙂", "שלום", "مرحبا", "ș", " ", "\n",
                              "<b>", "&#x0;", "]]>"]), max_size=60).map("".join),
)
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(spec=st.sampled_from(SPECS), text=HOSTILE_TEXT)
def test_any_text_in_every_text_field_never_raises(spec, text):
    assert render_request(spec, _with_text(spec, text), HEADER).startswith(b"%PDF")


ROMANIAN = string.ascii_letters + string.digits + " .,;:-()/<>&\"'!?%+=#@*" + "ăâîșțĂÂÎȘȚ"


@SETTINGS
@given(spec=st.sampled_from(SPECS),
       text=st.text(alphabet=ROMANIAN, min_size=1, max_size=400).filter(str.strip))
def test_printable_text_round_trips_exactly(spec, text, pdfcheck):
    key = plain_value_key(spec)
    payload = normalise(spec, {**spec.sample, key: text})
    printed = pdfcheck.text(render_request(spec, payload, HEADER))
    assert pdfcheck.squash(payload[key]) in pdfcheck.squash(printed)


# --- 6. batch --------------------------------------------------------------------------


def test_render_many_starts_each_request_on_a_new_page(pdfcheck):
    items = []
    for index in range(20):
        spec = SPECS[index % len(SPECS)]
        header = PrintHeader(registration_no=5000 + index,
                             registration_date=dt.date(2026, 11, 22), office_name=OFFICE,
                             request_id=str(uuid.uuid4()))
        items.append((spec, _filled(spec), header))
    pdf = render_many(items)
    assert pdfcheck.pages(pdf) >= 20
    squashed = pdfcheck.squash(pdfcheck.text(pdf)).casefold()
    for index in range(20):
        assert re.search(rf"nr\.{5000 + index}(din|/)22\.11\.2026", squashed)
    # Each request is numbered on its own: twenty first pages.
    assert pdfcheck.text(pdf).count("Pagina 1 din") == 20


def test_render_many_of_nothing_is_still_a_pdf():
    assert render_many([]).startswith(b"%PDF")
