"""The operations the benchmarks send, as the front-ends send them."""
from __future__ import annotations

from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType

# What a family's front-end asks for when the page opens (README walk-through + the inbox badge).
FAMILY_PAGE = """
query FamilyPage { me { children { id firstName lastName palier division { code }
  etablissement { name teleserviceOpen }
  orientation {
    campaign { state phase message calendar { phase startsAt endsAt } expectedReopeningOn }
    horsProcedure horsProcedureMessage
    intentions { validatedAt revision channel validatedByViewer requests { rank voie { code label } metier statutScolaire statutApprenti } }
    provisionalAvis { published items { rank value label advisedMetier } recommendation { voie { label } metier } motivation notice }
    acknowledgement { acknowledgedAt byViewer message }
    acknowledgementPending acknowledgementPrompt { instruction checkboxLabel contactHint leaveWarning }
    viewer { isEnteringGuardian someoneHasTheHand canEditIntentions editBlocker { code message } canAcknowledge acknowledgeBlocker { code message } readOnlyMessage }
  } } }
  unreadNotificationCount }
"""


def _fields(gtype: GraphQLObjectType, seen: tuple[str, ...], indent: str) -> str:
    """Every field of the type without required arguments, objects expanded (no cycles)."""
    lines = []
    for name, field in gtype.fields.items():
        if any(isinstance(a.type, GraphQLNonNull) for a in field.args.values()):
            continue
        inner = field.type
        while isinstance(inner, (GraphQLNonNull, GraphQLList)):
            inner = inner.of_type
        if isinstance(inner, GraphQLObjectType):
            if inner.name in seen:
                continue
            lines.append(f"{indent}{name} {{\n{_fields(inner, seen + (inner.name,), indent + '  ')}\n{indent}}}")
        else:
            lines.append(f"{indent}{name}")
    return "\n".join(lines)


def staff_list_query() -> str:
    """The staff list of a palier with every column the Pupil type has today (regenerated from
    the schema, so columns added later are benched too)."""
    from graphql_api.graphql.schema import schema

    pupil = schema._schema.get_type("Pupil")
    assert isinstance(pupil, GraphQLObjectType)
    body = _fields(pupil, ("Pupil",), "        ")
    return (
        "query StaffList($first: Int!) { pupils(first: $first, palier: TROISIEME) {\n"
        "  totalCount pageInfo { hasNextPage endCursor }\n"
        "  edges { cursor node {\n" + body + "\n  } } } }"
    )
