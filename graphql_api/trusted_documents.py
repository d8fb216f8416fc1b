"""Trusted documents: the named operations the reference front-end sends (web/operations/
*.graphql), listed by SHA-256 in a manifest (Apollo's persisted-query manifest format).
With TRUSTED_DOCUMENTS_ONLY the server executes nothing else (http/trusted_documents.py):
hostile or merely expensive ad-hoc queries never reach the parser."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from graphql import OperationDefinitionNode, parse

ROOT = Path(__file__).resolve().parent.parent
WEB_DIR = ROOT / "web"
OPERATIONS_DIR = WEB_DIR / "operations"
MANIFEST_PATH = OPERATIONS_DIR / "manifest.json"
FORMAT = "apollo-persisted-query-manifest"


def document_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Operation:
    name: str
    type: str
    body: str

    @property
    def id(self) -> str:
        return document_hash(self.body)


def read_operations(directory: Path = OPERATIONS_DIR) -> list[Operation]:
    """One named operation per file, the file named after it (`FamilyHome.graphql`)."""
    operations = []
    for path in sorted(directory.glob("*.graphql")):
        body = path.read_text(encoding="utf-8")
        definitions = [d for d in parse(body).definitions if isinstance(d, OperationDefinitionNode)]
        if len(definitions) != 1 or definitions[0].name is None:
            raise ValueError(f"{path.name}: exactly one named operation per file")
        name = definitions[0].name.value
        if name != path.stem:
            raise ValueError(f"{path.name}: the operation is named {name}, the file must be {name}.graphql")
        operations.append(Operation(name, definitions[0].operation.value, body))
    return operations


def build_manifest(directory: Path = OPERATIONS_DIR) -> dict:
    return {
        "format": FORMAT,
        "version": 1,
        "operations": [{"id": op.id, "name": op.name, "type": op.type, "body": op.body} for op in read_operations(directory)],
    }


def manifest_text(manifest: dict) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"


def write_manifest(directory: Path = OPERATIONS_DIR, path: Path = MANIFEST_PATH) -> dict:
    manifest = build_manifest(directory)
    path.write_text(manifest_text(manifest), encoding="utf-8")
    return manifest


def load_documents(path: Path = MANIFEST_PATH) -> dict[str, str]:
    """id -> body, each body checked against its id (a hand-edited manifest fails loudly)."""
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise ValueError(f"{path}: not an {FORMAT}")
    documents = {}
    for op in manifest["operations"]:
        if document_hash(op["body"]) != op["id"]:
            raise ValueError(f"{path}: {op['name']} does not hash to its id")
        documents[op["id"]] = op["body"]
    return documents
