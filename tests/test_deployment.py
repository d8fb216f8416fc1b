"""The Dockerfile, checked without a Docker engine: its properties are parsed, and the
commands it runs (migrate, healthcheck) are run here for real."""
from __future__ import annotations

import asyncio
import json
import os
import shlex
import sys
from pathlib import Path

from graphql_api.db import migrations
from tests.conftest import make_settings, running_server

ROOT = Path(__file__).resolve().parent.parent


def instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    result = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            result.append((keyword.upper(), " ".join(rest.split())))
    return result


def stages() -> list[list[tuple[str, str]]]:
    found: list[list[tuple[str, str]]] = []
    for keyword, rest in instructions():
        if keyword == "FROM":
            found.append([])
        found[-1].append((keyword, rest))
    return found


def exec_form(rest: str) -> list[str]:
    return json.loads(rest)


def healthcheck_command() -> list[str]:
    rest = next(r for k, r in stages()[-1] if k == "HEALTHCHECK")
    return exec_form(rest[rest.index("CMD ") + 4 :])


def test_multi_stage_slim_image_copying_only_the_virtualenv():
    all_stages = stages()
    assert len(all_stages) >= 2
    final = all_stages[-1]
    assert "slim" in final[0][1]
    copies = [r for k, r in final if k == "COPY"]
    assert any(r.startswith("--from=build /opt/venv") for r in copies)
    copied = {r.split()[0] for r in copies if not r.startswith("--from")}
    assert copied == {"graphql_api", "notifications", "alembic", "alembic.ini", "web"}
    assert all((ROOT / name).exists() for name in copied)
    assert not any(k == "RUN" and "pip install" in r for k, r in final)  # no build tools in the final stage
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", "var", "tests", ".venv"} <= set(ignored)


def test_runs_as_a_non_root_user_in_production():
    final = stages()[-1]
    users = [r for k, r in final if k == "USER"]
    assert users and users[-1] not in ("root", "0")
    keywords = [k for k, _ in final]
    assert keywords.index("USER") < keywords.index("CMD")
    env = " ".join(r for k, r in final if k == "ENV")
    assert "ENVIRONMENT=production" in env and "HOST=0.0.0.0" in env
    assert "useradd --system --uid 10001" in " ".join(r for k, r in final if k == "RUN")


def test_command_migrates_then_serves():
    command = exec_form(next(r for k, r in stages()[-1] if k == "CMD"))
    assert command[:2] == ["sh", "-c"]
    steps = [shlex.split(step) for step in command[2].split("&&")]
    assert steps[0] == ["python", "-m", "graphql_api", "migrate"]
    assert steps[1] == ["exec", "python", "-m", "graphql_api", "serve"]


async def test_the_migrate_command_brings_an_empty_database_to_head(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'image.db'}"
    env = {**os.environ, "DATABASE_URL": url, "DATA_DIR": str(tmp_path), "ENVIRONMENT": "production", "TOKEN_SECRET": "x" * 48}
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "graphql_api", "migrate", cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    output, _ = await process.communicate()
    assert process.returncode == 0, output.decode()
    assert await migrations.current_revision(url) == migrations.head_revision()


async def test_healthcheck_command_against_a_running_server(tmp_path, db):
    command = healthcheck_command()
    assert "/health" in command[-1]
    async with running_server(make_settings(tmp_path)) as address:
        port = address.rsplit(":", 1)[1]
        ok = await asyncio.create_subprocess_exec(*[sys.executable if c == "python" else c for c in command], env={**os.environ, "PORT": port})
        assert await ok.wait() == 0
    down = await asyncio.create_subprocess_exec(
        *[sys.executable if c == "python" else c for c in command], env={**os.environ, "PORT": port}, stderr=asyncio.subprocess.DEVNULL
    )
    assert await down.wait() != 0
