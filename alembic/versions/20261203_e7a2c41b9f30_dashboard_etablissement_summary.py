"""dashboard summary row per establishment, campaign year and palier

The académie's statistics list every establishment with its pupils and validated sets; summing
those three establishment counters per request cost most of the read at 7,000 establishments
(docs/PERFORMANCE.md). dashboard_etablissement keeps them as one narrow row, moved by the same
deltas as the counters (services/dashboard.py); it is filled here from the counters as they are.

Revision ID: e7a2c41b9f30
Revises: 5d1e2b7c9a04
Create Date: 2026-12-03 19:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'e7a2c41b9f30'
down_revision: str | Sequence[str] | None = '5d1e2b7c9a04'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# services/dashboard.key(...) of the three keys, and their columns.
_KEYS = (('["pupils"]', 'pupils'), ('["sets","PROVISOIRE"]', 'validated_intentions'), ('["sets","DEFINITIVE"]', 'validated_choices'))


def upgrade() -> None:
    op.create_table('dashboard_etablissement',
    sa.Column('etablissement_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('palier', sa.String(length=16), nullable=False),
    sa.Column('pupils', sa.Integer(), nullable=False),
    sa.Column('validated_intentions', sa.Integer(), nullable=False),
    sa.Column('validated_choices', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('etablissement_id', 'school_year', 'palier')
    )
    sums = ", ".join(f"sum(CASE WHEN key = '{k}' THEN n ELSE 0 END)" for k, _ in _KEYS)
    keys = ", ".join(f"'{k}'" for k, _ in _KEYS)
    op.execute(
        f"INSERT INTO dashboard_etablissement (etablissement_id, school_year, palier, {', '.join(c for _, c in _KEYS)}) "
        f"SELECT scope_id, school_year, palier, {sums} FROM dashboard_counter WHERE level = 'E' AND key IN ({keys}) "
        "GROUP BY scope_id, school_year, palier"
    )


def downgrade() -> None:
    op.drop_table('dashboard_etablissement')
