"""Specs of group B: annexes 1, 2, 10, 11, 12a, 12b, 13, 15 and the portal
account request. Pure domain: no Qt, no database, no PDF.

The printing check renders each layout to plain text the way the printer
does (``{key|alt}`` prints every alternative, other placeholders print the
value or a dotted blank, here removed) and checks that the words of the
official .txt follow in order. Extraction damage of the .txt is repaired first
(see ``CORRECTIONS``); rows of the extracted tables (tab-separated) are checked
cell by cell, since the extraction flattened multi-level headers.
"""

from __future__ import annotations

import copy
import importlib
import re
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desk_app.domain.annexes import all_specs, get_spec
from desk_app.domain.annexes import common_more as m
from desk_app.domain.annexes.spec import (
    SYSTEM_KEYS,
    AnnexSpec,
    Boxes,
    Bullets,
    DeadlineKind,
    FieldKind,
    Footnotes,
    Para,
    Signatures,
    Table,
    Title,
    placeholders,
)
from desk_app.domain.annexes.validation import normalise, validate
from desk_app.domain.cnp import make_cnp
from desk_app.domain.values import cui_error

MODULES = ("annex_10", "annex_11", "annex_12a", "annex_12b", "annex_13", "annex_15",
           "annex_01", "annex_02", "portal_account")

# Copies of ../shared/reference/annexes kept with the tests (CI may lack ../shared).
REFERENCE = Path(__file__).resolve().parents[2] / "fixtures" / "annexes"
OFFICIAL = {
    "annex_01": "annex_01_nota_locuri_munca.txt",
    "annex_02": "annex_02_lista_asigurati_conditii.txt",
    "annex_10": "annex_10_ancheta_sociala.txt",
    "annex_11": "annex_11_cerere_ajutor_deces_persoana_fizica.txt",
    "annex_12a": "annex_12a_cerere_ajutor_deces_persoana_juridica_asigurat.txt",
    "annex_12b": "annex_12b_cerere_ajutor_deces_persoana_juridica_membru_familie.txt",
    "annex_13": "annex_13_adeverinta_grupa_I_loc_preluat.txt",
    "annex_15": "annex_15_adeverinta_spor_noapte.txt",
}
# Damage of the text extraction, repaired before comparing (documented decisions).
CORRECTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    # "×" was extracted as "+ 8"; column 4 = column 3 × 31,51 %.
    "annex_15": (("(col. 3 + 8 31,51%)", "(col. 3 × 31,51%)"),),
    # Misspelling in the extracted text; printed with correct diacritics.
    "annex_10": (("bucatărie", "bucătărie"),),
}

ROMANIAN = set("ăâîșțĂÂÎȘȚ")
SUPERSCRIPTS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰⁾⁽]|\*\)")
DOCUMENT_PARTS = ("series", "number", "date", "form")


def module(name: str) -> ModuleType:
    return importlib.import_module(f"desk_app.domain.annexes.{name}")


def spec_of(name: str) -> AnnexSpec:
    return module(name).SPEC


def valid_sample(spec: AnnexSpec) -> dict[str, Any]:
    return normalise(spec, copy.deepcopy(dict(spec.sample)))


def check(spec: AnnexSpec, payload: dict[str, Any]) -> dict[str, str]:
    return validate(spec, normalise(spec, payload))


# --- rendering as text ----------------------------------------------------------


def _alternatives(spec: AnnexSpec, key: str) -> str:
    fields = spec.field_map()
    if key in fields:
        return "/".join(o.label for o in fields[key].options)
    parent, _, part = key.rpartition(".")
    assert part == "form" and fields[parent].document is not None, key
    return "/".join(fields[parent].document.forms)


def _fill(spec: AnnexSpec, template: str) -> str:
    def replace(match: re.Match[str]) -> str:
        return _alternatives(spec, match.group(1)) if match.group(2) == "alt" else " "

    return re.sub(r"\{([A-Za-z_][\w.]*)(?:\|(alt|box))?\}", replace, template)


