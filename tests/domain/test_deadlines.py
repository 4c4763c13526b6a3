"""Legal terms counted by hand from the norms (HG 181/2024).

* Art. 58 (5): terms for filing and solving pension requests are counted in
  "zile libere" — neither the start day nor the last day is counted; a last day
  that is a weekend or legal holiday moves to the end of the next working day.
  So an N-day term started on day S: days S+1 … S+N are the N full days, the
  term ends on S+N+1 (moved to the next working day if needed).
* Art. 100 (3): the 3 working days for the death aid, counted under the Civil
  Code the same way — the start day is not counted, 3 working days follow, the
  term ends on the next working day after them.

Romanian legal holidays used below (Codul muncii, art. 139): 1–2 Jan, 6–7 Jan,
24 Jan, Orthodox Good Friday, Easter Sunday and Monday, 1 May, 1 June, Rusalii
(Sunday and Monday), 15 Aug, 30 Nov, 1 Dec, 25–26 Dec. Orthodox Easter 2027 is
Sunday 2 May (Good Friday 30 Apr, Easter Monday 3 May; 1 May is a Saturday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.deadline_kinds import TERM_KINDS
from desk_app.domain.deadlines import (
    free_days_deadline,
    is_working_day,
    next_working_day,
    working_days_between,
    working_days_deadline,
)

D = dt.date


@pytest.mark.parametrize("holiday", [
    D(2027, 1, 1), D(2027, 1, 6), D(2027, 1, 7), D(2028, 1, 24),
    D(2027, 4, 30),  # Orthodox Good Friday 2027
    D(2027, 5, 3),  # Easter Monday 2027
    D(2027, 6, 1), D(2027, 6, 21),  # Children's Day; Rusalii Monday (Easter + 50 days)
    D(2028, 8, 15),  # Adormirea Maicii Domnului, a Tuesday
    D(2026, 11, 30), D(2026, 12, 1), D(2026, 12, 25),
])
def test_legal_holidays_are_not_working_days(holiday):
    assert not is_working_day(holiday)


def test_weekends_and_ordinary_days():
    assert not is_working_day(D(2026, 11, 28))  # Saturday
    assert not is_working_day(D(2026, 11, 29))  # Sunday
    assert is_working_day(D(2026, 11, 25))  # Wednesday
    assert is_working_day(D(2027, 5, 4))  # Tuesday after Easter Monday
    assert next_working_day(D(2027, 4, 30)) == D(2027, 5, 4)  # Fri hol., Sat, Sun, Mon hol.


def test_45_days_registered_25_11_2026_end_on_11_01_2027():
    # Full days 26–30 Nov (5) + 1–31 Dec (31) + 1–9 Jan (9) = 45.
    # The day after them, 10.01.2027, is a Sunday (1 Jan 2027 is a Friday,
    # so 3, 10 Jan are Sundays) → Monday 11.01.2027, a working day.
    assert free_days_deadline(D(2026, 11, 25), 45) == D(2027, 1, 11)
    assert TERM_KINDS["pension"].due(D(2026, 11, 25)) == D(2027, 1, 11)


def test_last_day_on_orthodox_good_friday_2027_moves_past_easter():
    # Registered 15.03.2027: full days 16–31 Mar (16) + 1–29 Apr (29) = 45;
    # last day 30.04 Good Friday → 1.05 Sat (Labour Day) → 2.05 Easter Sunday →
    # 3.05 Easter Monday → Tuesday 04.05.2027.
    assert free_days_deadline(D(2027, 3, 15), 45) == D(2027, 5, 4)


def test_ten_days_ending_on_easter_monday_2027():
    # From 21.04.2027: full days 22–30 Apr (9) + 1 May (1) = 10; last day
    # 2.05 (Easter Sunday) → 3.05 Easter Monday → Tuesday 04.05.2027.
    assert free_days_deadline(D(2027, 4, 21), 10) == D(2027, 5, 4)


def test_ten_days_ending_on_saint_andrew_and_1_december():
    # From 19.11.2026: full days 20–29 Nov (10); last day 30.11 (Sf. Andrei,
    # Monday) → 1.12 (Ziua Națională) → Wednesday 02.12.2026.
    assert free_days_deadline(D(2026, 11, 19), 10) == D(2026, 12, 2)
    assert TERM_KINDS["communication"].due(D(2026, 11, 19)) == D(2026, 12, 2)


def test_thirty_days_ending_on_christmas():
    # From 24.11.2026: full days 25–30 Nov (6) + 1–24 Dec (24) = 30; last day
    # 25.12 (Friday, Crăciun) → 26.12 (Saturday, Crăciun) → 27.12 Sunday →
    # Monday 28.12.2026.
    assert free_days_deadline(D(2026, 11, 24), 30) == D(2026, 12, 28)


def test_45_days_ending_on_new_year():
    # From 16.11.2026: full days 17–30 Nov (14) + 1–31 Dec (31) = 45; last day
    # 1.01.2027 (Friday, holiday) → 2.01 (Saturday, holiday) → 3.01 Sunday →
    # Monday 04.01.2027.
    assert free_days_deadline(D(2026, 11, 16), 45) == D(2027, 1, 4)


def test_last_day_on_24_january_2028():
    # 24.01.2028 is a Monday (1 Jan 2028 is a Saturday) and Ziua Unirii.
    # From 13.01.2028: full days 14–23 Jan (10); last day 24.01 → Tuesday 25.01.2028.
    assert free_days_deadline(D(2028, 1, 13), 10) == D(2028, 1, 25)


def test_weekend_moves_the_last_day_and_a_working_day_keeps_it():
    # From Monday 2.11.2026: full days 3–12 Nov (10); last day Friday 13.11: kept.
    assert free_days_deadline(D(2026, 11, 2), 10) == D(2026, 11, 13)
    # From Tuesday 3.11.2026: last day Saturday 14.11 → Monday 16.11.2026.
    assert free_days_deadline(D(2026, 11, 3), 10) == D(2026, 11, 16)


def test_three_working_days_from_thursday_24_12_2026():
    # 25.12 Fri (Crăciun), 26.12 Sat, 27.12 Sun are not counted; counted: Mon 28 (1),
    # Tue 29 (2), Wed 30 (3); the term ends the next working day: Thursday 31.12.2026.
    assert working_days_deadline(D(2026, 12, 24), 3) == D(2026, 12, 31)
    assert TERM_KINDS["death_aid"].due(D(2026, 12, 24)) == D(2026, 12, 31)


def test_three_working_days_over_new_year_and_epiphany():
    # From Wed 30.12.2026: Thu 31.12 (1); 1–2 Jan holidays, 3 Jan Sunday; Mon 4.01 (2),
    # Tue 5.01 (3); the day after: 6.01 Bobotează, 7.01 Sf. Ioan → Friday 08.01.2027.
    assert working_days_deadline(D(2026, 12, 30), 3) == D(2027, 1, 8)


def test_three_working_days_over_orthodox_easter_2027():
    # From Wed 28.04.2027: Thu 29.04 (1); Fri 30.04 Good Friday, Sat 1.05 Labour Day,
    # Sun 2.05 Easter, Mon 3.05 Easter Monday; Tue 4.05 (2), Wed 5.05 (3) →
    # Thursday 06.05.2027.
    assert working_days_deadline(D(2027, 4, 28), 3) == D(2027, 5, 6)


def test_three_working_days_over_saint_andrew_and_1_december():
    # From Fri 27.11.2026: Sat 28, Sun 29, Mon 30.11 (Sf. Andrei), Tue 1.12 (Ziua
    # Națională) not counted; Wed 2.12 (1), Thu 3.12 (2), Fri 4.12 (3); the day after
    # is Sat 5.12, Sun 6.12 → Monday 07.12.2026.
    assert working_days_deadline(D(2026, 11, 27), 3) == D(2026, 12, 7)


def test_three_working_days_over_24_january_2028():
    # From Thu 20.01.2028: Fri 21 (1); Sat 22, Sun 23, Mon 24 (Ziua Unirii); Tue 25 (2),
    # Wed 26 (3) → Thursday 27.01.2028.
    assert working_days_deadline(D(2028, 1, 20), 3) == D(2028, 1, 27)


def test_working_days_between():
    # After Thu 24.12.2026 up to Thu 31.12: Mon 28, Tue 29, Wed 30, Thu 31 → 4.
    assert working_days_between(D(2026, 12, 24), D(2026, 12, 31)) == 4
    # Easter 2027: after Thu 29.04 up to Mon 3.05 → no working day at all.
    assert working_days_between(D(2027, 4, 29), D(2027, 5, 3)) == 0
    assert working_days_between(D(2027, 5, 3), D(2027, 4, 29)) == 0


def test_every_term_kind_cites_its_article():
    for kind in TERM_KINDS.values():
        assert "art." in kind.article
