"""Who is calling: local accounts (argon2 + signed HS256 tokens) and OpenID Connect (RS256/JWKS)."""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import secrets
import time
from dataclasses import dataclass

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from .config import Settings
from .db.models import Account, AuthSession, Guardianship, PrincipalTeacher, Pupil
from .domain.errors import DomainError
from .domain.texts import errors as texts
from .domain.vocabulary import Role, StaffFunction
from .policy import AccountProfile, Principal, current_year_clause

if TYPE_CHECKING:
    from .db.engine import Database

LOCAL_ISSUER = "orientation-local"
_hasher = PasswordHasher()
MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)


class AuthError(Exception):
    """A token was presented but cannot be trusted: expired, forged, unknown account."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at: dt.datetime
    session_id: str


def issue_token(settings: Settings, account_id: int, session_id: str, now: dt.datetime | None = None) -> IssuedToken:
    now = now or utcnow()
    expires = now + dt.timedelta(seconds=settings.token_ttl_seconds)
    claims = {"iss": LOCAL_ISSUER, "sub": str(account_id), "sid": session_id, "iat": now, "exp": expires}
    return IssuedToken(jwt.encode(claims, settings.token_secret, algorithm="HS256"), expires, session_id)


BAD_CREDENTIALS = texts.BAD_CREDENTIALS


def bad_credentials() -> DomainError:
    """The one answer to every refused login: unknown login, wrong password, locked account
    (a different answer for a locked account would tell which logins exist)."""
    return DomainError.of("INVALID_CREDENTIALS", BAD_CREDENTIALS, "login")


async def login(db: "Database", settings: Settings, login_name: str, password: str) -> tuple[Account, IssuedToken]:
    """Check a local account's password; lock the account after MAX_FAILED_LOGINS failures.

    The attempt is counted before the password is checked, in one atomic UPDATE … RETURNING
    (committed at once): concurrent attempts each get their own number, so at most
    MAX_FAILED_LOGINS passwords are ever tried per lockout period, whatever the concurrency.
    Every refusal costs one argon2 verification and gives the same answer."""
    now = utcnow()
    async with db.write() as session:
        account = (await session.execute(select(Account).where(Account.login == login_name))).scalar_one_or_none()
        attempt = None
        if account is not None and account.active:
            attempt = (
                await session.execute(
                    update(Account)
                    .where(Account.id == account.id, or_(Account.locked_until.is_(None), Account.locked_until <= now))
                    .values(failed_logins=Account.failed_logins + 1, locked_until=None)
                    .returning(Account.failed_logins)
                    .execution_options(synchronize_session=False)
                )
            ).scalar_one_or_none()
    if attempt is None or attempt > MAX_FAILED_LOGINS:  # unknown, inactive, locked, or over the count
        await asyncio.to_thread(verify_password, _DUMMY_HASH, password)  # same cost: no account probing
        if attempt is not None:
            await _lock(db, account.id, now)  # type: ignore[union-attr]
        raise bad_credentials()
    if not await asyncio.to_thread(verify_password, account.password_hash, password):  # type: ignore[union-attr]
        if attempt >= MAX_FAILED_LOGINS:
            await _lock(db, account.id, now)  # type: ignore[union-attr]
        raise bad_credentials()
    async with db.write() as session:
        await session.execute(
            update(Account).where(Account.id == account.id).values(failed_logins=0, locked_until=None)  # type: ignore[union-attr]
            .execution_options(synchronize_session=False)
        )
        session_id = secrets.token_urlsafe(16)
        session.add(AuthSession(id=session_id, account_id=account.id, created_at=now))  # type: ignore[union-attr]
    return account, issue_token(settings, account.id, session_id, now)  # type: ignore[union-attr]


async def _lock(db: "Database", account_id: int, now: dt.datetime) -> None:
    async with db.write() as session:
        await session.execute(
            update(Account)
            .where(Account.id == account_id)
            .values(failed_logins=0, locked_until=now + LOCKOUT)
            .execution_options(synchronize_session=False)
        )


_DUMMY_HASH = _hasher.hash("not-a-password")


@dataclass(frozen=True)
class VerifiedToken:
    """What a trusted token says: whose it is, which session, until when. `ended_keys`: the
    keys under which logout records an external token as ended (sessions.py)."""

    kind: str  # "local" | "oidc"
    key: str  # account id (local) or OIDC subject
    session_id: str | None
    expires_at: dt.datetime
    ended_keys: tuple[str, ...] = ()


def external_ended_keys(token: str, claims: dict) -> tuple[str, ...]:
    """An external token is ended by its IdP session (`sid`: every token of that session) and
    by its own digest (a token without `sid` is still revocable)."""
    keys = [f"token:{hashlib.sha256(token.encode()).hexdigest()}"]
    if isinstance(claims.get("sid"), str) and claims["sid"]:
        keys.append(f"sid:{claims['sid'][:90]}")
    return tuple(keys)


VERIFIED_TOKENS_KEPT = 50_000  # ~20 MB at most; about one process's active sessions at the peak


class TokenVerifier:
    """Turns a bearer token into (account lookup key, session id)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # The local signing key prepared once (PyJWT would otherwise prepare the secret per call).
        secret = settings.token_secret.encode()
        self._local_key = jwt.PyJWK({"kty": "oct", "k": base64.urlsafe_b64encode(secret).rstrip(b"=").decode(), "alg": "HS256"})
        # Local tokens already verified, by their exact text (a forged or altered token is another
        # string and is verified in full). PyJWT costs ~0.2 ms per verification, a page's largest
        # single CPU cost after the SQL; the expiry is still checked on every use.
        self._verified: dict[str, VerifiedToken] = {}
        self._jwks: jwt.PyJWKClient | None = (
            jwt.PyJWKClient(settings.oidc_jwks_url, cache_keys=True, lifespan=3600)
            if settings.oidc_jwks_url
            else None
        )

    async def verify(self, token: str) -> tuple[str, str, str | None]:
        """Return ("local", account_id, sid) or ("oidc", subject, sid)."""
        verified = await self.verify_token(token)
        return verified.kind, verified.key, verified.session_id

    async def verify_token(self, token: str) -> VerifiedToken:
        known = self._verified.get(token)
        if known is not None:
            if known.expires_at.timestamp() <= time.time():  # PyJWT's test: expired when exp <= now
                del self._verified[token]
                raise AuthError("TOKEN_EXPIRED", texts.TOKEN_EXPIRED)
            return known
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise AuthError("INVALID_TOKEN", texts.TOKEN_UNREADABLE) from exc
        alg = header.get("alg")
        try:
            if alg == "HS256":
                claims = jwt.decode(
                    token,
                    self._local_key,
                    algorithms=["HS256"],
                    issuer=LOCAL_ISSUER,
                    options={"require": ["exp", "sub", "iss"]},
                )
                verified = VerifiedToken("local", claims["sub"], claims.get("sid"), _expiry(claims))
                if len(self._verified) >= VERIFIED_TOKENS_KEPT:
                    self._verified.clear()  # a burst of new tokens: start over rather than track age
                self._verified[token] = verified
                return verified
            if alg == "RS256" and self._jwks is not None:
                key = await asyncio.to_thread(self._jwks.get_signing_key_from_jwt, token)
                claims = jwt.decode(
                    token,
                    key.key,
                    algorithms=["RS256"],
                    issuer=self.settings.oidc_issuer,
                    audience=self.settings.oidc_audience,
                    options={"require": ["exp", "sub", "iss", "aud"]},
                )
                return VerifiedToken("oidc", claims["sub"], claims.get("sid"), _expiry(claims), external_ended_keys(token, claims))
        except jwt.ExpiredSignatureError as exc:
            raise AuthError("TOKEN_EXPIRED", texts.TOKEN_EXPIRED) from exc
        except (jwt.PyJWTError, jwt.PyJWKClientError) as exc:
            raise AuthError("INVALID_TOKEN", texts.TOKEN_INVALID) from exc
        raise AuthError("INVALID_TOKEN", texts.TOKEN_INVALID)