def printed_texts(spec: AnnexSpec) -> list[str]:
    """Every printed string of the layout, in order, placeholders resolved."""
    texts = [spec.annex_label]
    for block in spec.layout:
        if isinstance(block, Title):
            texts += [block.text, block.subtitle]
        elif isinstance(block, Para):
            texts.append(block.template)
        elif isinstance(block, Bullets):
            texts += [block.intro, *block.items]
        elif isinstance(block, Table):
            texts += [block.intro, *block.headers]
        elif isinstance(block, Signatures):
            for label, template in block.items:
                texts += [label, template]
        elif isinstance(block, Footnotes):
            texts += list(block.items)
        elif isinstance(block, Boxes):
            texts += list(block.titles)
    return [_fill(spec, t) for t in texts]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", SUPERSCRIPTS.sub(" ", text).casefold())


def official_units(name: str) -> tuple[list[str], list[list[str]]]:
    """(words of the running text in order, words of each table cell)."""
    text = (REFERENCE / OFFICIAL[name]).read_text(encoding="utf-8")
    for wrong, right in CORRECTIONS.get(name, ()):
        assert wrong in text, wrong
        text = text.replace(wrong, right)
    text = re.sub(r"<[^>]+>", " ", text)
    # Words glued by the extraction ("decesSe aprobă").
    text = re.sub(r"(?<=[a-zăâîșț])(?=[A-ZĂÂÎȘȚ])", " ", text)
    # Spaced titles ("C E R E R E").
    text = re.sub(r"(?<![\w ])((?:\w ){2,}\w)(?!\w)", lambda mt: mt.group(1).replace(" ", ""),
                  text)
    running: list[str] = []
    cells: list[list[str]] = []
    for line in text.splitlines():
        if "\t" in line:
            cells += [words(cell) for cell in line.split("\t") if words(cell)]
        else:
            running += words(line)
    return running, cells


def first_missing(needle: list[str], haystack: list[str]) -> int | None:
    """Index of the first word of ``needle`` not found in order, None if all are."""
    position = 0
    for index, word in enumerate(needle):
        try:
            position = haystack.index(word, position) + 1
        except ValueError:
            return index
    return None


# --- every spec -------------------------------------------------------------------


@pytest.fixture(params=MODULES)
def name(request: pytest.FixtureRequest) -> str:
    return request.param


def test_registered_once(name: str) -> None:
    spec = spec_of(name)
    assert [s.annex_id for s in all_specs()].count(spec.annex_id) == 1
    assert get_spec(spec.annex_id) is spec


def test_sample_validates(name: str) -> None:
    spec = spec_of(name)
    assert validate(spec, valid_sample(spec)) == {}


def test_sample_fills_every_field(name: str) -> None:
    spec = spec_of(name)
    sample = valid_sample(spec)
    for field in spec.fields():
        if not field.is_visible(sample):
            # Hidden by another answer of the sample (e.g. the other opinion of annex 2).
            assert field.key not in spec.sample, f"{field.key} is hidden"
            continue
        if field.kind is FieldKind.COMPUTED:
            assert spec.sample.get(field.key) in (None, ""), f"{field.key} is computed"
            continue
        assert field.key in spec.sample, field.key
        value = spec.sample[field.key]
        if field.kind is FieldKind.ROWS:
            assert value, field.key
            for row in value:
                for column in field.columns:
                    if column.kind is not FieldKind.COMPUTED:
                        assert row.get(column.key) not in (None, ""), (field.key, column.key)
        elif field.kind is FieldKind.DOCUMENT:
            assert "submitted" in value, field.key
            if value["submitted"]:
                parts = [p for p in ("series", "number", "date")
                         if getattr(field.document, p)]
                assert all(value.get(p) for p in parts), field.key
        elif field.kind is not FieldKind.FLAG:
            assert str(value).strip(), field.key


