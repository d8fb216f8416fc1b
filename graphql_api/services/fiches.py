"""Fiches de dialogue (PDF): intentions; avis with motivation; choix définitifs with proposition
and décision — one page per pupil, the establishment's scanned signature at the bottom."""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence

from fpdf import FPDF

from ..domain.requests import VoieInfo
from ..domain.vocabulary import PALIER_LABELS
from .clock import utcnow
from .files import FileView
from .listing import ListRow, fr_date, avis_text, build_row, request_text

# The PDF core fonts are Latin-1: a few French typographic characters need a stand-in.
_LATIN1 = str.maketrans({"œ": "oe", "Œ": "OE", "’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "…": "...", "€": "EUR"})


def _t(value: str) -> str:
    return value.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


class _Fiche(FPDF):
    def heading(self, text: str) -> None:
        self.set_font("Helvetica", "B", 11)
        self.set_fill_color(230, 230, 240)
        self.cell(0, 7, _t(text), new_x="LMARGIN", new_y="NEXT", fill=True)
        self.ln(1)

    def line_of(self, label: str, value: str) -> None:
        self.set_font("Helvetica", "B", 9)
        self.cell(62, 5, _t(label))
        self.set_font("Helvetica", "", 9)
        self.multi_cell(0, 5, _t(value or "-"), new_x="LMARGIN", new_y="NEXT")


def _page(pdf: _Fiche, view: FileView, row: ListRow, signature: tuple[bytes, str] | None, now: dt.datetime) -> None:
    pupil = view.pupil
    zone = view.territory.zone  # dates as the académie lives them
    today = view.today(now)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, _t("Fiche de dialogue - procédure d'orientation"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    palier = {p.value: label for p, label in PALIER_LABELS.items()}.get(pupil.palier, pupil.palier)
    pdf.cell(0, 6, _t(f"{view.etablissement.name} ({view.etablissement.uai}) - palier {palier} - année scolaire {pupil.school_year}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line_of("Élève", f"{pupil.last_name} {pupil.first_name}")
    pdf.line_of("Né(e) le / INE", f"{fr_date(pupil.birth_date, zone)} / {pupil.ine}")
    pdf.line_of("Division", view.division.code if view.division else "")
    pdf.line_of("Entretien avec le prof. principal", fr_date(row.pp_interview_on, zone))
    if pupil.hors_procedure_reason:
        pdf.line_of("Hors procédure", pupil.hors_procedure_reason)
    pdf.ln(2)

    pdf.heading("1. Intentions provisoires de la famille")
    pdf.line_of("Validées le", fr_date(row.intentions_validated_at, zone))
    for r in row.intentions:
        pdf.line_of(f"Intention {r.rank}", request_text(r)[3:])
    pdf.ln(1)
    pdf.heading("2. Avis provisoires du conseil de classe")
    pdf.line_of("Avis", avis_text(row.avis))
    pdf.line_of("Motivation", row.avis_motivation or "")
    pdf.line_of("Accusé de réception", fr_date(row.avis_acknowledged_at, zone))
    pdf.ln(1)
    pdf.heading("3. Choix définitifs, proposition et décision")
    pdf.line_of("Choix validés le", fr_date(row.choices_validated_at, zone))
    for r in row.choices:
        pdf.line_of(f"Choix {r.rank}", request_text(r)[3:])
    pdf.line_of("Proposition du conseil", " - ".join(x for x in (row.proposition_voie_label, row.proposition_serie) if x))
    pdf.line_of("Motivation", row.proposition_motivation or "")
    answer = "" if row.family_agrees is None else ("D'accord" if row.family_agrees else "Pas d'accord")
    pdf.line_of("Réponse de la famille", answer)
    pdf.line_of("Entretien avec le chef d'étab.", fr_date(row.head_interview_on, zone))
    decision = " - ".join(x for x in (row.decision_voie_label, row.decision_serie) if x)
    if decision and row.decision_remise_a_niveau:
        decision += " (avec dispositif de remise à niveau)"
    pdf.line_of("Décision d'orientation", decision)
    pdf.line_of("Motivation de la décision", row.decision_motivation or "")
    if row.appeal_filed_on:
        outcome = "" if row.appeal_upheld is None else (" - demande accordée" if row.appeal_upheld else " - décision maintenue")
        pdf.line_of("Appel", f"déposé le {fr_date(row.appeal_filed_on, zone)}{outcome}")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, _t(f"Le chef d'établissement, le {fr_date(today)}"), new_x="LMARGIN", new_y="NEXT")
    if signature:
        pdf.image(io.BytesIO(signature[0]), w=45)


def render(
    views: Sequence[FileView], voies: Mapping[str, VoieInfo], signature: tuple[bytes, str] | None, now: dt.datetime | None = None
) -> bytes:
    """One page per pupil, in the order given; ``now`` dates the head's signature line."""
    now = now or utcnow()
    pdf = _Fiche(format="A4")
    pdf.set_title("Fiches de dialogue")
    pdf.set_auto_page_break(True, margin=12)
    for view in views:
        _page(pdf, view, build_row(view, voies), signature, now)
    return bytes(pdf.output())
