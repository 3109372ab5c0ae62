"""E-mail templates: merge fields, checking on save, rendering in a sandbox.

Templates are written by shop staff, so they run in Jinja2's sandbox: a
template can fill in fields and use ``{% if %}``, but never reach Python
objects, files or code. Every field a template may use is declared in
``FIELDS``; a template naming anything else is refused when it is saved
(``check_template``), so a customer never receives a half-filled mail.

The HTML part is made from the rendered text (escaped, paragraphs and links),
so staff edit one body and the two parts can never say different things.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from followup_desk import paths
from followup_desk.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from jinja2 import TemplateSyntaxError, nodes
    from jinja2.sandbox import SandboxedEnvironment

# Every merge field, by group, with the label staff see in the editor.
FIELDS: dict[str, dict[str, str]] = {
    "prospect": {
        "greeting": QT_TRANSLATE_NOOP("MailTemplates", "Greeting, e.g. “Hello Zoë”"),
        "first_name": QT_TRANSLATE_NOOP("MailTemplates", "First name"),
        "last_name": QT_TRANSLATE_NOOP("MailTemplates", "Last name"),
        "name": QT_TRANSLATE_NOOP("MailTemplates", "Full name"),
        "company": QT_TRANSLATE_NOOP("MailTemplates", "Company"),
        "email": QT_TRANSLATE_NOOP("MailTemplates", "E-mail address"),
    },
    "quote": {
        "number": QT_TRANSLATE_NOOP("MailTemplates", "Quotation number"),
        "total": QT_TRANSLATE_NOOP("MailTemplates", "Quotation total, with currency"),
        "issued_on": QT_TRANSLATE_NOOP(
            "MailTemplates", "Day the quotation was written"
        ),
        "valid_until": QT_TRANSLATE_NOOP("MailTemplates", "Day the quotation runs out"),
    },
    "package": {
        "planned": QT_TRANSLATE_NOOP(
            "MailTemplates", "Yes when a package is waiting to be posted"
        ),
        "posted": QT_TRANSLATE_NOOP(
            "MailTemplates", "Yes when the package has been posted"
        ),
        "posted_on": QT_TRANSLATE_NOOP("MailTemplates", "Day the package was posted"),
    },
    "staff": {
        "name": QT_TRANSLATE_NOOP("MailTemplates", "Your name"),
        "signature": QT_TRANSLATE_NOOP("MailTemplates", "Your signature"),
    },
    "shop": {
        "name": QT_TRANSLATE_NOOP("MailTemplates", "Shop name"),
        "phone": QT_TRANSLATE_NOOP("MailTemplates", "Shop phone"),
        "email": QT_TRANSLATE_NOOP("MailTemplates", "Shop e-mail"),
        "website": QT_TRANSLATE_NOOP("MailTemplates", "Shop website"),
    },
}

# The parts of a template as messages name them.
_PART_NAMES = {
    "subject": QT_TRANSLATE_NOOP("MailTemplates", "subject"),
    "body": QT_TRANSLATE_NOOP("MailTemplates", "text"),
}

# Values the check renders with, so every ``{% if %}`` branch is tried.
_SAMPLES: tuple[dict[str, dict[str, object]], ...] = (
    {
        "prospect": {
            "greeting": "Hello Zoë",
            "first_name": "Zoë",
            "last_name": "O'Hara",
            "name": "Zoë O'Hara",
            "company": "O'Hara & Sons",
            "email": "zoe@example.com",
        },
        "quote": {
            "number": "Q-2026-0001",
            "total": "$1,234.50",
            "issued_on": "Friday 4 December 2026",
            "valid_until": "Sunday 3 January 2027",
        },
        "package": {"planned": True, "posted": True, "posted_on": "Monday 7 December"},
        "staff": {"name": "Anna", "signature": "Anna Berg\nFront desk"},
        "shop": {
            "name": "Harbour Print & Copy",
            "phone": "555-0100",
            "email": "hello@example.com",
            "website": "example.com",
        },
    },
    {
        "prospect": dict.fromkeys(FIELDS["prospect"], ""),
        "quote": dict.fromkeys(FIELDS["quote"], ""),
        "package": {"planned": False, "posted": False, "posted_on": ""},
        "staff": dict.fromkeys(FIELDS["staff"], ""),
        "shop": dict.fromkeys(FIELDS["shop"], ""),
    },
)


class TemplateProblem(ValueError):
    """A template cannot be saved or rendered; the message says what to fix."""

    def __init__(self, part: str, message: str) -> None:
        super().__init__(message)
        self.part = part


@dataclass(frozen=True)
class TemplateText:
    """What staff edit for one e-mail step."""

    subject: str
    body: str
    attach_quote: bool = False


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    # Jinja2 loads here, on the first template, not when the window starts.
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    class MailSandbox(SandboxedEnvironment):
        """The sandbox, refusing even the harmless attribute look-ups on values.

        Fields are plain strings and booleans; refusing every attribute of them
        (``{{ prospect.name.upper }}``) keeps the surface as small as it can be.
        """

        def is_safe_attribute(self, obj, attr, value) -> bool:
            return isinstance(obj, Mapping) and super().is_safe_attribute(
                obj, attr, value
            )

    return MailSandbox(
        undefined=StrictUndefined,
        autoescape=False,
        # No trim_blocks: a line holding only "{% if %}…{% endif %}" must keep
        # its line break; the blank lines an empty branch leaves are tidied.
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def field_list() -> list[tuple[str, str]]:
    """``("{{ prospect.greeting }}", label)`` pairs for the editor's field list."""
    return [
        (f"{{{{ {group}.{name} }}}}", label)
        for group, names in FIELDS.items()
        for name, label in names.items()
    ]


