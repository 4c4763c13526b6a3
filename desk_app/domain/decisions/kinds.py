"""Which decision a request gets.

The kind follows the benefit of the annex (annex 3 old-age, 4 early, 6
invalidity, 7 survivor, 16 recalculation, 8 unpaid amounts, 11/12a/12b death
aid). Pension decisions admit or reject the request (art. 93 (1) of Law
360/2023); death aid and unpaid amounts are approved or refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Outcome(StrEnum):
    ADMIT = "admit"
    REJECT = "reject"


@dataclass(frozen=True)
class DecisionKind:
    key: str  # the benefit of the annex
    subject: str  # "privind acordarea pensiei pentru limită de vârstă"
    benefit_label: str  # "pensia pentru limită de vârstă"
    pension: bool  # a pension decision: grant date, amount, calculation annex
    calculation_required: bool  # admission needs a calculation stored with the request

    def template_key(self, outcome: Outcome | str) -> str:
        return f"{self.key}.{Outcome(outcome).value}"


KINDS: dict[str, DecisionKind] = {
    "old_age": DecisionKind("old_age", "privind pensia pentru limită de vârstă",
                            "pensia pentru limită de vârstă", True, True),
    "early": DecisionKind("early", "privind pensia anticipată", "pensia anticipată",
                          True, True),
    "invalidity": DecisionKind("invalidity", "privind pensia de invaliditate",
                               "pensia de invaliditate", True, True),
    # The survivor pension derives from the supporter's pension (art. 79): the
    # amount is entered from the supporter's file when no calculation is stored.
    "survivor": DecisionKind("survivor", "privind pensia de urmaș", "pensia de urmaș",
                             True, False),
    "recalculation": DecisionKind("recalculation", "privind recalcularea pensiei",
                                  "recalcularea pensiei", True, True),
    "death_aid": DecisionKind("death_aid", "privind ajutorul de deces", "ajutorul de deces",
                              False, False),
    "unpaid_amounts": DecisionKind("unpaid_amounts",
                                   "privind plata sumelor cuvenite și neîncasate de "
                                   "pensionarul decedat",
                                   "sumele cuvenite și neîncasate", False, False),
}

OUTCOME_LABELS: dict[Outcome, str] = {Outcome.ADMIT: "admitere", Outcome.REJECT: "respingere"}


def kind_for_benefit(benefit: str) -> DecisionKind | None:
    """None for requests that end without a decision of this office (e.g. annex 5)."""
    return KINDS.get(benefit)


def all_template_keys() -> list[str]:
    return [kind.template_key(outcome) for kind in KINDS.values() for outcome in Outcome]
