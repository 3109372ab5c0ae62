"""The shipped plan's own words, shown in the window's language.

Step titles and talking points are shop data: the owner may rewrite them, and
each touch keeps the title it was planned with. The shipped plan
(``resources/default_plan.json``) is written in English; its words are
listed here so they reach the translators' catalogue, and a title or talking
point still reading exactly as shipped is shown translated. Anything the
owner typed is shown as typed. Printed pages and the command line keep the
stored text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from followup_desk.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DefaultPlan"

# Kept in step with resources/default_plan.json by a test.
WORDS = (
    QT_TRANSLATE_NOOP("DefaultPlan", "E-mail the quotation"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan",
        "Send the quotation and the sales material by e-mail the same working day.",
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "Post the sales package"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan",
        "Quotation, cover letter, sales material and a business card, in a logo "
        "envelope. Post after work the same day or the next morning.",
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "First e-mail follow-up"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan",
        "Did the quotation and material arrive? Offer to answer questions or "
        "suggest alternatives. Say that a package was posted, when one was.",
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "First follow-up call"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan",
        "Did the package arrive, and have they looked at it? Offer help again. "
        "Say the shop would welcome their business.",
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "Follow-up call (month one)"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan",
        "Any questions since the first call? Anything changed in what they need?",
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "Follow-up e-mail (month one)"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan",
        "A short, useful note: a tip, a new product, or an offer that fits their "
        "enquiry.",
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "Personal visit"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan",
        "Bring samples and the quotation; ask what would make them order.",
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "Mailer (month one)"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan", "Postcard or flyer with a reason to get in touch now."
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "Second call (month one)"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan", "Check in once more; offer a visit or a revised quotation."
    ),
    QT_TRANSLATE_NOOP("DefaultPlan", "Keep-in-touch e-mail"),
    QT_TRANSLATE_NOOP("DefaultPlan", "News, seasonal offer or a useful tip."),
    QT_TRANSLATE_NOOP("DefaultPlan", "Mailer"),
    QT_TRANSLATE_NOOP("DefaultPlan", "Catalogue or seasonal flyer."),
    QT_TRANSLATE_NOOP("DefaultPlan", "Postcard with an offer."),
    QT_TRANSLATE_NOOP("DefaultPlan", "Catalogue or letter from the owner."),
    QT_TRANSLATE_NOOP("DefaultPlan", "Anniversary mailer"),
    QT_TRANSLATE_NOOP(
        "DefaultPlan",
        "A year since they first got in touch: a thank-you and an offer.",
    ),
)


def shown(text: str) -> str:
    """``text`` in the window's language if it is one of the shipped words."""
    if not text:
        return text
    return QCoreApplication.translate(CONTEXT, text)
