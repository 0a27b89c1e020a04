"""The actions on a request's page. Each takes a POST, calls one function of
intake.workflow and goes back to the request's page with a message: success,
or the WorkflowError that says why the change cannot be made."""

from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import notifications, workflow
from ..admin_forms import ConsentForm, EndForm, MatchForm, ShareForm, StepForm
from ..models import Request, Trajectory
from ..workflow import WorkflowError
from .access import CoordinatorRequiredMixin
from .listing import request_url


def form_errors(form) -> str:
    """The errors of an invalid form in one sentence, for a message."""
    parts = []
    for name, errors in form.errors.items():
        text = " ".join(str(error) for error in errors)
        if name in form.fields:
            parts.append(
                _("%(field)s: %(errors)s")
                % {"field": form.fields[name].label, "errors": text}
            )
        else:
            parts.append(text)
    return " ".join(parts)


def valid(form, failure: str):
    """The form's cleaned data; WorkflowError with its errors when invalid."""
    if not form.is_valid():
        raise WorkflowError(f"{failure} {form_errors(form)}")
    return form.cleaned_data


class RequestActionView(CoordinatorRequiredMixin, View):
    """POST only. ``act()`` returns the success message or raises WorkflowError."""

    http_method_names = ["post"]

    def post(self, request, pk, **kwargs):
        self.request_obj = get_object_or_404(Request, pk=pk)
        try:
            if self.request_obj.is_anonymised:
                raise WorkflowError(
                    _(
                        "Van deze aanvraag zijn de persoonsgegevens verwijderd; "
                        "er kan niets meer aan worden gewijzigd."
                    )
                )
            message = self.act(**kwargs)
        except WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, message)
        return redirect(request_url("inspect", self.request_obj.pk))

    def act(self, **kwargs) -> str:
        raise NotImplementedError

    @property
    def reference(self):
        return self.request_obj.reference


class TakeUpView(RequestActionView):
    def act(self):
        workflow.take_up(self.request_obj, self.request.user)
        return _("Aanvraag %(reference)s is in behandeling genomen.") % {
            "reference": self.reference
        }


class MatchView(RequestActionView):
    """ "Koppelen": propose a suggested member and approve at once. Both happen
    or neither does."""

    def act(self):
        data = valid(
            MatchForm(self.request.POST), _("Er is niemand gekoppeld; kies opnieuw.")
        )
        member = data["member"]
        with transaction.atomic():
            trajectory = workflow.propose(self.request_obj, member, self.request.user)
            workflow.approve(trajectory, self.request.user)
        return _(
            "%(member)s is gekoppeld aan aanvraag %(reference)s en krijgt een mail "
            "met het kenmerk."
        ) % {"member": member.name, "reference": self.reference}


class ShareView(RequestActionView):
    def act(self):
        data = valid(ShareForm(self.request.POST), _("Niet gedeeld."))
        group = data["group"]
        workflow.share_with_group(self.request_obj, group, self.request.user)
        mailed = group is not None and bool(notifications.contact_person_address(group))
        values = {"reference": self.reference, "group": group.title if group else ""}
        if group is None:
            return (
                _("Aanvraag %(reference)s wordt met geen enkele groep gedeeld.")
                % values
            )
        if mailed:
            return (
                _(
                    "Aanvraag %(reference)s is gedeeld met %(group)s; de "
                    "contactpersoon krijgt een mail."
                )
                % values
            )
        return (
            _(
                "Aanvraag %(reference)s is gedeeld met %(group)s, maar deze groep "
                "heeft geen contactpersoon met een e-mailadres: niemand krijgt een "
                "mail. Kies een contactpersoon voor deze groep; die ziet de "
                "aanvraag dan bij de gedeelde aanvragen."
            )
            % values
        )


class OtherOcoView(RequestActionView):
    def act(self):
        workflow.ask_other_oco(self.request_obj, self.request.user)
        return _(
            "Het traject is beëindigd; aanvraag %(reference)s kan aan een andere "
            "OCO worden gekoppeld."
        ) % {"reference": self.reference}


