"""Contribution periods: kinds kept apart, overlaps counted once, the totals.

* Contributory (art. 3 r), 13 a), c), d)): work periods, child-raising leave
  before 1 April 2001 (constituted seniority — CNPP circular 28.01.2025, pt. 1)
  and voluntary contracts.
* Assimilated (art. 14 (1)): university a), military service b),
  social-insurance allowances 1.4.2001–1.1.2006 c), child-raising leave from
  1.1.2006 e). Non-contributory: art. 13 b).
* Eligibility (minimum/complete period): contributory + child-raising leave
  from 2006 (art. 47 (4) law, art. 14 (2) norms); the allowances of
  2001–2005 do not count (circular, pt. 1).
* Early pension: voluntary contracts do not count (art. 58 (2) law, art. 32 (1)
  norms); child-raising leave from 2006 does (art. 32 (2) norms).
* Stability points: contributory periods only (art. 85 (3)–(4)); assimilated
  periods excluded (circular, pt. 1).
* Period over the complete period for the early-pension diminution: the whole
  stagiu de cotizare (art. 3 q)) plus the supplementary periods of art. 15
  (art. 32 (3) norms).
* Overlaps: a day counts once (art. 54 (4) norms); an assimilated period counts
  only where it does not overlap a contribution period (art. 14 (3) law).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from desk_app.domain.law360.case import PeriodInput, PeriodKind, WorkCondition
from desk_app.domain.law360.durations import (
    Duration,
    Interval,
    intervals_duration,
    merge_intervals,
    subtract_intervals,
    sum_durations,
)

# Dated periods are processed in this order; a day already taken by an earlier
# entry is not counted again. Within contributory periods the more favourable
# condition keeps the day.
_CONDITION_PRIORITY = (
    WorkCondition.SPECIAL_ART28_AB, WorkCondition.GROUP_I, WorkCondition.SPECIAL,
    WorkCondition.GROUP_II, WorkCondition.PARTICULAR, WorkCondition.NORMAL,
)
_KIND_PRIORITY = (
    PeriodKind.CHILD_LEAVE_BEFORE_2001, PeriodKind.VOLUNTARY_CONTRACT,
    PeriodKind.CHILD_LEAVE_FROM_2006, PeriodKind.ALLOWANCE_2001_2005,
    PeriodKind.UNIVERSITY, PeriodKind.MILITARY, PeriodKind.NON_CONTRIBUTORY,
)
CONTRIBUTORY_KINDS = frozenset({PeriodKind.CONTRIBUTORY, PeriodKind.CHILD_LEAVE_BEFORE_2001,
                                PeriodKind.VOLUNTARY_CONTRACT})
ASSIMILATED_KINDS = frozenset({PeriodKind.ALLOWANCE_2001_2005, PeriodKind.CHILD_LEAVE_FROM_2006,
                               PeriodKind.UNIVERSITY, PeriodKind.MILITARY})
# Art. 15 (1) of the law: 4 / 6 months for each year worked in particular /
# special conditions (stagiu in normal conditions, art. 13 (4) norms).
SUPPLEMENT_MONTHS_PER_YEAR = {
    WorkCondition.PARTICULAR: 4,
    WorkCondition.SPECIAL: 6,
    WorkCondition.SPECIAL_ART28_AB: 6,
}
FIRST_ASSIMILATED_POINTS_DAY = dt.date(2001, 4, 1)
_FAR_FUTURE = dt.date(9000, 1, 1)


@dataclass(frozen=True)
class PeriodTotals:
    by_kind: Mapping[PeriodKind, Duration]
    contributory_by_condition: Mapping[WorkCondition, Duration]
    contributory: Duration  # all contributory kinds
    eligibility: Duration  # minimum / complete period, art. 47 (4)
    early_eligibility: Duration  # complete period for early pension, art. 58 (2)
    stability: Duration  # basis of stability points, art. 85 (3)
    stability_early: Duration  # idem without voluntary contracts, art. 32 (1) norms
    supplement_art15: Duration
    total_stagiu: Duration  # art. 3 q) + art. 15 supplement
    total_stagiu_early: Duration  # idem without voluntary contracts (art. 32 (3) norms)
    # Assimilated a), b), e) periods valued at 0.25 points/month (art. 86 (2));
    # dated a)/b) days before 1.4.2001 are valued under art. 138 (2) instead.
    assimilated_for_points: Duration
    assimilated_before_2001: Duration
    overlap_removed: Duration


def _supplement(by_condition: Mapping[WorkCondition, Duration]) -> Duration:
    # "for each year worked": full years only — the reading taken (docs/calculator.md).
    months = sum(SUPPLEMENT_MONTHS_PER_YEAR.get(cond, 0) * dur.years
                 for cond, dur in by_condition.items())
    return Duration.of(0, months)


def compute_totals(periods: tuple[PeriodInput, ...]) -> PeriodTotals:
    """Totals by kind and for each legal purpose (see the module docstring)."""
    taken: list[Interval] = []
    raw_dated = Duration.zero()
    by_kind: dict[PeriodKind, list[Duration]] = {k: [] for k in PeriodKind}
    by_condition: dict[WorkCondition, list[Duration]] = {c: [] for c in WorkCondition}
    assimilated_points: list[Duration] = []
    assimilated_early: list[Duration] = []

    def take(intervals: list[Interval]) -> list[Interval]:
        nonlocal taken, raw_dated
        if not intervals:
            return []
        raw_dated = raw_dated + intervals_duration(intervals)
        free = subtract_intervals(intervals, taken)
        taken = merge_intervals([*taken, *free])
        return free

    dated = [p for p in periods if p.is_dated]
    for cond in _CONDITION_PRIORITY:
        free = take([(p.start, p.end) for p in dated  # type: ignore[misc]
                     if p.kind is PeriodKind.CONTRIBUTORY and p.condition is cond])
        length = intervals_duration(free)
        by_kind[PeriodKind.CONTRIBUTORY].append(length)
        by_condition[cond].append(length)
    for kind in _KIND_PRIORITY:
        free = take([(p.start, p.end) for p in dated if p.kind is kind])  # type: ignore[misc]
        length = intervals_duration(free)
        by_kind[kind].append(length)
        if kind is PeriodKind.CHILD_LEAVE_BEFORE_2001:
            by_condition[WorkCondition.NORMAL].append(length)
        if kind in (PeriodKind.UNIVERSITY, PeriodKind.MILITARY):
            before = subtract_intervals(free, [(FIRST_ASSIMILATED_POINTS_DAY, _FAR_FUTURE)])
            assimilated_early.append(intervals_duration(before))
            assimilated_points.append(intervals_duration(
                subtract_intervals(free, merge_intervals(before))))
        elif kind is PeriodKind.CHILD_LEAVE_FROM_2006:
            assimilated_points.append(length)

    for p in periods:
        if p.is_dated or p.duration is None:
            continue
        by_kind[p.kind].append(p.duration)
        if p.kind is PeriodKind.CONTRIBUTORY:
            by_condition[p.condition].append(p.duration)
        elif p.kind is PeriodKind.CHILD_LEAVE_BEFORE_2001:
            by_condition[WorkCondition.NORMAL].append(p.duration)
        if p.kind in (PeriodKind.UNIVERSITY, PeriodKind.MILITARY,
                      PeriodKind.CHILD_LEAVE_FROM_2006):
            assimilated_points.append(p.duration)

    kinds = {k: sum_durations(v) for k, v in by_kind.items()}
    conditions = {c: sum_durations(v) for c, v in by_condition.items()}
    contributory = sum_durations(kinds[k] for k in CONTRIBUTORY_KINDS)
    voluntary = kinds[PeriodKind.VOLUNTARY_CONTRACT]
    child_2006 = kinds[PeriodKind.CHILD_LEAVE_FROM_2006]
    supplement = _supplement(conditions)
    all_kinds = sum_durations(kinds.values())
    total = all_kinds + supplement
    dated_counted = intervals_duration(taken)
    return PeriodTotals(
        by_kind=kinds,
        contributory_by_condition=conditions,
        contributory=contributory,
        eligibility=contributory + child_2006,
        early_eligibility=contributory.minus(voluntary) + child_2006,
        stability=contributory,
        stability_early=contributory.minus(voluntary),
        supplement_art15=supplement,
        total_stagiu=total,
        total_stagiu_early=total.minus(voluntary),
        assimilated_for_points=sum_durations(assimilated_points),
        assimilated_before_2001=sum_durations(assimilated_early),
        overlap_removed=raw_dated.minus(dated_counted),
    )
