"""A bounded LRU keyed by the identity of syntax-tree objects.

ParserCache returns the same document object for the same query text, so what is derived from a
document (its validation, the compiled completion of a selection) can be keyed on the identity
of its nodes instead of hashing the whole tree on every request. Each entry keeps its nodes
alive and is checked by identity, so an id freed by eviction cannot match another document."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from typing import Any, Generic, TypeVar

V = TypeVar("V")


class IdentityCache(Generic[V]):
    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._entries: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], V]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get_or_make(self, objects: tuple[Any, ...], extra: Hashable, make: Callable[[], V]) -> V:
        """The value made for these very objects (and `extra`), else `make()`, remembered."""
        key = (extra, *map(id, objects))
        entry = self._entries.get(key)
        if entry is not None and all(a is b for a, b in zip(entry[0], objects)):
            self._entries.move_to_end(key)
            self.hits += 1
            return entry[1]
        self.misses += 1
        value = make()
        self._entries[key] = (objects, value)
        while len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> Iterator[tuple[Hashable, V]]:
        """(extra, value) of each entry, oldest first."""
        return ((key[0], value) for key, (_, value) in self._entries.items())