def _unknown_fields(tree: nodes.Template) -> list[str]:
    from jinja2 import nodes

    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store",)}
    unknown: list[str] = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        base = node.node
        if not isinstance(base, nodes.Name) or base.name not in FIELDS:
            continue
        if isinstance(node, nodes.Getattr):
            attr = node.attr
        elif isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            attr = node.arg.value
        else:
            unknown.append(f"{base.name}[…]")
            continue
        if attr not in FIELDS[base.name]:
            unknown.append(f"{base.name}.{attr}")
    for node in tree.find_all(nodes.Name):
        if node.ctx == "load" and node.name not in FIELDS | dict.fromkeys(assigned):
            unknown.append(node.name)
    return list(dict.fromkeys(unknown))


@lru_cache(maxsize=64)
def _compile(part: str, source: str):
    # Cached: a batch fills the same few templates in hundreds of times, and
    # parsing and checking them costs more than filling them in.
    from jinja2 import TemplateSyntaxError

    env = _environment()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise _syntax_problem(part, exc) from None
    unknown = _unknown_fields(tree)
    if unknown:
        names = ", ".join(f"“{name}”" for name in unknown)
        raise TemplateProblem(
            part,
            QT_TRANSLATE_NOOP(
                "MailTemplates",
                "The {part} uses {names}, which the app does not know. Pick "
                "fields from the list, e.g. {{{{ prospect.greeting }}}}.",
            ).format(part=_PART_NAMES.get(part, part), names=names),
        )
    try:
        return env.from_string(source)
    except TemplateSyntaxError as exc:
        # Unknown filters and tests are only found when compiling.
        raise _syntax_problem(part, exc) from None


def _syntax_problem(part: str, exc: TemplateSyntaxError) -> TemplateProblem:
    return TemplateProblem(
        part,
        QT_TRANSLATE_NOOP(
            "MailTemplates", "The {part} has a mistake on line {lineno}: {sentence}"
        ).format(
            part=_PART_NAMES.get(part, part),
            lineno=exc.lineno,
            sentence=_sentence(exc),
        ),
    )


def _sentence(exc: TemplateSyntaxError) -> str:
    text = (exc.message or "it cannot be read").rstrip(".")
    return f"{text}. Check the {{{{ }}}} and {{% %}} pairs."


