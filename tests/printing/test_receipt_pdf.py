"""The registration receipt read back with pypdf."""

from __future__ import annotations

import datetime as dt

from desk_app.printing.receipt_pdf import ReceiptData, ReceiptDocument, render_receipt

DATA = ReceiptData(
    registration_no=1234, registration_date=dt.date(2026, 11, 22),
    request_id="0b6f3c52-8f0e-4d6b-9a39-2f7f1d2a9c11",
    request_title="Cerere privind acordarea pensiei pentru limită de vârstă",
    annex_label="ANEXA nr. 3 la norme (HG nr. 181/2024)",
    applicant_name="Popescu Maria-Ștefania", applicant_cnp="2630715120318",
    documents=(
        ReceiptDocument("Carnet de muncă", "original și copie", "seria AB nr. 0456789"),
        ReceiptDocument("Buletin/carte de identitate", "copie", "seria CJ nr. 123456"),
        ReceiptDocument("Adeverință <privind> sporurile & grupa", "original",
                        "nr. 77 din 10.11.2026"),
    ),
    deadline=dt.date(2027, 1, 6), deadline_article="art. 60 și art. 58 alin. (5) din norme",
    clerk_name="Țurcanu Andrei", office_name="Casa Teritorială de Pensii Cluj",
    county_name="Cluj",
)


def test_receipt_holds_number_applicant_documents_deadline_and_clerk(pdfcheck):
    pdf = render_receipt(DATA)
    assert pdf.startswith(b"%PDF")
    text = pdfcheck.text(pdf)
    squashed = pdfcheck.squash(text)
    for expected in ("DOVADĂ DE ÎNREGISTRARE", "Nr. 1234 din 22.11.2026",
                     "Popescu Maria-Ștefania", "2630715120318", DATA.request_title,
                     "06.01.2027", DATA.deadline_article, "Țurcanu Andrei", "Semnătura",
                     DATA.office_name, DATA.request_id):
        assert pdfcheck.squash(expected) in squashed, expected
    for document in DATA.documents:
        for part in (document.label, document.form, document.details):
            assert pdfcheck.squash(part) in squashed, part
    assert "ş" not in text and "ţ" not in text
    assert pdfcheck.pages(pdf) == 1


def test_receipt_without_documents_or_deadline(pdfcheck):
    data = ReceiptData(**{**DATA.__dict__, "documents": (), "deadline": None,
                          "deadline_article": ""})
    text = pdfcheck.text(render_receipt(data))
    assert "Nu au fost depuse documente." in text
    assert "nu prevede un termen" in text
