"""The payment approval and the mention on the death certificate, read back
from the PDF: the wording art. 102 of the norms requires for each method, the
amount in figures and in words, the approval and visa boxes, diacritics."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desk_app.printing.death_aid_pdf import (
    DeathAidPaymentData,
    render_certificate_mention,
    render_payment_approval,
)

DATA = DeathAidPaymentData(
    office_name="Casa Teritorială de Pensii Mureș", registration_no=4127,
    registration_date=dt.date(2025, 11, 28), request_id="6f1d2c1e-1111-4222-8333-944455556666",
    annex_label="ANEXA nr. 11 la norme (HG nr. 181/2024)",
    deceased_name="Moldovan Gheorghe-Ștefan", deceased_cnp="1510903260881",
    date_of_death=dt.date(2025, 11, 19), amount_date=dt.date(2025, 11, 19),
    certificate_series="DM", certificate_number="418207", certificate_date="20.11.2025",
    certificate_issuer="Târgu Mureș", family_member=False,
    beneficiary_name="Moldovan Ileana", beneficiary_id_label="CNP",
    beneficiary_id="2580211262145", representative="", amount_lei=Decimal("8620"),
    method="cash", iban="", due=dt.date(2025, 12, 5), paid_on=dt.date(2025, 12, 3),
    reference="", prepared_by="Ion Ștefănescu")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _read(pdf: bytes) -> str:
    """The PDF's text with line breaks as spaces (pypdf, as a reader would copy it)."""
    return _flat("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def test_approval_has_the_boxes_the_amount_and_the_legal_basis():
    text = _read(render_payment_approval(DATA))
    assert "APROBARE DE PLATĂ" in text and "a ajutorului de deces" in text
    assert "Se aprobă plata." in text and "Director executiv" in text
    assert "Viza pentru controlul financiar preventiv" in text
    assert "nr. 4127 din 28.11.2025" in text and "Casa Teritorială de Pensii Mureș" in text
    assert "Moldovan Gheorghe-Ștefan" in text and "1510903260881" in text
    assert "19.11.2025" in text  # date of death
    assert "seria DM nr. 418207 din 20.11.2025" in text
    assert "Moldovan Ileana" in text and "2580211262145" in text
    assert "8.620,00 lei" in text
    assert "opt mii șase sute douăzeci de lei" in text
    assert "art. 111–116 din Legea nr. 360/2023" in text and "art. 100–102" in text
    assert "numerar, la ghișeul casei teritoriale de pensii" in text
    assert "05.12.2025" in text  # paid within 3 working days
    assert "Întocmit" in text and "Ion Ștefănescu" in text and "Verificat" in text
    assert len(PdfReader(io.BytesIO(render_payment_approval(DATA))).pages) == 1


def test_approval_for_a_company_by_transfer_names_the_account():
    company = dataclasses.replace(
        DATA, beneficiary_name="Servicii Funerare Liniștea S.R.L.", beneficiary_id_label="CUI",
        beneficiary_id="RO2816453", representative="Ciobanu Răzvan", method="transfer",
        iban="RO49 BRDE 040S V715 6293 0400", reference="OP 1185", family_member=True,
        amount_lei=Decimal("4310"), date_of_death=None, amount_date=dt.date(2025, 11, 20))
    pdf = render_payment_approval(company)
    # Every optional row is filled: still one sheet to sign.
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = _read(pdf)
    assert "Servicii Funerare Liniștea S.R.L." in text and "RO2816453" in text
    assert "Ciobanu Răzvan" in text and "RO49 BRDE 040S V715 6293 0400" in text
    assert "virament bancar" in text and "art. 112" in text
    assert "Ordinul de plată nr. OP 1185" in text
    assert "patru mii trei sute zece lei" in text
    # No date of death in the request: the sheet says which date the amount is from.
    assert "necompletată în cerere" in text and "(20.11.2025)" in text


def test_mention_for_cash_says_achitat_with_the_date():
    text = _read(render_certificate_mention(DATA))
    assert "ACHITAT" in text and "PLĂTIT" not in text
    assert "ajutor de deces 8.620,00 lei" in text
    assert "opt mii șase sute douăzeci de lei" in text
    assert "la data de 03.12.2025" in text
    assert "nr. 4127 din 28.11.2025" in text and "Semnătura" in text and "ștampila" in text
    assert "seria DM nr. 418207" in text  # which certificate it goes on


@pytest.mark.parametrize(("method", "reference", "headline", "reference_label"), [
    ("transfer", "OP 1185", "PLĂTIT prin virament bancar", "Ordinul de plată nr. OP 1185"),
    ("postal_order", "MP 20457", "PLĂTIT prin mandat poștal", "Mandatul poștal nr. MP 20457"),
])
def test_mention_for_transfer_and_postal_order(method, reference, headline, reference_label):
    data = dataclasses.replace(DATA, method=method, reference=reference,
                               iban="RO49 BRDE 040S V715 6293 0400")
    text = _read(render_certificate_mention(data))
    assert headline in text and "ACHITAT" not in text
    assert reference_label in text and "la data de 03.12.2025" in text


def test_mention_needs_a_payment_date():
    with pytest.raises(ValueError, match="după înregistrarea plății"):
        render_certificate_mention(dataclasses.replace(DATA, paid_on=None))


def test_no_cedilla_letters():
    text = _read(render_payment_approval(DATA)) + _read(render_certificate_mention(DATA))
    assert "ş" not in text and "ţ" not in text
    assert all(letter in text for letter in "ăâîșțĂȘ")


def test_typed_text_prints_as_typed():
    odd = dataclasses.replace(DATA, beneficiary_name="Ana <b>& Co</b>", reference="<OP 1>",
                              method="transfer")
    assert "Ana <b>& Co</b>" in _read(render_payment_approval(odd))
    assert "<OP 1>" in _read(render_certificate_mention(odd))
