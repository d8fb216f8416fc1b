"""Date and DateTime as Strawberry defines them, except that a value that does not parse is
refused without the Python parser's own message ("Invalid isoformat string: …")."""
import datetime as dt

import dateutil.parser
import strawberry
from strawberry.schema.types.base_scalars import wrap_parser

Date = strawberry.scalar(
    dt.date,
    name="Date",
    description="Date (isoformat)",
    serialize=dt.date.isoformat,
    parse_value=wrap_parser(dt.date.fromisoformat, "Date", include_error=False),
)
DateTime = strawberry.scalar(
    dt.datetime,
    name="DateTime",
    description="Date with time (isoformat)",
    serialize=dt.datetime.isoformat,
    parse_value=wrap_parser(dateutil.parser.isoparse, "DateTime", exceptions=(ValueError, OverflowError), include_error=False),
)
SCALAR_OVERRIDES = {dt.date: Date, dt.datetime: DateTime}
