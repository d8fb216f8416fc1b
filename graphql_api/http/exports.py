"""Files over authenticated HTTP: list exports (CSV, XLSX), liste de tous les vœux, fiches de
dialogue (PDF), upload of the scanned signature. Same bearer token and same policy as the API.

GET  /exports/pupils.csv|.xlsx   ?palier=&division=&mef=&lastName=&firstName=&state=…(repeatable)&sort=
GET  /exports/voeux.csv|.xlsx    same filters (2de GT only)
GET  /fiches/pupils/{id}.pdf     GET /fiches/divisions/{id}.pdf   (opaque GraphQL IDs)
PUT  /etablissement/signature    raw PNG/JPEG body, Content-Type image/png or image/jpeg
"""
from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from ..services.transaction import committed

from ..auth import AuthError
from ..domain import school_year
from ..domain.errors import NOT_FOUND, DomainError
from ..domain.texts import documents, errors as texts
from ..domain.signature import MAX_SIGNATURE_BYTES
from ..graphql.base import decode_id
from ..policy import Principal
from ..services import exports, pupil_list, staff

if TYPE_CHECKING:
    from ..runtime import Runtime

_STATUS = {"UNAUTHENTICATED": 401, "FORBIDDEN": 403, "NOT_FOUND": 404, "SIGNATURE_TOO_LARGE": 413, "SIGNATURE_TYPE": 415}
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Handler = Callable[[Request, Principal | None], Awaitable[Response]]


def _error(code: str, message: str, status: int) -> JSONResponse:
    return JSONResponse({"errors": [{"code": code, "message": message}]}, status_code=status)


