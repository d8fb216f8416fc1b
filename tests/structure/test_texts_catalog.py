"""French texts for families and staff live in one catalog, graphql_api/domain/texts/: the
GraphQL and HTTP layers, the services, the notifications, authentication and the command line
import their sentences from it and hold none.

A French sentence literal is, by heuristic, a string literal (an f-string counts as one, its
placeholders as words) that has an accented letter, or that has two words or more one of which
is a French function word (or a word of short French messages: « introuvable »…). Left out:
docstrings, field descriptions (``description=``, in English), logging calls and the arguments
of ``text()`` (SQL).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("graphql_api", "notifications")
# Left to their own rules: the domain (a rule's message stays beside its rule, and the catalog
# is in it), the database layer (SQL, migrations) and the demo data (French names and labels).
NOT_SCANNED = ("graphql_api/domain", "graphql_api/db", "graphql_api/seed.py")
CATALOG = ROOT / "graphql_api" / "domain" / "texts"

ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»]")
FRENCH_WORDS = {
    "le", "la", "les", "de", "des", "du", "un", "une", "est", "et", "au", "aux", "pour", "vous",
    "votre", "vos", "ne", "pas", "sur", "par", "dans", "qui", "que", "avec", "son", "sa", "ses",
    "sont", "ce", "cette", "il", "elle", "nous", "ou", "plus", "en", "non",
    # words of short messages that carry no accent
    "introuvable", "invalide", "vide", "reconnue", "inconnu", "inconnue", "fichier",
}
ELISION = re.compile(r"^(?:d|l|n|qu|c|s|j)'", re.IGNORECASE)
LOGGING_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
SKIPPED_KEYWORDS = {"description", "deprecation_reason", "help"}  # help: the CLI's, in English


def is_french_sentence(text: str) -> bool:
    if ACCENTED.search(text):
        return True
    words = re.findall(r"[\w'’]+", text)
    if len(words) < 2:
        return False
    return any(w.lower() in FRENCH_WORDS or ELISION.match(w) for w in words)


def _skipped_nodes(tree: ast.AST) -> set[int]:
    """Ids of the string nodes left out: docstrings, descriptions, log messages, SQL."""
    skipped: set[int] = set()

    def skip(node: ast.AST) -> None:
        skipped.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip(first)
        elif isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg in SKIPPED_KEYWORDS:
                    skip(keyword.value)
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in LOGGING_METHODS:
                receiver = func.value
                name = receiver.id if isinstance(receiver, ast.Name) else getattr(receiver, "attr", "")
                if name in ("log", "logger", "logging") or name.endswith("_log") or name.endswith("log"):
                    skip(node)
            if (isinstance(func, ast.Name) and func.id == "text") or (isinstance(func, ast.Attribute) and func.attr == "text"):
                skip(node)
    return skipped


def _where(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def french_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _skipped_nodes(tree)
    found: list[str] = []
    inside_fstrings: set[int] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            inside_fstrings.update(id(v) for v in node.values)
            joined = "".join(v.value if isinstance(v, ast.Constant) else " x " for v in node.values)
            if is_french_sentence(joined):
                found.append(f"{_where(path)}:{node.lineno}: {joined[:80]!r}")
    for node in ast.walk(tree):
        if id(node) in skipped or id(node) in inside_fstrings:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and is_french_sentence(node.value):
            found.append(f"{_where(path)}:{node.lineno}: {node.value[:80]!r}")
    return found


def test_the_heuristic_recognises_french_and_leaves_english_and_sql(tmp_path: Path) -> None:
    assert is_french_sentence("Établissement introuvable.")
    assert is_french_sentence("Le motif est trop long")
    assert is_french_sentence("l'avis du conseil")
    assert is_french_sentence("Notification introuvable.")
    assert not is_french_sentence("database unavailable during a mutation")
    assert not is_french_sentence("SELECT id FROM pupil WHERE id = :id")
    source = 'def f():\n    """Le docstring é."""\n    log.info("é %s", 1)\n    return "Avis publié."\n'
    path = tmp_path / "example.py"
    path.write_text(source, encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in french_literals(path)] == ["'Avis publié.'"]


def test_no_french_sentence_outside_the_catalog() -> None:
    paths = sorted({p for folder in SCANNED for p in (ROOT / folder).rglob("*.py")})
    scanned = [p for p in paths if not any(p.relative_to(ROOT).as_posix().startswith(skip) for skip in NOT_SCANNED)]
    found = [hit for path in scanned for hit in french_literals(path)]
    assert not found, "French sentences belong in graphql_api/domain/texts/:\n" + "\n".join(found)


def test_numbers_in_the_catalog_come_from_constants() -> None:
    """A digit inside a catalog sentence is a retyped number (the delay, the count of
    spécialités…): it must come from the constant that decides it. Dates and formats are not
    numbers of the procedure: ``%d/%m/%Y`` and the like are formats, and the sentences that
    carry an ordinal of the procedure list it here."""
    allowed = {"1re", "2de", "3e", "1er"}
    names = re.compile(r"%[a-zA-Z]|UTF-8")  # date formats and the names of encodings
    found = []
    for path in sorted(CATALOG.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _skipped_nodes(tree)
        for node in ast.walk(tree):
            if id(node) in skipped or not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if not is_french_sentence(node.value):
                continue
            for token in re.findall(r"\w*\d\w*", names.sub("", node.value)):
                if token not in allowed:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {token} in {node.value[:60]!r}")
    assert not found, "numbers retyped in texts:\n" + "\n".join(found)
