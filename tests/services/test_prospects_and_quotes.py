import datetime as dt
import threading
from decimal import Decimal as D

import pytest

from followup_desk.domain.money import LineItem
from followup_desk.services import contacts, prospects, quotes
from followup_desk.services.errors import ValidationError

NAMES = [
    ("John", "Smith", "Smith & Sons"),
    ("Ἀθηνᾶ", "Παπαδοπούλου", "Ελληνικά ΑΕ"),
    ("Юлия", "Смирнова", "ООО Ромашка"),
    ("Zoë", "Smíd", ""),
    ("Ann", "Jones", "Smithfield Ltd"),
]


def seed():
    for first, last, company in NAMES:
        contacts.log_first_contact(
            contacts.NewContact(first_name=first, last_name=last, company=company),
            contacted_on=dt.date(2026, 12, 1),
        )


def names(rows):
    return sorted(row[2] for row in rows)


def test_prefix_search_over_names_and_companies(store):
    seed()
    assert names(prospects.search("smi")) == ["Jones", "Smith", "Smíd"]
    assert names(prospects.search("SMITH")) == ["Jones", "Smith"]
    assert names(prospects.search("john smi")) == ["Smith"]
    assert names(prospects.search("смир")) == ["Смирнова"]
    assert names(prospects.search("ελλ")) == ["Παπαδοπούλου"]
    assert prospects.count("") == len(NAMES)
    assert prospects.count("smi") == 3


def test_words_inside_names_and_companies_are_found(store):
    seed()
    assert names(prospects.search("sons")) == ["Smith"]
    assert names(prospects.search("ромаш")) == ["Смирнова"]
    assert names(prospects.search("ltd jon")) == ["Jones"]
    # Only the starts of words: "field" is inside "Smithfield", not a word.
    assert prospects.search("field") == []
    # One letter matches the starts of names only, not every inner word.
    assert names(prospects.search("l")) == []
    assert prospects.count("sons") == 1
    # Typed with the punctuation a name shows, or with quotes around it.
    assert names(prospects.search("smith & sons")) == ["Smith"]
    assert names(prospects.search('"jones"')) == ["Jones"]
    assert names(prospects.search("smithfield_ltd")) == ["Jones"]
    assert prospects.count("&") == len(NAMES)


def test_a_one_letter_word_narrows_a_search(store):
    for first, last, company in (
        ("Jeffrey", "Chanay", "Chanay, Jeffrey A Esq"),
        ("Jeffrey", "Abbott", "Abbott Ltd"),
    ):
        contacts.log_first_contact(
            contacts.NewContact(first_name=first, last_name=last, company=company),
            contacted_on=dt.date(2026, 12, 1),
        )
    assert names(prospects.search("jeffrey")) == ["Abbott", "Chanay"]
    # "a" inside "Jeffrey A Esq" counts once a longer word picked the rows;
    # "Abbott" still matches by the start of its name.
    assert names(prospects.search("jeffrey a esq")) == ["Chanay"]
    assert names(prospects.search("jeffrey a")) == ["Abbott", "Chanay"]
    assert prospects.search("jeffrey q") == []


def test_inner_words_follow_an_edit_and_an_erasure(store):
    from followup_desk.services import edits, privacy

    seed()
    jones = prospects.search("jones")[0][0]
    version = contacts.get_prospect(jones).version
    edits.save_prospect(jones, {"company": "Harbour Print & Copy"}, version)
    assert names(prospects.search("print")) == ["Jones"]
    assert prospects.search("ltd") == []

    privacy.erase_prospect(jones)
    assert prospects.search("print") == []
    assert prospects.search("copy") == []


def test_list_is_fetched_in_blocks(store):
    seed()
    first = prospects.search("", offset=0, limit=2)
    rest = prospects.search("", offset=2, limit=10)
    assert len(first) == 2 and len(rest) == 3
    assert {r[0] for r in first}.isdisjoint({r[0] for r in rest})


def test_quote_numbers_count_up_and_lines_round_trip(store):
    seed()
    day = dt.date(2026, 12, 4)
    one = quotes.create_quote(1, issued_on=day)
    two = quotes.create_quote(2, [LineItem("Widget", D(3), D("0.10"))], issued_on=day)
    assert (one.number, two.number) == ("Q-2026-0001", "Q-2026-0002")
    assert two.valid_until == day + dt.timedelta(days=30)

    quotes.save_lines(
        one.id,
        [
            LineItem("Poster & frame <A2>", D(2), D("19.99"), D(10), D(19)),
            LineItem("", D(1), D(0)),
        ],
    )
    items = quotes.line_items(one.id)
    assert items == [LineItem("Poster & frame <A2>", D(2), D("19.99"), D(10), D(19))]
    assert quotes.totals(two.id).gross == D("0.30")


def test_bad_quote_line_is_refused_and_old_lines_kept(store):
    seed()
    quote = quotes.create_quote(1, [LineItem("Kept", D(1), D(5))])
    with pytest.raises(ValidationError) as err:
        quotes.save_lines(quote.id, [LineItem("Bad", D(-1), D(5))])
    assert err.value.field == "quantity"
    assert [i.description for i in quotes.line_items(quote.id)] == ["Kept"]


def test_two_desks_never_get_the_same_quote_number(pg_db):
    """Eight threads, each its own connection, quoting at once."""
    seed()
    numbers, errors = [], []

    def desk():
        try:
            for _ in range(5):
                with pg_db.connection_context():
                    numbers.append(quotes.create_quote(1).number)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(numbers) == 40 == len(set(numbers))
