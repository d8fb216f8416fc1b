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
