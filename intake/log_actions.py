"""The request's entries in Wagtail's audit log. Their data holds keys and ids,
never the resident's personal data."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

ACTIONS = {
    "intake.view": _("Aanvraag bekeken"),
    "intake.take_up": _("In behandeling genomen"),
    "intake.share": _("Gedeeld met een groep"),
    "intake.propose": _("OCO voorgesteld"),
    "intake.approve": _("Koppeling goedgekeurd"),
    "intake.decline": _("Voorstel niet goedgekeurd"),
    "intake.step": _("Stap vastgelegd"),
    "intake.trajectory": _("Toestemming of vervolg vastgelegd"),
    "intake.end": _("Traject beëindigd"),
    "intake.cancel": _("Aanvraag geannuleerd"),
    "intake.anonymise": _("Persoonsgegevens verwijderd"),
    "intake.keep_in_touch_plan": _("Waakvlamcontact gepland"),
    "intake.keep_in_touch_change": _("Waakvlamcontact gewijzigd"),
    "intake.keep_in_touch_remind": _("Herinnering waakvlamcontact verstuurd"),
    "intake.keep_in_touch_done": _("Waakvlamcontact gedaan"),
    "intake.keep_in_touch_cancel": _("Waakvlamcontact geannuleerd"),
}


@hooks.register("register_log_actions")
def register_request_actions(actions):
    for action, label in ACTIONS.items():
        actions.register_action(action, label, label)