def _endpoint(runtime: "Runtime", handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """Bearer authentication as on /graphql; domain errors become HTTP statuses."""
    from .authentication import authenticate, bearer

    async def endpoint(request: Request) -> Response:
        from ..graphql.inputs import CODE, MESSAGE, has_nul

        if has_nul(request.query_params.multi_items()) or has_nul(list(request.path_params.values())):
            return _error(CODE, MESSAGE, 400)
        try:
            principal = await authenticate(runtime, bearer(request.headers.get("authorization")))
            return await handler(request, principal)
        except AuthError as exc:
            return _error(exc.code, exc.message, 401)
        except DomainError as exc:
            first = exc.errors[0]
            return _error(first.code, first.message, _STATUS.get(first.code, 400))

    return endpoint


def _school_year(request: Request) -> str | None:
    """`?schoolYear=2025-2026`: a past campaign year (default: the current one)."""
    value = request.query_params.get("schoolYear") or None
    if value is not None:
        school_year.parse(value)
    return value


def _filters(request: Request) -> pupil_list.ListFilter:
    """The list's filters as query parameters; rows come by division, then name."""
    q = request.query_params
    try:
        states = tuple(pupil_list.PupilState(s) for s in q.getlist("state"))
    except ValueError:
        raise DomainError.of("INVALID_FILTER", texts.UNKNOWN_FILTER, "state") from None
    division = q.get("division")
    return pupil_list.ListFilter(
        school_year=_school_year(request),
        palier=q.get("palier") or None,
        division_id=(decode_id("Division", division) or -1) if division else None,
        mef=q.get("mef") or None,
        last_name=q.get("lastName") or None,
        first_name=q.get("firstName") or None,
        states=states,
    )


Cell = str | int | dt.date


def _text(value: Cell) -> str:
    return value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else str(value)


def _width(header: str) -> float:
    """Column widths fixed before the first row (write-only mode): long texts wide, dates narrow."""
    if any(word in header for word in documents.WIDE_HEADER_WORDS):
        return 60
    if header.startswith(documents.NARROW_HEADER_PREFIXES) or header == documents.RANK_HEADER:
        return 14
    return max(12, min(40, len(header) + 4))


async def _csv(rows: AsyncIterator[list[Cell]]) -> AsyncIterator[bytes]:
    """UTF-8 with BOM and semicolons: what a French spreadsheet opens without a wizard."""
    yield "\ufeff".encode()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    count = 0
    async for row in rows:
        writer.writerow([_text(v) for v in row])
        count += 1
        if count % 200 == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


async def _xlsx(rows: AsyncIterator[list[Cell]], title: str) -> AsyncIterator[bytes]:
    """openpyxl's write-only mode keeps rows on disk; the finished file is then streamed.
    Ready to use: real dates and numbers, the header frozen and bold, a filter on every column,
    column widths set."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    header: list[Cell] | None = None
    count = 0
    bold = Font(bold=True)
    async for row in rows:
        if header is None:
            header = row
            for index, name in enumerate(row, start=1):
                sheet.column_dimensions[get_column_letter(index)].width = _width(str(name))
            sheet.append([_cell(sheet, v, bold) for v in row])
        else:
            sheet.append([_cell(sheet, v) for v in row])
        count += 1
    if header:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(count, 1)}"
    with tempfile.TemporaryFile() as out:
        await asyncio.to_thread(workbook.save, out)
        out.seek(0)
        while chunk := out.read(1 << 16):
            yield chunk


def _cell(sheet, value: Cell, font: Font | None = None) -> WriteOnlyCell:  # type: ignore[no-untyped-def]
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.date):
        cell.number_format = "DD/MM/YYYY"
    if font is not None:
        cell.font = font
    return cell


def _format(request: Request) -> str:
    fmt = request.path_params["fmt"]
    if fmt not in ("csv", "xlsx"):
        raise DomainError.of("NOT_FOUND", texts.UNKNOWN_FORMAT)
    return fmt


def _download(rows: AsyncIterator[list[Cell]], fmt: str, name: str) -> StreamingResponse:
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"', "Cache-Control": "no-store"}
    if fmt == "xlsx":
        return StreamingResponse(_xlsx(rows, name), media_type=_XLSX, headers=headers)
    return StreamingResponse(_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)


def routes(runtime: "Runtime") -> list[Route]:
    db = runtime.db

    async def pupils_export(request: Request, principal: Principal | None) -> Response:
        fmt = _format(request)
        rows = await exports.list_rows(db, principal, _filters(request))
        return _download(rows, fmt, documents.PUPILS_FILE)

    async def voeux_export(request: Request, principal: Principal | None) -> Response:
        fmt = _format(request)
        rows = await exports.voeux_rows(db, principal, _filters(request))
        return _download(rows, fmt, documents.VOEUX_FILE)

    async def pupil_fiche(request: Request, principal: Principal | None) -> Response:
        pk = decode_id("Pupil", request.path_params["id"])
        if pk is None:
            raise DomainError.of(*NOT_FOUND)
        body, name = await exports.fiches_pdf(db, principal, pupil_id=pk)
        return Response(body, media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'})

    async def division_fiches(request: Request, principal: Principal | None) -> Response:
        pk = decode_id("Division", request.path_params["id"])
        if pk is None:
            raise DomainError.of("NOT_FOUND", texts.DIVISION_NOT_FOUND)
        body, name = await exports.fiches_pdf(db, principal, division_id=pk, school_year=_school_year(request))
        return Response(body, media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'})

    async def signature(request: Request, principal: Principal | None) -> Response:
        declared = request.headers.get("content-length")
        too_large = DomainError.of("SIGNATURE_TOO_LARGE", texts.signature_too_large(MAX_SIGNATURE_BYTES // 1024))
        if declared and declared.isdigit() and int(declared) > MAX_SIGNATURE_BYTES:
            raise too_large
        body = bytearray()
        async for chunk in request.stream():  # stop reading as soon as the limit is passed
            body += chunk
            if len(body) > MAX_SIGNATURE_BYTES:
                raise too_large
        etab = await committed(runtime, staff.upload_signature, principal, request.headers.get("content-type", ""), bytes(body))
        return JSONResponse({"mime": etab.signature_mime, "size": len(body)})

    return [
        Route("/exports/pupils.{fmt:str}", _endpoint(runtime, pupils_export), methods=["GET"]),
        Route("/exports/voeux.{fmt:str}", _endpoint(runtime, voeux_export), methods=["GET"]),
        Route("/fiches/pupils/{id:str}.pdf", _endpoint(runtime, pupil_fiche), methods=["GET"]),
        Route("/fiches/divisions/{id:str}.pdf", _endpoint(runtime, division_fiches), methods=["GET"]),
        Route("/etablissement/signature", _endpoint(runtime, signature), methods=["PUT"]),
    ]
