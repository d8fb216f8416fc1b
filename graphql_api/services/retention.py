"""Retention.

- The staff read log is kept READ_AUDIT_RETENTION_DAYS (one year by default, as the CNIL
  recommends for access logs), then deleted; stale rate-limit hits and expired idempotency
  records (IDEMPOTENCY_TTL_SECONDS) go too.
- Personal data of past campaigns: a frozen campaign year more than CAMPAIGN_RETENTION_YEARS
  behind the académie's current year is purged — pupils' files (requests, avis, steps,
  décisions, appeals), their mails, notices and inbox, the payloads of their events, the
  accounts left with no file — after its anonymous statistics were stored
  (campaign_statistics), so year-on-year comparisons survive. The write audit keeps its rows
  (who, when, which action) without the pupil. A dry run reports what would go; the purge is
  itself audited (CAMPAIGN_DATA_PURGED). See docs/OPERATIONS.md for the default and why.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ..db.engine import Database
from ..db.models import (
    Academie,
    Account,
    AuditEntry,
    AuthSession,
    Avis,
    Campaign,
    CampaignStatistics,
    CouncilAnswer,
    Etablissement,
    Guardianship,
    Notification,
    OutboxEvent,
    OutgoingMail,
    Pupil,
    PupilStep,
    Request,
    RequestSet,
    RequestSpecialite,
)
from ..db.models_notices import AcademieNoticeDelivery
from ..db.models_ops import IdempotencyRecord, ReadAuditEntry
from ..db.models_staff import SiecleLink
from ..domain import school_year as years
from ..domain.events import CampaignDataPurged
from ..domain.school_year import CampaignYearState
from ..domain.texts import retention as texts
from ..domain.vocabulary import Channel, Palier
from . import dashboard, events, statistics
from .clock import utcnow


async def purge_read_audit(session: AsyncSession, retention_days: int, now: dt.datetime | None = None) -> int:
    """Staff reads older than ``retention_days`` (READ_AUDIT_RETENTION_DAYS) are deleted."""
    cutoff = (now or utcnow()) - dt.timedelta(days=retention_days)
    result = await session.execute(delete(ReadAuditEntry).where(ReadAuditEntry.at < cutoff))
    return result.rowcount or 0  # type: ignore[attr-defined]


async def purge_idempotency_records(session: AsyncSession, now: dt.datetime | None = None) -> int:
    result = await session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.expires_at <= (now or utcnow())))
    return result.rowcount or 0  # type: ignore[attr-defined]


# --- campaign years -------------------------------------------------------------------------


@dataclass
class YearPurge:
    """What one (académie, school year) purge removed, or would remove (dry run)."""

    academie_code: str
    school_year: str
    dry_run: bool
    counts: dict[str, int] = field(default_factory=dict)
    aggregates_stored: int = 0

    def lines(self) -> list[str]:
        out = [texts.report_heading(self.academie_code, self.school_year, self.dry_run)]
        out += [f"  {table} : {n}" for table, n in self.counts.items()]
        if not self.dry_run:
            out.append(texts.aggregates_kept(self.aggregates_stored))
        return out


async def purgeable_years(session: AsyncSession, retention_years: int) -> list[tuple[Academie, Campaign]]:
    """Frozen, not yet purged years more than ``retention_years`` behind their académie's current year."""
    current = {
        c.academie_id: c.school_year
        for c in (await session.execute(select(Campaign).where(Campaign.state == CampaignYearState.CURRENT.value))).scalars()
    }
    rows = await session.execute(
        select(Academie, Campaign)
        .join(Campaign, Campaign.academie_id == Academie.id)
        .where(Campaign.state == CampaignYearState.FROZEN.value, Campaign.purged_at.is_(None))
        .order_by(Academie.code, Campaign.school_year)
    )
    return [
        (academie, campaign)
        for academie, campaign in rows.all()
        if academie.id in current and years.age_in_years(campaign.school_year, current[academie.id]) > retention_years
    ]


def _files_of(academie_id: int, school_year: str):  # type: ignore[no-untyped-def]
    return select(Pupil.id).where(
        Pupil.school_year == school_year,
        Pupil.etablissement_id.in_(select(Etablissement.id).where(Etablissement.academie_id == academie_id)),
    )


def _ine_of_account() -> Any:
    registered = aliased(Pupil)
    return select(registered.ine).where(registered.id == Account.pupil_id).correlate(Account).scalar_subquery()


