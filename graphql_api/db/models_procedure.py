"""Indexes for the rest of the procedure (issue 3), kept out of models.py."""
from sqlalchemy import Index

from .models import PupilStep

# The appeal-deadline reminder reads recent décisions at every dispatcher pass.
Index("ix_pupil_step_kind_at", PupilStep.kind, PupilStep.at)
