"""ended external sessions (OIDC logout) and failed logins per client address

Revision ID: 9b1c7e2d4a10
Revises: 3fcc270f5d7d
Create Date: 2026-12-03 13:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9b1c7e2d4a10'
down_revision: str | Sequence[str] | None = '3fcc270f5d7d'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('ended_external_session',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('account_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('ended_external_session', schema=None) as batch_op:
        batch_op.create_index('ix_ended_external_session_expires', ['expires_at'], unique=False)

    op.create_table('login_attempt',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('login_attempt', schema=None) as batch_op:
        batch_op.create_index('ix_login_attempt_address_at', ['address', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('login_attempt', schema=None) as batch_op:
        batch_op.drop_index('ix_login_attempt_address_at')
    op.drop_table('login_attempt')
    with op.batch_alter_table('ended_external_session', schema=None) as batch_op:
        batch_op.drop_index('ix_ended_external_session_expires')
    op.drop_table('ended_external_session')
