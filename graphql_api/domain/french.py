"""Small rules of written French for texts built around names."""
from __future__ import annotations

import unicodedata

_VOWELS = set("aeiouy")


def elides(word: str) -> bool:
    """Whether « de » / « le » elide before ``word``: it begins with a vowel sound. Only vowels
    (accented or not, Œ/Æ) count; a leading h is left alone (h aspiré: « de Hugo »)."""
    word = word.strip()
    if not word:
        return False
    first = word[0].lower()
    if first in ("œ", "æ"):
        return True
    base = unicodedata.normalize("NFD", first)[0]
    return base in _VOWELS


def de(name: str) -> str:
    """« de Léa », « d'Inès », « d'Émile »."""
    name = name.strip()
    return f"d'{name}" if elides(name) else f"de {name}"
