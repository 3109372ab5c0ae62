"""The catalogue: search as you type, items edited, price lists imported."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from followup_desk.io.csv_import import CsvImportError
from followup_desk.services import catalogue
from followup_desk.services.errors import ValidationError
from followup_desk.storage.catalogue_models import CatalogueItem


def add(code: str, name: str, price: str = "10", **values) -> CatalogueItem:
    return catalogue.save_item(code=code, name=name, unit_price=price, **values)


def codes(items) -> list[str]:
    return [item.code for item in items]


def test_search_finds_codes_names_and_words_best_first(store):
    add("DOOR-80", "Oak door 80×200", "249.00", unit="pc", tax_pct="19")
    add("DO", "Delivery & fitting <on site>", "45")
    add("WIN-1", "Triple-glazed window")
    add("HND", "Brass door handle")
    add("ЗАМ-1", "Замок врезной")

    assert codes(catalogue.search("do")) == ["DO", "DOOR-80", "HND"]
    assert codes(catalogue.search("DOOR")) == ["DOOR-80", "HND"]
    assert codes(catalogue.search("glazed")) == ["WIN-1"]
    assert codes(catalogue.search("замок")) == ["ЗАМ-1"]
    assert codes(catalogue.search("oak")) == ["DOOR-80"]
    assert catalogue.search("  ") == []
    assert catalogue.count("door") == 2
    assert codes(catalogue.list_items("", offset=1, limit=2)) == ["DOOR-80", "HND"]


def test_inactive_items_are_not_offered(store):
    item = add("OLD", "Old model")
    catalogue.save_item(item.id, active=False)
    assert catalogue.search("old") == []


def test_a_catalogue_item_becomes_a_quote_line(store):
    item = add("DOOR-80", "Oak door", "249.00", unit="pc", tax_pct="19")
    line = catalogue.line_for(item, D(2))
    assert (line.description, line.code, line.unit) == ("Oak door", "DOOR-80", "pc")
    assert (line.quantity, line.unit_price, line.tax_pct) == (D(2), D(249), D(19))


@pytest.mark.parametrize(
    ("values", "field", "says"),
    [
        ({"code": "", "name": "X"}, "code", "Enter a code"),
        ({"code": "A", "name": " "}, "name", "Enter a name"),
        ({"code": "A", "name": "X", "unit_price": "12,5O"}, "unit_price", "number"),
        ({"code": "A", "name": "X", "unit_price": "-3"}, "unit_price", "negative"),
        ({"code": "A", "name": "X", "tax_pct": "120"}, "tax_pct", "0 to 100"),
    ],
)
def test_bad_items_are_refused_saying_what_to_fix(store, values, field, says):
    with pytest.raises(ValidationError) as err:
        catalogue.save_item(**values)
    assert err.value.field == field and says in str(err.value)
    assert CatalogueItem.select().count() == 0


def test_codes_are_unique_whatever_the_case(store):
    add("door-80", "Oak door")
    with pytest.raises(ValidationError, match="already used by “Oak door”"):
        add("DOOR-80", "Pine door")


def write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> object:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_price_list_from_european_excel(db, tmp_path):
    """Semicolons, Windows-1252, decimal commas and euro signs."""
    path = write(
        tmp_path,
        "preise.csv",
        "Artikelnummer;Bezeichnung;Einheit;Preis;MwSt\r\n"
        "T-100;Tür Eiche 80×200;Stk;1.234,50 €;19\r\n"
        "M-1;Montage;Std;45,00;19 %\r\n"
        "B-7;Buch „Türen“;Stk;12,99;7\r\n",
        "cp1252",
    )
    report = catalogue.import_price_list(path)

    assert (report.added, report.updated, report.skipped) == (3, 0, [])
    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    door = CatalogueItem.get(CatalogueItem.code == "T-100")
    assert door.name == "Tür Eiche 80×200"
    assert (door.unit, door.unit_price, door.tax_pct) == ("Stk", D("1234.50"), D(19))
    assert CatalogueItem.get(CatalogueItem.code == "B-7").name == "Buch „Türen“"


def test_price_list_updates_known_codes_and_names_the_bad_rows(db, tmp_path):
    add("DOOR-80", "Oak door", "249.00")
    path = write(
        tmp_path,
        "prices.csv",
        "\ufeffSKU,Product,Unit Price,Tax\n"
        "door-80,Oak door (new finish),259.00,19\n"
        "WIN-1,Ἀθηνᾶ window,abc,19\n"
        ",Замок & ключ <2>,$18.50,\n"
        "EMJ,Gift wrap 🎁,3,250\n"
        "DOOR-80,Oak door again,1,19\n"
        ",Delivery 配送,12,0\n",
    )
    report = catalogue.import_price_list(path)

    assert (report.added, report.updated) == (2, 1)
    assert report.skipped == [
        (3, "Price: “abc” is not a number."),
        (5, "Tax: enter a percentage from 0 to 100."),
        (6, "code DOOR-80 is already on line 2"),
    ]
    door = CatalogueItem.get(CatalogueItem.search_code == "door-80")
    assert (door.name, door.unit_price) == ("Oak door (new finish)", D("259.00"))
    lock = CatalogueItem.get(CatalogueItem.name == "Замок & ключ <2>")
    assert lock.unit_price == D("18.50") and lock.code == "ITEM"
    assert CatalogueItem.get(CatalogueItem.name == "Delivery 配送").code == "DELIVERY"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "is empty"),
        ("colour,size\nred,L\n", "needs a name (or code) column and a price column"),
        ('code,name,price\nA,"Door,10\nB,Window,5\nC,Hinge,2\n', "never closed"),
    ],
)
def test_unusable_price_lists_change_nothing(db, tmp_path, text, says):
    add("KEEP", "Already here")
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(CsvImportError) as err:
        catalogue.import_price_list(path)
    assert says in str(err.value)
    assert codes(CatalogueItem.select()) == ["KEEP"]


def test_a_missing_file_says_so(db, tmp_path):
    with pytest.raises(CsvImportError, match="Cannot read"):
        catalogue.import_price_list(tmp_path / "nowhere.csv")
