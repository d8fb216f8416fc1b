"""An execution path compiled once per validated document, beside graphql-core's executor.

graphql-core completes every field of every value generically: it looks the field up, builds
an info object and a path, calls the resolver through Strawberry's wrapper and checks the type
of what comes back — about 10 µs a field, which is most of the time of a 600-pupil staff list.
The front-ends send a small set of known documents, so under an object type whose selection
only reads plain attributes (Strawberry's basic fields, and synchronous resolvers that take
nothing but `self`), the completion of a value is compiled once into a function that builds the
response dictionary directly. Root fields, and every field with arguments, an `info`, an async
resolver, a permission or a field extension, still run through graphql-core and Strawberry.

Exactness. A compiled function only handles values that graphql-core would complete without
an error: a null in a non-null field, a scalar that does not coerce, something else than a list
where a list is expected, a failing attribute read, an awaitable — any of them abandons the
compiled attempt for that value, and graphql-core completes the same value from the start, so
the data, nulls and errors are its own. Reading the attributes twice changes nothing (they are
plain reads). Anything the compiler does not know — abstract types, directives (`@skip`,
`@include`, `@defer`), fragment arguments, a custom `is_type_of`, middleware, disabled error
propagation — is left to graphql-core entirely. `COMPILED_EXECUTION=check` runs both and
compares them on every value (the test suite runs that way, see tests/test_compiled_execution.py).
"""
from __future__ import annotations

import copy
import logging
import math
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from graphql import (
    FragmentSpreadNode,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLBoolean,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
    InlineFragmentNode,
    SelectionSetNode,
)
from graphql.execution.executor import CollectedErrors, Executor
from graphql.pyutils import Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter

from .identity_cache import IdentityCache

log = logging.getLogger("graphql_api.compiled")

Complete = Callable[[Any], Any]
MODES = ("on", "off", "check")
# Every mismatch found in check mode by any schema of this process (the test suite fails on one).
MISMATCHES: list[str] = []
_MAX_INT = 2**31 - 1
_MIN_INT = -(2**31)


class _Deviation(Exception):
    """A value the compiled function does not complete: graphql-core will."""


class _NotCompilable(Exception):
    """A selection the compiler leaves to graphql-core."""


class Plans:
    """Compiled functions of one schema, keyed by object type and the field nodes of the
    selection (nodes of a cached document: the same objects on every request that sends it)."""

    def __init__(self, mode: str = "on", maxsize: int = 2048) -> None:
        if mode not in MODES:
            raise ValueError(f"COMPILED_EXECUTION must be one of {', '.join(MODES)}, not {mode!r}")
        self.mode = mode
        self.cache: IdentityCache[Complete | None] = IdentityCache(maxsize)
        self.completed = 0  # values completed by a compiled function
        self.deviations = 0  # values handed back to graphql-core
        self.checked = 0  # values completed both ways (check mode)
        self.mismatches: list[str] = []

    def lookup(self, executor: "CompiledExecutor", return_type: GraphQLObjectType, field_details_list: Any) -> Complete | None:
        nodes = tuple(details.node for details in field_details_list)
        return self.cache.get_or_make(nodes, return_type, lambda: _compile(executor, return_type, field_details_list))


def _compile(executor: "CompiledExecutor", return_type: GraphQLObjectType, field_details_list: Any) -> Complete | None:
    try:
        return _Compiler(executor).object(return_type, field_details_list)
    except _NotCompilable as reason:
        log.debug("not compiled: %s", reason)
    except Exception:  # noqa: BLE001 - a compiler fault must not fail the request
        log.exception("compiling %s failed: left to graphql-core", return_type.name)
    return None


def executor_class(plans: Plans) -> type["CompiledExecutor"]:
    """An executor class bound to one schema's plans (Strawberry takes a class)."""
    return type("CompiledExecutor", (CompiledExecutor,), {"plans": plans})


