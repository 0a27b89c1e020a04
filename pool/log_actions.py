"""The declarations' entries in Wagtail's audit log, and the other volunteer
allowances members report with them."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

ACTIONS = {
    "pool.declaration.submit": _("Declaratie ingediend"),
    "pool.declaration.approve": _("Declaratie goedgekeurd"),
    "pool.declaration.reject": _("Declaratie afgewezen"),
    "pool.declaration.withdraw": _("Declaratie ingetrokken"),
    "pool.declaration.paid": _("Declaratie uitbetaald"),
    "pool.other_allowance.report": _(
        "Vergoeding voor ander vrijwilligerswerk gemeld via de declaratiepagina"
    ),
}


@hooks.register("register_log_actions")
def register_declaration_actions(actions):
    for action, label in ACTIONS.items():
        actions.register_action(action, label, label)