def _orphan_family_accounts(gone) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    """Guardian and pupil accounts with no file left once ``gone`` is deleted (and nothing else
    pointing at them): they are personal data of the purged years only."""
    kept = ~Pupil.id.in_(gone)
    pupil_account_kept = exists().where(Pupil.ine == _ine_of_account(), kept)
    return (
        Account.role.in_(("GUARDIAN", "PUPIL"))
        & ~exists().where(Guardianship.account_id == Account.id, ~Guardianship.pupil_id.in_(gone))
        & ~((Account.role == "PUPIL") & pupil_account_kept)
        & ~exists().where(Pupil.entering_guardian_id == Account.id, kept)
        & ~exists().where(RequestSet.validated_by_id == Account.id, ~RequestSet.pupil_id.in_(gone))
        & ~exists().where(CouncilAnswer.acknowledged_by_id == Account.id, ~CouncilAnswer.pupil_id.in_(gone))
        & ~exists().where(PupilStep.by_id == Account.id, ~PupilStep.pupil_id.in_(gone))
    )


async def _count(session: AsyncSession, model: Any, *where: ColumnElement[bool]) -> int:
    return int((await session.execute(select(func.count()).select_from(model).where(*where))).scalar_one())


async def _store_aggregates(session: AsyncSession, academie: Academie, school_year: str, now: dt.datetime) -> int:
    """The year's statistics for the académie (all paliers and each) and each establishment,
    stored as computed now (counts only: statistics.py lets no name or INE out)."""
    scopes = [statistics.Scope(academie_id=academie.id, school_year=school_year, palier=p) for p in (None, *(x.value for x in Palier))]
    etab_ids = (
        await session.execute(
            select(Pupil.etablissement_id).where(Pupil.id.in_(_files_of(academie.id, school_year))).distinct()
        )
    ).scalars()
    scopes += [statistics.Scope(academie_id=academie.id, etablissement_id=e, school_year=school_year) for e in etab_ids]
    for scope in scopes:
        data = statistics.to_dict(await statistics.compute(session, scope))
        key = statistics.scope_key(scope)
        await session.execute(
            delete(CampaignStatistics).where(
                CampaignStatistics.academie_id == academie.id,
                CampaignStatistics.school_year == school_year,
                CampaignStatistics.scope_key == key,
            )
        )
        session.add(CampaignStatistics(academie_id=academie.id, school_year=school_year, scope_key=key, computed_at=now, data=data))
    return len(scopes)


