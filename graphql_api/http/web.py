"""The reference web front-end (web/) served at `/` by the API's own server, and GraphiQL's
assets served from web/vendor instead of a CDN: everything works offline. Vendored files
carry their version in their path, so they are cached for a year; the application's own
files are revalidated (ETag) on every load."""
from __future__ import annotations

from pathlib import Path

from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from ..trusted_documents import WEB_DIR

CDN = "https://unpkg.com/"
VENDOR_URL = "/vendor/npm/"


class WebFiles(StaticFiles):
    def file_response(self, full_path, stat_result, scope: Scope, status_code: int = 200) -> Response:  # type: ignore[no-untyped-def]
        response = super().file_response(full_path, stat_result, scope, status_code)
        path = scope.get("path", "")
        if path.startswith(VENDOR_URL):
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        else:
            response.headers["Cache-Control"] = "no-cache"
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


def local_graphiql(html: str) -> str:
    """Strawberry's GraphiQL page with its unpkg URLs pointing at the vendored copies (same
    files, same versions: the page's integrity hashes still hold)."""
    return html.replace(CDN, VENDOR_URL)


def routes(web_dir: Path = WEB_DIR) -> list[Route | Mount]:
    """`/` and the files of web/; the deep links of mails and notices (`/orientation/eleves/
    <id>/<section>`, graphql_api/domain/texts/notices.py) open the family page."""
    if not (web_dir / "index.html").is_file():
        return []

    async def family_page(request: Request) -> Response:
        return FileResponse(web_dir / "famille.html", headers={"Cache-Control": "no-cache"})

    return [
        Route("/orientation", family_page, methods=["GET"]),
        Route("/orientation/{rest:path}", family_page, methods=["GET"]),
        Mount("/", app=GZipMiddleware(WebFiles(directory=web_dir, html=True), minimum_size=1024), name="web"),
    ]
