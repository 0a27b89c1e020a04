"""The coordinators' listing of requests: reference, resident, received date,
status, domains and the matched OCO, in a fixed number of queries."""

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.menus import MenuItem as ButtonMenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button

from pool.spreadsheets import PoolSpreadsheetExportMixin

from ..choices import Status, TrajectoryStatus
from ..models import RequestMail, Trajectory
from .access import CoordinatorRequiredMixin, may_delete, may_edit
from .outbox import OUTBOX_NAMESPACE

REQUESTS_NAMESPACE = "intake_requests"
ANONYMISED = gettext_lazy("Persoonsgegevens verwijderd")


def request_url(view_name, *args):
    return reverse(f"{REQUESTS_NAMESPACE}:{view_name}", args=args)


def moment(value):
    return date_format(timezone.localtime(value), "j b Y H:i") if value else ""


class ResidentColumn(Column):
    def get_value(self, instance):
        return ANONYMISED if instance.is_anonymised else instance.name


class ReceivedColumn(Column):
    def get_value(self, instance):
        return moment(instance.submitted_at)


class DomainsColumn(Column):
    def get_value(self, instance):
        return ", ".join(instance.domain_labels())


def with_listing_annotations(queryset):
    """The matched OCO's name and whether an OCO was ever approved, as
    subqueries, so the listing does not query per row."""
    running = Trajectory.objects.filter(
        request=OuterRef("pk"), status=TrajectoryStatus.RUNNING
    )
    approved = Trajectory.objects.filter(
        request=OuterRef("pk"), approved_at__isnull=False
    )
    return queryset.annotate(
        matched_member=Subquery(running.values("member__name")[:1]),
        ever_matched=Exists(approved),
    )


class RequestIndexView(
    CoordinatorRequiredMixin, PoolSpreadsheetExportMixin, generic.IndexView
):
    template_name = "intake/admin/request_index.html"
    default_ordering = "-submitted_at"

    def get_base_queryset(self):
        return with_listing_annotations(super().get_base_queryset())

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        # A tie-breaker, so that pages of the listing never overlap.
        return queryset.order_by(*queryset.query.order_by, "-pk")

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "reference",
                label=_("Kenmerk"),
                get_url=lambda r: request_url("inspect", r.pk),
                sort_key="reference",
            ),
            ResidentColumn("name", label=_("Inwoner"), sort_key="name"),
            ReceivedColumn(
                "submitted_at", label=_("Ontvangen"), sort_key="submitted_at"
            ),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda r: r.status == Status.NEW,
                sort_key="status",
            ),
            DomainsColumn("domains", label=_("Onderwerp")),
            Column(
                "matched_member",
                label=_("OCO"),
                sort_key="matched_member",
            ),
        ]

    def get_edit_url(self, instance):
        if may_edit(instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if may_delete(instance, instance.ever_matched):
            return super().get_delete_url(instance)
        return None

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            ButtonMenuItem(
                _("Geschiedenis"),
                url=request_url("history", instance.pk),
                icon_name="history",
                priority=25,
            ),
        ]

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(
                _("Uitgaande mail"),
                url=reverse(f"{OUTBOX_NAMESPACE}:index"),
                icon_name="mail",
                priority=50,
            ),
        ]

    @cached_property
    def add_item_label(self):
        return _("Aanvraag invoeren")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.results_only:
            context["failed_mail_count"] = RequestMail.objects.filter(
                status=RequestMail.Status.FAILED
            ).count()
            context["outbox_url"] = reverse(f"{OUTBOX_NAMESPACE}:index")
        return context
