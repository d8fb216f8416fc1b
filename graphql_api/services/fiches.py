"""Fiches de dialogue (PDF): intentions; avis with motivation; choix définitifs with proposition
and décision — one page per pupil, the establishment's scanned signature at the bottom."""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence

from fpdf import FPDF

from .. import fonts
from ..domain.requests import VoieInfo
from ..domain.vocabulary import PALIER_LABELS, Phase
from .clock import utcnow
from .files import FileView
from .listing import ListRow, fr_date, avis_text, build_row, request_text

FONT = "DejaVu"


class _Fiche(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        # A Unicode TrueType font shipped with the package (not the system's): every name prints.
        self.add_font(FONT, "", str(fonts.DEJAVU_SANS))
        self.add_font(FONT, "B", str(fonts.DEJAVU_SANS_BOLD))

    def heading(self, text: str) -> None:
        self.set_font(FONT, "B", 11)
        self.set_fill_color(230, 230, 240)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT", fill=True)
        self.ln(1)

    def line_of(self, label: str, value: str) -> None:
        self.set_font(FONT, "B", 9)
        self.cell(62, 5, label)
        self.set_font(FONT, "", 9)
        self.multi_cell(0, 5, value or "-", new_x="LMARGIN", new_y="NEXT")

    def family_signature(self, how: str) -> None:
        """The représentant(s) légal(aux)'s block of each part: how it was signed, then date and
        signature boxes for the paper route (an online entry is worth a signature)."""
        self.set_font(FONT, "", 8)
        self.multi_cell(0, 4, how, new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "B", 8)
        y = self.get_y()
        self.cell(55, 4, "Date : ____ / ____ / ________")
        self.cell(0, 4, "Signature du (des) représentant(s) légal(aux) :", new_x="LMARGIN", new_y="NEXT")
        self.rect(self.l_margin + 55, y + 4.5, 110, 9)
        self.set_y(y + 15)


def _how_signed(channel: str | None, at: dt.datetime | dt.date | None, received_on: dt.date | None, zone: dt.tzinfo) -> str:
    if channel == "TELESERVICE":
        return f"Saisie en ligne par le représentant légal le {fr_date(at, zone)} : la saisie dans le téléservice vaut signature."
    if channel == "PAPER":
        return f"Formulaire papier signé reçu par l'établissement le {fr_date(received_on or at, zone)}."
    return "Pas encore de saisie de la famille."


def _page(pdf: _Fiche, view: FileView, row: ListRow, signature: tuple[bytes, str] | None, now: dt.datetime) -> None:
    pupil = view.pupil
    zone = view.territory.zone  # dates as the académie lives them
    today = view.today(now)
    pdf.add_page()
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, ("Fiche de dialogue - procédure d'orientation"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    palier = {p.value: label for p, label in PALIER_LABELS.items()}.get(pupil.palier, pupil.palier)
    pdf.cell(0, 6, f"{view.etablissement.name} ({view.etablissement.uai}) - palier {palier} - année scolaire {pupil.school_year}", new_x="LMARGIN", new_y="NEXT")
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
    intentions = view.sets.get(Phase.PROVISOIRE)
    pdf.family_signature(
        _how_signed(row.intentions_channel, row.intentions_validated_at, intentions.paper_form_received_on if intentions else None, zone)
    )
    pdf.heading("2. Avis provisoires du conseil de classe")
    pdf.line_of("Avis", avis_text(row.avis))
    pdf.line_of("Motivation", row.avis_motivation or "")
    pdf.line_of("Accusé de réception", fr_date(row.avis_acknowledged_at, zone))
    pdf.family_signature(
        f"Accusé de réception de l'avis le {fr_date(row.avis_acknowledged_at, zone)}."
        if row.avis_acknowledged_at
        else "Accusé de réception de l'avis par le représentant légal : pas encore donné."
    )
    pdf.heading("3. Choix définitifs, proposition et décision")
    pdf.line_of("Choix validés le", fr_date(row.choices_validated_at, zone))
    for r in row.choices:
        pdf.line_of(f"Choix {r.rank}", request_text(r)[3:])
    pdf.line_of("Proposition du conseil", " - ".join(x for x in (row.proposition_voie_label, row.proposition_serie) if x))
    pdf.line_of("Motivation", row.proposition_motivation or "")
    answer = "" if row.family_agrees is None else ("D'accord" if row.family_agrees else "Pas d'accord")
    pdf.line_of("Réponse de la famille", answer)
    choices = view.sets.get(Phase.DEFINITIVE)
    pdf.family_signature(
        "Choix définitifs : "
        + _how_signed(row.choices_channel, row.choices_validated_at, choices.paper_form_received_on if choices else None, zone)
        + " Réponse à la proposition : "
        + (f"{answer}, le {fr_date(row.family_answered_at, zone)}." if answer else "pas encore donnée.")
    )
    pdf.line_of("Entretien avec le chef d'étab.", fr_date(row.head_interview_on, zone))
    decision = " - ".join(x for x in (row.decision_voie_label, row.decision_serie) if x)
    if decision and row.decision_remise_a_niveau:
        decision += " (avec dispositif de remise à niveau)"
    pdf.line_of("Décision d'orientation", decision)
    pdf.line_of("Motivation de la décision", row.decision_motivation or "")
    if row.appeal_filed_on:
        pdf.line_of("Appel", f"déposé le {fr_date(row.appeal_filed_on, zone)} - {row.appeal_outcome}")
    pdf.ln(3)
    pdf.set_font(FONT, "", 9)
    pdf.cell(0, 5, f"Le chef d'établissement, le {fr_date(today)}", new_x="LMARGIN", new_y="NEXT")
    if signature:
        pdf.image(io.BytesIO(signature[0]), w=45)


def render(
    views: Sequence[FileView], voies: Mapping[str, VoieInfo], signature: tuple[bytes, str] | None, now: dt.datetime | None = None
) -> bytes:
    """One page per pupil, in the order given; ``now`` dates the head's signature line."""
    now = now or utcnow()
    pdf = _Fiche()
    pdf.set_title("Fiches de dialogue")
    pdf.set_auto_page_break(True, margin=12)
    for view in views:
        _page(pdf, view, build_row(view, voies), signature, now)
    return bytes(pdf.output())
