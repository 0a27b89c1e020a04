"""Requests a coordinator shared with one group, for that group's contact
person: what is needed to choose a member, the group's members ranked for the
request, and a form to propose one. A coordinator gives the final approval.

The contact person never sees the resident's name, contact details, postcode,
remarks or the description of the conversation: those may hold personal or
health details that choosing a member does not need."""

from django import forms
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from pool.access import managed_groups, manages_a_group
from pool.models import Member
from pool.views.responses import forbidden

from .choices import Status, TrajectoryStatus
from .matching import suggest
from .models import Request
from .workflow import WorkflowError, propose

PAGE_SIZE = 50
NOTE_MAX_LENGTH = 2000


def shared_requests(user):
    """Open requests shared with a group this user manages; every shared one
    for a coordinator."""
    return (
        Request.objects.open()
        .filter(shared_with__in=managed_groups(user))
        .select_related("shared_with")
    )


def shared_state(request_obj, proposals: int) -> str:
    if request_obj.status == Status.MATCHED:
        return _("Gekoppeld")
    if proposals:
        return _("Voorstel wacht op goedkeuring")
    return _("Wacht op een voorstel")


class ContactPersonMixin:
    """Only for users who manage a group: contact persons and coordinators."""

    def dispatch(self, request, *args, **kwargs):
        if not manages_a_group(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


class DomainsColumn(Column):
    def get_value(self, instance):
        return ", ".join(instance.domain_labels())


class DateColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        if not value:
            return ""
        return date_format(value, "j F Y")


class StateColumn(Column):
    def get_value(self, instance):
        return shared_state(instance, instance.open_proposals)


class SharedIndexView(ContactPersonMixin, IndexView):
    model = Request
    index_url_name = "intake_shared:index"
    index_results_url_name = "intake_shared:index_results"
    page_title = gettext_lazy("Gedeelde aanvragen")
    header_icon = "mail"
    paginate_by = PAGE_SIZE
    # Access is decided by the groups the user manages, not by model permissions.
    permission_policy = None
    any_permission_required = None

    def get_base_queryset(self):
        return shared_requests(self.request.user).annotate(
            open_proposals=Count(
                "trajectories",
                filter=Q(trajectories__status=TrajectoryStatus.PROPOSED),
            )
        )

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "reference",
                label=_("Kenmerk"),
                url_name="intake_shared:detail",
                sort_key="reference",
            ),
            DomainsColumn("domains", label=_("Onderwerp")),
            Column("group", label=_("Groep"), accessor="shared_with.title"),
            DateColumn(
                "conversation_date",
                label=_("Datum van het gesprek"),
                sort_key="conversation_date",
            ),
            DateColumn(
                "submitted_at", label=_("Ontvangen op"), sort_key="submitted_at"
            ),
            StateColumn("state", label=_("Stand van zaken")),
        ]

    @cached_property
    def no_results_message(self):
        return _("Er zijn nu geen aanvragen met uw groep gedeeld.")


class ProposalForm(forms.Form):
    """One member of the shared group, chosen with the button next to them."""

    note = forms.CharField(
        label=gettext_lazy("Toelichting voor de coördinator (niet verplicht)"),
        help_text=gettext_lazy(
            "Bijvoorbeeld waarom dit lid past. Schrijf hier geen gegevens van de "
            "inwoner."
        ),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    member = forms.ModelChoiceField(
        queryset=Member.objects.none(),
        to_field_name="id",
        error_messages={
            "required": gettext_lazy("Kies een lid van uw groep."),
            "invalid_choice": gettext_lazy(
                "U kunt alleen een actief lid van de groep voorstellen."
            ),
        },
    )

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = Member.objects.active().filter(page=group)


class SharedRequestView(ContactPersonMixin, WagtailAdminTemplateMixin, View):
    """One shared request: the facts needed to choose, the group's members
    ranked, and the proposal form."""

    template_name = "intake/admin/shared/detail.html"
    header_icon = "mail"

    def get_page_title(self):
        return str(self.request_obj)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("intake_shared:index"), "label": _("Gedeelde aanvragen")},
            {"url": "", "label": self.get_page_title()},
        ]

    def setup_request(self, request, pk):
        """The request, only when shared with a group the user manages. Any
        other id is answered alike, so nobody learns which requests exist."""
        request_obj = shared_requests(request.user).filter(id=pk).first()
        if request_obj is None:
            raise Http404
        self.request_obj = request_obj
        self.group = request_obj.shared_with

    def get(self, request, pk):
        self.setup_request(request, pk)
        log(
            instance=self.request_obj,
            action="intake.view",
            user=request.user,
            data={"group": self.group.pk},
        )
        return self.render_page(ProposalForm(group=self.group))

    def post(self, request, pk):
        self.setup_request(request, pk)
        form = ProposalForm(request.POST, group=self.group)
        if self.request_obj.status == Status.MATCHED:
            messages.error(request, _("Deze aanvraag heeft al een OCO."))
            return self.render_page(form)
        if not form.is_valid():
            return self.render_page(form)
        member = form.cleaned_data["member"]
        try:
            propose(
                self.request_obj, member, request.user, note=form.cleaned_data["note"]
            )
        except WorkflowError as error:
            form.add_error(None, str(error))
            return self.render_page(form)
        messages.success(
            request,
            _(
                "U heeft %(name)s voorgesteld voor aanvraag %(reference)s. Een "
                "coördinator keurt de koppeling goed en laat het u weten."
            )
            % {"name": member.name, "reference": self.request_obj.reference},
        )
        return redirect("intake_shared:index")

    def render_page(self, form):
        request_obj = self.request_obj
        context = self.get_context_data(
            request_obj=request_obj,
            group=self.group,
            form=form,
            may_propose=request_obj.status != Status.MATCHED,
            suggestions=suggest(request_obj, groups=[self.group]),
            proposals=request_obj.trajectories.filter(
                member__page=self.group
            ).select_related("member"),
            action_url=self.request.path,
        )
        return self.render_to_response(context)
