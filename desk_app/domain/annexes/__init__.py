"""The official models (annexes 1–16 of the norms, HG 181/2024, and the portal
account request), one spec module each, collected in one registry.

To add a model: write ``annex_XX.py`` with a ``SPEC`` and list it in
``_MODULES``. Everything else (form, validation, storage, printing, tests)
follows from the spec.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from desk_app.domain.annexes.spec import AnnexSpec

# Order = order in "Cerere nouă".
_MODULES: tuple[str, ...] = (
    "annex_03", "annex_04", "annex_06", "annex_07", "annex_16", "annex_05",
    "annex_08", "annex_11", "annex_12a", "annex_12b", "annex_09", "annex_10",
    "annex_13", "annex_15", "annex_01", "annex_02", "portal_account",
)
# Group order in "Cerere nouă".
GROUPS: tuple[str, ...] = ("Pensii", "Ajutor de deces", "Expertiză medicală", "Angajatori",
                           "Cont online")


class UnknownAnnex(KeyError):
    def __str__(self) -> str:
        return f"Model necunoscut: {self.args[0]!r}. Modele: {', '.join(annex_ids())}."


@cache
def all_specs() -> tuple[AnnexSpec, ...]:
    specs = []
    for name in _MODULES:
        try:
            module = import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            # Models still being written are left out, nothing else is forgiven.
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        specs.append(module.SPEC)
    return tuple(specs)


def annex_ids() -> list[str]:
    return [spec.annex_id for spec in all_specs()]


def get_spec(annex_id: str) -> AnnexSpec:
    wanted = annex_id.strip().lower()
    if wanted.isdigit() and len(wanted) == 1:
        wanted = "0" + wanted
    for spec in all_specs():
        if spec.annex_id == wanted:
            return spec
    raise UnknownAnnex(annex_id)
