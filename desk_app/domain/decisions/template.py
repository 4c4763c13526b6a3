"""Decision templates as data.

The wording of decisions is set by CNPP orders (art. 151 (2) of Law 360/2023
leaves the model of pension decisions to an order of the CNPP president), so
it is not code: each kind × outcome has a template of paragraphs with
``{placeholders}``; an admin edits it, every edit is a new version, and each
decision stores the version it was issued with. The shipped defaults live in
``db/reference/decision_templates.json``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

# Every placeholder a template may use, with what it holds (shown to the admin).
PLACEHOLDERS: dict[str, str] = {
    "office_name": "denumirea casei teritoriale de pensii",
    "office_address": "adresa casei teritoriale de pensii",
    "decision_no": "numărul deciziei",
    "decision_date": "data deciziei",
    "request_no": "numărul de înregistrare al cererii",
    "request_date": "data înregistrării cererii",
    "request_title": "titlul cererii (modelul din norme)",
    "applicant_name": "numele și prenumele solicitantului",
    "applicant_cnp": "CNP-ul solicitantului",
    "applicant_address": "domiciliul solicitantului",
    "benefit": "dreptul solicitat (de ex. pensia pentru limită de vârstă)",
    "grant_date": "data de la care se acordă dreptul (art. 90 din lege)",
    "amount_lei": "cuantumul acordat, în lei",
    "total_points": "numărul total de puncte",
    "reference_point_value": "valoarea punctului de referință",
    "early_diminution": "procentul de diminuare a pensiei anticipate",
    "legal_basis": "temeiul legal (articolele), din șablon",
    "reason_label": "motivul respingerii, din listă",
    "reason_article": "articolul pe care se întemeiază respingerea",
    "reason_text": "motivarea în fapt scrisă de funcționar",
    "deceased_name": "numele persoanei decedate",
    "deceased_cnp": "CNP-ul persoanei decedate",
    "death_certificate": "seria, numărul și data certificatului de deces",
    "unpaid_period": "lunile/anii pentru care se plătesc sumele neîncasate",
    "pension_file": "numărul dosarului de pensie al pensionarului decedat",
}


class TemplateError(ValueError):
    """A template an admin typed cannot be used (Romanian message)."""


@dataclass(frozen=True)
class Template:
    kind: str  # "old_age.admit"
    version: int
    title: str
    subject: str
    legal_basis: tuple[str, ...]
    preamble: tuple[str, ...]
    decides: str
    articles: tuple[str, ...]
    contest: str
    notes: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ("Director executiv", "Șef serviciu", "Întocmit",
                                   "Verificat")
    extra: Mapping[str, Any] = field(default_factory=dict)

    def texts(self) -> list[str]:
        return [self.title, self.subject, *self.legal_basis, *self.preamble, self.decides,
                *self.articles, self.contest, *self.notes]

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "subject": self.subject,
                "legal_basis": list(self.legal_basis), "preamble": list(self.preamble),
                "decides": self.decides, "articles": list(self.articles),
                "contest": self.contest, "notes": list(self.notes),
                "signatures": list(self.signatures)}


def _strings(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateError(f"Câmpul „{name}” trebuie să fie o listă de paragrafe.")
    return tuple(value)


def template_from_json(kind: str, version: int, data: Mapping[str, Any]) -> Template:
    """Build and check a template; raises :class:`TemplateError` in Romanian."""
    try:
        template = Template(
            kind=kind, version=version, title=str(data["title"]),
            subject=str(data.get("subject", "")),
            legal_basis=_strings(data.get("legal_basis", []), "legal_basis"),
            preamble=_strings(data.get("preamble", []), "preamble"),
            decides=str(data.get("decides", "DECIDE:")),
            articles=_strings(data["articles"], "articles"),
            contest=str(data["contest"]),
            notes=_strings(data.get("notes", []), "notes"),
            signatures=_strings(data.get("signatures", list(Template.signatures)),
                                "signatures"),
        )
    except KeyError as exc:
        raise TemplateError(f"Șablonul nu are câmpul obligatoriu „{exc.args[0]}”.") from None
    check_template(template)
    return template


def check_template(template: Template) -> None:
    """Unknown placeholders and empty mandatory parts are refused."""
    if not template.articles or not any(a.strip() for a in template.articles):
        raise TemplateError("Decizia trebuie să aibă cel puțin un articol (dispozitivul).")
    if not template.contest.strip():
        raise TemplateError("Decizia trebuie să arate calea de atac, termenul și instanța "
                            "(art. 127 din Legea nr. 360/2023).")
    unknown = sorted({name for text in template.texts()
                      for name in PLACEHOLDER.findall(text)} - PLACEHOLDERS.keys())
    if unknown:
        raise TemplateError("Câmpuri necunoscute în șablon: "
                            + ", ".join("{" + u + "}" for u in unknown)
                            + ". Câmpurile permise sunt în lista din dreapta.")
    if any(text.count("{") != text.count("}") for text in template.texts()):
        raise TemplateError("Acoladele din șablon nu sunt închise corect.")


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace placeholders; a value that is not known prints as dots to fill by hand."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1)) or "……", text)
