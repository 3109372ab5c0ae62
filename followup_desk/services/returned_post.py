"""Post that came back undelivered: pause the post, ask for a new address.

The address is marked undeliverable, the prospect's open packages and mailers
are paused (not cancelled: they still belong to the plan), and the next call
on their plan is retitled so staff ask for the new address. Whoever then
types a new address, on any screen or desk, does nothing more: the next look
at the batch notices the change and resumes the post.
"""

from __future__ import annotations

import datetime as dt
import logging

from followup_desk.services import profile as profile_service
from followup_desk.services.errors import NotFoundError
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Touch
from followup_desk.storage.posting_models import BatchItem, ReturnedMail
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

POSTED_KINDS = ("package", "mailer")
PAUSED = "paused"
NEW_ADDRESS_PREFIX = "Ask for their new address: "


def _address_snapshot(prospect: Prospect) -> str:
    fields = (
        prospect.street,
        prospect.street2,
        prospect.postcode,
        prospect.city,
        prospect.region,
        prospect.country,
    )
    return "\n".join((value or "").strip() for value in fields)


def record_returned(
    prospect_id: int, returned_on: dt.date | None = None, who: str = ""
) -> int:
    """Post came back: the address is undeliverable until a new one is in.

    Open packages and mailers are paused (not cancelled), and the next call
    asks staff for the new address. Returns how many touches were paused.
    """
    prospect = Prospect.get_or_none(Prospect.id == prospect_id)
    if prospect is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "ReturnedPost", "There is no prospect with id {prospect_id}."
            ).format(prospect_id=prospect_id)
        )
    returned_on = returned_on or profile_service.shop_today()
    if (
        ReturnedMail.select()
        .where(
            (ReturnedMail.prospect == prospect_id)
            & (ReturnedMail.resolved_on.is_null())
        )
        .exists()
    ):
        return 0
    with database.atomic():
        ReturnedMail.create(
            prospect=prospect_id,
            returned_on=returned_on,
            address=_address_snapshot(prospect),
            recorded_by=who,
        )
        paused = (
            Touch.update(status=PAUSED, note="Paused: post came back undelivered.")
            .where(
                (Touch.prospect == prospect_id)
                & (Touch.status == "open")
                & (Touch.kind.in_(POSTED_KINDS))
            )
            .execute()
        )
        last = (
            BatchItem.select()
            .where((BatchItem.prospect == prospect_id) & (BatchItem.status == "posted"))
            .order_by(BatchItem.id.desc())
            .first()
        )
        if last is not None:
            last.status = "returned"
            last.save()
        call = (
            Touch.select()
            .where(
                (Touch.prospect == prospect_id)
                & (Touch.status == "open")
                & (Touch.kind == "call")
            )
            .order_by(Touch.due, Touch.id)
            .first()
        )
        if call is not None and not call.title.startswith(NEW_ADDRESS_PREFIX):
            call.title = (NEW_ADDRESS_PREFIX + call.title)[:255]
            call.save()
    log.info("Post returned for prospect %d; %d touches paused", prospect_id, paused)
    return paused


def is_undeliverable(prospect_id: int) -> bool:
    return (
        ReturnedMail.select()
        .where(
            (ReturnedMail.prospect == prospect_id)
            & (ReturnedMail.resolved_on.is_null())
        )
        .exists()
    )


def resume_returned(today: dt.date | None = None) -> int:
    """Resume postal touches for returned mail whose address has since changed.

    Whoever edits the address (any screen, any desk) needs to do nothing
    else: the next look at the batch notices the new address.
    """
    pending = list(ReturnedMail.select().where(ReturnedMail.resolved_on.is_null()))
    if not pending:
        return 0
    resumed = 0
    with database.atomic():
        for returned in pending:
            prospect = Prospect.get_or_none(Prospect.id == returned.prospect_id)
            if prospect is None or _address_snapshot(prospect) == returned.address:
                continue
            resumed += (
                Touch.update(status="open", note="")
                .where(
                    (Touch.prospect == prospect.id)
                    & (Touch.status == PAUSED)
                    & (Touch.kind.in_(POSTED_KINDS))
                )
                .execute()
            )
            for call in Touch.select().where(
                (Touch.prospect == prospect.id)
                & (Touch.title.startswith(NEW_ADDRESS_PREFIX))
            ):
                call.title = call.title[len(NEW_ADDRESS_PREFIX) :]
                call.save()
            returned.resolved_on = today or profile_service.shop_today()
            returned.save()
    return resumed
