"""The specs of annexes 4, 5, 6, 7, 8, 9 and 16: each sample validates, every
field is printed (or deliberately form-only), every placeholder names something
real, required and conditional fields say so in Romanian, and the official
wording of the reference text survives in the layout, word for word, in order.
"""

from __future__ import annotations

import copy
import re
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

from desk_app.domain.annexes import validation
from desk_app.domain.annexes.spec import (
    SYSTEM_KEYS,
    AnnexSpec,
    Boxes,
    Bullets,
    FieldKind,
    Footnotes,
    Para,
    Signatures,
    Table,
    Title,
    placeholders,
)
from desk_app.domain.countries import COUNTRIES, UN_MEMBER_CODES, _collation_key

# Copies of ../shared/reference/annexes kept with the tests (CI may lack ../shared).
REFERENCE = Path(__file__).resolve().parents[2] / "fixtures" / "annexes"

TEXTS = {
    "04": "annex_04_cerere_pensie_anticipata.txt",
    "05": "annex_05_declaratie_sedere_obisnuita.txt",
    "06": "annex_06_cerere_pensie_invaliditate.txt",
    "07": "annex_07_cerere_pensie_urmas.txt",
    "08": "annex_08_cerere_sume_neincasate.txt",
    "09": "annex_09_cerere_expertizare_medicala.txt",
    "16": "annex_16_cerere_recalculare.txt",
}

SPECS: dict[str, AnnexSpec] = {
    annex_id: import_module(f"desk_app.domain.annexes.annex_{annex_id}").SPEC
    for annex_id in TEXTS
}

# Fields deliberately not printed: values derived from the CNP (the official
# text of these models has no blank for them) and the rows behind a printed
# computed summary.
FORM_ONLY: dict[str, set[str]] = {
    "04": {"applicant.sex"},
    "05": {"applicant.sex"},
    "06": {"applicant.sex"},
    "07": {"applicant.sex", "deceased.birth_date", "deceased.sex"},
    "08": {"applicant.birth_date", "applicant.sex", "claim.periods"},
    "09": {"applicant.birth_date", "applicant.sex"},
    "16": {"applicant.sex"},
}

DOCUMENT_PARTS = {"series", "number", "date", "form"}

ROMANIAN_MESSAGES = {validation.REQUIRED, validation.DOCUMENT_REQUIRED,
                     "Adăugați cel puțin un rând."}

ids = pytest.mark.parametrize("annex_id", list(TEXTS))


def _sample(annex_id: str) -> dict[str, Any]:
    spec = SPECS[annex_id]
    return validation.normalise(spec, copy.deepcopy(dict(spec.sample)))


def _errors(annex_id: str, payload: dict[str, Any]) -> dict[str, str]:
    spec = SPECS[annex_id]
    return validation.validate(spec, validation.normalise(spec, payload))


# --- the sample -----------------------------------------------------------------


@ids
def test_sample_is_valid(annex_id: str) -> None:
    spec = SPECS[annex_id]
    assert validation.validate(spec, _sample(annex_id)) == {}
    assert validation.unknown_keys(spec, spec.sample) == []


@ids
def test_sample_fills_every_field(annex_id: str) -> None:
    spec = SPECS[annex_id]
    missing = [f.key for f in spec.fields()
               if f.kind is not FieldKind.COMPUTED and f.is_visible(spec.sample)
               and f.key not in spec.sample]
    assert missing == []
    computed = _sample(annex_id)
    empty = [f.key for f in spec.fields() if f.kind is FieldKind.COMPUTED and not computed[f.key]]
    assert empty == []


@ids
def test_metadata(annex_id: str) -> None:
    spec = SPECS[annex_id]
    assert spec.annex_id == annex_id
    assert spec.annex_label == f"ANEXA nr. {int(annex_id)} la norme (HG nr. 181/2024)"
    assert spec.title and spec.short_title and spec.legal_basis
    expected_group = "Expertiză medicală" if annex_id == "09" else "Pensii"
    assert spec.group == expected_group
    keys = [f.key for f in spec.fields()]
    assert len(keys) == len(set(keys)), "duplicate field keys"


