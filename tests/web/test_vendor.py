"""The vendored browser assets: every file is listed in SHA256SUMS with its checksum, comes
from a package at the version package-lock.json pins, and nothing is loaded from a CDN."""
from __future__ import annotations

import hashlib
import json
import re

import pytest

from graphql_api.trusted_documents import WEB_DIR

VENDOR = WEB_DIR / "vendor"


def sums() -> dict[str, str]:
    listed = {}
    for line in (VENDOR / "SHA256SUMS").read_text().splitlines():
        digest, path = line.split(maxsplit=1)
        listed[path] = digest
    return listed


def test_every_vendored_file_matches_its_checksum_and_every_file_is_listed():
    listed = sums()
    on_disk = {str(p.relative_to(VENDOR)) for p in (VENDOR / "npm").rglob("*") if p.is_file()}
    assert on_disk == set(listed), "web/vendor/npm and SHA256SUMS differ: run bash web/vendor/refresh.sh"
    for path, digest in listed.items():
        assert hashlib.sha256((VENDOR / path).read_bytes()).hexdigest() == digest, path


def test_vendored_versions_are_the_ones_package_lock_pins():
    lock = json.loads((VENDOR / "package-lock.json").read_text())["packages"]
    declared = json.loads((VENDOR / "package.json").read_text())["dependencies"]
    packages = {re.match(r"npm/((?:@[^/]+/)?[^/@]+)@([^/]+)/", path).groups() for path in sums()}  # type: ignore[union-attr]
    assert {name for name, _ in packages} == set(declared)
    for name, version in packages:
        assert declared[name] == version, name  # exact pins, no ranges
        assert lock[f"node_modules/{name}"]["version"] == version, name


@pytest.mark.parametrize("page", ["index.html", "famille.html", "etablissement.html", "tableau-de-bord.html"])
def test_pages_load_nothing_from_another_origin(page):
    text = (WEB_DIR / page).read_text()
    assert not re.search(r"(src|href)=\"(https?:)?//", text)
    for ref in re.findall(r"(?:src|href)=\"(/[^\"]+)\"", text):
        assert (WEB_DIR / ref.lstrip("/")).is_file(), ref


def test_scripts_import_only_local_modules():
    for script in (WEB_DIR / "js").glob("*.js"):
        for target in re.findall(r"from \"([^\"]+)\"", script.read_text()):
            assert target.startswith(("./", "/vendor/npm/")), (script.name, target)


async def test_graphiql_and_the_front_end_are_served_from_the_server(client):
    page = await client.http.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "unpkg.com" not in page.text and "cdn" not in page.text.lower()
    assets = re.findall(r"(?:src|href)=\"(/vendor/npm/[^\"]+)\"", page.text)
    assert len(assets) == 7
    for asset in assets:
        response = await client.http.get(asset)
        assert response.status_code == 200, asset
        assert "immutable" in response.headers["cache-control"]
    home = await client.http.get("/", headers={"Accept-Encoding": "gzip"})
    assert home.status_code == 200 and "Connexion" in home.text or "login.js" in home.text
    assert home.headers["cache-control"] == "no-cache"
    css = await client.http.get("/vendor/npm/@gouvfr/dsfr@1.15.3/dist/core/core.min.css", headers={"Accept-Encoding": "gzip"})
    assert css.headers["content-encoding"] == "gzip"
    deep_link = await client.http.get("/orientation/eleves/UHVwaWw6MQ==/avis")
    assert deep_link.status_code == 200 and "famille.js" in deep_link.text
