from followup_desk.domain.address import PostalAddress, repair_us_zip


def test_us_zip_gets_its_leading_zero_back():
    assert repair_us_zip("8014") == "08014"
    assert repair_us_zip("501") == "00501"
    assert repair_us_zip("2115-1234") == "02115-1234"
    assert repair_us_zip("70116") == "70116"
    assert repair_us_zip("SW1A 1AA") == "SW1A 1AA"


def test_us_lines_put_the_zip_after_the_state():
    address = PostalAddress(
        name="Art Venere",
        company="Chemel, James L Cpa",
        street="8 W Cerritos Ave #54",
        city="Bridgeport",
        region="NJ",
        postcode="08014",
        country="US",
    )
    assert address.lines("US") == [
        "Art Venere",
        "Chemel, James L Cpa",
        "8 W Cerritos Ave #54",
        # USPS wants the town and state in capitals (Google's address data).
        "BRIDGEPORT, NJ 08014",
    ]


def test_country_line_only_for_mail_going_abroad():
    address = PostalAddress(
        name="Jürgen Groß",
        street="Hauptstraße 5",
        postcode="80331",
        city="München",
        region="BY",
        country="DE",
    )
    assert address.lines("DE") == ["Jürgen Groß", "Hauptstraße 5", "80331 München"]
    assert address.lines("US")[-1] == "GERMANY"