def test_deadlines() -> None:
    for annex_id in ("04", "06", "07", "16"):
        rule = SPECS[annex_id].deadline
        assert rule is not None and rule.days == 45 and rule.kind == "free_days"
    assert SPECS["05"].deadline is None
    assert SPECS["08"].deadline is None
    rule = SPECS["09"].deadline
    assert rule is not None and rule.days == 15 and "art. 72" in rule.article


def test_benefits_are_distinct() -> None:
    assert {spec.benefit for spec in SPECS.values()} == {
        "early", "residence_declaration", "invalidity", "survivor", "unpaid_amounts",
        "medical_assessment", "recalculation"}


def test_registry_lists_the_specs() -> None:
    from desk_app.domain.annexes import annex_ids
    assert set(TEXTS) <= set(annex_ids())


# --- fields and layout agree -------------------------------------------------------


def _layout_templates(spec: AnnexSpec) -> list[str]:
    templates = [spec.annex_label]
    for block in spec.layout:
        if isinstance(block, Para):
            templates.append(block.template)
        elif isinstance(block, Bullets):
            templates.extend((block.intro, *block.items))
        elif isinstance(block, Signatures):
            for label, template in block.items:
                templates.extend((label, template))
        elif isinstance(block, Footnotes):
            templates.extend(block.items)
        elif isinstance(block, Title):
            templates.extend((block.text, block.subtitle))
        elif isinstance(block, Table):
            # A table prints its intro, its headers and numbered rows.
            templates.extend((block.intro, *block.headers,
                              *(f"{n}." for n in range(1, block.min_printed_rows + 1))))
        elif isinstance(block, Boxes):
            templates.extend(block.titles)
    return templates


def _printed_keys(spec: AnnexSpec) -> set[str]:
    keys = {key for t in _layout_templates(spec) for key, _ in placeholders(t)}
    keys |= {b.field_key for b in spec.layout if isinstance(b, Table)}
    return keys


@ids
def test_every_field_is_printed_or_form_only(annex_id: str) -> None:
    spec = SPECS[annex_id]
    printed = _printed_keys(spec)
    not_printed = {f.key for f in spec.fields() if f.key not in printed}
    assert not_printed == FORM_ONLY[annex_id]
    for key in FORM_ONLY[annex_id]:
        field = spec.field(key)
        assert field.kind is FieldKind.COMPUTED or key == "claim.periods"


@ids
def test_every_placeholder_names_a_field(annex_id: str) -> None:
    spec = SPECS[annex_id]
    fields = spec.field_map()
    for template in _layout_templates(spec):
        for key, modifier in placeholders(template):
            if key in SYSTEM_KEYS:
                assert modifier == ""
                continue
            if key in fields:
                kind = fields[key].kind
                if modifier == "alt":
                    assert kind is FieldKind.CHOICE, key
                if modifier == "box":
                    assert kind in (FieldKind.DOCUMENT, FieldKind.FLAG), key
                continue
            base, _, part = key.rpartition(".")
            assert base in fields, f"unknown placeholder {key!r}"
            field = fields[base]
            assert field.kind is FieldKind.DOCUMENT and part in DOCUMENT_PARTS, key
            assert part == "form" or getattr(field.document, part), key
            assert modifier == ("alt" if part == "form" else ""), key
    for block in spec.layout:
        if isinstance(block, Table):
            assert fields[block.field_key].kind is FieldKind.ROWS
            assert len(block.headers) == len(fields[block.field_key].columns)


@ids
def test_every_document_has_its_box(annex_id: str) -> None:
    spec = SPECS[annex_id]
    boxed = {key for t in _layout_templates(spec) for key, mod in placeholders(t)
             if mod == "box"}
    documents = {f.key for f in spec.fields() if f.kind is FieldKind.DOCUMENT}
    assert documents <= boxed


