"""Decisions: every kind and outcome printed from the stored request and
calculation, rejections need a reason, the template version is stored, numbers
have their own series, communication closes the request, reprints say DUPLICAT.

PDFs are read back with pypdf; expected wording is written here by hand from
the law (art. 93, 127 of Law 360/2023), not copied from the code.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from desk_app.domain.annexes import get_spec
from desk_app.services import auth, decision_templates, decisions, queries, requests
from desk_app.services.calculation import calculate_json, save_calculation


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# The circular's example of child-raising (pt. 1): woman born 01.07.1963, two
# children, 30 annual points of 1.00000 typed by the clerk.
CASE = {"sex": "F", "birth_date": "1963-07-01", "pension": "old_age", "children_raised": 2,
        "periods": [{"kind": "contributory", "condition": "normal", "years": 30, "months": 6},
                    {"kind": "child_leave_before_2001", "years": 1},
                    {"kind": "allowance_2001_2005", "months": 6},
                    {"kind": "child_leave_from_2006", "years": 2}],
        "annual_points": [{"year": 1990 + i, "points": "1.00000"} for i in range(30)]}

# The circular's early-pension example (woman born 01.11.1966, 34 y 11 m 10 d
# contributory and 4 years of university), filed now: within 5 years of the
# standard age (01.10.2029), so early and invalidity pensions are possible.
YOUNGER = {"sex": "F", "birth_date": "1966-11-01",
           "periods": [{"kind": "contributory", "years": 34, "months": 11, "days": 10},
                       {"kind": "university", "years": 4}],
           "annual_points": [{"year": 1985 + i, "points": "1.00000"} for i in range(35)]}

ANNEX_OF_KIND = {"old_age": "03", "early": "04", "invalidity": "06", "survivor": "07",
                 "recalculation": "16", "unpaid_amounts": "08", "death_aid": "11"}


def registered(store, user, annex: str):  # type: ignore[no-untyped-def]
    return requests.register(store, user, annex, dict(get_spec(annex).sample))


def with_calculation(store, user, info, pension: str = "old_age"):  # type: ignore[no-untyped-def]
    base = YOUNGER if pension in ("early", "invalidity") else CASE
    case = {**base, "pension": pension, "request_date": info.registration_date.isoformat()}
    if pension == "invalidity":
        case["invalidity_grade"] = 2
    result = calculate_json(case, store)
    save_calculation(store, user, info.id, case, result)
    return result


@pytest.mark.parametrize("kind", sorted(ANNEX_OF_KIND))
def test_every_kind_is_admitted_with_its_text_data_figures_and_articles(store, clerk, kind):
    annex = ANNEX_OF_KIND[kind]
    info = registered(store, clerk, annex)
    sample = get_spec(annex).sample
    result = None
    if kind in ("old_age", "early", "invalidity", "recalculation"):
        result = with_calculation(store, clerk, info,
                                  "old_age" if kind == "recalculation" else kind)
    amount = "1234,50" if kind in ("survivor", "unpaid_amounts") else None
    decision = decisions.issue(store, clerk, info.id, "admit", amount_lei=amount)
    pdf = decisions.pdf(store, clerk, [decision.id])
    text = text_of(pdf)
    # Template's fixed text, the number line, the way to contest (art. 127).
    assert f"DECIZIA nr. {decision.number} din {decision.issued_on:%d.%m.%Y}" in text
    assert "DECIDE:" in text
    assert "contestată în termen de 45 de zile de la comunicare" in text
    assert "art. 127 alin. (1)" in text
    # The applicant's data from the request.
    assert str(sample.get("applicant.cnp") or "") in text
    assert f"cererea înregistrată sub nr. {info.registration_no}" in text
    # Signature blocks and the communication record.
    for block in ("Director executiv", "Șef serviciu", "Întocmit", "Verificat",
                  "Ion Ștefănescu", "Comunicarea deciziei"):
        assert block in text
    assert queries.detail(store, info.id).summary.status == "admitted"
    if result is not None:
        # The calculation annex holds the stored figures, in Romanian notation.
        points = result["points"]
        assert "ANEXA DE CALCUL" in text
        assert points["total"].replace(".", ",") in text
        assert points["stability"].replace(".", ",") in text
        assert f"{int(result['amount_lei']):,}".replace(",", ".") in text
        assert decision.amount_lei == result["amount_lei"]
    if kind == "early":
        assert "art. 58 alin. (3)" in text
        assert result is not None
        assert result["early"]["diminution_pct"].replace(".", ",") in text
    if kind in ("survivor", "unpaid_amounts"):
        assert "1.234,50" in text and decision.amount_lei == "1234.50"


@pytest.mark.parametrize("kind", sorted(ANNEX_OF_KIND))
def test_every_kind_can_be_rejected_with_a_reason(store, clerk, kind):
    info = registered(store, clerk, ANNEX_OF_KIND[kind])
    decision = decisions.issue(store, clerk, info.id, "reject", reason_code="incomplete_file",
                               reason_text="Nu a depus carnetul de muncă în original.")
    text = text_of(decisions.pdf(store, clerk, [decision.id]))
    assert "Se respinge cererea" in text
    assert "Nu a depus carnetul de muncă în original." in text
    # The incomplete-file ground of art. 93 (2) of the law, with its article.
    assert "art. 89 alin. (4) și art. 93 alin. (2)" in text
    assert "ANEXA DE CALCUL" not in text
    assert queries.detail(store, info.id).summary.status == "rejected"


def test_a_rejection_without_a_reason_is_refused_and_nothing_is_saved(store, clerk):
    info = registered(store, clerk, "03")
    with pytest.raises(decisions.DecisionError) as failure:
        decisions.issue(store, clerk, info.id, "reject")
    assert failure.value.field == "reason"
    assert "motivul" in str(failure.value)
    with pytest.raises(decisions.DecisionError) as failure:
        decisions.issue(store, clerk, info.id, "reject", reason_code="other", reason_text=" ")
    assert failure.value.field == "reason_text"
    assert decisions.of_request(store, info.id) == []
    assert queries.detail(store, info.id).summary.status == "registered"


def test_a_pension_cannot_be_admitted_without_a_stored_calculation(store, clerk):
    info = registered(store, clerk, "03")
    with pytest.raises(decisions.DecisionError, match="salvați calculul"):
        decisions.issue(store, clerk, info.id, "admit")
    assert queries.detail(store, info.id).summary.status == "registered"


def test_a_pension_the_calculation_finds_not_due_cannot_be_admitted(store, clerk):
    # CASE reached its reduced age on 01.01.2025 but has no complete period
    # (33 y 3 m): no early pension (art. 58 (1)).
    info = registered(store, clerk, "04")
    case = {**CASE, "pension": "early", "request_date": info.registration_date.isoformat()}
    save_calculation(store, clerk, info.id, case, calculate_json(case, store))
    with pytest.raises(decisions.DecisionError) as failure:
        decisions.issue(store, clerk, info.id, "admit")
    assert failure.value.field == "calculation"
    assert "nu sunt îndeplinite condițiile" in str(failure.value)
    assert "art. 58 alin. (1)" in str(failure.value)
    assert decisions.of_request(store, info.id) == []


def test_death_aid_amount_is_the_level_in_force_at_the_death(store, clerk):
    # Art. 111 (4) note: from 13.02.2025 (Law 10/2025) 8.620 lei; a family
    # member (art. 112 (4)) half: 4.310 lei.
    payload = dict(get_spec("11").sample)
    payload["death_certificate.date"] = "01.03.2025"
    payload["deceased.death_date"] = "27.02.2025"
    payload["deceased.quality"] = "asigurat"
    info = requests.register(store, clerk, "11", payload)
    decision = decisions.issue(store, clerk, info.id, "admit")
    assert decision.amount_lei == "8620.00" or decision.amount_lei == "8620"
    assert "8.620 lei" in text_of(decisions.pdf(store, clerk, [decision.id]))
    family = dict(get_spec("12b").sample)
    family["death_certificate.date"] = "01.03.2025"
    family["deceased.death_date"] = "28.02.2025"
    info = requests.register(store, clerk, "12b", family)
    assert decisions.issue(store, clerk, info.id, "admit").amount_lei in ("4310", "4310.00")
    # A death on 12.02.2025, the certificate issued after Law 10/2025 took effect
    # (13.02.2025): the date of death decides — the 2024 level, 7.567 lei.
    before = dict(get_spec("11").sample)
    before.update({"death_certificate.date": "14.02.2025", "deceased.death_date": "12.02.2025",
                   "deceased.quality": "asigurat", "death_certificate.number": "777001",
                   "deceased.cnp": get_spec("12a").sample["deceased.cnp"]})
    info = requests.register(store, clerk, "11", before)
    assert decisions.issue(store, clerk, info.id, "admit").amount_lei in ("7567", "7567.00")


def test_a_date_of_death_after_the_certificate_is_refused(store, clerk):
    payload = dict(get_spec("11").sample)
    payload["deceased.death_date"] = "21.11.2026"
    payload["death_certificate.date"] = "20.11.2026"
    with pytest.raises(requests.ValidationFailed) as failure:
        requests.register(store, clerk, "11", payload)
    assert failure.value.errors["deceased.death_date"] == (
        "Data decesului nu poate fi după data eliberării certificatului de deces.")


def test_decisions_have_their_own_number_series_per_year(store, clerk):
    first = registered(store, clerk, "11")
    second = registered(store, clerk, "04")
    registered(store, clerk, "03")  # registration numbers move on; decision numbers do not
    a = decisions.issue(store, clerk, second.id, "reject", reason_code="incomplete_file")
    b = decisions.issue(store, clerk, first.id, "reject", reason_code="incomplete_file")
    assert (a.number, b.number) == (1, 2)
    assert second.registration_no == 2
    later = registered(store, clerk, "16")
    next_year = dt.date(dt.date.today().year + 1, 1, 5)
    c = decisions.issue(store, clerk, later.id, "reject", reason_code="incomplete_file",
                        issued_on=next_year)
    assert (c.year, c.number) == (next_year.year, 1)


def test_the_template_version_is_stored_and_reprints_keep_the_signed_text(store, admin, clerk):
    info = registered(store, clerk, "04")
    old = decisions.issue(store, clerk, info.id, "reject", reason_code="incomplete_file")
    assert old.template_version == 1
    body = decision_templates.current(store, "early.reject").to_json()
    body["articles"][0] = ("Art. 1. Se respinge, conform Ordinului CNPP nr. 99/2026, cererea "
                           "nr. {request_no} din {request_date} a lui {applicant_name}.")
    with pytest.raises(auth.PermissionDenied):
        decision_templates.save(store, clerk, "early.reject", body, "Ordin CNPP 99/2026")
    saved = decision_templates.save(store, admin, "early.reject", body, "Ordin CNPP 99/2026")
    assert saved.version == 2
    assert [v.version for v in decision_templates.versions(store, "early.reject")] == [2, 1]
    info2 = registered(store, clerk, "04")
    new = decisions.issue(store, clerk, info2.id, "reject", reason_code="incomplete_file")
    assert new.template_version == 2
    assert "conform Ordinului CNPP nr. 99/2026" in text_of(decisions.pdf(store, clerk, [new.id]))
    reprint = text_of(decisions.pdf(store, clerk, [old.id], duplicate=True))
    assert "conform Ordinului CNPP" not in reprint and "DUPLICAT" in reprint


def test_a_template_with_an_unknown_placeholder_is_refused(store, admin):
    body = decision_templates.current(store, "old_age.admit").to_json()
    body["articles"].append("Art. 9. Se plătește {iban_titular}.")
    with pytest.raises(decision_templates.TemplateError, match="iban_titular"):
        decision_templates.save(store, admin, "old_age.admit", body, "test")
    body = decision_templates.current(store, "old_age.admit").to_json()
    body["contest"] = ""
    with pytest.raises(decision_templates.TemplateError, match=r"art\. 127"):
        decision_templates.save(store, admin, "old_age.admit", body, "fără cale de atac")
    assert [v.version for v in decision_templates.versions(store, "old_age.admit")] == [1]


def test_communication_closes_the_request_and_later_prints_are_duplicates(store, clerk):
    info = registered(store, clerk, "04")
    decision = decisions.issue(store, clerk, info.id, "reject", reason_code="incomplete_file")
    with pytest.raises(decisions.DecisionError) as failure:
        decisions.communicate(store, clerk, decision.id, "post", decision.issued_on)
    assert failure.value.field == "reference"
    with pytest.raises(decisions.DecisionError, match="înaintea emiterii"):
        decisions.communicate(store, clerk, decision.id, "counter",
                              decision.issued_on - dt.timedelta(days=1))
    done = decisions.communicate(store, clerk, decision.id, "post", decision.issued_on,
                                 "RA 123 456 789 RO")
    assert done.communicated_on == decision.issued_on
    assert queries.detail(store, info.id).summary.status == "communicated"
    with pytest.raises(decisions.DecisionError, match="DUPLICAT"):
        decisions.pdf(store, clerk, [decision.id])
    text = text_of(decisions.pdf(store, clerk, [decision.id], duplicate=True))
    assert "DUPLICAT" in text
    assert "scrisoare recomandată cu confirmare de primire, nr. RA 123 456 789 RO" in text
    with pytest.raises(decisions.DecisionError, match="deja comunicată"):
        decisions.communicate(store, clerk, decision.id, "counter", decision.issued_on)


def test_the_days_batch_holds_the_unsigned_decisions_in_number_order(store, clerk):
    ids = [registered(store, clerk, annex).id for annex in ("03", "04", "16")]
    made = [decisions.issue(store, clerk, rid, "reject", reason_code="incomplete_file")
            for rid in ids]
    decisions.communicate(store, clerk, made[1].id, "counter", made[1].issued_on)
    count, pdf = decisions.batch_for_signing(store, clerk, made[0].issued_on)
    assert count == 2
    text = text_of(pdf)
    first = text.index(f"DECIZIA nr. {made[0].number} ")
    third = text.index(f"DECIZIA nr. {made[2].number} ")
    assert first < third and f"DECIZIA nr. {made[1].number} " not in text
    assert "DUPLICAT" not in text
    with pytest.raises(decisions.DecisionError, match="Nu există decizii"):
        decisions.batch_for_signing(store, clerk, made[0].issued_on - dt.timedelta(days=1))


def test_a_decision_is_issued_once(store, clerk):
    info = registered(store, clerk, "16")
    decisions.issue(store, clerk, info.id, "reject", reason_code="no_new_periods")
    with pytest.raises(decisions.DecisionError, match="nu se mai poate emite"):
        decisions.issue(store, clerk, info.id, "reject", reason_code="no_new_periods")
    assert len(decisions.of_request(store, info.id)) == 1


def test_requests_without_a_decision_of_this_office_are_refused(store, clerk):
    info = registered(store, clerk, "05")
    with pytest.raises(decisions.DecisionError, match="nu emite decizie"):
        decisions.issue(store, clerk, info.id, "admit")


def test_the_death_aid_paid_is_the_amount_the_decision_approved(store, clerk, admin):
    from desk_app.services import death_aid_payment, reference_values

    payload = dict(get_spec("11").sample)
    payload.update({"death_certificate.date": "01.03.2025", "deceased.death_date": "27.02.2025",
                    "deceased.quality": "asigurat"})
    info = requests.register(store, clerk, "11", payload)
    decision = decisions.issue(store, clerk, info.id, "admit")
    # A correction of the table after the decision does not change what was approved.
    reference_values.add_value(store, admin, "death_aid.csv", {
        "effective_from": "2025-02-13", "effective_to": "2026-03-29",
        "insured_or_pensioner_lei": "8700", "family_member_lei": "4350",
        "legal_basis": "corecție"}, note="verificat în Monitorul Oficial")
    paid = death_aid_payment.record_payment(store, clerk, info.id, "cash",
                                            info.registration_date)
    assert str(paid.amount_lei) == decision.amount_lei == "8620"
