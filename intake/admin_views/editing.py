"""Entering a request taken by phone, correcting one, and deleting one that
should never have been there (spam, a request entered twice)."""

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.views import generic
from wagtail.log_actions import log

from .. import matching
from .access import CoordinatorRequiredMixin, ever_matched, may_delete, may_edit
from .listing import request_url


def running_conflict(request_obj) -> str | None:
    """The conflict of interest of the running trajectory's member with the
    request's agency, as a message; None when there is none."""
    running = request_obj.trajectories.running().select_related("member").first()
    if running is None:
        return None
    role = matching.conflicting_role(running.member, request_obj.agency)
    return matching.conflict_message(running.member, role) if role else None


class NoSidePanelsMixin:
    """Wagtail's status panel says "live", which means nothing for a request."""

    def get_side_panels(self):
        return MediaContainer([])


class RefusalMixin:
    """``refusal()`` gives a response (a message and a redirect to the request's
    page) when the request may not be edited or deleted, else None."""

    def refusal(self):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if getattr(self, "object", None) is None:
            self.object = self.get_object()
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.refusal() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refusal() or super().post(request, *args, **kwargs)

    def refuse(self, message):
        messages.error(self.request, message)
        return redirect(request_url("inspect", self.object.pk))


class RequestCreateView(
    CoordinatorRequiredMixin, NoSidePanelsMixin, generic.CreateView
):
    # Not "request", the model's name, which would hide the HTTP request.
    context_object_name = "request_obj"
    page_title = gettext_lazy("Aanvraag invoeren")
    submit_button_label = gettext_lazy("Aanvraag opslaan")
    error_message = gettext_lazy("De aanvraag is niet opgeslagen; zie de fouten.")

    def save_instance(self):
        self.form.instance.from_web_form = False
        return super().save_instance()

    def get_success_message(self, instance):
        return _(
            "Aanvraag %(reference)s is opgeslagen. Neem de aanvraag in behandeling "
            "wanneer u een OCO gaat zoeken."
        ) % {"reference": instance.reference}

    def get_success_url(self):
        return request_url("inspect", self.object.pk)


class RequestEditView(
    CoordinatorRequiredMixin, RefusalMixin, NoSidePanelsMixin, generic.EditView
):
    context_object_name = "request_obj"
    error_message = gettext_lazy("De aanvraag is niet opgeslagen; zie de fouten.")

    def refusal(self):
        if may_edit(self.object):
            return None
        return self.refuse(
            _(
                "Van deze aanvraag zijn de persoonsgegevens verwijderd; hij kan "
                "niet meer worden bewerkt."
            )
        )

    def get(self, request, *args, **kwargs):
        # The form shows every personal field: logged like the request's page.
        if may_edit(self.object):
            log(instance=self.object, action="intake.view", user=request.user)
        return super().get(request, *args, **kwargs)

    def get_success_message(self):
        return _("Aanvraag %(reference)s is opgeslagen.") % {
            "reference": self.object.reference
        }

    def save_action(self):
        response = super().save_action()
        if "agency" in self.form.changed_data:
            conflict = running_conflict(self.object)
            if conflict:
                messages.warning(self.request, conflict)
        return response

    def get_success_url(self):
        return request_url("inspect", self.object.pk)


class RequestDeleteView(CoordinatorRequiredMixin, RefusalMixin, generic.DeleteView):
    """Only a cancelled request that never had an approved OCO: everything else
    counts in the figures and is anonymised after the retention period."""

    context_object_name = "request_obj"

    def refusal(self):
        if may_delete(self.object, ever_matched(self.object)):
            return None
        return self.refuse(
            _(
                "Alleen een geannuleerde aanvraag die nooit aan een OCO gekoppeld "
                "was, kan worden verwijderd, bijvoorbeeld spam of een dubbele "
                "aanvraag. Annuleer de aanvraag eerst."
            )
        )

    @property
    def confirmation_message(self):
        return _(
            "Weet u zeker dat u aanvraag %(reference)s wilt verwijderen? Alles over "
            "deze aanvraag verdwijnt, behalve de regels in de geschiedenis."
        ) % {"reference": self.object.reference}

    def get_success_message(self):
        return _("Aanvraag %(reference)s is verwijderd.") % {
            "reference": self.object.reference
        }