class CompiledExecutor(StrawberryGraphQLCoreExecutionContext):
    plans: Plans
    generic_only = False  # set on the probe that check mode runs through graphql-core alone

    def complete_object_value(  # type: ignore[override]
        self, return_type: GraphQLObjectType, field_details_list: Any, info: Any, path: Any, result: Any, position_context: Any
    ) -> Any:
        plans = self.plans
        if plans.mode != "off" and not self.generic_only and self._compilable_execution():
            plan = self._plan(return_type, field_details_list)
            if plan is not None:
                try:
                    completed = plan(result)
                except Exception:  # noqa: BLE001 - any failure: graphql-core completes the value
                    plans.deviations += 1
                else:
                    plans.completed += 1
                    if plans.mode == "check":
                        return self._checked(completed, return_type, field_details_list, info, path, result, position_context)
                    return completed
        return super().complete_object_value(return_type, field_details_list, info, path, result, position_context)

    def _compilable_execution(self) -> bool:
        manager = self.middleware_manager
        return self.error_propagation and not (manager is not None and manager.middlewares)

    def _plan(self, return_type: GraphQLObjectType, field_details_list: Any) -> Complete | None:
        memo = self.__dict__.setdefault("_plan_memo", {})
        key = (return_type, id(field_details_list))
        hit = memo.get(key)
        if hit is not None:
            return hit[1]
        plan = self.plans.lookup(self, return_type, field_details_list)
        memo[key] = (field_details_list, plan)  # keeps the list alive: its id stays unique
        return plan

    def _checked(self, completed: Any, return_type: Any, field_details_list: Any, info: Any, path: Any, result: Any, position_context: Any) -> Any:
        """Check mode: complete the same value through graphql-core alone and compare."""
        probe = copy.copy(self)
        probe.generic_only = True
        probe.collected_errors = CollectedErrors()
        self.plans.checked += 1
        arguments = (return_type, field_details_list, info, path, result, position_context)
        try:
            generic = Executor.complete_object_value(probe, *arguments)
        except Exception as exc:  # noqa: BLE001
            return self._mismatch(*arguments, f"graphql-core raised {exc!r} where the compiled function succeeded")
        if self.is_awaitable(generic):
            getattr(generic, "close", lambda: None)()
            return self._mismatch(*arguments, "graphql-core needed to await")
        if probe.collected_errors.errors:
            return self._mismatch(*arguments, f"graphql-core reported errors {[e.message for e in probe.collected_errors.errors]}")
        difference = _difference(completed, generic)
        if difference is not None:
            return self._mismatch(*arguments, difference)
        return completed

    def _mismatch(self, return_type: Any, field_details_list: Any, info: Any, path: Any, result: Any, position_context: Any, what: str) -> Any:
        """Record the difference, then answer what graphql-core answers (its errors included)."""
        where = ".".join(map(str, path.as_list())) if path is not None else ""
        message = f"compiled execution differs from graphql-core for {return_type.name} at {where}: {what}"
        self.plans.mismatches.append(message)
        MISMATCHES.append(message)
        log.error("%s", message)
        generic = copy.copy(self)  # shares this execution's collected errors
        generic.generic_only = True
        return Executor.complete_object_value(generic, return_type, field_details_list, info, path, result, position_context)


