"""The outbox of request mail: what is still waiting or failed, so that
coordinators see when mail is stuck and can try once more."""

from django.db.models import Q
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView

from ..mail import enqueue_delivery
from ..models import RequestMail
from .access import CoordinatorRequiredMixin

OUTBOX_NAMESPACE = "intake_outbox"
STUCK = [RequestMail.Status.PENDING, RequestMail.Status.FAILED]
BUSY_MESSAGE = gettext_lazy(
    "Deze mail wordt nu verzonden of staat al klaar voor een nieuwe poging. "
    "Kijk over een paar minuten opnieuw."
)


def outbox_url(view_name, *args):
    return reverse(f"{OUTBOX_NAMESPACE}:{view_name}", args=args)


class MomentColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        return date_format(timezone.localtime(value), "j b Y H:i") if value else ""


class ErrorColumn(Column):
    def get_value(self, instance):
        return Truncator(instance.last_error).chars(160)


class RetryColumn(Column):
    cell_template_name = "intake/admin/outbox_retry_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["action_url"] = outbox_url("retry", instance.pk)
        context["csrf_token"] = get_token(request) if request else ""
        return context


class OutboxIndexView(CoordinatorRequiredMixin, IndexView):
    model = RequestMail
    index_url_name = f"{OUTBOX_NAMESPACE}:index"
    index_results_url_name = f"{OUTBOX_NAMESPACE}:index_results"
    page_title = gettext_lazy("Uitgaande mail over aanvragen")
    header_icon = "mail"
    paginate_by = 50
    # Access is decided by CoordinatorRequiredMixin.
    permission_policy = None
    any_permission_required = None

    def get_base_queryset(self):
        return (
            RequestMail.objects.filter(status__in=STUCK)
            .select_related("request")
            .order_by("created_at", "pk")
        )

    def reference_url(self, mail):
        if mail.request_id is None:
            return None
        return reverse("intake_requests:inspect", args=[mail.request_id])

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "reference",
                label=_("Aanvraag"),
                accessor=lambda mail: mail.request.reference if mail.request else "",
                get_url=self.reference_url,
            ),
            MomentColumn("created_at", label=_("Gemaakt op")),
            Column("to", label=_("Aan")),
            Column("subject", label=_("Onderwerp")),
            Column("status", label=_("Status"), accessor="get_status_display"),
            Column("attempts", label=_("Pogingen")),
            MomentColumn("next_attempt_at", label=_("Volgende poging")),
            ErrorColumn("last_error", label=_("Laatste fout")),
            RetryColumn("retry", label=_("Actie")),
        ]

    @cached_property
    def no_results_message(self):
        return _("Alle mail over aanvragen is verzonden; er wacht niets.")


class RetryView(CoordinatorRequiredMixin, View):
    """Send one failed mail, or one waiting mail that is due, once more.

    A waiting mail that is not due is held by a worker that is sending it (its
    lease, see intake.tasks.take) or waits for its next attempt: making it due
    again could send it twice. The check and the change are one filtered
    UPDATE, so a worker that takes the mail meanwhile wins and nothing is
    changed. Messages name no address: they may be kept in a cookie."""

    http_method_names = ["post"]

    def post(self, request, mail_id):
        mail = get_object_or_404(RequestMail, pk=mail_id)
        if mail.status == RequestMail.Status.SENT:
            messages.info(request, _("Deze mail was al verzonden."))
            return redirect(outbox_url("index"))
        now = timezone.now()
        retryable = Q(status=RequestMail.Status.FAILED) | Q(
            status=RequestMail.Status.PENDING, next_attempt_at__lte=now
        )
        claimed = (
            RequestMail.objects.filter(retryable, pk=mail.pk).update(
                status=RequestMail.Status.PENDING, next_attempt_at=now
            )
            == 1
        )
        if not claimed:
            messages.warning(request, BUSY_MESSAGE)
            return redirect(outbox_url("index"))
        # The task sends it now, or a worker soon; the outbox shows the outcome.
        enqueue_delivery(mail.pk)
        messages.success(request, _("De mail wordt opnieuw verstuurd."))
        return redirect(outbox_url("index"))