async def purge_year(
    session: AsyncSession, academie: Academie, campaign: Campaign, *, dry_run: bool, now: dt.datetime, actor: Any = None
) -> YearPurge:
    """One campaign year of one académie, in the caller's transaction (all or nothing)."""
    year = campaign.school_year
    report = YearPurge(academie.code, year, dry_run)
    gone = _files_of(academie.id, year)
    requests = select(Request.id).where(Request.pupil_id.in_(gone))
    answers = select(CouncilAnswer.id).where(CouncilAnswer.pupil_id.in_(gone))
    gone_events = select(OutboxEvent.id).where(OutboxEvent.pupil_id.in_(gone))
    orphans = select(Account.id).where(_orphan_family_accounts(gone))
    # (label, model, where) in deletion order: children before their parents.
    steps: list[tuple[str, Any, ColumnElement[bool]]] = [
        (texts.SPECIALITES, RequestSpecialite, RequestSpecialite.request_id.in_(requests)),
        (texts.REQUESTS, Request, Request.pupil_id.in_(gone)),
        (texts.REQUEST_SETS, RequestSet, RequestSet.pupil_id.in_(gone)),
        (texts.AVIS, Avis, Avis.answer_id.in_(answers)),
        (texts.COUNCIL_ANSWERS, CouncilAnswer, CouncilAnswer.pupil_id.in_(gone)),
        (texts.STEPS, PupilStep, PupilStep.pupil_id.in_(gone)),
        (texts.NOTICE_DELIVERIES, AcademieNoticeDelivery, AcademieNoticeDelivery.pupil_id.in_(gone)),
        (texts.NOTIFICATIONS, Notification, or_(Notification.pupil_id.in_(gone), Notification.event_id.in_(gone_events), Notification.account_id.in_(orphans))),
        (texts.MAILS, OutgoingMail, or_(OutgoingMail.pupil_id.in_(gone), OutgoingMail.event_id.in_(gone_events), OutgoingMail.account_id.in_(orphans))),
        (texts.READ_AUDIT, ReadAuditEntry, ReadAuditEntry.pupil_id.in_(gone)),
        (texts.SIECLE_LINKS, SiecleLink, or_((SiecleLink.kind == "ELEVE") & SiecleLink.local_id.in_(gone), (SiecleLink.kind == "PERSONNE") & SiecleLink.local_id.in_(orphans))),
        (texts.GUARDIANSHIPS, Guardianship, Guardianship.pupil_id.in_(gone)),
        (texts.SESSIONS, AuthSession, AuthSession.account_id.in_(orphans)),
    ]
    for label, model, where in steps:
        report.counts[label] = await _count(session, model, where)
    report.counts[texts.EVENT_CONTENTS] = await _count(session, OutboxEvent, OutboxEvent.pupil_id.in_(gone))
    report.counts[texts.FAMILY_ACCOUNTS] = await _count(session, Account, _orphan_family_accounts(gone))
    report.counts[texts.PUPIL_FILES] = await _count(session, Pupil, Pupil.id.in_(gone))
    if dry_run:
        return report

    report.aggregates_stored = await _store_aggregates(session, academie, year, now)
    orphan_ids = list((await session.execute(orphans)).scalars())
    pupil_ids = list((await session.execute(gone)).scalars())
    for _, model, where in steps:
        await session.execute(delete(model).where(where).execution_options(synchronize_session=False))
    # The write audit keeps who did what and when, without the pupil or the event's content.
    await session.execute(
        update(AuditEntry)
        .where(or_(AuditEntry.pupil_id.in_(pupil_ids), AuditEntry.event_id.in_(select(OutboxEvent.id).where(OutboxEvent.pupil_id.in_(pupil_ids)))))
        .values(pupil_id=None, event_id=None)
        .execution_options(synchronize_session=False)
    )
    await session.execute(delete(OutboxEvent).where(OutboxEvent.pupil_id.in_(pupil_ids)).execution_options(synchronize_session=False))
    # The pupil's own account follows their INE: it keeps a file of a later year when there is one.
    later = aliased(Pupil)
    latest_file = (
        select(func.max(later.id)).where(later.ine == _ine_of_account(), ~later.id.in_(pupil_ids)).correlate(Account).scalar_subquery()
    )
    await session.execute(
        update(Account).where(Account.pupil_id.in_(pupil_ids), ~Account.id.in_(orphan_ids)).values(pupil_id=latest_file)
        .execution_options(synchronize_session=False)
    )
    await session.execute(update(Pupil).where(Pupil.id.in_(pupil_ids)).values(entering_guardian_id=None).execution_options(synchronize_session=False))
    await session.execute(delete(Account).where(Account.id.in_(orphan_ids)).execution_options(synchronize_session=False))
    await session.execute(delete(Pupil).where(Pupil.id.in_(pupil_ids)).execution_options(synchronize_session=False))
    # The year's live counters go with its files (its statistics are the aggregates stored above).
    await session.run_sync(lambda sync: dashboard.refresh(sync, pupil_ids))
    campaign.purged_at = now
    events.record_event(
        session,
        CampaignDataPurged(school_year=year, academie_code=academie.code, counts=dict(report.counts), aggregates_stored=report.aggregates_stored),
        now=now,
        principal=actor,
        academie_id=academie.id,
        channel=Channel.STAFF.value,
    )
    return report


async def purge_campaigns(
    db: Database, retention_years: int, *, dry_run: bool = False, academie_code: str | None = None, now: dt.datetime | None = None
) -> list[YearPurge]:
    """Every purgeable year, each in its own transaction (a failure leaves the others done)."""
    now = now or utcnow()
    async with db.read() as session:
        due = [(a.id, c.id) for a, c in await purgeable_years(session, retention_years) if academie_code in (None, a.code)]
    reports = []
    for academie_id, campaign_id in due:
        if dry_run:  # counts only, in a read session: nothing can be written
            async with db.read() as session:
                academie = await session.get(Academie, academie_id)
                campaign = await session.get(Campaign, campaign_id)
                assert academie is not None and campaign is not None
                reports.append(await purge_year(session, academie, campaign, dry_run=True, now=now))
            continue
        async with db.write() as session:
            academie = await session.get(Academie, academie_id)
            campaign = (await session.execute(select(Campaign).where(Campaign.id == campaign_id).with_for_update())).scalar_one()
            if campaign.purged_at is not None or academie is None:
                continue  # another process purged it meanwhile
            reports.append(await purge_year(session, academie, campaign, dry_run=False, now=now))
    return reports