def test_metadata(name: str) -> None:
    spec = spec_of(name)
    assert spec.title and spec.short_title and spec.legal_basis and spec.benefit
    if spec.annex_id != "cont":
        assert spec.annex_label.startswith("ANEXA nr. ")
    expected_group = {"11": "Ajutor de deces", "12a": "Ajutor de deces",
                      "12b": "Ajutor de deces", "10": "Expertiză medicală",
                      "01": "Angajatori", "02": "Angajatori", "13": "Angajatori",
                      "15": "Angajatori", "cont": "Cont online"}[spec.annex_id]
    assert spec.group == expected_group
    if spec.group == "Ajutor de deces":
        assert spec.benefit == "death_aid"
        assert spec.deadline is not None
        assert spec.deadline.kind is DeadlineKind.WORKING_DAYS and spec.deadline.days == 3
        keys = spec.field_map()
        for key in ("deceased.cnp", "death_certificate.series", "death_certificate.number"):
            assert keys[key].required, key
        assert keys["deceased.cnp"].kind is FieldKind.CNP
    else:
        assert spec.deadline is None
        assert "deadline" in (module(name).__doc__ or "").lower()
    if spec.group == "Angajatori":
        assert spec.applicant_prefix == "employer"
        keys = spec.field_map()
        assert keys["employer.name"].required
        assert keys["employer.cui"].kind is FieldKind.CUI and keys["employer.cui"].required
        assert "employer.representative" in keys


def test_romanian_labels_without_cedilla(name: str) -> None:
    spec = spec_of(name)
    texts = [spec.title, spec.short_title, *printed_texts(spec)]
    for field in spec.fields():
        texts += [field.label, field.help, *(o.label for o in field.options),
                  *(col.label for col in field.columns)]
    for text in texts:
        assert not set(text) & set("şţŞŢ"), text


def test_placeholders_name_known_keys(name: str) -> None:
    spec = spec_of(name)
    fields = spec.field_map()
    for block in spec.layout:
        if isinstance(block, Table):
            assert fields[block.field_key].kind is FieldKind.ROWS
    for template in _templates(spec):
        for key, modifier in placeholders(template):
            if key in SYSTEM_KEYS:
                continue
            if key in fields:
                field = fields[key]
                if modifier == "alt":
                    assert field.options, f"{key}: |alt needs alternatives"
                if modifier == "box":
                    assert field.kind in (FieldKind.DOCUMENT, FieldKind.FLAG), key
                continue
            parent, _, part = key.rpartition(".")
            assert parent in fields and fields[parent].kind is FieldKind.DOCUMENT, key
            assert part in DOCUMENT_PARTS, key
            if part != "form":
                assert getattr(fields[parent].document, part), key


def _templates(spec: AnnexSpec) -> list[str]:
    texts = []
    for block in spec.layout:
        if isinstance(block, Title):
            texts += [block.text, block.subtitle]
        elif isinstance(block, Para):
            texts.append(block.template)
        elif isinstance(block, Bullets):
            texts += [block.intro, *block.items]
        elif isinstance(block, Table):
            texts.append(block.intro)
        elif isinstance(block, Signatures):
            texts += [t for label, t in block.items] + [label for label, t in block.items]
        elif isinstance(block, Footnotes):
            texts += list(block.items)
        elif isinstance(block, Boxes):
            texts += list(block.titles)
    return texts


def test_every_field_is_printed_or_form_only(name: str) -> None:
    spec = spec_of(name)
    printed: set[str] = set()
    for template in _templates(spec):
        for key, _modifier in placeholders(template):
            printed.add(key)
            printed.add(key.rpartition(".")[0])
    printed |= {b.field_key for b in spec.layout if isinstance(b, Table)}
    form_only = getattr(module(name), "FORM_ONLY", frozenset())
    missing = {f.key for f in spec.fields()} - printed - form_only
    assert not missing, sorted(missing)
    assert not form_only & printed, sorted(form_only & printed)
    assert form_only <= set(spec.field_map())


