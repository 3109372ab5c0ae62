import pytest

from followup_desk.services import profile
from followup_desk.services.errors import ValidationError


@pytest.mark.parametrize(
    "field, value",
    [
        ("locale", "xx_YY"),
        ("locale", "german"),
        ("currency", "ZZZ"),
        ("currency", "dollars"),
        ("country", "XX"),
        ("country", "USA"),
        ("quote_valid_days", "-5"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(db, field, value):
    before = profile.get_profile()
    with pytest.raises(ValidationError) as err:
        profile.update_profile(**{field: value})
    assert err.value.field == field
    after = profile.get_profile()
    assert getattr(after, field) == getattr(before, field)


def test_good_settings_are_normalised(db):
    saved = profile.update_profile(locale="de-DE", currency="eur", country="de")
    assert (saved.locale, saved.currency, saved.country) == ("de_DE", "EUR", "DE")
