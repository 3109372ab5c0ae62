"""Importing vCard files as phones and mail programs write them."""

import datetime as dt

import pytest

from followup_desk.io import import_runs
from followup_desk.io.csv_import import CsvImportError
from followup_desk.io.import_preview import ADD, preview_file
from followup_desk.storage.models import Prospect

FRIDAY = dt.date(2026, 12, 4)

# Version 2.1 as older phones and Outlook write it: quoted-printable values
# continued with a trailing "=", a charset per value, bare TYPE words.
V21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB M=C3=BCller\r\n"
    "ORG;CHARSET=WINDOWS-1252;ENCODING=QUOTED-PRINTABLE:Caf=E9 Gr=F6=DFe & Co\r\n"
    "TEL;WORK;FAX:+49 89 7654321\r\n"
    "TEL;WORK;VOICE:+49 89 1234567\r\n"
    "TEL;CELL:0171 2345678\r\n"
    "EMAIL;INTERNET;PREF:zoe@cafe.example\r\n"
    "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Hauptstra=C3=9Fe 1=0D=0A=\r\n"
    "Hinterhaus;M=C3=BCnchen;BY;80331;Germany\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Wants 500 flyers=0D=0A=\r\n"
    "in A5\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N:Brown;Bob\r\n"
    "TEL;HOME:201-555-0142\r\n"
    "END:VCARD\r\n"
)

V30 = """BEGIN:VCARD
VERSION:3.0
N:Παπαδοπούλου;Σοφία;;;
FN:Σοφία Παπαδοπούλου
ORG:Ωμέγα & Σια <Α.Ε.>
EMAIL;TYPE=INTERNET,HOME:sofia@home.example
EMAIL;TYPE=INTERNET,WORK,PREF:sofia@omega.example
TEL;TYPE=CELL:+30 691 234 5678
ADR;TYPE=WORK:;;Οδός Ερμού 10;Αθήνα;;105 63;Greece
URL:https://omega.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Иванов;Пётр;;;
FN:Пётр Иванов
ORG:Рога и копыта
TEL;TYPE=WORK,VOICE:+7 495 123-45-67
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:山田 太郎
N:山田;太郎;;;
ORG:株式会社テスト
EMAIL:taro@test.example.jp
END:VCARD
"""

V40 = """BEGIN:VCARD
VERSION:4.0
FN:Ann Lee 🎉
N:Lee;Ann;;;
ORG:Lee & Sons
TEL;VALUE=uri;TYPE="voice,work";PREF=1:tel:+1-617-555-0123
TEL;VALUE=uri;TYPE=cell:tel:+1-617-555-0177
EMAIL;TYPE=work:ann@lee.example
ADR;TYPE=work;LABEL="1 Main St\\nBoston":;;1 Main St;Boston;MA;2108;USA
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Harbour Print
ORG:Harbour Print
EMAIL:hello@harbour.example
END:VCARD
"""


def write(tmp_path, text, name, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_version_2_1_with_quoted_printable_and_charsets(db, tmp_path):
    preview = preview_file(write(tmp_path, V21, "phone.vcf"), contacted_on=FRIDAY)
    assert preview.found_as == "vcard"
    assert [r.action for r in preview.rows] == [ADD, ADD]
    zoe = preview.rows[0].contact
    assert (zoe.first_name, zoe.last_name) == ("Zoë", "Müller")
    assert zoe.company == "Café Größe & Co"
    # The fax is no phone to call; the work number comes first.
    assert (zoe.phone, zoe.phone2) == ("+49 89 1234567", "+49 171 2345678")
    assert (zoe.street, zoe.street2) == ("Hauptstraße 1", "Hinterhaus")
    assert (zoe.city, zoe.postcode, zoe.country) == ("München", "80331", "DE")
    assert zoe.notes == "Wants 500 flyers\nin A5"
    assert preview.rows[0].line == 1 and preview.rows[1].line == 15
    assert preview.rows[1].contact.phone == "201-555-0142"


def test_version_3_0_greek_cyrillic_japanese(db, tmp_path):
    path = write(tmp_path, V30, "book.vcf")
    report = import_runs.apply_import(preview_file(path, contacted_on=FRIDAY))

    assert (report.imported, report.skipped) == (3, [])
    sofia = Prospect.get(Prospect.last_name == "Παπαδοπούλου")
    assert sofia.company == "Ωμέγα & Σια <Α.Ε.>"
    assert sofia.email == "sofia@omega.example"  # the preferred one
    assert (sofia.city, sofia.postcode, sofia.country) == ("Αθήνα", "105 63", "GR")
    assert sofia.phone == "+30 691 234 5678"
    assert Prospect.get(Prospect.company == "Рога и копыта").first_name == "Пётр"
    assert Prospect.get(Prospect.email == "taro@test.example.jp").last_name == "山田"


def test_version_4_0_uri_phones_and_a_firm(db, tmp_path):
    path = write(tmp_path, V40, "contacts.txt")  # no .vcf: told by its content
    preview = preview_file(path, contacted_on=FRIDAY)
    ann, firm = (r.contact for r in preview.rows)
    assert ann.first_name == "Ann" and ann.company == "Lee & Sons"
    assert (ann.phone, ann.phone2) == ("617-555-0123", "617-555-0177")
    assert (ann.city, ann.region, ann.postcode, ann.country) == (
        "Boston",
        "MA",
        "02108",
        "US",
    )
    assert (firm.company, firm.first_name, firm.last_name) == (
        "Harbour Print",
        "",
        "",
    )


def test_a_vcard_in_windows_1252_and_a_broken_card(db, tmp_path):
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dupré;Zoé;;;\r\nFN:Zoé Dupré\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nthis line is not a property\r\nEND:VCARD\r\n"
    )
    preview = preview_file(write(tmp_path, text, "old.vcf", "cp1252"))
    assert preview.source.encoding == "cp1252"
    assert preview.rows[0].contact.last_name == "Dupré"
    assert preview.rows[1].problems  # shown as a problem, not a crash


def test_a_file_without_cards_says_what_to_do(db, tmp_path):
    with pytest.raises(CsvImportError, match="no contact cards"):
        preview_file(write(tmp_path, "hello", "empty.vcf"))