def _difference(compiled: Any, generic: Any, where: str = "") -> str | None:
    """Where two completed values differ, including dictionary order and value types."""
    if type(compiled) is not type(generic):
        return f"{where or 'value'}: {compiled!r} ({type(compiled).__name__}) != {generic!r} ({type(generic).__name__})"
    if isinstance(compiled, dict):
        if list(compiled) != list(generic):
            return f"{where or 'value'}: keys {list(compiled)} != {list(generic)}"
        for key in compiled:
            found = _difference(compiled[key], generic[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(compiled, list):
        if len(compiled) != len(generic):
            return f"{where}: {len(compiled)} items != {len(generic)}"
        for index, (a, b) in enumerate(zip(compiled, generic)):
            found = _difference(a, b, f"{where}.{index}")
            if found:
                return found
        return None
    if compiled != generic or (isinstance(compiled, float) and math.copysign(1, compiled) != math.copysign(1, generic)):
        return f"{where}: {compiled!r} != {generic!r}"
    return None


class _Compiler:
    """Builds the completion function of one selection, or raises _NotCompilable."""

    def __init__(self, executor: CompiledExecutor) -> None:
        self.executor = executor
        self.schema: GraphQLSchema = executor.schema
        self.is_awaitable = executor.is_awaitable
        strawberry_schema = getattr(self.schema, "_strawberry_schema", None)
        self.exception_handlers = tuple(getattr(strawberry_schema, "exception_handlers", ()) or ())

    def object(self, object_type: GraphQLObjectType, field_details_list: Any) -> Complete:
        is_type_of = self._is_type_of(object_type)
        for details in field_details_list:
            if details.defer_usage is not None or details.fragment_variable_values is not None:
                raise _NotCompilable("deferred field or fragment arguments")
            if details.node.directives:
                raise _NotCompilable("directive on a field")
            if details.node.selection_set is not None:
                self._no_directives(details.node.selection_set, set())
        grouped, new_defer_usages, forbidden = self.executor.collect_subfields(object_type, field_details_list)
        if new_defer_usages or forbidden:
            raise _NotCompilable("deferred fragment")
        entries: list[tuple[str, Complete, Complete]] = []
        for response_name, sub_details in grouped.items():
            node = sub_details[0].node
            name = node.name.value
            if name == "__typename":
                entries.append((response_name, _constant(object_type.name), _identity))
                continue
            field = self.schema.get_field(object_type, name)
            if field is None:
                continue  # graphql-core leaves it out too
            if field.args or node.arguments:
                raise _NotCompilable(f"{object_type.name}.{name} takes arguments")
            entries.append((response_name, self._getter(object_type, name, field), self._completer(field.type, sub_details)))
        is_awaitable = self.is_awaitable

        def complete_object(value: Any) -> dict[str, Any]:
            if is_awaitable(value) or (is_type_of is not None and not is_type_of(value, None)):
                raise _Deviation
            return {key: complete(get(value)) for key, get, complete in entries}

        return complete_object

    def _no_directives(self, selection_set: SelectionSetNode, seen: set[str]) -> None:
        """Directives of this level, including inside its fragments (deeper levels are
        checked when their own object is compiled)."""
        for selection in selection_set.selections:
            if selection.directives:
                raise _NotCompilable("directive in the selection")
            if isinstance(selection, InlineFragmentNode):
                self._no_directives(selection.selection_set, seen)
            elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
                seen.add(selection.name.value)
                fragment = self.executor.fragments.get(selection.name.value)
                if fragment is None:
                    raise _NotCompilable("unknown fragment")
                if fragment.definition.directives or fragment.definition.variable_definitions:
                    raise _NotCompilable("fragment with directives or arguments")
                self._no_directives(fragment.definition.selection_set, seen)

    @staticmethod
    def _is_type_of(object_type: GraphQLObjectType) -> Callable[[Any, Any], Any] | None:
        """Strawberry's own is_type_of ignores its info argument; a user-written one may not."""
        if object_type.is_type_of is None:
            return None
        definition = (object_type.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
        if definition is None or definition.is_type_of is not None:
            raise _NotCompilable(f"{object_type.name} has its own is_type_of")
        return object_type.is_type_of

    def _getter(self, object_type: GraphQLObjectType, name: str, field: Any) -> Complete:
        definition = (field.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
        if definition is None or field.resolve is None:
            raise _NotCompilable(f"{object_type.name}.{name} is not a Strawberry field")
        if getattr(field.resolve, "_is_default", False):
            # Strawberry's basic field: field.get_result(source, info=None, ...) reads the attribute.
            read = definition.default_resolver
            python_name = definition.python_name
            if read is getattr:
                return attrgetter(python_name)
            return lambda source: read(source, python_name)
        resolver = definition.base_resolver
        if (
            resolver is None
            or definition.extensions
            or definition.is_async
            or resolver.arguments
            or resolver.info_parameter
            or resolver.root_parameter
            or resolver.parent_parameter
            or self.exception_handlers
        ):
            raise _NotCompilable(f"{object_type.name}.{name} has a resolver needing graphql-core")
        function = resolver.wrapped_func
        if resolver.self_parameter:
            return function
        return lambda _source: function()

    def _completer(self, field_type: Any, field_details_list: Any) -> Complete:
        if isinstance(field_type, GraphQLNonNull):
            inner = self._completer(field_type.of_type, field_details_list)

            def non_null(value: Any) -> Any:
                completed = inner(value)
                if completed is None:
                    raise _Deviation
                return completed

            return non_null
        if isinstance(field_type, GraphQLList):
            item = self._completer(field_type.of_type, field_details_list)

            def complete_list(value: Any) -> Any:
                if value is None:
                    return None
                if type(value) is not list and type(value) is not tuple:
                    raise _Deviation  # other iterables: graphql-core's business
                return [item(element) for element in value]

            return complete_list
        if isinstance(field_type, GraphQLObjectType):
            complete_object = self.object(field_type, field_details_list)
            return lambda value: None if value is None else complete_object(value)
        if isinstance(field_type, GraphQLEnumType):
            return self._enum(field_type)
        if isinstance(field_type, GraphQLScalarType):
            return self._scalar(field_type)
        raise _NotCompilable(f"abstract type {field_type}")

    def _scalar(self, scalar: GraphQLScalarType) -> Complete:
        coerce = _strict(scalar.coerce_output_value)
        is_awaitable = self.is_awaitable
        exact = _EXACT.get(scalar)
        if scalar is GraphQLString or scalar is GraphQLID:

            def complete_text(value: Any) -> Any:
                if value is None or type(value) is str:
                    return value
                return coerce(value)

            return complete_text
        if exact is not None:
            return lambda value: value if value is None or exact(value) else coerce(value)

        def complete_custom(value: Any) -> Any:
            if value is None:
                return None
            if is_awaitable(value):
                raise _Deviation
            return coerce(value)

        return complete_custom

    def _enum(self, enum: GraphQLEnumType) -> Complete:
        """Enum members are few: their names are remembered per (type, value) once coerced."""
        coerce = _strict(enum.coerce_output_value)
        members = getattr(enum, "wrapped_cls", None)
        names: dict[tuple[type, Any], Any] = {}

        def complete_enum(value: Any) -> Any:
            if value is None:
                return None
            kind = type(value)
            try:
                return names[kind, value]
            except (KeyError, TypeError):
                pass
            name = coerce(value)
            if members is not None and kind is members:
                names[kind, value] = name
            return name

        return complete_enum


# graphql-core's own scalars return these values unchanged (see graphql/type/scalars.py).
_EXACT: dict[GraphQLScalarType, Callable[[Any], bool]] = {
    GraphQLBoolean: lambda v: type(v) is bool,
    GraphQLInt: lambda v: type(v) is int and _MIN_INT <= v <= _MAX_INT,
    GraphQLFloat: lambda v: type(v) is float and math.isfinite(v),
}


def _strict(coerce: Callable[[Any], Any]) -> Complete:
    """graphql-core's complete_leaf_value, with every failure a deviation."""

    def coerce_or_deviate(value: Any) -> Any:
        coerced = coerce(value)
        if coerced is None or coerced is Undefined:
            raise _Deviation
        return coerced

    return coerce_or_deviate


def _constant(value: Any) -> Complete:
    return lambda _source: value


def _identity(value: Any) -> Any:
    return value
