"""Per-connection context, and per-operation state (DataLoaders) reset by an extension."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from strawberry.dataloader import DataLoader
from strawberry.extensions import SchemaExtension

from ..policy import Principal
from ..services.clock import utcnow

if TYPE_CHECKING:
    from ..runtime import Runtime


@dataclass
class Loaders:
    """DataLoaders live for one operation only (a WebSocket context lives much longer)."""

    runtime: "Runtime"
    principal: Principal | None
    now: dt.datetime = field(default_factory=utcnow)
    _loaders: dict[str, DataLoader] = field(default_factory=dict)
    # Pupils whose file this operation loaded (id -> etablissement), for the staff read log.
    read_pupils: dict[int, int | None] = field(default_factory=dict)

    def get(self, name: str, factory: Any) -> DataLoader:
        loader = self._loaders.get(name)
        if loader is None:
            loader = self._loaders[name] = DataLoader(load_fn=lambda keys: factory(self, keys))
        return loader

    def clear(self) -> None:
        self._loaders.clear()
        self.read_pupils.clear()
        self.now = utcnow()


@dataclass
class Context:
    runtime: "Runtime"
    principal: Principal | None
    request: Any = None
    response: Any = None
    connection_params: Any = None
    loaders: Loaders | None = None

    def fresh_loaders(self) -> Loaders:
        self.loaders = Loaders(self.runtime, self.principal)
        return self.loaders


class PerOperationLoaders(SchemaExtension):
    def on_operation(self):  # type: ignore[no-untyped-def]
        context = self.execution_context.context
        if isinstance(context, Context):
            context.fresh_loaders()
        yield