@ids
def test_labels_use_comma_below_diacritics(annex_id: str) -> None:
    spec = SPECS[annex_id]
    texts = [f.label for f in spec.fields()]
    texts += [o.label for f in spec.fields() for o in f.options if f.options]
    texts += [c.label for f in spec.fields() for c in f.columns]
    texts += _layout_templates(spec)
    texts += [spec.title, spec.short_title]
    for text in texts:
        assert not re.search("[şţŞŢ]", text), text


# --- required and conditional fields ------------------------------------------------


@ids
def test_removing_a_required_field_gives_a_romanian_error(annex_id: str) -> None:
    spec = SPECS[annex_id]
    sample = dict(spec.sample)
    required = [f for f in spec.fields()
                if f.kind is not FieldKind.COMPUTED and f.is_required(_sample(annex_id))]
    assert required
    for field in required:
        payload = {k: v for k, v in sample.items() if k != field.key}
        errors = _errors(annex_id, payload)
        assert field.key in errors, field.key
        assert errors[field.key] in ROMANIAN_MESSAGES, errors[field.key]


# (annex, changes to the sample, key that must then be missing, removed keys)
CONDITIONAL_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("04", {"decl.other_pension": "primesc"}, "decl.other_pension_file"),
    ("04", {"decl.integrated_pension": "primesc"}, "decl.integrated_pension_file"),
    ("04", {"decl.allowance": "primesc"}, "decl.allowance_file"),
    ("06", {"decl.other_pension": "primesc"}, "decl.other_pension_file"),
    ("06", {"decl.non_integrated_pension": "primesc"}, "decl.non_integrated_pension_file"),
    ("07", {"decl.special_allowance": "primesc"}, "decl.special_allowance_file"),
    ("07", {"decl.other_pension": "primesc"}, "decl.other_pension_file"),
    ("07", {"decl.non_integrated_pension": "primesc"}, "decl.non_integrated_pension_file"),
    ("07", {"applicant.quality": "sot_supravietuitor"}, "decl.not_divorced"),
    ("07", {"applicant.quality": "sot_supravietuitor"}, "decl.not_remarried"),
    ("05", {"s3.owns_home": "detin"}, "s3.states"),
    ("05", {"s4.owns_property": "detin"}, "s4.states"),
    ("05", {"s6.worked_abroad": "am_fost"}, "s6.states"),
    ("05", {"s10.applied": "am"}, "s10.institution"),
    ("05", {"s10.applied": "am"}, "s10.institution_address"),
    ("05", {"s10.applied": "am"}, "s10.request_type"),
    ("05", {"s10.applied": "am"}, "s10.request_date"),
    ("05", {"s11.benefits": "beneficiaz"}, "s11.institution"),
    ("05", {"s11.benefits": "beneficiaz"}, "s11.institution_address"),
    ("05", {"s11.benefits": "beneficiaz"}, "s11.category"),
    ("05", {"s11.benefits": "beneficiaz"}, "s11.decision_no"),
    ("05", {"s12.benefits": "beneficiaz"}, "s12.institution"),
    ("05", {"s12.benefits": "beneficiaz"}, "s12.institution_address"),
    ("05", {"s12.benefits": "beneficiaz"}, "s12.category"),
    ("05", {"s12.benefits": "beneficiaz"}, "s12.granted_on"),
    ("08", {"applicant.relationship": "mostenitor"}, "doc.heir_certificate"),
    ("08", {"applicant.relationship": "fiu"}, "doc.civil_status"),
    ("09", {"correspondence.same": False, "correspondence.other": True},
     "correspondence.locality"),
    ("09", {"correspondence.same": False, "correspondence.other": True},
     "correspondence.county"),
    ("16", {"reason.income": True}, "reason.income_from"),
    ("16", {"reason.income": True}, "reason.income_to"),
    ("16", {"reason.contribution": True}, "reason.contribution_from"),
    ("16", {"reason.assimilated": True}, "reason.assimilated_to"),
    ("16", {"reason.bonuses": True}, "reason.bonuses_from"),
]


