"""etablissement: what the national directory (Annuaire de l'éducation) says of it

Revision ID: a11d1ec70e11
Revises: 3fe0d833a187
Create Date: 2026-12-03 13:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'a11d1ec70e11'
down_revision: str | Sequence[str] | None = '3fe0d833a187'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('etablissement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('sector', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('commune', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('has_troisieme', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('has_seconde_gt', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('etablissement', schema=None) as batch_op:
        batch_op.drop_column('has_seconde_gt')
        batch_op.drop_column('has_troisieme')
        batch_op.drop_column('commune')
        batch_op.drop_column('sector')
        batch_op.drop_column('kind')