def _render_part(part: str, source: str, context: Mapping[str, object]) -> str:
    from jinja2.exceptions import SecurityError, UndefinedError

    template = _compile(part, source)
    try:
        return template.render(**context)
    except SecurityError:
        raise TemplateProblem(
            part,
            QT_TRANSLATE_NOOP(
                "MailTemplates",
                "The {part} tries to do something templates may not do.",
            ).format(part=_PART_NAMES.get(part, part)),
        ) from None
    except UndefinedError as exc:
        raise TemplateProblem(
            part,
            QT_TRANSLATE_NOOP(
                "MailTemplates",
                "The {part} uses a field the app does not know: {message}.",
            ).format(part=_PART_NAMES.get(part, part), message=exc.message),
        ) from None
    except Exception as exc:  # a filter given the wrong kind of value, 1/0 …
        raise TemplateProblem(
            part,
            QT_TRANSLATE_NOOP(
                "MailTemplates",
                "The {part} cannot be filled in: {problem}. Simplify it and try again.",
            ).format(part=_PART_NAMES.get(part, part), problem=exc),
        ) from None


def check_template(text: TemplateText) -> None:
    """Refuse a template that could ever fail or leak; say what to change."""
    if not text.subject.strip():
        raise TemplateProblem(
            "subject", QT_TRANSLATE_NOOP("MailTemplates", "Write a subject line.")
        )
    if "\n" in text.subject.strip():
        raise TemplateProblem(
            "subject",
            QT_TRANSLATE_NOOP("MailTemplates", "The subject must fit on one line."),
        )
    if not text.body.strip():
        raise TemplateProblem(
            "body", QT_TRANSLATE_NOOP("MailTemplates", "Write the text of the e-mail.")
        )
    for sample in _SAMPLES:
        _render_part("subject", text.subject, sample)
        _render_part("body", text.body, sample)


def render(text: TemplateText, context: Mapping[str, object]) -> RenderedMail:
    """Fill in a template for one prospect: subject, plain text and HTML."""
    subject = " ".join(_render_part("subject", text.subject, context).split())
    body = tidy_text(_render_part("body", text.body, context))
    shop = context.get("shop", {})
    shop_name = shop.get("name", "") if isinstance(shop, Mapping) else ""
    return RenderedMail(subject, body, text_to_html(body, str(shop_name)))


def tidy_text(text: str) -> str:
    """Trailing spaces and runs of blank lines (empty fields) taken out."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    joined = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", joined) + "\n"


_LINK = re.compile(r"(https?://[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def _linked(escaped: str) -> str:
    def link(match: re.Match) -> str:
        target = match.group(0).rstrip(".,;:)")
        rest = match.group(0)[len(target) :]
        href = target if target.startswith("http") else f"mailto:{target}"
        return f'<a href="{href}" style="color:#2563c9">{target}</a>{rest}'

    return _LINK.sub(link, escaped)


def text_to_html(text: str, shop_name: str = "") -> str:
    """A simple HTML part saying exactly what the text part says."""
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join(
        '<p style="margin:0 0 14px 0">'
        + "<br>\n".join(_linked(html.escape(line)) for line in p.split("\n"))
        + "</p>"
        for p in paragraphs
    )
    title = html.escape(shop_name)
    return (
        "<!DOCTYPE html>\n"
        '<html><head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n"
        '<body style="margin:0;padding:24px;background:#f4f5f7">\n'
        '<div style="max-width:600px;margin:0 auto;background:#ffffff;'
        "border:1px solid #d7dce2;border-radius:8px;padding:24px 28px;"
        "font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;"
        'color:#1d2530">\n'
        f"{body}\n"
        "</div>\n</body></html>\n"
    )


@lru_cache(maxsize=1)
def _defaults() -> dict[str, dict]:
    path = paths.resources_dir() / "mail_templates" / "defaults.json"
    return json.loads(path.read_text(encoding="utf-8"))["templates"]


def default_template(step_key: str) -> TemplateText:
    """The shipped template for a plan step (``year_email_3`` → ``year_email``)."""
    table = _defaults()
    key = step_key if step_key in table else re.sub(r"_\d+$", "", step_key)
    data = table.get(key) or table["message"]
    return TemplateText(
        subject=data["subject"],
        body="\n".join(data["body"]),
        attach_quote=bool(data.get("attach_quote", False)),
    )
