"""Is the campaign open for a palier, and may families write now?"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .territory import zone
from .vocabulary import Phase

PARIS = ZoneInfo("Europe/Paris")


class CampaignState(str, enum.Enum):
    NOT_OPEN = "NOT_OPEN"  # outside every phase window of the académie
    OPEN = "OPEN"  # inside a window, téléservice OUVERT
    CLOSED_BY_SCHOOL = "CLOSED_BY_SCHOOL"  # inside a window, téléservice FERMÉ
    FROZEN = "FROZEN"  # a past campaign year: the file is archived, read-only


@dataclass(frozen=True)
class Window:
    phase: Phase
    starts_at: dt.datetime
    ends_at: dt.datetime

    def contains(self, now: dt.datetime) -> bool:
        return self.starts_at <= now < self.ends_at


@dataclass(frozen=True)
class CampaignStatus:
    state: CampaignState
    phase: Phase | None
    message: str
    windows: tuple[Window, ...]
    expected_reopening_on: dt.date | None = None

    @property
    def families_may_write(self) -> bool:
        return self.state is CampaignState.OPEN


def current_phase(windows: list[Window] | tuple[Window, ...], now: dt.datetime) -> Phase | None:
    for window in windows:
        if window.contains(now):
            return window.phase
    return None


MSG_FROZEN_YEAR = "Ce dossier appartient à une campagne d'orientation passée ({year}) : il est archivé et ne peut plus être modifié."


def campaign_status(
    windows: list[Window] | tuple[Window, ...],
    teleservice_open: bool,
    now: dt.datetime,
    *,
    expected_reopening_on: dt.date | None = None,
    closure_message: str | None = None,
    frozen_year: str | None = None,
) -> CampaignStatus:
    ordered = tuple(sorted(windows, key=lambda w: w.starts_at))
    if frozen_year is not None:
        return CampaignStatus(CampaignState.FROZEN, None, MSG_FROZEN_YEAR.format(year=frozen_year), ordered)
    phase = current_phase(ordered, now)
    if phase is None:
        return CampaignStatus(
            CampaignState.NOT_OPEN, None, "La campagne d'orientation n'est pas ouverte.", ordered
        )
    if not teleservice_open:
        message = "Le téléservice Orientation est fermé par l'établissement."
        if expected_reopening_on:
            message += f" Réouverture prévue le {expected_reopening_on:%d/%m/%Y}."
        if closure_message:
            message += " " + closure_message
        return CampaignStatus(
            CampaignState.CLOSED_BY_SCHOOL, phase, message, ordered, expected_reopening_on
        )
    return CampaignStatus(CampaignState.OPEN, phase, "Le téléservice Orientation est ouvert.", ordered)


def local_datetime(value: dt.datetime, time_zone: str) -> str:
    """'07/11/2019 à 12:38:09', as the recap mail words it, in the académie's time."""
    local = value.astimezone(zone(time_zone))
    return f"{local:%d/%m/%Y} à {local:%H:%M:%S}"


def local_day(value: dt.datetime, time_zone: str) -> str:
    """'17/10', as the acknowledgement message words it, in the académie's time."""
    return f"{value.astimezone(zone(time_zone)):%d/%m}"