async def end_session(session: AsyncSession, session_id: str) -> None:
    """Logout: the session ends (its token stops working; its recap mail is due)."""
    row = await session.get(AuthSession, session_id)
    if row is not None and row.ended_at is None:
        row.ended_at = utcnow()


def _expiry(claims: dict) -> dt.datetime:
    return dt.datetime.fromtimestamp(int(claims["exp"]), dt.timezone.utc)


async def load_principal(
    session: AsyncSession,
    kind: str,
    key: str,
    session_id: str | None,
    ended_keys: tuple[str, ...] = (),
    expires_at: dt.datetime | None = None,
) -> Principal:
    """`ended_keys`: an external token's keys (VerifiedToken); one that logout recorded is refused."""
    session_open = True
    family: tuple[tuple[int, int], ...] | None = None
    if kind == "local" and session_id:
        # The account, its session and a guardian's children of this campaign year with their
        # schools in one statement (each costs a round trip, and on SQLite four thread hops:
        # this runs for every WebSocket connection). One row per child (at least one row).
        rows = (
            await session.execute(
                select(Account, AuthSession.id, AuthSession.ended_at, Pupil.id, Pupil.etablissement_id)
                .select_from(Account)
                .outerjoin(AuthSession, AuthSession.id == session_id)
                .outerjoin(Guardianship, and_(Guardianship.account_id == Account.id, Account.role == Role.GUARDIAN.value))
                .outerjoin(Pupil, and_(Pupil.id == Guardianship.pupil_id, current_year_clause()))
                .where(Account.id == int(key))
            )
        ).all()
        row = rows[0] if rows else None
        account = row[0] if row is not None else None
        session_open = row is not None and row[1] is not None and row[2] is None
        family = tuple(dict.fromkeys((r[3], r[4]) for r in rows if r[3] is not None))
    elif kind == "local":
        account = await session.get(Account, int(key))
    else:
        account = (await session.execute(select(Account).where(Account.oidc_subject == key))).scalar_one_or_none()
    if account is None or not account.active:
        raise AuthError("UNKNOWN_ACCOUNT", texts.UNKNOWN_ACCOUNT)
    if not session_open:
        raise AuthError("TOKEN_EXPIRED", texts.SESSION_ENDED)
    if kind != "local" and ended_keys:
        from .db.models_ops import EndedExternalSession

        ended = await session.execute(select(EndedExternalSession.key).where(EndedExternalSession.key.in_(ended_keys)).limit(1))
        if ended.first() is not None:
            raise AuthError("TOKEN_EXPIRED", texts.SESSION_ENDED)
    return await principal_for(session, account, session_id, ended_keys, expires_at, family=family)


