"""The filled decision: what is printed and stored with the decision, so a
reprint is word for word the signed original even after the template changes.

:func:`build_document` fills a template; :func:`motivation_lines` and
:func:`calculation_annex` turn the stored calculation into the grounds and the
calculation annex of a pension decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desk_app.domain.decisions.kinds import DecisionKind, Outcome
from desk_app.domain.decisions.reasons import RejectionReason
from desk_app.domain.decisions.template import Template, fill
from desk_app.domain.values import format_date

LAW = "Legea nr. 360/2023"


@dataclass(frozen=True)
class AnnexTable:
    heading: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DecisionDocument:
    office_name: str
    office_address: str
    title: str
    subject: str
    preamble: tuple[str, ...]
    decides: str
    articles: tuple[str, ...]
    motivation: tuple[str, ...]
    calculation: tuple[AnnexTable, ...]
    contest: str
    notes: tuple[str, ...]
    signatures: tuple[tuple[str, str], ...]  # (function, name)
    template_kind: str
    template_version: int

    def to_json(self) -> dict[str, Any]:
        return {
            "office_name": self.office_name, "office_address": self.office_address,
            "title": self.title, "subject": self.subject, "preamble": list(self.preamble),
            "decides": self.decides, "articles": list(self.articles),
            "motivation": list(self.motivation),
            "calculation": [{"heading": t.heading, "rows": [list(r) for r in t.rows]}
                            for t in self.calculation],
            "contest": self.contest, "notes": list(self.notes),
            "signatures": [list(s) for s in self.signatures],
            "template_kind": self.template_kind, "template_version": self.template_version,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DecisionDocument:
        return cls(
            office_name=data["office_name"], office_address=data.get("office_address", ""),
            title=data["title"], subject=data["subject"], preamble=tuple(data["preamble"]),
            decides=data["decides"], articles=tuple(data["articles"]),
            motivation=tuple(data["motivation"]),
            calculation=tuple(AnnexTable(t["heading"], tuple((a, b) for a, b in t["rows"]))
                              for t in data["calculation"]),
            contest=data["contest"], notes=tuple(data["notes"]),
            signatures=tuple((a, b) for a, b in data["signatures"]),
            template_kind=data["template_kind"], template_version=data["template_version"],
        )

    def text(self) -> str:
        """All the words of the decision (for search and checks)."""
        parts = [self.office_name, self.title, self.subject, *self.preamble, self.decides,
                 *self.articles, *self.motivation, self.contest, *self.notes]
        for table in self.calculation:
            parts.append(table.heading)
            parts.extend(f"{a} {b}" for a, b in table.rows)
        return "\n".join(parts)


def build_document(template: Template, values: Mapping[str, str], *, office_name: str,
                   office_address: str, motivation: Sequence[str],
                   calculation: Sequence[AnnexTable],
                   signer_names: Mapping[str, str]) -> DecisionDocument:
    filled = dict(values)
    filled["legal_basis"] = "; ".join(fill(b, values) for b in template.legal_basis)
    return DecisionDocument(
        office_name=office_name, office_address=office_address,
        title=fill(template.title, filled), subject=fill(template.subject, filled),
        preamble=tuple(fill(p, filled) for p in template.preamble),
        decides=fill(template.decides, filled),
        articles=tuple(fill(a, filled) for a in template.articles),
        motivation=tuple(motivation),
        calculation=tuple(calculation),
        contest=fill(template.contest, filled),
        notes=tuple(fill(n, filled) for n in template.notes),
        signatures=tuple((label, signer_names.get(label, "")) for label in template.signatures),
        template_kind=template.kind, template_version=template.version,
    )


# --- from the stored calculation ---------------------------------------------------


def _dur(obj: Mapping[str, int] | None) -> str:
    if not obj:
        return "0 ani 0 luni 0 zile"
    return f"{obj.get('years', 0)} ani {obj.get('months', 0)} luni {obj.get('days', 0)} zile"


def _num(value: Any) -> str:
    return "—" if value in (None, "") else str(value).replace(".", ",")


def _lei(value: Any) -> str:
    if value in (None, ""):
        return "—"
    whole, _, frac = str(value).partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{groups},{frac} lei" if frac else f"{groups} lei"


def _date(iso: Any) -> str:
    return format_date(dt.date.fromisoformat(str(iso))) if iso else "—"


PERIOD_LABELS = {
    "contributory": "Stagiu de cotizare contributiv",
    "child_leave_before_2001": "Concediu pentru creșterea copilului până la 01.04.2001 "
                               "(contributiv)",
    "allowance_2001_2005": "Indemnizații de asigurări sociale 01.04.2001–31.12.2005 "
                           "(asimilat)",
    "child_leave_from_2006": "Concediu pentru creșterea copilului din 01.01.2006 (asimilat)",
    "university": "Studii universitare (asimilat)",
    "military": "Stagiu militar (asimilat)",
    "voluntary_contract": "Contract de asigurare socială",
    "non_contributory": "Perioade necontributive",
}


def calculation_annex(result: Mapping[str, Any]) -> list[AnnexTable]:
    """The calculation annex of a pension decision, from the stored result."""
    periods = result.get("periods") or {}
    by_kind = periods.get("by_kind") or {}
    tables = [AnnexTable("I. Stagii de cotizare, pe categorii", tuple(
        [(PERIOD_LABELS.get(k, k), _dur(v)) for k, v in by_kind.items()]
        + [("Stagiu total de cotizare", _dur(periods.get("total_stagiu"))),
           ("Stagiu pentru stagiul minim/complet (art. 47 alin. (4) din lege)",
            _dur(periods.get("for_eligibility"))),
           ("Stagiu pentru punctele de stabilitate", _dur(periods.get("for_stability")))]))]
    age = result.get("standard_age") or {}
    reductions = result.get("reductions") or []
    tables.append(AnnexTable("II. Vârstă și reduceri", tuple(
        [("Vârsta standard de pensionare (anexa nr. 5 la lege)",
          f"{age.get('years', '—')} ani {age.get('months', 0)} luni, împlinită la "
          f"{_date(result.get('standard_age_date'))}")]
        + [(f"Reducere — {r['article']}", f"{r['months']} luni") for r in reductions]
        + [("Stagiul minim / complet de cotizare",
            f"{_dur(result.get('minimum_period'))} / {_dur(result.get('complete_period'))}"),
           ("Data acordării (art. 90 din lege)", _date(result.get("grant_date")))])))
    points = result.get("points")
    if points:
        rows = [("Suma punctajelor anuale", _num(points.get("annual_sum"))),
                ("Puncte pentru perioade asimilate (art. 86 alin. (2) din lege)",
                 _num(points.get("assimilated"))),
                ("Puncte de stabilitate (art. 85 alin. (3) din lege, art. 54 din norme)",
                 _num(points.get("stability"))),
                ("Puncte suplimentare (art. 88 din lege, art. 55–56 din norme)",
                 _num(points.get("supplementary"))),
                ("Puncte pentru stagiul potențial (art. 66 din lege)",
                 _num(points.get("potential"))),
                ("Număr total de puncte", _num(points.get("total")))]
        tables.append(AnnexTable("III. Puncte", tuple(rows)))
    early = result.get("early")
    amount_rows = [("Valoarea punctului de referință", _lei(result.get("reference_point_value")))]
    if early:
        amount_rows += [
            ("Cuantumul pensiei pentru limită de vârstă",
             _lei(result.get("amount_before_diminution_lei"))),
            ("Luni de anticipare (art. 34 din norme)", str(early.get("anticipation_months"))),
            ("Stagiu realizat peste stagiul complet", _dur(early.get("over_complete_period"))),
            ("Diminuare (art. 58 alin. (3), tabelul nr. 4)",
             f"{_num(early.get('diminution_pct_per_month'))} % pe lună, total "
             f"{_num(early.get('diminution_pct'))} %")]
    amount_rows.append(("Cuantumul pensiei (art. 49 din norme, rotunjit la leu)",
                        _lei(result.get("amount_lei"))))
    tables.append(AnnexTable("IV. Cuantum", tuple(amount_rows)))
    return tables


def reduction_statement(result: Mapping[str, Any]) -> str | None:
    """The circular asks that cumulated reductions name their articles, and that
    an art. 56 reduction is stated as not cumulated (art. 57)."""
    reductions = result.get("reductions") or []
    if not reductions:
        return None
    total = sum(int(r.get("months", 0)) for r in reductions)
    if any(str(r.get("article", "")).startswith("art. 56") for r in reductions):
        return (f"Vârsta standard de pensionare s-a redus cu {total} luni în temeiul art. 56 "
                f"din {LAW}; această reducere nu se cumulează cu nicio altă reducere "
                "(art. 57 din lege).")
    articles = ", ".join(f"{r['article']} ({r['months']} luni)" for r in reductions)
    if len(reductions) == 1:
        return (f"Vârsta standard de pensionare s-a redus cu {total} luni în temeiul "
                f"{articles} din {LAW}.")
    return (f"Vârsta standard de pensionare s-a redus cu {total} luni prin cumularea "
            f"reducerilor prevăzute la {articles} din {LAW}, în limita a 11 ani "
            "(art. 22 din norme).")


def motivation_lines(kind: DecisionKind, outcome: Outcome, *,
                     result: Mapping[str, Any] | None = None,
                     reason: RejectionReason | None = None, reason_text: str = "",
                     extra: Sequence[str] = ()) -> list[str]:
    """The grounds of the decision, each citing its article."""
    lines: list[str] = []
    if outcome is Outcome.REJECT:
        if reason is not None:
            lines.append(f"Motivul respingerii: {reason.label} ({reason.article}).")
        if reason_text.strip():
            lines.append(f"În fapt: {reason_text.strip()}")
        return lines
    lines.extend(extra)
    if result is not None:
        statement = reduction_statement(result)
        if statement:
            lines.append(statement)
        lines.extend(str(line) for line in result.get("explanation") or [])
    return lines
