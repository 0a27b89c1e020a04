"""The outbox: mail that is still waiting or failed, so coordinators see when
mail is stuck, and can try once more."""

from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView

from .. import tasks
from ..access import PermissionRequiredMixin, may_manage_registrations
from ..models import OutgoingMail
from .columns import ActionButtonColumn, MomentColumn

OUTBOX_NAMESPACE = "scheduling_outbox"
STUCK = [OutgoingMail.Status.PENDING, OutgoingMail.Status.FAILED]


def outbox_url(view_name, *args):
    return reverse(f"{OUTBOX_NAMESPACE}:{view_name}", args=args)


class ErrorColumn(Column):
    def get_value(self, instance):
        return Truncator(instance.last_error).chars(160)


class OutboxIndexView(PermissionRequiredMixin, IndexView):
    model = OutgoingMail
    index_url_name = f"{OUTBOX_NAMESPACE}:index"
    index_results_url_name = f"{OUTBOX_NAMESPACE}:index_results"
    page_title = gettext_lazy("Uitgaande mail")
    header_icon = "mail"
    paginate_by = 50
    # Access is decided by the plugin's "change registration" permission.
    permission_policy = None
    any_permission_required = None

    may_use = staticmethod(may_manage_registrations)

    def get_base_queryset(self):
        return OutgoingMail.objects.filter(status__in=STUCK).order_by(
            "created_at", "pk"
        )

    @cached_property
    def columns(self):
        return [
            MomentColumn("created_at", label=_("Gemaakt op")),
            Column("to", label=_("Aan")),
            Column("subject", label=_("Onderwerp")),
            Column("status", label=_("Status"), accessor="get_status_display"),
            Column("attempts", label=_("Pogingen")),
            MomentColumn("next_attempt_at", label=_("Volgende poging")),
            ErrorColumn("last_error", label=_("Laatste fout")),
            ActionButtonColumn(
                "retry",
                label=_("Actie"),
                url_for=lambda mail: outbox_url("retry", mail.pk),
                button_label=_("Opnieuw proberen"),
                next_url=outbox_url("index"),
            ),
        ]

    @cached_property
    def no_results_message(self):
        return _("Alle mail is verzonden; er wacht niets.")


class RetryView(PermissionRequiredMixin, View):
    """Send one waiting or failed mail now."""

    http_method_names = ["post"]

    may_use = staticmethod(may_manage_registrations)

    def post(self, request, mail_id):
        mail = get_object_or_404(OutgoingMail, pk=mail_id)
        if mail.status == OutgoingMail.Status.SENT:
            messages.info(request, _("Deze mail was al verzonden."))
            return redirect(outbox_url("index"))
        OutgoingMail.objects.filter(pk=mail.pk, status__in=STUCK).update(
            status=OutgoingMail.Status.PENDING, next_attempt_at=timezone.now()
        )
        if tasks.send_one(mail.pk):
            messages.success(
                request, _("De mail aan %(to)s is verzonden.") % {"to": mail.to}
            )
        else:
            mail.refresh_from_db()
            messages.error(
                request,
                _("De mail aan %(to)s is niet verzonden: %(error)s")
                % {
                    "to": mail.to,
                    "error": mail.last_error or _("hij wordt al verzonden."),
                },
            )
        return redirect(outbox_url("index"))
