"""Validation of annex 3 (cerere de pensie pentru limită de vârstă): what the
clerk sees next to each field when something is missing or wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.annexes import get_spec
from desk_app.domain.annexes.validation import normalise, unknown_keys, validate

SPEC = get_spec("03")
TODAY = dt.date(2026, 11, 25)
REQUIRED = "Câmp obligatoriu."
# A man born 15.06.1963 in Cluj (the python-stdnum documentation example).
MAN_CNP = "1630615123457"
# A woman born 15.07.1963, Cluj, serial 031: 2 63 07 15 12 031 →
# 4+42+27+0+28+6+15+5+16+0+21+9 = 173 = 11·15 + 8 → check digit 8.
WOMAN_CNP = "2630715120318"

REQUIRED_KEYS = [
    "applicant.surname", "applicant.given_names", "applicant.cnp", "applicant.locality",
    "applicant.county", "applicant.id_series", "applicant.id_number", "applicant.id_issuer",
    "applicant.id_date", "decl.insured", "decl.other_pension", "decl.integrated_pension",
    "decl.non_integrated_pension", "decl.allowance", "decl.unemployment",
    "decl.disability_allowance",
]


def sample(**changes: object) -> dict:
    payload = dict(SPEC.sample)
    payload.update(changes)
    return payload


def errors_of(payload: dict) -> dict[str, str]:
    return validate(SPEC, normalise(SPEC, payload), today=TODAY)


def test_the_sample_is_a_complete_request():
    assert SPEC.sample["applicant.cnp"] == WOMAN_CNP
    assert errors_of(sample()) == {}
    assert unknown_keys(SPEC, SPEC.sample) == []


@pytest.mark.parametrize("key", REQUIRED_KEYS)
def test_each_required_field_missing_is_named(key):
    assert errors_of(sample(**{key: ""}))[key] == REQUIRED
    payload = sample()
    del payload[key]
    assert errors_of(payload)[key] == REQUIRED


def test_spaces_only_count_as_missing():
    assert errors_of(sample(**{"applicant.surname": "   "})) == {"applicant.surname": REQUIRED}


@pytest.mark.parametrize(("choice", "dossier"), [
    ("decl.other_pension", "decl.other_pension_file"),
    ("decl.integrated_pension", "decl.integrated_pension_file"),
    ("decl.non_integrated_pension", "decl.non_integrated_pension_file"),
    ("decl.allowance", "decl.allowance_file"),
])
def test_primesc_without_dossier_number(choice, dossier):
    payload = sample(**{choice: "primesc"})
    payload.pop(dossier, None)
    assert errors_of(payload) == {dossier: REQUIRED}
    payload[dossier] = "IND-2024/318"
    assert errors_of(payload) == {}


def test_nu_primesc_needs_no_dossier():
    payload = sample(**{"decl.allowance": "nu_primesc"})
    payload.pop("decl.allowance_file")
    assert errors_of(payload) == {}


def test_children_question_is_for_women_only():
    field = SPEC.field("decl.raised_children")
    woman = sample()
    man = sample(**{"applicant.cnp": MAN_CNP})
    assert field.is_visible(woman) and field.is_required(woman)
    assert not field.is_visible(man) and not field.is_required(man)
    # A man does not answer it (nor lists children's birth certificates) …
    for key in ("decl.raised_children", "children_certificates", "doc.child_birth"):
        man.pop(key)
    assert errors_of(man) == {}
    # … a woman must.
    woman.pop("decl.raised_children")
    assert errors_of(woman) == {"decl.raised_children": REQUIRED}


def test_children_question_hidden_while_the_cnp_is_not_valid():
    payload = sample(**{"applicant.cnp": "2630715120319"})
    assert not SPEC.field("decl.raised_children").is_visible(payload)
    assert errors_of(payload) == {
        "applicant.cnp": "CNP invalid: cifra de control nu corespunde."}


def test_document_submitted_without_its_number():
    payload = sample(**{"doc.work_book": {"submitted": True, "form": "original și copie",
                                          "series": "AB"}})
    assert errors_of(payload) == {
        "doc.work_book.number": "Numărul documentului este obligatoriu(e)."}


def test_document_submitted_without_its_series_or_date():
    payload = sample(**{
        "doc.identity_card": {"submitted": True, "form": "copie", "number": "123456"},
        "doc.bonus_certificate": {"submitted": True, "form": "original", "number": "77"},
    })
    assert errors_of(payload) == {
        "doc.identity_card.series": "Seria documentului este obligatoriu(e).",
        "doc.bonus_certificate.date": "Data documentului este obligatorie.",
    }


def test_document_with_an_impossible_date():
    payload = sample(**{"doc.studies": {"submitted": True, "form": "copie", "number": "1289",
                                        "date": "31.02.1986"}})
    assert errors_of(payload) == {"doc.studies.date": "Data nu există în calendar."}


def test_identity_card_is_required():
    for value in ({"submitted": False}, None):
        payload = sample(**{"doc.identity_card": value})
        assert errors_of(payload) == {
            "doc.identity_card": "Documentul este obligatoriu pentru această cerere."}


def test_a_document_not_handed_in_needs_nothing_else():
    assert errors_of(sample(**{"doc.military_book": {"submitted": False}})) == {}


def test_declaration_with_a_value_not_in_the_official_text():
    assert errors_of(sample(**{"decl.insured": "poate"})) == {
        "decl.insured": "Alegeți una dintre variante: sunt / nu sunt."}


def test_wrong_values_get_their_messages_on_their_keys():
    payload = sample(**{
        "applicant.cnp": "2630715120319",
        "applicant.email": "maria@",
        "applicant.phone": "telefon",
        "applicant.id_date": "31.02.2019",
        "applicant.surname": "P" * 5000,
    })
    assert errors_of(payload) == {
        "applicant.cnp": "CNP invalid: cifra de control nu corespunde.",
        "applicant.email": "Adresa de e-mail nu este validă (exemplu: nume@domeniu.ro).",
        "applicant.phone": "Numărul de telefon nu este valid (doar cifre, spații, +, -).",
        "applicant.id_date": "Data nu există în calendar.",
        "applicant.surname": "Textul are 5000 caractere; maximum 100.",
    }


def test_children_rows_need_series_and_number():
    payload = sample(children_certificates=[{"series": "N.B.", "number": ""},
                                            {"series": "", "number": "445566"}])
    assert errors_of(payload) == {
        "children_certificates[0].number": REQUIRED,
        "children_certificates[1].series": REQUIRED,
    }


def test_birth_date_and_sex_are_computed_from_the_cnp_not_typed():
    clean = normalise(SPEC, sample(**{"applicant.birth_date": "01.01.2000",
                                      "applicant.sex": "masculin"}))
    assert clean["applicant.birth_date"] == "15.07.1963"
    assert clean["applicant.sex"] == "feminin"


def test_unknown_fields_are_reported():
    assert unknown_keys(SPEC, {"applicant.surname": "X", "applicant.nickname": "Y"}) == [
        "applicant.nickname"]