async def principal_for(
    session: AsyncSession,
    account: Account,
    session_id: str | None = None,
    ended_keys: tuple[str, ...] = (),
    expires_at: dt.datetime | None = None,
    *,
    family: tuple[tuple[int, int], ...] | None = None,
) -> Principal:
    """`family`: a guardian's children of this campaign year with their schools, when the
    caller read them already (load_principal)."""
    role = Role(account.role)
    child_ids: frozenset[int] = frozenset()
    division_ids: frozenset[int] = frozenset()
    pupil_id = account.pupil_id
    family_schools: tuple[tuple[int, int], ...] | None = None
    if role is Role.GUARDIAN:
        if family is None:
            # The current campaign year's files only: last year's files are the school's archive.
            # Their schools come with them (a live subscription's scope, without a query of its own).
            rows = await session.execute(
                select(Guardianship.pupil_id, Pupil.etablissement_id)
                .join(Pupil, Pupil.id == Guardianship.pupil_id)
                .where(Guardianship.account_id == account.id, current_year_clause())
            )
            family = tuple((pupil, etab) for pupil, etab in rows)
        family_schools = family
        child_ids = frozenset(pupil for pupil, _ in family_schools)
    elif role is Role.PUPIL and pupil_id is not None:
        # The pupil's account follows their INE: this year's file, whichever year it was made in.
        registered = aliased(Pupil)
        own = (
            await session.execute(
                select(Pupil.id, Pupil.etablissement_id)
                .join(registered, registered.ine == Pupil.ine)
                .where(registered.id == account.pupil_id, current_year_clause())
            )
        ).one_or_none()
        pupil_id = own[0] if own is not None else None
        family_schools = ((own[0], own[1]),) if own is not None else ()
    elif role is Role.STAFF:
        rows = await session.execute(
            select(PrincipalTeacher.division_id).where(PrincipalTeacher.account_id == account.id)
        )
        division_ids = frozenset(rows.scalars())
    return Principal(
        account_id=account.id,
        role=role,
        etablissement_id=account.etablissement_id,
        academie_id=account.academie_id,
        staff_function=StaffFunction(account.staff_function) if account.staff_function else None,
        delegated=account.delegated,
        pupil_id=pupil_id,
        child_ids=child_ids,
        division_ids=division_ids,
        family_schools=family_schools,
        session_id=session_id,
        external_keys=ended_keys,
        expires_at=expires_at,
        profile=AccountProfile(first_name=account.first_name, last_name=account.last_name, email=account.email),
    )
