"""Fiches de dialogue (PDF): intentions; avis with motivation; choix définitifs with proposition
and décision — one page per pupil, the establishment's scanned signature at the bottom."""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence

from fpdf import FPDF

from .. import fonts
from ..domain.requests import VoieInfo
from ..domain.texts import documents as texts
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
        self.cell(55, 4, texts.SIGNATURE_DATE)
        self.cell(0, 4, texts.SIGNATURE_OF_GUARDIANS, new_x="LMARGIN", new_y="NEXT")
        self.rect(self.l_margin + 55, y + 4.5, 110, 9)
        self.set_y(y + 15)


def _how_signed(channel: str | None, at: dt.datetime | dt.date | None, received_on: dt.date | None, zone: dt.tzinfo) -> str:
    if channel == "TELESERVICE":
        return texts.signed_online(fr_date(at, zone))
    if channel == "PAPER":
        return texts.signed_on_paper(fr_date(received_on or at, zone))
    return texts.NOT_ENTERED_YET


def _page(pdf: _Fiche, view: FileView, row: ListRow, signature: tuple[bytes, str] | None, now: dt.datetime) -> None:
    pupil = view.pupil
    zone = view.territory.zone  # dates as the académie lives them
    today = view.today(now)
    pdf.add_page()
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, texts.FICHE_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    palier = {p.value: label for p, label in PALIER_LABELS.items()}.get(pupil.palier, pupil.palier)
    pdf.cell(0, 6, texts.fiche_subtitle(view.etablissement.name, view.etablissement.uai, palier, pupil.school_year), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line_of(texts.PUPIL, f"{pupil.last_name} {pupil.first_name}")
    pdf.line_of(texts.BORN_ON_INE, f"{fr_date(pupil.birth_date, zone)} / {pupil.ine}")
    pdf.line_of(texts.DIVISION, view.division.code if view.division else "")
    pdf.line_of(texts.PP_INTERVIEW, fr_date(row.pp_interview_on, zone))
    if pupil.hors_procedure_reason:
        pdf.line_of(texts.HORS_PROCEDURE, pupil.hors_procedure_reason)
    pdf.ln(2)

    pdf.heading(texts.part_heading(texts.PART_INTENTIONS))
    pdf.line_of(texts.VALIDATED_ON, fr_date(row.intentions_validated_at, zone))
    for r in row.intentions:
        pdf.line_of(f"{texts.INTENTION} {r.rank}", request_text(r)[3:])
    intentions = view.sets.get(Phase.PROVISOIRE)
    pdf.family_signature(
        _how_signed(row.intentions_channel, row.intentions_validated_at, intentions.paper_form_received_on if intentions else None, zone)
    )
    pdf.heading(texts.part_heading(texts.PART_AVIS))
    pdf.line_of(texts.AVIS, avis_text(row.avis))
    pdf.line_of(texts.MOTIVATION, row.avis_motivation or "")
    pdf.line_of(texts.ACKNOWLEDGEMENT, fr_date(row.avis_acknowledged_at, zone))
    pdf.family_signature(
        texts.acknowledged_on(fr_date(row.avis_acknowledged_at, zone))
        if row.avis_acknowledged_at
        else texts.ACKNOWLEDGEMENT_NOT_YET
    )
    pdf.heading(texts.part_heading(texts.PART_DEFINITIVE))
    pdf.line_of(texts.CHOICES_VALIDATED_ON, fr_date(row.choices_validated_at, zone))
    for r in row.choices:
        pdf.line_of(f"{texts.CHOICE} {r.rank}", request_text(r)[3:])
    pdf.line_of(texts.PROPOSITION, " - ".join(x for x in (row.proposition_voie_label, row.proposition_serie) if x))
    pdf.line_of(texts.MOTIVATION, row.proposition_motivation or "")
    answer = "" if row.family_agrees is None else (texts.AGREES if row.family_agrees else texts.DISAGREES)
    pdf.line_of(texts.FAMILY_ANSWER, answer)
    choices = view.sets.get(Phase.DEFINITIVE)
    pdf.family_signature(
        texts.definitive_signatures(
            _how_signed(row.choices_channel, row.choices_validated_at, choices.paper_form_received_on if choices else None, zone),
            answer,
            fr_date(row.family_answered_at, zone),
        )
    )
    pdf.line_of(texts.HEAD_INTERVIEW, fr_date(row.head_interview_on, zone))
    decision = " - ".join(x for x in (row.decision_voie_label, row.decision_serie) if x)
    if decision and row.decision_remise_a_niveau:
        decision += texts.WITH_REMISE_A_NIVEAU
    pdf.line_of(texts.DECISION, decision)
    pdf.line_of(texts.DECISION_MOTIVATION, row.decision_motivation or "")
    if row.appeal_filed_on:
        pdf.line_of(texts.APPEAL, texts.appeal_line(fr_date(row.appeal_filed_on, zone), row.appeal_outcome))
    pdf.ln(3)
    pdf.set_font(FONT, "", 9)
    pdf.cell(0, 5, texts.head_signature(fr_date(today)), new_x="LMARGIN", new_y="NEXT")
    if signature:
        pdf.image(io.BytesIO(signature[0]), w=45)


def render(
    views: Sequence[FileView], voies: Mapping[str, VoieInfo], signature: tuple[bytes, str] | None, now: dt.datetime | None = None
) -> bytes:
    """One page per pupil, in the order given; ``now`` dates the head's signature line."""
    now = now or utcnow()
    pdf = _Fiche()
    pdf.set_title(texts.FICHES_TITLE)
    pdf.set_auto_page_break(True, margin=12)
    for view in views:
        _page(pdf, view, build_row(view, voies), signature, now)
    return bytes(pdf.output())
