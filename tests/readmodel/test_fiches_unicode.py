"""Issue 16: the fiche de dialogue prints every name (embedded DejaVu font), with the family's
signature block and the date in each of the three parts of the national form."""
import io

from pypdf import PdfReader
from sqlalchemy import update

from graphql_api import fonts
from graphql_api.auth import principal_for
from graphql_api.db.models import Account, Pupil
from graphql_api.domain.working_days import paris_date
from graphql_api.services import exports
from graphql_api.services.clock import utcnow
from graphql_api.services.listing import fr_date
from tests.staff.factory import full_file

NAMES = {"martin": ("BŒUF", "Bœuf"), "bernard": ("NGUYỄN", "Thị Ánh"), "petit": ("ŞAHIN", "Ayşe")}


async def test_fiches_print_names_outside_latin1_with_family_signature_blocks(db, demo):
    for key, (last, first) in NAMES.items():
        async with db.write() as session:
            await session.execute(update(Pupil).where(Pupil.id == demo.pupils[key]).values(last_name=last, first_name=first))
    await full_file(db, demo.pupils["martin"], by=demo.accounts["chef.aubrac"], proposition="2PRO", agrees=False, appeal=True)
    async with db.read() as session:
        head = await principal_for(session, await session.get(Account, demo.accounts["chef.aubrac"]))
    pdf, _ = await exports.fiches_pdf(db, head, division_id=demo.division_3a)
    reader = PdfReader(io.BytesIO(pdf))
    texts = {" ".join(p.extract_text().split()) for p in reader.pages}
    everything = " ".join(texts)
    for last, first in NAMES.values():
        assert f"{last} {first}" in everything, (last, first)
    assert "B?UF" not in everything and "NGUY?N" not in everything
    page = next(t for t in texts if "BŒUF" in t)
    # The three parts, each with the représentant légal's signature block; the head's date.
    for part in ("1. Intentions provisoires", "2. Avis provisoires", "3. Choix définitifs"):
        assert part in page
    assert page.count("Signature du (des) représentant(s) légal(aux)") == 3
    assert page.count("Date : ____ / ____ / ________") == 3
    assert f"Le chef d'établissement, le {fr_date(paris_date(utcnow()))}" in page
    assert "demande de la famille accordée" in page  # outcome 2GT, décision 2PRO: granted
    # The font is embedded (a subset of the package's DejaVu Sans), not a core font.
    fonts_used = {str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("DejaVu" in name for name in fonts_used) and not any("Helvetica" in name for name in fonts_used)
    assert fonts.DEJAVU_SANS.is_file() and fonts.DEJAVU_SANS.is_relative_to(fonts.DIRECTORY)
