"""The conseil de classe's avis provisoires: one per intention, motivated when not favorable."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .errors import ErrorList
from .requests import METIER_MAX_LENGTH, CheckedRequest, VoieInfo
from .vocabulary import AvisValue

MOTIVATION_MAX_LENGTH = 4000


@dataclass(frozen=True)
class AvisInput:
    rank: int
    value: AvisValue
    advised_metier: str | None = None


@dataclass(frozen=True)
class RecommendationInput:
    voie: str
    serie: str | None = None
    metier: str | None = None


@dataclass(frozen=True)
class CheckedAvis:
    avis: tuple[AvisInput, ...]
    recommendation: RecommendationInput | None
    motivation: str | None


def check_avis(
    requests: Sequence[CheckedRequest],
    avis: Sequence[AvisInput],
    recommendation: RecommendationInput | None,
    motivation: str | None,
    *,
    palier: str,
    voies: Mapping[str, VoieInfo],
) -> CheckedAvis:
    errors = ErrorList()
    if not requests:
        errors.add(
            "NO_REQUESTS",
            "La famille n'a validé aucune intention : il n'y a pas d'avis à donner.",
            "avis",
        )
        errors.raise_if_any()
    by_rank = {r.rank: r for r in requests}
    given: dict[int, AvisInput] = {}
    for index, item in enumerate(avis):
        request = by_rank.get(item.rank)
        if request is None:
            errors.add("UNKNOWN_RANK", f"La famille n'a pas formulé d'intention {item.rank}.", "avis", index, "rank")
            continue
        if item.rank in given:
            errors.add("DUPLICATE_AVIS", f"L'intention {item.rank} a déjà un avis.", "avis", index, "rank")
            continue
        metier = (item.advised_metier or "").strip() or None
        voie = voies.get(request.voie)
        if metier and not (voie and voie.allows_metier):
            errors.add(
                "METIER_NOT_ALLOWED",
                "Un métier ou une formation ne se conseille que pour la voie professionnelle ou le CAP.",
                "avis",
                index,
                "advisedMetier",
            )
        elif metier and len(metier) > METIER_MAX_LENGTH:
            errors.add("METIER_TOO_LONG", "Le métier ou la formation conseillé est trop long.", "avis", index, "advisedMetier")
        given[item.rank] = AvisInput(item.rank, AvisValue(item.value), metier)
    for rank in sorted(by_rank):
        if rank not in given and not any(e.code == "UNKNOWN_RANK" for e in errors.errors):
            errors.add("AVIS_MISSING", f"Un avis est attendu pour l'intention {rank}.", "avis")

    checked_recommendation = None
    if recommendation is not None:
        voie = voies.get(recommendation.voie)
        metier = (recommendation.metier or "").strip() or None
        if voie is None or not voie.active or voie.palier != palier:
            errors.add("UNKNOWN_VOIE", "La voie recommandée n'existe pas à ce niveau.", "recommendation", "voie")
        elif any(r.voie == voie.code and (r.serie == recommendation.serie) for r in requests):
            errors.add(
                "RECOMMENDATION_ALREADY_REQUESTED",
                "La recommandation porte sur une voie non demandée par les représentants légaux.",
                "recommendation",
                "voie",
            )
        elif metier and not voie.allows_metier:
            errors.add(
                "METIER_NOT_ALLOWED",
                f"Aucun métier n'est à conseiller pour « {voie.label} ».",
                "recommendation",
                "metier",
            )
        else:
            checked_recommendation = RecommendationInput(voie.code, recommendation.serie, metier)

    text = (motivation or "").strip() or None
    needs_motivation = any(a.value is not AvisValue.FAVORABLE for a in given.values())
    if needs_motivation and not text:
        errors.add(
            "MOTIVATION_REQUIRED",
            "La motivation est obligatoire lorsqu'un avis est réservé ou défavorable.",
            "motivation",
        )
    if text and len(text) > MOTIVATION_MAX_LENGTH:
        errors.add("MOTIVATION_TOO_LONG", f"La motivation ne doit pas dépasser {MOTIVATION_MAX_LENGTH} caractères.", "motivation")
    errors.raise_if_any()
    return CheckedAvis(tuple(given[r] for r in sorted(given)), checked_recommendation, text)