def _off_and_on(annex_id: str, changes: dict[str, Any], key: str) -> tuple[dict, dict]:
    """The sample with ``key`` removed and the condition off, and with it on."""
    spec = SPECS[annex_id]
    base = {k: v for k, v in spec.sample.items() if k != key}
    on = {**base, **changes}
    return base, on


@pytest.mark.parametrize(("annex_id", "changes", "key"), CONDITIONAL_CASES)
def test_conditional_field_required_when_condition_on(annex_id: str, changes: dict[str, Any],
                                                      key: str) -> None:
    spec = SPECS[annex_id]
    field = spec.field(key)
    assert field.required_when is not None or field.visible_when is not None
    off, on = _off_and_on(annex_id, changes, key)
    on_errors = _errors(annex_id, on)
    assert on_errors.get(key) in ROMANIAN_MESSAGES, (key, on_errors)
    if not field.is_required(validation.normalise(spec, off)):
        assert key not in _errors(annex_id, off)


@ids
def test_every_conditional_field_is_exercised(annex_id: str) -> None:
    spec = SPECS[annex_id]
    covered = {key for a, _, key in CONDITIONAL_CASES if a == annex_id}
    sample = _sample(annex_id)
    conditional = {f.key for f in spec.fields() if f.required_when is not None}
    # Conditions already on in the sample are covered by the removal test.
    on_in_sample = {k for k in conditional if spec.field(k).is_required(sample)}
    assert conditional - on_in_sample <= covered | _ALWAYS_ON_COVERED.get(annex_id, set()), \
        sorted(conditional - on_in_sample - covered)


_ALWAYS_ON_COVERED: dict[str, set[str]] = {
    "04": {"decl.non_integrated_pension_file"},
    "05": {"s10.request_date", "s11.decision_no", "s12.granted_on"},
    "06": {"decl.integrated_pension_file", "decl.allowance_file"},
    "16": {"reason.contribution_to", "reason.assimilated_from", "reason.bonuses_to"},
}


def test_hidden_dossier_is_not_required() -> None:
    payload = {**SPECS["04"].sample, "decl.non_integrated_pension": "nu_primesc"}
    payload.pop("decl.non_integrated_pension_file")
    assert _errors("04", payload) == {}


def test_survivor_needs_cnp_or_dossier_of_the_deceased() -> None:
    payload = {**SPECS["07"].sample, "deceased.cnp": "", "deceased.pension_file": ""}
    assert "deceased.cnp" in _errors("07", payload)
    payload["deceased.pension_file"] = "U-1043/2009"
    assert _errors("07", payload) == {}


def test_survivor_beneficiaries_at_most_five() -> None:
    rows = [{"name": f"Ionescu Ana {i}", "quality": "fiica"} for i in range(6)]
    errors = _errors("07", {**SPECS["07"].sample, "beneficiaries": rows})
    assert errors == {"beneficiaries": "Cel mult 5 rânduri."}


def test_survivor_spouse_declarations_hidden_for_children() -> None:
    spec = SPECS["07"]
    payload = validation.normalise(spec, {**spec.sample, "applicant.quality": "fiica"})
    assert not spec.field("decl.not_remarried").is_visible(payload)


def test_unpaid_amounts_months_printed_by_year() -> None:
    spec = SPECS["08"]
    payload = validation.normalise(spec, {**spec.sample, "claim.periods": [
        {"month": "12", "year": "2025"}, {"month": "01", "year": "2026"},
        {"month": "02", "year": "2026"}]})
    assert payload["claim.months"] == "decembrie; ianuarie, februarie"
    assert payload["claim.years"] == "2025; 2026"


def test_unpaid_amounts_month_and_year_checked() -> None:
    errors = _errors("08", {**SPECS["08"].sample,
                            "claim.periods": [{"month": "13", "year": "20x6"}]})
    assert set(errors) == {"claim.periods[0].month", "claim.periods[0].year"}