def test_removing_a_required_field_gives_a_romanian_error(name: str) -> None:
    spec = spec_of(name)
    sample = valid_sample(spec)
    required = [f for f in spec.fields()
                if f.kind is not FieldKind.COMPUTED and f.is_required(sample)]
    assert required
    for field in required:
        payload = copy.deepcopy(dict(spec.sample))
        payload.pop(field.key)
        errors = check(spec, payload)
        assert field.key in errors, field.key
        assert set(errors[field.key]) & ROMANIAN, errors[field.key]


def test_removing_a_required_cell_gives_an_error_on_the_cell(name: str) -> None:
    spec = spec_of(name)
    for field in spec.fields():
        if field.kind is not FieldKind.ROWS:
            continue
        for column in field.columns:
            if not column.required or column.kind is FieldKind.COMPUTED:
                continue
            payload = copy.deepcopy(dict(spec.sample))
            payload[field.key][0].pop(column.key)
            errors = check(spec, payload)
            assert f"{field.key}[0].{column.key}" in errors, (field.key, column.key)


@pytest.mark.parametrize("name", sorted(OFFICIAL))
def test_official_wording_is_printed_in_order(name: str) -> None:
    running, cells = official_units(name)
    printed = words(" ".join(printed_texts(spec_of(name))))
    missing = first_missing(running, printed)
    assert missing is None, ("official words missing or out of order near: "
                             + " ".join(running[max(0, (missing or 0) - 6):(missing or 0) + 6]))
    for cell in cells:
        assert first_missing(cell, printed) is None, " ".join(cell)


# --- particular rules ---------------------------------------------------------------


def _with(name: str, **changes: Any) -> dict[str, Any]:
    payload = copy.deepcopy(dict(spec_of(name).sample))
    for key, value in changes.items():
        payload[key.replace("__", ".")] = value
    return payload


@pytest.mark.parametrize(("percent", "expected"), [
    # 20 × 0,3151 = 6,302 → 6,30; 25 × 0,3151 = 7,8775 → 7,88 (half up);
    # 15 × 0,3151 = 4,7265 → 4,73; 22,5 × 0,3151 = 7,08975 → 7,09; 45 → 14,1795 → 14,18.
    ("20", "6,30"), ("25", "7,88"), ("15", "4,73"), ("22,5", "7,09"), ("45", "14,18"),
])
def test_annex_15_column_4_is_column_3_times_31_51_percent(percent: str, expected: str) -> None:
    spec = spec_of("annex_15")
    payload = _with("annex_15")
    payload["night_work"] = [{"period_from": "01.01.1990", "period_to": "31.12.1990",
                              "bonus_percent": percent}]
    clean = normalise(spec, payload)
    assert clean["night_work"][0]["average_percent"] == expected
    assert validate(spec, clean) == {}
    assert module("annex_15").night_average(Decimal(percent.replace(",", "."))) == \
        Decimal(expected.replace(",", "."))


def test_annex_15_sample_rows_and_bad_percent() -> None:
    spec = spec_of("annex_15")
    rows = valid_sample(spec)["night_work"]
    assert [r["average_percent"] for r in rows] == ["4,73", "6,30", "7,88"]
    payload = _with("annex_15")
    payload["night_work"][1]["bonus_percent"] = "140"
    payload["night_work"][2]["period_to"] = "01.01.1990"
    errors = check(spec, payload)
    assert "night_work[1].bonus_percent" in errors
    assert "night_work[2].period_to" in errors
    payload["night_work"][0]["bonus_percent"] = "mult"
    assert "night_work[0].bonus_percent" in check(spec, payload)


