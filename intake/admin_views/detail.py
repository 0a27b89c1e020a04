"""One request on one page: its fields in readable Dutch, its trajectories with
their steps, the match suggestions and the forms of every action. Every view
of this page is written to the audit log. Also the request's history."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.log_actions import log

from .. import matching
from ..admin_forms import ConsentForm, EndForm, ShareForm, StepForm
from ..choices import STEP_ORDER, Status, Step, SubmittedBy, TrajectoryStatus
from ..models import KeepInTouch, Request, TrajectoryStep
from ..models.requests import PERSONAL_FIELDS
from .access import CoordinatorRequiredMixin, ever_matched, may_delete, may_edit
from .keep_in_touch import prepare as prepare_keep_in_touch
from .listing import ANONYMISED, moment, request_url

SUGGESTIONS_SHOWN = 10
EMPTY = "—"

SECTIONS = [
    (
        gettext_lazy("Aanvraag"),
        ["status", "submitted_at", "from_web_form", "status_changed_at", "closed_at"],
    ),
    (
        gettext_lazy("Inwoner"),
        [
            "submitted_by",
            "requester_name",
            "on_behalf_consent",
            "name",
            "phone",
            "email",
            "contact_way",
            "contact_time",
            "postcode",
        ],
    ),
    (
        gettext_lazy("Het gesprek"),
        ["domains", "conversation_subject", "agency", "conversation_date"],
    ),
    (
        gettext_lazy("Wensen en overig"),
        [
            "wish_language",
            "wish_lived_experience",
            "no_preference",
            "remarks",
            "referral",
            "consent",
            "coordinator_note",
        ],
    ),
]


def yes_no(value) -> str:
    return _("Ja") if value else _("Nee")


def display_value(request_obj, name):
    """A field of the request as a coordinator reads it."""
    field = Request._meta.get_field(name)
    value = getattr(request_obj, name)
    if name == "domains":
        return ", ".join(request_obj.domain_labels()) or EMPTY
    if name == "wish_lived_experience":
        return ", ".join(request_obj.lived_experience_labels()) or EMPTY
    if field.choices:
        return getattr(request_obj, f"get_{name}_display")() or EMPTY
    if isinstance(value, bool):
        return yes_no(value)
    if hasattr(value, "tzinfo"):
        return moment(value)
    if hasattr(value, "isoformat"):
        return date_format(value, "j F Y")
    return value or EMPTY


def sections(request_obj):
    """[(heading, [(label, value, multiline)])]; personal fields are left out of
    an anonymised request."""
    hidden = set()
    if request_obj.is_anonymised:
        hidden |= set(PERSONAL_FIELDS)
    if request_obj.submitted_by == SubmittedBy.RESIDENT:
        hidden |= {"requester_name", "on_behalf_consent"}
    result = []
    for heading, names in SECTIONS:
        names = [name for name in names if name not in hidden]
        rows = [
            (
                capfirst(Request._meta.get_field(name).verbose_name),
                display_value(request_obj, name),
                name in {"conversation_subject", "remarks", "coordinator_note"},
            )
            for name in names
        ]
        if rows:
            result.append((heading, rows))
    return result


def trajectories_of(request_obj):
    steps = TrajectoryStep.objects.select_related("recorded_by")
    moments = KeepInTouch.objects.select_related("member", "planned_by")
    return list(
        request_obj.trajectories.select_related(
            "member__page", "proposed_by", "approved_by"
        ).prefetch_related(
            Prefetch("steps", queryset=steps),
            Prefetch("keep_in_touch_moments", queryset=moments),
        )
    )


def step_rows(trajectory):
    """The five steps in their order, each with its record or None."""
    recorded = {step.step: step for step in trajectory.steps.all()}
    return [(Step(key).label, recorded.get(key)) for key in STEP_ORDER]


def user_label(user):
    if user is None:
        return EMPTY
    return user.get_full_name() or user.get_username()


class RequestInspectView(CoordinatorRequiredMixin, generic.InspectView):
    template_name = "intake/admin/request_inspect.html"
    page_title = gettext_lazy("Bekijken")
    header_icon = "clipboard-list"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Request.objects.select_related("shared_with"), pk=self.pk
        )

    def get(self, request, *args, **kwargs):
        log(instance=self.object, action="intake.view", user=request.user)
        return super().get(request, *args, **kwargs)

    @cached_property
    def ever_matched(self):
        return ever_matched(self.object)

    def get_edit_url(self):
        if may_edit(self.object):
            return super().get_edit_url()
        return None

    def get_delete_url(self):
        if may_delete(self.object, self.ever_matched):
            return super().get_delete_url()
        return None

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": request_url("index"), "label": _("Aanvragen")},
            {"url": "", "label": str(self.object)},
        ]

    @cached_property
    def header_more_buttons(self):
        buttons = [
            *super().header_more_buttons,
            Button(
                _("Geschiedenis"),
                url=request_url("history", self.object.pk),
                icon_name="history",
                priority=30,
            ),
        ]
        if self.object.is_open:
            buttons.append(
                Button(
                    _("Aanvraag annuleren"),
                    url=request_url("cancel", self.object.pk),
                    icon_name="cross",
                    priority=40,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request_obj = self.object
        trajectories = trajectories_of(request_obj)
        running = next((t for t in trajectories if t.is_running), None)
        today = timezone.localdate()
        received_on = timezone.localdate(request_obj.submitted_at)
        for trajectory in trajectories:
            trajectory.step_rows = step_rows(trajectory)
            trajectory.proposed_by_label = user_label(trajectory.proposed_by)
            trajectory.approved_by_label = user_label(trajectory.approved_by)
            prepare_keep_in_touch(trajectory, request_obj, user_label)
            trajectory.may_record_steps = trajectory.status in (
                TrajectoryStatus.RUNNING,
                TrajectoryStatus.ENDED,
            )
            if trajectory.may_record_steps:
                trajectory.step_form = StepForm(
                    initial={"date": today},
                    received_on=received_on,
                    auto_id=f"id_step_{trajectory.pk}_%s",
                )
        show_suggestions = request_obj.is_open and running is None
        suggestions = []
        if show_suggestions:
            suggestions = matching.suggest(request_obj, limit=SUGGESTIONS_SHOWN)
        context.update(
            request_obj=request_obj,
            anonymised_label=ANONYMISED,
            sections=sections(request_obj),
            trajectories=trajectories,
            running=running,
            suggestions=suggestions,
            show_suggestions=show_suggestions,
            can_take_up=request_obj.status == Status.NEW,
            share_form=ShareForm(
                initial={"group": request_obj.shared_with_id}, auto_id="id_share_%s"
            )
            if request_obj.is_open
            else None,
            consent_form=ConsentForm(
                initial={
                    "phone_consent": running.phone_consent,
                    # Only a recorded date: today would look like a consent
                    # that was never given.
                    "phone_consent_on": running.phone_consent_on,
                    "follow_up": running.follow_up,
                },
                auto_id="id_consent_%s",
            )
            if running
            else None,
            end_form=EndForm(auto_id="id_end_%s") if running else None,
            form_media=ConsentForm().media + ShareForm().media,
        )
        return context


class RequestHistoryView(CoordinatorRequiredMixin, HistoryView):
    """Wagtail's history of the request, every view and action included. Its
    links lead to the request's page, which an anonymised request still has."""

    def get_edit_url(self, instance):
        return request_url("inspect", instance.pk)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                label=_("Aanvraag bekijken"),
                url=request_url("inspect", self.object.pk),
                icon_name="view",
            )
        ]


class RequestUsageView(CoordinatorRequiredMixin, UsageView):
    """Wagtail's usage view; nothing refers to a request, but its URL is gated
    like every other."""
