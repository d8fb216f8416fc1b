"""The per-process cache of the nomenclatures (reference_cache.py): a change committed in this
process, or announced by another one on the broker, drops it at once; a value read while a
change committed is not kept; a page served from it shows the change after it."""
from __future__ import annotations

from notifications.broker import RESUBSCRIBED

from graphql_api.db.models import Etablissement, Request, RequestSet, Voie
from graphql_api.reference_cache import ReferenceCache
from graphql_api.services.clock import utcnow

FAMILY = "{ me { children { orientation { intentions { requests { voie { code label } } } } } } }"


async def test_a_commit_touching_a_nomenclature_drops_the_cache(db):  # type: ignore[no-untyped-def]
    cache = ReferenceCache()
    cache.put("old", cache.generation)
    assert cache.get() == "old"
    async with db.write() as session:
        session.add(Voie(code="XTEST", palier="3EME", label="Essai", kind="GT", rank=99))
    assert cache.get() is None


async def test_a_commit_elsewhere_keeps_it(db, demo):  # type: ignore[no-untyped-def]
    cache = ReferenceCache()
    cache.put("kept", cache.generation)
    async with db.write() as session:
        (await session.get(Etablissement, demo.etablissement)).closure_message = "Fermé vendredi."  # type: ignore[union-attr]
    assert cache.get() == "kept"


def test_broker_messages_and_generations() -> None:
    cache = ReferenceCache()
    generation = cache.generation
    cache.observe({"type": "NOMENCLATURE_CHANGED"})  # another process changed one
    cache.put("read before the change", generation)
    assert cache.get() is None  # not kept: it may predate the change
    cache.put("fresh", cache.generation)
    cache.observe({"type": "AVIS_PUBLISHED"})
    assert cache.get() == "fresh"
    cache.observe({"type": RESUBSCRIBED})  # this process may have missed a change
    assert cache.get() is None


def test_expiry_bounds_the_staleness() -> None:
    cache = ReferenceCache(ttl=0)
    cache.put("value", cache.generation)
    assert cache.get() is None


async def test_a_page_shows_a_relabelled_voie_at_once(client, runtime, demo):  # type: ignore[no-untyped-def]
    """The family page reads labels through the cache; relabelling (a commit in this process)
    shows on the next page."""
    pupil_id = demo.pupils["martin"]
    async with runtime.db.write() as session:
        request_set = RequestSet(pupil_id=pupil_id, phase="PROVISOIRE", validated_at=utcnow(), validated_by_id=demo.accounts["martin.pere"], channel="TELESERVICE", revision=1)
        session.add(request_set)
        await session.flush()
        session.add(Request(set_id=request_set.id, pupil_id=pupil_id, phase="PROVISOIRE", rank=1, voie_code="2GT"))
    await client.sign_in("martin.pere")

    def labels(data):  # type: ignore[no-untyped-def]
        return [r["voie"]["label"] for c in data["me"]["children"] if c["orientation"]["intentions"] for r in c["orientation"]["intentions"]["requests"]]

    before = labels(await client.data(FAMILY, as_="martin.pere"))
    assert before and runtime.references.get() is not None  # served, then kept
    async with runtime.db.write() as session:
        (await session.get(Voie, "2GT")).label = "2de GT (nouveau libellé)"  # type: ignore[union-attr]
    assert labels(await client.data(FAMILY, as_="martin.pere")) == ["2de GT (nouveau libellé)"] != before
