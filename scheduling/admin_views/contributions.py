"""What people bring in: cases for intervision and agenda items for meetings.

Coordinators see everything. Others see what they brought in themselves and
what their own attendees brought in (a contact person helps the members of
their group bring in a case), never that of anyone else. Someone registered
for a meeting may add an agenda item from the admin."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import hooks
from ..access import (
    PermissionRequiredMixin,
    may_manage_registrations,
    may_see_contributions,
    own_email,
)
from ..forms import MAX_CONTRIBUTIONS
from ..models import Contribution, ContributionKind, Registration
from .register import OccurrenceRegisterView, agenda_item_form

PAGE_SIZE = 50


def visible_contributions(user):
    """The contributions of active registrations that ``user`` may read."""
    contributions = (
        Contribution.objects.exclude(registration__status=Registration.Status.CANCELLED)
        .select_related("registration__occurrence__event")
        .order_by(
            "-registration__occurrence__start",
            "registration__occurrence_id",
            "created_at",
            "pk",
        )
    )
    if may_manage_registrations(user):
        return contributions
    theirs = Registration.objects.of_person_or_attendees(
        own_email(user), hooks.attendees_for_user(user)
    )
    return contributions.filter(registration__in=theirs)


class ContributionsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, View):
    template_name = "scheduling/admin/contributions_index.html"
    page_title = gettext_lazy("Inbreng")
    header_icon = "comment"
    may_use = staticmethod(may_see_contributions)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        page = Paginator(visible_contributions(request.user), PAGE_SIZE).get_page(
            request.GET.get("p")
        )
        context = self.get_context_data(
            page=page,
            all_contributions=may_manage_registrations(request.user),
        )
        return self.render_to_response(context)


class AddAgendaItemView(OccurrenceRegisterView):
    """Adds an agenda item to a meeting the user is registered for."""

    http_method_names = ["post"]

    def post(self, request, session_id, key):
        if self.session.contribution_kind != ContributionKind.AGENDA_ITEM:
            raise Http404
        own = self.own_registration
        if own is None:
            messages.error(
                request,
                _(
                    "Meld u eerst aan voor deze sessie; daarna kunt u agendapunten "
                    "toevoegen."
                ),
            )
            return redirect("scheduling_register:occurrence", session_id, key)
        reason = self.slot.registration_closed_reason(ignore_deadline=True)
        if reason:
            messages.error(request, reason)
            return redirect("scheduling_register:occurrence", session_id, key)
        if own.contributions.count() >= MAX_CONTRIBUTIONS:
            messages.error(
                request,
                _("U heeft al %(count)d agendapunten ingebracht; meer kan niet.")
                % {"count": MAX_CONTRIBUTIONS},
            )
            return redirect("scheduling_register:occurrence", session_id, key)
        form = agenda_item_form(request.POST)
        if not form.is_valid():
            messages.error(request, _("Het agendapunt is niet opgeslagen."))
            context = self.get_context_data(agenda_item_form=form)
            return self.render_to_response(context, status=400)
        Contribution.objects.create(
            registration=own,
            kind=ContributionKind.AGENDA_ITEM,
            subject=form.cleaned_data["subject"],
            details=form.cleaned_data["details"],
        )
        messages.success(
            request,
            _("Agendapunt toegevoegd: %(subject)s")
            % {"subject": form.cleaned_data["subject"]},
        )
        return redirect("scheduling_register:occurrence", session_id, key)