class TrajectoryActionView(RequestActionView):
    """An action on one trajectory of the request in the URL."""

    def act(self, trajectory_id):
        trajectory = get_object_or_404(
            Trajectory.objects.select_related("member", "request"),
            pk=trajectory_id,
            request=self.request_obj,
        )
        return self.act_on(trajectory)

    def act_on(self, trajectory) -> str:
        raise NotImplementedError


class ApproveView(TrajectoryActionView):
    def act_on(self, trajectory):
        workflow.approve(trajectory, self.request.user)
        return _(
            "%(member)s is gekoppeld aan aanvraag %(reference)s en krijgt een mail "
            "met het kenmerk."
        ) % {"member": trajectory.member.name, "reference": self.reference}


class DeclineView(TrajectoryActionView):
    def act_on(self, trajectory):
        workflow.decline(trajectory, self.request.user)
        return _("Het voorstel van %(member)s is niet goedgekeurd.") % {
            "member": trajectory.member.name
        }


class RecordStepView(TrajectoryActionView):
    def act_on(self, trajectory):
        form = StepForm(
            self.request.POST,
            received_on=timezone.localdate(self.request_obj.submitted_at),
        )
        data = valid(form, _("De stap is niet vastgelegd."))
        step = workflow.record_step(
            trajectory, data["step"], data["date"], data["note"], self.request.user
        )
        return _("De stap “%(step)s” is vastgelegd.") % {
            "step": step.get_step_display()
        }


class ConsentView(TrajectoryActionView):
    def act_on(self, trajectory):
        form = ConsentForm(
            self.request.POST,
            approved_on=timezone.localdate(trajectory.approved_at)
            if trajectory.approved_at
            else None,
        )
        data = valid(form, _("De toestemming is niet opgeslagen."))
        workflow.update_consent(
            trajectory,
            data["phone_consent"],
            data["phone_consent_on"],
            data["follow_up"],
            self.request.user,
        )
        return _("Toestemming en vervolgondersteuning zijn opgeslagen.")


class EndView(TrajectoryActionView):
    def act_on(self, trajectory):
        data = valid(EndForm(self.request.POST), _("Het traject is niet beëindigd."))
        request_obj = workflow.end_trajectory(
            trajectory, data["reason"], self.request.user
        )
        if request_obj.is_open:
            return _(
                "Het traject is beëindigd; aanvraag %(reference)s gaat terug naar "
                "koppelen."
            ) % {"reference": self.reference}
        return _("Het traject is beëindigd en aanvraag %(reference)s is afgerond.") % {
            "reference": self.reference
        }


class CancelView(CoordinatorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks for confirmation first; the POST cancels the request."""

    template_name = "intake/admin/request_confirm_cancel.html"
    page_title = gettext_lazy("Aanvraag annuleren")
    header_icon = "cross"

    @cached_property
    def request_obj(self):
        return get_object_or_404(Request, pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.request_obj)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": request_url("index"), "label": _("Aanvragen")},
            {
                "url": request_url("inspect", self.request_obj.pk),
                "label": str(self.request_obj),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def back(self):
        return redirect(request_url("inspect", self.request_obj.pk))

    def get(self, request, *args, **kwargs):
        if not self.request_obj.is_open:
            messages.error(
                request,
                _("Deze aanvraag is al %(status)s.")
                % {"status": self.request_obj.get_status_display().lower()},
            )
            return self.back()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            request_obj=self.request_obj,
            running=self.request_obj.trajectories.running()
            .select_related("member")
            .first(),
            inspect_url=request_url("inspect", self.request_obj.pk),
        )
        return context

    def post(self, request, *args, **kwargs):
        try:
            workflow.cancel(self.request_obj, request.user)
        except WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Aanvraag %(reference)s is geannuleerd.")
                % {"reference": self.request_obj.reference},
            )
        return self.back()
