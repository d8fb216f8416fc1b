"""GraphQL face of the staff list's columns: the service's plain dataclasses, exposed as is."""
import strawberry

from ...services import listing

VoieRef = strawberry.type(listing.VoieRef, name="VoieRef", description="A voie: code and label, as the file shows it.")
ListRequest = strawberry.type(listing.ListRequest, name="ListRequest", description="A request as the list shows it.")
ListAvis = strawberry.type(listing.ListAvis, name="ListAvis")
PupilListRow = strawberry.type(
    listing.ListRow,
    name="PupilListRow",
    description="The columns of the national list: PP interview, intentions, avis, choix définitifs, "
    "proposition, family answer, entretien with the head, appel, décision.",
)
