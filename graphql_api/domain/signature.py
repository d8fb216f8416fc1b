"""What a scanned signature may be: a small PNG or JPEG, recognised by its content."""
from __future__ import annotations

import io

from PIL import Image

from .errors import DomainError

MAX_SIGNATURE_BYTES = 500 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def sniff_image(body: bytes) -> str | None:
    if body.startswith(PNG_MAGIC):
        return "image/png"
    if body.startswith(JPEG_MAGIC):
        return "image/jpeg"
    return None


def check_signature(declared_mime: str, body: bytes) -> str:
    """The image's MIME type; a DomainError when the upload must be refused.

    The declared type must agree with the bytes: a renamed file is refused rather than
    trusted, because the image ends up inside every printed fiche."""
    if not body:
        raise DomainError.of("SIGNATURE_EMPTY", "Le fichier de signature est vide.", "signature")
    if len(body) > MAX_SIGNATURE_BYTES:
        raise DomainError.of(
            "SIGNATURE_TOO_LARGE", f"La signature ne doit pas dépasser {MAX_SIGNATURE_BYTES // 1024} Ko.", "signature"
        )
    actual = sniff_image(body)
    declared = declared_mime.split(";")[0].strip().lower()
    if declared == "image/jpg":
        declared = "image/jpeg"
    if actual is None or actual != declared:
        raise DomainError.of(
            "SIGNATURE_TYPE", "La signature doit être une image PNG ou JPEG (type déclaré et contenu concordants).", "signature"
        )
    try:
        with Image.open(io.BytesIO(body)) as image:
            image.verify()
    except Exception:  # noqa: BLE001 - any decoding failure means the same to the head
        raise DomainError.of("SIGNATURE_UNREADABLE", "L'image de signature est illisible ou endommagée.", "signature") from None
    return actual