@pytest.mark.parametrize("name", ["annex_12a", "annex_12b"])
def test_bad_cui_and_iban_give_romanian_errors(name: str) -> None:
    spec = spec_of(name)
    good_cui = spec.sample["company.cui"]
    bad_cui = good_cui[:-1] + str((int(good_cui[-1]) + 1) % 10)
    errors = check(spec, _with(name, company__cui=bad_cui, payment__iban="RO00 BTRL 0000 1234"))
    assert errors["company.cui"].startswith("CUI invalid")
    assert errors["payment.iban"].startswith("IBAN invalid")
    assert check(spec, _with(name, company__cui="RO" + good_cui)) == {}


def test_samples_use_valid_cuis_and_ibans() -> None:
    assert cui_error(m.make_cui("2816453")) is None
    iban = m.make_iban("BTRL", "0130420512345678")
    assert iban.startswith("RO") and len(iban.replace(" ", "")) == 24
    assert check(spec_of("annex_11"), _with("annex_11", payment__iban=iban)) == {}


def test_annex_11_conditional_requirements() -> None:
    spec = spec_of("annex_11")
    # The pension file is required for a deceased pensioner only.
    payload = _with("annex_11", deceased__quality="pensionar")
    payload.pop("pension_file")
    assert check(spec, payload)["pension_file"] == "Câmp obligatoriu."
    payload["deceased.quality"] = "asigurat"
    assert "pension_file" not in check(spec, payload)
    # The holographic statement (letter g) is required for a family member.
    payload = _with("annex_11", doc__holographic_statement={"submitted": False})
    assert "doc.holographic_statement" in check(spec, payload)
    payload["deceased.quality"] = "pensionar"
    assert "doc.holographic_statement" not in check(spec, payload)
    # The IBAN is required when the bank statement (letter j) is handed in.
    payload = _with("annex_11")
    payload.pop("payment.iban")
    assert "payment.iban" in check(spec, payload)
    payload["doc.bank_statement"] = {"submitted": False}
    assert "payment.iban" not in check(spec, payload)


def test_death_certificate_after_birth() -> None:
    errors = check(spec_of("annex_11"), _with("annex_11", death_certificate__date="01.01.1950"))
    assert "death_certificate.date" in errors


@pytest.mark.parametrize("name", ["annex_12a", "annex_12b"])
def test_empowerment_required_for_an_empowered_signer(name: str) -> None:
    spec = spec_of(name)
    payload = _with(name, applicant__role="imputernicit", doc__empowerment={"submitted": False})
    assert "doc.empowerment" in check(spec, payload)
    payload["applicant.role"] = "reprezentant_legal"
    assert "doc.empowerment" not in check(spec, payload)


def test_annex_12a_invoice_number_is_asked() -> None:
    spec = spec_of("annex_12a")
    payload = _with("annex_12a", doc__expenses_proof={"submitted": True, "form": "original"})
    assert "doc.expenses_proof.number" in check(spec, payload)


def test_gendered_words_follow_the_cnp() -> None:
    import datetime as dt

    spec = spec_of("annex_15")
    clean = valid_sample(spec)
    assert clean["employee.title"] == "M" and clean["employee.of"] == "M"
    woman = make_cnp("F", dt.date(1960, 5, 5), "08", 12)
    clean = normalise(spec, _with("annex_15", employee__cnp=woman))
    assert clean["employee.title"] == "F" and clean["employee.named"] == "F"
    assert spec.field("employee.named").option_label("F") == "sus-numitei"
    assert normalise(spec, _with("annex_15", employee__cnp=""))["employee.title"] == ""


def test_annex_13_group_i_period_before_april_2001() -> None:
    spec = spec_of("annex_13")
    errors = check(spec, _with("annex_13", group__to="01.04.2001"))
    assert "1 aprilie 2001" in errors["group.to"]
    assert "group.to" in check(spec, _with("annex_13", group__from="01.01.1999",
                                           group__to="01.01.1998"))
    assert "group.percent" in check(spec, _with("annex_13", group__percent="0"))


