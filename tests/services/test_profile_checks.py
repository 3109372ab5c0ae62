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
        ("name", ""),
        ("name", "   "),
        ("cost_package", "1e400"),
        ("cost_package", "0.001"),
        ("cost_mailer", "NaN"),
        ("cost_mailer", "-0.90"),
        ("print_cost_package", "1e20"),
        ("print_cost_mailer", "Infinity"),
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


def test_costs_are_kept_to_the_currency_s_smallest_coin(db):
    profile.update_profile(currency="JPY")

    with pytest.raises(ValidationError) as err:
        profile.update_profile(cost_package="2.50")
    assert "JPY amounts are whole numbers" in str(err.value)

    saved = profile.update_profile(cost_package="250", print_cost_mailer="1000000")
    assert (saved.cost_package, saved.print_cost_mailer) == (250, 1_000_000)


def test_a_cost_saved_before_the_checks_counts_as_unset(db, caplog):
    from decimal import Decimal

    from followup_desk.services import batch, reports
    from followup_desk.storage.models import CompanyProfile

    CompanyProfile.update(cost_package="1E+400", print_cost_package="1E+20").execute()
    saved = profile.get_profile()

    assert batch.piece_cost("package", saved) == Decimal(0)
    assert batch.piece_cost("mailer", saved) == Decimal("1.20")
    assert reports.cost_rates(saved).postage_package == Decimal(0)
    assert "Ignoring the unusable cost_package" in caplog.text
