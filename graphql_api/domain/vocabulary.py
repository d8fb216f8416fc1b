"""Words of the procedure, as stable codes."""
from __future__ import annotations

import enum


class Palier(str, enum.Enum):
    TROISIEME = "3EME"
    SECONDE_GT = "2NDE_GT"


class Phase(str, enum.Enum):
    PROVISOIRE = "PROVISOIRE"
    DEFINITIVE = "DEFINITIVE"


class Role(str, enum.Enum):
    GUARDIAN = "GUARDIAN"
    PUPIL = "PUPIL"
    STAFF = "STAFF"
    ACADEMIE = "ACADEMIE"


class StaffFunction(str, enum.Enum):
    HEAD = "HEAD"  # chef d'établissement or adjoint
    TEACHER = "TEACHER"  # PP of the divisions listed in principal_teacher
    SECRETARY = "SECRETARY"  # secrétariat de scolarité


class AvisValue(str, enum.Enum):
    FAVORABLE = "FAVORABLE"
    RESERVE = "RESERVE"
    DEFAVORABLE = "DEFAVORABLE"


class Channel(str, enum.Enum):
    TELESERVICE = "TELESERVICE"
    PAPER = "PAPER"
    STAFF = "STAFF"
    ACADEMIE = "ACADEMIE"  # the académie's own acts (notices, parameters)


class DashboardScope(str, enum.Enum):
    ETABLISSEMENT = "ETABLISSEMENT"
    ACADEMIE = "ACADEMIE"


PALIER_LABELS = {Palier.TROISIEME: "3e", Palier.SECONDE_GT: "2de générale et technologique"}
AVIS_LABELS = {
    AvisValue.FAVORABLE: "Avis favorable",
    AvisValue.RESERVE: "Avis réservé",
    AvisValue.DEFAVORABLE: "Avis défavorable",
}
PHASE_LABELS = {Phase.PROVISOIRE: "Intentions provisoires", Phase.DEFINITIVE: "Choix définitifs"}
