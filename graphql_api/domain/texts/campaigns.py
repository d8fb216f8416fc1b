"""What `python -m graphql_api rollover` tells the operator."""
from __future__ import annotations

from collections.abc import Iterable


def unknown_academie(code: str) -> str:
    return f"refusé : aucune académie de code {code}."


def refused(messages: Iterable[str]) -> str:
    return "refusé : " + "; ".join(messages)


def year_opened(academie_code: str, school_year: str, previous_year: str, windows: int, closed: int) -> str:
    return (
        f"académie {academie_code} : campagne {school_year} ouverte, {previous_year} figée "
        f"({windows} fenêtres du calendrier reprises un an plus tard, {closed} téléservices fermés)."
    )


FIRST_YEAR_NEEDED = "refusé : l'académie n'a encore aucune campagne ; indiquez l'année de la première (--school-year AAAA-AAAA)."


def first_year_opened(code: str, school_year: str) -> str:
    return f"académie {code} : première campagne {school_year} ouverte."


# `python -m graphql_api territory list|set`.
def _holidays(holidays: Iterable[str]) -> str:
    return ", ".join(holidays) or "aucun"


def territory_line(code: str, name: str, time_zone: str, holidays: Iterable[str]) -> str:
    return f"{code}  {name} : fuseau {time_zone}, jours fériés locaux : {_holidays(holidays)}"


def territory_unchanged(academie_code: str) -> str:
    return f"académie {academie_code} : rien à changer."


def territory_changed(academie_code: str, zone_before: str, zone_after: str, before: Iterable[str], after: Iterable[str]) -> str:
    return (
        f"académie {academie_code} : fuseau {zone_before} → {zone_after}, "
        f"jours fériés locaux {_holidays(before)} → {_holidays(after)}."
    )
