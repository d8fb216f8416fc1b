"""campaign years: every file, calendar and switch belongs to a school year

An existing database (one campaign, no year anywhere) is moved into its first campaign year:
per académie, the school year of its earliest calendar window (or of today when it has none),
in Paris time; every pupil row becomes that year's file, every window that year's calendar,
each switch that year's switch. Nothing is deleted.

Revision ID: 774574cb6166
Revises: 9b1c7e2d4a10
Create Date: 2026-12-03 12:55:03.414083
"""
import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = '774574cb6166'
down_revision: str | Sequence[str] | None = '9b1c7e2d4a10'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A snapshot of domain/territory.py at the time of this revision (revisions never import code).
_TERRITORIES = {
    "15": ("Europe/Paris", ["GOOD_FRIDAY", "12-26"]),
    "28": ("Indian/Reunion", ["12-20"]),
    "31": ("America/Martinique", ["05-22"]),
    "32": ("America/Guadeloupe", ["05-27"]),
    "33": ("America/Cayenne", ["06-10"]),
    "43": ("Indian/Mayotte", ["04-27"]),
}
# Unnamed constraints of the baseline, named for SQLite's batch mode (PostgreSQL names them itself).
_NAMES = {"uq": "uq_%(table_name)s_%(column_0_N_name)s"}


def _school_year(moment: dt.datetime) -> str:
    day = moment.astimezone(ZoneInfo("Europe/Paris")).date()
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


def _aware(value) -> dt.datetime:  # type: ignore[no-untyped-def]
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.create_table('campaign',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('academie_id', sa.Integer(), nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('frozen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['academie_id'], ['academie.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('academie_id', 'school_year')
    )
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_academie_id'), ['academie_id'], unique=False)

    op.create_table('campaign_statistics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('academie_id', sa.Integer(), nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('scope_key', sa.String(length=60), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['academie_id'], ['academie.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('academie_id', 'school_year', 'scope_key')
    )
    with op.batch_alter_table('campaign_statistics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_statistics_academie_id'), ['academie_id'], unique=False)

    with op.batch_alter_table('academie', schema=None) as batch_op:
        batch_op.add_column(sa.Column('time_zone', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('local_holidays', sa.JSON(), nullable=True))
    with op.batch_alter_table('etablissement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('teleservice_school_year', sa.String(length=9), nullable=True))
    with op.batch_alter_table('phase_window', schema=None) as batch_op:
        batch_op.add_column(sa.Column('school_year', sa.String(length=9), nullable=True))
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.add_column(sa.Column('school_year', sa.String(length=9), nullable=True))

    # The data: each académie's first campaign year.
    academie = sa.table('academie', sa.column('id'), sa.column('code'), sa.column('time_zone'), sa.column('local_holidays', sa.JSON()))
    campaign = sa.table('campaign', sa.column('academie_id'), sa.column('school_year'), sa.column('state'), sa.column('opened_at', sa.DateTime(timezone=True)))
    window = sa.table('phase_window', sa.column('academie_id'), sa.column('starts_at'), sa.column('school_year'))
    etab = sa.table('etablissement', sa.column('id'), sa.column('academie_id'), sa.column('teleservice_school_year'))
    pupil = sa.table('pupil', sa.column('etablissement_id'), sa.column('school_year'))
    now = dt.datetime.now(dt.timezone.utc)
    for academie_id, code in bind.execute(sa.select(academie.c.id, academie.c.code)).all():
        zone, holidays = _TERRITORIES.get(code, ("Europe/Paris", []))
        bind.execute(academie.update().where(academie.c.id == academie_id).values(time_zone=zone, local_holidays=holidays))
        first = bind.execute(sa.select(sa.func.min(window.c.starts_at)).where(window.c.academie_id == academie_id)).scalar()
        year = _school_year(_aware(first) if first is not None else now)
        bind.execute(campaign.insert().values(academie_id=academie_id, school_year=year, state="CURRENT", opened_at=now.replace(tzinfo=None) if sqlite else now))
        bind.execute(window.update().where(window.c.academie_id == academie_id).values(school_year=year))
        etabs = sa.select(etab.c.id).where(etab.c.academie_id == academie_id)
        bind.execute(etab.update().where(etab.c.academie_id == academie_id).values(teleservice_school_year=year))
        bind.execute(pupil.update().where(pupil.c.etablissement_id.in_(etabs)).values(school_year=year))
    # Pupils of an establishment without académie cannot exist (foreign key): none is left NULL.

    with op.batch_alter_table('academie', schema=None) as batch_op:
        batch_op.alter_column('time_zone', existing_type=sa.String(length=40), nullable=False)
        batch_op.alter_column('local_holidays', existing_type=sa.JSON(), nullable=False)
    with op.batch_alter_table('phase_window', schema=None, naming_convention=_NAMES) as batch_op:
        batch_op.alter_column('school_year', existing_type=sa.String(length=9), nullable=False)
        batch_op.drop_constraint('uq_phase_window_academie_id_palier_phase' if sqlite else 'phase_window_academie_id_palier_phase_key', type_='unique')
        batch_op.create_unique_constraint('uq_phase_window_year', ['academie_id', 'school_year', 'palier', 'phase'])
    with op.batch_alter_table('pupil', schema=None, naming_convention=_NAMES) as batch_op:
        batch_op.alter_column('school_year', existing_type=sa.String(length=9), nullable=False)
        batch_op.drop_constraint('uq_pupil_ine' if sqlite else 'pupil_ine_key', type_='unique')
        batch_op.create_index(batch_op.f('ix_pupil_ine'), ['ine'], unique=False)
        batch_op.create_index('ix_pupil_school_year_etablissement', ['school_year', 'etablissement_id'], unique=False)
        batch_op.create_unique_constraint('uq_pupil_ine_school_year', ['ine', 'school_year'])


def downgrade() -> None:
    """Back to one campaign: only possible while the database holds a single school year."""
    bind = op.get_bind()
    years = bind.execute(sa.text("SELECT COUNT(DISTINCT school_year) FROM pupil")).scalar() or 0
    if years > 1:
        raise RuntimeError("the database holds several school years: it cannot go back to one campaign")
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.drop_constraint('uq_pupil_ine_school_year', type_='unique')
        batch_op.drop_index('ix_pupil_school_year_etablissement')
        batch_op.drop_index(batch_op.f('ix_pupil_ine'))
        batch_op.drop_column('school_year')
        batch_op.create_unique_constraint('pupil_ine_key', ['ine'])

    with op.batch_alter_table('phase_window', schema=None) as batch_op:
        batch_op.drop_constraint('uq_phase_window_year', type_='unique')
        batch_op.drop_column('school_year')
        batch_op.create_unique_constraint('phase_window_academie_id_palier_phase_key', ['academie_id', 'palier', 'phase'])

    with op.batch_alter_table('etablissement', schema=None) as batch_op:
        batch_op.drop_column('teleservice_school_year')

    with op.batch_alter_table('academie', schema=None) as batch_op:
        batch_op.drop_column('local_holidays')
        batch_op.drop_column('time_zone')

    with op.batch_alter_table('campaign_statistics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_statistics_academie_id'))

    op.drop_table('campaign_statistics')
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_academie_id'))

    op.drop_table('campaign')
