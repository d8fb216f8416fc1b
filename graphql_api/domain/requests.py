"""What a valid set of intentions provisoires (or choix définitifs) is.

A set is validated as a whole: 1 to 3 ranked requests, the order given is the order of
preference. Every problem is reported at once, with the path of the offending field.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import ErrorList
from .vocabulary import Phase

MAX_REQUESTS = 3
METIER_MAX_LENGTH = 150


@dataclass(frozen=True)
class VoieInfo:
    code: str
    palier: str
    label: str
    kind: str
    allows_metier: bool = False
    requires_serie: bool = False
    has_specialites: bool = False
    active: bool = True


@dataclass(frozen=True)
class SerieInfo:
    code: str
    voie_code: str
    label: str
    options: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class AcademieRules:
    allow_metier_text: bool = True
    allow_passerelle_pro: bool = False
    families_rank_specialites: bool = False


@dataclass(frozen=True)
class RequestInput:
    voie: str
    serie: str | None = None
    serie_option: str | None = None
    metier: str | None = None
    statut_scolaire: bool = False
    statut_apprenti: bool = False
    specialites: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckedRequest:
    rank: int
    voie: str
    serie: str | None
    serie_option: str | None
    metier: str | None
    statut_scolaire: bool
    statut_apprenti: bool
    specialites: tuple[str, ...] = field(default=())


def check_request_set(
    items: list[RequestInput],
    *,
    palier: str,
    phase: Phase,
    voies: Mapping[str, VoieInfo],
    series: Mapping[str, SerieInfo],
    rules: AcademieRules,
) -> list[CheckedRequest]:
    errors = ErrorList()
    root = "intentions" if phase is Phase.PROVISOIRE else "choices"
    if not items:
        errors.add(
            "REQUESTS_EMPTY", "Vous devez obligatoirement saisir une intention.", root
        )
    if len(items) > MAX_REQUESTS:
        errors.add("TOO_MANY_REQUESTS", "Vous pouvez en saisir jusqu'à trois.", root)
    errors.raise_if_any()

    checked: list[CheckedRequest] = []
    seen: set[tuple[str, str | None]] = set()
    for index, item in enumerate(items):
        path = (root, index)
        voie = voies.get(item.voie)
        if voie is None or not voie.active:
            errors.add("UNKNOWN_VOIE", "Vous devez sélectionner une voie.", *path, "voie")
            continue
        if voie.palier != palier:
            errors.add(
                "VOIE_NOT_FOR_PALIER",
                f"La voie « {voie.label} » ne peut pas être demandée à ce niveau.",
                *path,
                "voie",
            )
            continue
        if voie.kind == "PASSERELLE" and not rules.allow_passerelle_pro:
            errors.add(
                "PASSERELLE_NOT_ALLOWED",
                "Le paramétrage académique ne permet pas de demander la voie professionnelle.",
                *path,
                "voie",
            )
        serie_code = _check_serie(item, voie, series, phase, errors, path)
        key = (voie.code, serie_code)
        if key in seen:
            errors.add(
                "DUPLICATE_VOIE",
                f"La voie « {voie.label} » est déjà demandée."
                if not voie.requires_serie
                else "Deux demandes de la même voie doivent porter sur des séries différentes.",
                *path,
                "voie",
            )
        seen.add(key)
        metier = _check_metier(item, voie, rules, errors, path)
        statut_scolaire, statut_apprenti = _check_statut(item, voie, rules, errors, path)
        if item.specialites and not voie.has_specialites:
            errors.add(
                "SPECIALITES_NOT_ALLOWED",
                "Les enseignements de spécialité ne concernent que la 1re générale.",
                *path,
                "specialites",
            )
        checked.append(
            CheckedRequest(
                rank=index + 1,
                voie=voie.code,
                serie=serie_code,
                serie_option=(item.serie_option or None) if serie_code else None,
                metier=metier,
                statut_scolaire=statut_scolaire,
                statut_apprenti=statut_apprenti,
                specialites=tuple(item.specialites),
            )
        )
    errors.raise_if_any()
    return checked


def _check_serie(
    item: RequestInput, voie: VoieInfo, series: Mapping[str, SerieInfo], phase: Phase, errors: ErrorList, path: tuple[str | int, ...]
) -> str | None:
    if not voie.requires_serie:
        if item.serie:
            errors.add("SERIE_NOT_ALLOWED", "Cette voie ne comporte pas de série.", *path, "serie")
        return None
    if not item.serie:
        errors.add("SERIE_REQUIRED", "Vous devez sélectionner une série.", *path, "serie")
        return None
    serie = series.get(item.serie)
    if serie is None or not serie.active or serie.voie_code != voie.code:
        errors.add("UNKNOWN_SERIE", "Cette série n'existe pas pour cette voie.", *path, "serie")
        return None
    if item.serie_option:
        if phase is Phase.PROVISOIRE:
            errors.add(
                "SERIE_OPTION_NOT_ASKED",
                "Le choix de l'option n'est demandé qu'en phase définitive.",
                *path,
                "serieOption",
            )
        elif item.serie_option not in serie.options:
            errors.add("UNKNOWN_SERIE_OPTION", "Cette option n'existe pas pour cette série.", *path, "serieOption")
    return serie.code


def _check_metier(
    item: RequestInput, voie: VoieInfo, rules: AcademieRules, errors: ErrorList, path: tuple[str | int, ...]
) -> str | None:
    metier = (item.metier or "").strip() or None
    if metier is None:
        return None
    if not voie.allows_metier:
        errors.add(
            "METIER_NOT_ALLOWED",
            f"Aucun métier ou formation n'est à préciser pour « {voie.label} ».",
            *path,
            "metier",
        )
        return None
    if not rules.allow_metier_text:
        errors.add(
            "METIER_NOT_ALLOWED",
            "Le paramétrage académique ne permet pas de préciser le métier ou la formation.",
            *path,
            "metier",
        )
        return None
    if len(metier) > METIER_MAX_LENGTH:
        errors.add(
            "METIER_TOO_LONG",
            f"Le métier ou la formation ne doit pas dépasser {METIER_MAX_LENGTH} caractères.",
            *path,
            "metier",
        )
    return metier


def _check_statut(
    item: RequestInput, voie: VoieInfo, rules: AcademieRules, errors: ErrorList, path: tuple[str | int, ...]
) -> tuple[bool, bool]:
    if not (item.statut_scolaire or item.statut_apprenti):
        return False, False
    if not voie.allows_metier:
        errors.add(
            "STATUT_NOT_ALLOWED",
            f"Le statut scolaire ou apprenti ne se précise pas pour « {voie.label} ».",
            *path,
            "statut",
        )
        return False, False
    if not rules.allow_metier_text:
        errors.add(
            "STATUT_NOT_ALLOWED",
            "Le paramétrage académique ne permet pas de préciser le statut.",
            *path,
            "statut",
        )
        return False, False
    return item.statut_scolaire, item.statut_apprenti


