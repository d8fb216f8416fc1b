"""The one clock of the application (UTC), and the rehearsal clock.

Outside production an operator may shift it (REHEARSAL_CLOCK=2027-05-03T08:00:00+02:00): the
server then lives from that moment on, time flowing normally, so an académie can rehearse a
whole campaign — windows, "today", appeal deadlines, reminders — before it opens. Production
refuses to start with the setting (config.load_settings). Tokens, rate limits and logs keep
the real time: they protect the service, they are not the procedure's calendar.
"""
from __future__ import annotations

import datetime as dt

_offset = dt.timedelta(0)


def real_utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def utcnow() -> dt.datetime:
    return real_utcnow() + _offset


def shift_to(moment: dt.datetime) -> None:
    """From now on, the application's clock reads ``moment`` (aware) and runs from there."""
    global _offset
    if moment.tzinfo is None:
        raise ValueError("the rehearsal clock needs a moment with its time zone")
    _offset = moment - real_utcnow()


def reset() -> None:
    global _offset
    _offset = dt.timedelta(0)