def test_medical_assessment_needs_exactly_one_correspondence_box() -> None:
    both = {**SPECS["09"].sample, "correspondence.same": True, "correspondence.other": True}
    assert "correspondence.same" in _errors("09", both)
    none = {**SPECS["09"].sample, "correspondence.same": False, "correspondence.other": False}
    assert "correspondence.same" in _errors("09", none)


def test_medical_assessment_needs_a_medical_document() -> None:
    payload = dict(SPECS["09"].sample)
    for key in ("doc.discharge_letters", "doc.medical_report", "doc.lab_tests",
                "doc.imaging", "doc.functional_tests", "doc.other_results"):
        payload[key] = {"submitted": False}
    assert "doc.discharge_letters" in _errors("09", payload)


def test_recalculation_needs_a_reason_and_ordered_periods() -> None:
    payload = {**SPECS["16"].sample}
    for key in ("reason.income", "reason.contribution", "reason.assimilated",
                "reason.work_conditions", "reason.bonuses", "reason.other_documents"):
        payload[key] = False
    assert "reason.income" in _errors("16", payload)
    wrong = {**SPECS["16"].sample, "reason.income": True, "reason.income_from": "01.05.2020",
             "reason.income_to": "01.01.2020"}
    assert "reason.income_to" in _errors("16", wrong)


def test_residence_countries_are_a_choice() -> None:
    spec = SPECS["05"]
    for key in ("applicant.country", "residence.country", "s1.state", "s9.state"):
        field = spec.field(key)
        assert field.kind is FieldKind.CHOICE
        assert len(field.options) == len(COUNTRIES)
    errors = _errors("05", {**spec.sample, "residence.country": "Atlantida"})
    assert "residence.country" in errors


# --- the country list -----------------------------------------------------------------


def test_country_list() -> None:
    assert len(UN_MEMBER_CODES) == 193
    codes = [c.code for c in COUNTRIES]
    assert len(codes) == len(set(codes))
    names = [c.name for c in COUNTRIES]
    assert len(names) == len(set(names))
    assert names == sorted(names, key=_collation_key)
    assert {"România", "Republica Moldova", "Țările de Jos", "Elveția"} <= set(names)
    for name in names:
        assert not re.search("[şţŞŢ]", name), name


# --- the official wording -----------------------------------------------------------------

_CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")
# Footnote marks: "ⁱ", "^{iv}", "^v" in the reference text, "ⁱᵛ", "ᵛ", "ˣ" in ours.
_FOOTNOTE_MARKS = re.compile(r"\^\{[ivx]+\}|\^[ivx]+\b|[ⁱᵛˣ]+")


def words(text: str) -> list[str]:
    """The word sequence of a text: punctuation, dotted leaders, footnote marks
    and case ignored; the cedilla ş ţ read as the comma-below ș ț."""
    text = _FOOTNOTE_MARKS.sub(" ", text.translate(_CEDILLA))
    return re.findall(r"\w+", text.casefold())


def _printed_words(spec: AnnexSpec) -> list[str]:
    fields = spec.field_map()
    out: list[str] = []
    for template in _layout_templates(spec):
        def fill(match: re.Match[str]) -> str:
            key, modifier = match.group(1), match.group(2)
            if modifier == "alt" and key in fields:
                return " " + " ".join(o.label for o in fields[key].options) + " "
            if modifier == "alt" and key.endswith(".form"):
                return " " + " ".join(fields[key[:-5]].document.forms) + " "
            return " "
        out.extend(words(re.sub(r"\{([A-Za-z_][\w.]*)(?:\|(alt|box))?\}", fill, template)))
    return out


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if words(p)]


@ids
def test_official_wording_is_kept_in_order(annex_id: str) -> None:
    printed = _printed_words(SPECS[annex_id])
    official = (REFERENCE / TEXTS[annex_id]).read_text(encoding="utf-8")
    position = 0
    for paragraph in _paragraphs(official):
        for word in words(paragraph):
            try:
                position = printed.index(word, position) + 1
            except ValueError:
                pytest.fail(f"annex {annex_id}: {word!r} of this paragraph is missing or out "
                            f"of order:\n{paragraph}")
