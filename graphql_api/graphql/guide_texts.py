"""The guide's fixed texts, so every message a family sees can come from the API."""
import strawberry

from ..domain import family


@strawberry.type
class IntentionsFormTexts:
    heading: str
    instructions: str
    form_has_errors: str
    metier_prompt: str
    metier_help: str
    statut_scolaire_help: str
    statut_apprenti_help: str
    validated: str = strawberry.field(description="Shown after a successful validation.")


@strawberry.type
class AvisTexts:
    notice: str
    acknowledgement_required: str
    checkbox_label: str
    contact_hint: str
    leave_warning: str


@strawberry.type
class GuideTexts:
    intentions_form: IntentionsFormTexts
    avis: AvisTexts


@strawberry.type
class GuideQuery:
    @strawberry.field(description="Fixed texts of the téléservice screens (French), public.")
    def guide_texts(self) -> GuideTexts:
        return GuideTexts(
            intentions_form=IntentionsFormTexts(
                heading=family.MSG_INTENTIONS_HEADING,
                instructions=family.MSG_INTENTIONS_INSTRUCTIONS,
                form_has_errors=family.MSG_FORM_HAS_ERRORS,
                metier_prompt=family.MSG_METIER_PROMPT,
                metier_help=family.MSG_METIER_HELP,
                statut_scolaire_help=family.MSG_STATUT_SCOLAIRE_HELP,
                statut_apprenti_help=family.MSG_STATUT_APPRENTI_HELP,
                validated=family.MSG_INTENTIONS_VALIDATED,
            ),
            avis=AvisTexts(
                notice=family.MSG_AVIS_NOTICE,
                acknowledgement_required=family.MSG_ACK_REQUIRED,
                checkbox_label=family.MSG_ACK_CHECKBOX,
                contact_hint=family.MSG_ACK_CONTACT,
                leave_warning=family.MSG_ACK_LEAVE_WARNING,
            ),
        )
