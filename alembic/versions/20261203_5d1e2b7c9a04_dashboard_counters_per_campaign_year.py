"""dashboard counters per campaign year

Each pupil's contribution (dashboard_pupil) gets the campaign year of its file, and the sums
(dashboard_counter) are kept per year, so that after a rollover last year's figures no longer
mix with this year's. Nothing is lost: the sums are exactly the sum of the contributions (the
invariant services/dashboard.py keeps), so they are summed again from them, now per year.
Contributions of files no longer in the database (a purged year) counted nothing that could
still be read per year: they are dropped.

Revision ID: 5d1e2b7c9a04
Revises: 774574cb6166
Create Date: 2026-12-03 16:40:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '5d1e2b7c9a04'
down_revision: str | Sequence[str] | None = '774574cb6166'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEVELS = (("A", "p.academie_id", ""), ("E", "p.etablissement_id", ""),
           ("D", "p.division_id", "WHERE p.division_id IS NOT NULL"), ("N", "p.etablissement_id", "WHERE p.division_id IS NULL"))  # fmt: skip


def _counter_table(per_year: bool) -> None:
    year = [sa.Column('school_year', sa.String(length=9), nullable=False)] if per_year else []
    op.create_table('dashboard_counter',
    sa.Column('level', sa.String(length=1), nullable=False),
    sa.Column('scope_id', sa.Integer(), autoincrement=False, nullable=False),
    *year,
    sa.Column('palier', sa.String(length=16), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('level', 'scope_id', *(['school_year'] if per_year else []), 'palier', 'key')
    )
    with op.batch_alter_table('dashboard_counter', schema=None) as batch_op:
        batch_op.create_index('ix_dashboard_counter_key', ['level', *(['school_year'] if per_year else []), 'key'], unique=False)


def _sum_contributions(per_year: bool) -> None:
    """The sums from the stored contributions, one GROUP BY per level (as dashboard.rebuild)."""
    each = "json_each(p.counts) AS c" if op.get_bind().dialect.name == "sqlite" else "json_each_text(p.counts) AS c"
    year, year_column = (", p.school_year", ", school_year") if per_year else ("", "")
    for level, scope, only in _LEVELS:
        op.execute(
            f"INSERT INTO dashboard_counter (level, scope_id{year_column}, palier, key, n) "
            f"SELECT '{level}', {scope}{year}, p.palier, c.key, sum(CAST(c.value AS BIGINT)) "
            f"FROM dashboard_pupil p, {each} {only} GROUP BY {scope}{year}, p.palier, c.key"
        )


def upgrade() -> None:
    with op.batch_alter_table('dashboard_pupil', schema=None) as batch_op:
        batch_op.add_column(sa.Column('school_year', sa.String(length=9), nullable=True))
    op.execute(
        "UPDATE dashboard_pupil SET school_year = (SELECT pupil.school_year FROM pupil WHERE pupil.id = dashboard_pupil.pupil_id)"
    )
    op.execute("DELETE FROM dashboard_pupil WHERE school_year IS NULL")
    with op.batch_alter_table('dashboard_pupil', schema=None) as batch_op:
        batch_op.alter_column('school_year', existing_type=sa.String(length=9), nullable=False)

    with op.batch_alter_table('dashboard_counter', schema=None) as batch_op:
        batch_op.drop_index('ix_dashboard_counter_key')
    op.drop_table('dashboard_counter')
    _counter_table(per_year=True)
    _sum_contributions(per_year=True)


def downgrade() -> None:
    with op.batch_alter_table('dashboard_counter', schema=None) as batch_op:
        batch_op.drop_index('ix_dashboard_counter_key')
    op.drop_table('dashboard_counter')
    _counter_table(per_year=False)
    _sum_contributions(per_year=False)  # every year summed together, as before this revision
    with op.batch_alter_table('dashboard_pupil', schema=None) as batch_op:
        batch_op.drop_column('school_year')
