"""The owner's quote number pattern: checked, filled in, revised."""

import datetime as dt

import pytest

from followup_desk.domain.quote_numbers import (
    PatternError,
    check_pattern,
    revision_number,
)

DAY = dt.date(2026, 7, 3)


@pytest.mark.parametrize(
    ("pattern", "seq", "expected"),
    [
        ("{prefix}-{year}-{seq:04}", 42, "Q-2026-0042"),
        ("INV-{year}{month}-{seq:03}", 7, "INV-202607-007"),
        ("{yy}.{seq}", 1234, "26.1234"),
        ("{seq:06}", 5, "000005"),
    ],
)
def test_patterns_make_numbers(pattern, seq, expected):
    assert check_pattern(pattern).format(seq, DAY, "Q") == expected


def test_a_pattern_with_the_year_restarts_each_year():
    assert check_pattern("{prefix}-{year}-{seq:04}").restarts_yearly
    assert check_pattern("{yy}{seq:04}").restarts_yearly
    assert not check_pattern("Q{seq:05}").restarts_yearly


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("", "Enter a pattern"),
        ("Q-{year}", "needs {seq}"),
        ("Q/{year}/{seq}", "cannot contain /"),
        ("Q-{day}-{seq}", "“{day}” is unknown"),
        ("Q-{year:04}-{seq}", "Only the running number takes a width"),
        ("Q-{seq:x}", "Only the running number takes a width"),
        ("Q-{seq", "Every { needs a matching }"),
        ("Q" * 50 + "{seq}", "under 40 characters"),
    ],
)
def test_bad_patterns_are_refused_with_what_to_change(pattern, says):
    with pytest.raises(PatternError) as err:
        check_pattern(pattern)
    assert says in str(err.value)


def test_a_prefix_with_a_slash_is_refused():
    with pytest.raises(PatternError, match="prefix cannot contain"):
        check_pattern("{prefix}-{seq}", prefix="A/B")


def test_revisions_add_a_number():
    assert revision_number("Q-2026-0042", 1) == "Q-2026-0042"
    assert revision_number("Q-2026-0042", 2) == "Q-2026-0042-2"