def test_annex_01_opinion_matches_conditions() -> None:
    spec = spec_of("annex_01")
    assert "opinion.kind" in check(spec, _with("annex_01", opinion__kind="reinnoit"))
    assert check(spec, _with("annex_01", note__conditions="deosebite",
                             opinion__kind="reinnoit")) == {}


def test_annex_02_opinion_follows_the_conditions() -> None:
    spec = spec_of("annex_02")
    payload = _with("annex_02", list__conditions="deosebite")
    errors = check(spec, payload)
    assert {"opinion_renewal.number", "opinion_renewal.date"} <= set(errors)
    assert "opinion_special.number" not in errors
    payload.update({"opinion_renewal.number": "77", "opinion_renewal.date": "10.10.2020"})
    assert check(spec, payload) == {}
    payload = _with("annex_02")
    payload["insured"][1]["cnp"] = "1234567890123"
    assert "insured[1].cnp" in check(spec, payload)


def test_annex_10_totals_age_and_lives_with() -> None:
    spec = spec_of("annex_10")
    clean = valid_sample(spec)
    assert clean["applicant.age"] == "73"  # born 12.08.1953, sheet of 18.11.2026
    # Functional: mobility 1 + indoor 1 + housework 2 + shopping 2 + transport 2 = 8;
    # sensory: sight 1 + hearing 1 + memory 1 = 3.
    assert clean["dep.total_functional"] == "8"
    assert clean["dep.total_sensory"] == "3"
    assert clean["dep.total"] == "11"
    assert clean["income.total"] == "1995,50"
    partial = _with("annex_10")
    partial.pop("dep.sight")
    assert normalise(spec, partial)["dep.total"] == ""
    assert "family.alone" in check(spec, _with("annex_10", family__with_spouse=True))
    assert "family.alone" in check(spec, _with("annex_10", family__alone=False))
    assert "housing.wc_location" not in check(spec, _with("annex_10", housing__wc=False,
                                                          housing__wc_location=""))
    assert "dep.mood" in check(spec, _with("annex_10", dep__mood="3"))


def test_annex_10_grid_has_every_activity_with_three_scores() -> None:
    spec = spec_of("annex_10")
    scores = [f for f in spec.fields() if f.key.startswith("dep.")
              and f.kind is FieldKind.CHOICE]
    assert len(scores) == 7 + 7 + 9
    assert all([o.value for o in f.options] == ["0", "1", "2"] and f.required for f in scores)


def test_portal_account_rows_are_checked_by_kind() -> None:
    spec = spec_of("portal_account")
    payload = _with("portal_account")
    payload["administered"].append({
        "kind": "persoana_juridica", "identifier": payload["administered"][0]["identifier"],
        "name": "Greșit S.R.L.", "document": "Împuternicire", "document_number": "3",
        "document_date": "01.02.2026", "mandate_end": "01.01.2026"})
    payload["administered"][0]["identifier"] = payload["administered"][1]["identifier"]
    errors = check(spec, payload)
    assert errors["administered[0].identifier"].startswith("CNP")
    assert errors["administered[2].identifier"].startswith("CUI invalid")
    assert "administered[2].mandate_end" in errors
    assert "administered[1].identifier" not in errors
    own = _with("portal_account")
    own["administered"][0]["identifier"] = own["applicant.cnp"]
    assert "administered[0].identifier" in check(spec, own)


def test_portal_account_email_is_the_user_name() -> None:
    spec = spec_of("portal_account")
    assert spec.field("applicant.email").required
    assert spec.applicant_prefix == "applicant"
    assert "applicant.email" in check(spec, _with("portal_account", applicant__email="fără"))
    printed = " ".join(printed_texts(spec))
    for words_ in ("72 de ore", "minimum 8 caractere", "majusculă", "cifră",
                   "Regulamentului (UE) 2016/679", "Semnătura"):
        assert words_ in printed, words_
