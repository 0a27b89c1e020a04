"""Registering oneself and one's attendees for sessions, from the admin.

A contact person (or anyone the site's hooks give attendees or audiences)
sees the sessions still open for registration and, per occurrence, a list to
tick: themselves and the attendees they may register. They only ever see
their own people: the list, the registrations shown and the ids accepted all
come from ``hooks.attendees_for_user``."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import booking, hooks
from ..access import (
    PermissionRequiredMixin,
    may_register,
    own_email,
    registrable_attendees,
)
from ..forms import ContributionForm
from ..models import ContributionKind, Registration, Session
from ..occurrences import add_counts, find_slot, parse_occurrence_key, slots_between
from .responses import forbidden

WINDOW = timedelta(days=183)
SELF = "self"


def may_attend(session, audiences):
    """Whether someone of these audiences may come to the session."""
    return session.is_public or session.audience in audiences


def own_registrations(user, attendees, occurrence_ids):
    """Active registrations on these occurrences of the user or their attendees."""
    return (
        Registration.objects.active()
        .of_person_or_attendees(own_email(user), attendees)
        .filter(occurrence__in=occurrence_ids)
    )


class RegisterIndexView(PermissionRequiredMixin, WagtailAdminTemplateMixin, View):
    """The occurrences of the coming months that are still open for registration."""

    template_name = "scheduling/admin/register_index.html"
    page_title = gettext_lazy("Aanmelden voor sessies")
    header_icon = "date"
    may_use = staticmethod(may_register)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        user = request.user
        now, audiences = timezone.now(), hooks.user_audiences(user)
        slots = [
            slot
            for slot in slots_between(now, now + WINDOW)
            if may_attend(slot.session, audiences)
            and slot.registration_closed_reason(now) is None
        ]
        add_counts(slots)
        stored = [slot.occurrence_id for slot in slots if slot.occurrence_id]
        counts = {}
        if stored:
            counts = dict(
                own_registrations(user, registrable_attendees(user), stored)
                .values_list("occurrence")
                .annotate(count=Count("pk"))
                .order_by()
            )
        for slot in slots:
            slot.own_count = counts.get(slot.occurrence_id, 0)
        return self.render_to_response(self.get_context_data(slots=slots))


@dataclass
class Person:
    """One line of the list to tick: the user themselves or an attendee."""

    id: str
    name: str
    email: str
    attendee: object = None
    registration: Registration | None = None
    is_self: bool = False


def people_for(user, session):
    """The user (when they have an email address) and, for a public session,
    the attendees they may register."""
    people = []
    self_attendee = hooks.find_attendee(own_email(user)) if own_email(user) else None
    if own_email(user):
        people.append(
            Person(
                id=SELF,
                name=user.get_full_name() or user.get_username(),
                email=own_email(user),
                attendee=self_attendee,
                is_self=True,
            )
        )
    attendees = registrable_attendees(user)
    if attendees is not None and session.is_public:
        for attendee in attendees:
            if self_attendee is not None and attendee.pk == self_attendee.pk:
                continue
            people.append(
                Person(
                    id=str(attendee.pk),
                    name=hooks.attendee_name(attendee),
                    email=hooks.attendee_email(attendee).strip().lower(),
                    attendee=attendee,
                )
            )
    return people


def attach_registrations(user, people, slot):
    """Give each person their active registration on the slot, if any. Only
    the registrations of the user and their attendees are read."""
    if not slot.occurrence_id or not people:
        return people
    by_email = {person.email: person for person in people}
    by_attendee = {p.attendee.pk: p for p in people if p.attendee is not None}
    attendees = registrable_attendees(user) if slot.session.is_public else None
    registrations = (
        Registration.objects.active()
        .of_person_or_attendees(own_email(user), attendees)
        .filter(occurrence=slot.occurrence_id)
    )
    for registration in registrations:
        person = by_email.get(registration.email) or by_attendee.get(
            registration.attendee_id
        )
        if person is not None:
            person.registration = registration
    return people


def agenda_item_form(data=None):
    return ContributionForm(data, kind=ContributionKind.AGENDA_ITEM)


def agenda_item_context(session, own_registration, form=None):
    """The agenda items the user added to a meeting, and the form for another."""
    if session.contribution_kind != ContributionKind.AGENDA_ITEM:
        return {}
    if own_registration is None:
        return {"agenda_items": [], "agenda_item_form": None}
    return {
        "agenda_items": list(own_registration.contributions.order_by("created_at")),
        "agenda_item_form": form or agenda_item_form(),
    }


class OccurrenceRegisterView(PermissionRequiredMixin, WagtailAdminTemplateMixin, View):
    """One occurrence: tick who goes, untick who no longer goes."""

    template_name = "scheduling/admin/register_occurrence.html"
    header_icon = "date"
    may_use = staticmethod(may_register)

    def dispatch(self, request, session_id, key):
        self.session = get_object_or_404(
            Session.objects.select_related("calendar"), pk=session_id
        )
        self.slot = find_slot(self.session, parse_occurrence_key(key))
        if self.slot is None:
            raise Http404
        if not may_attend(self.session, hooks.user_audiences(request.user)):
            return forbidden(request)
        add_counts([self.slot])
        self.people = attach_registrations(
            request.user, people_for(request.user, self.session), self.slot
        )
        return super().dispatch(request, session_id, key)

    def get_page_title(self):
        return _("Aanmelden: %(title)s") % {"title": self.session.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("scheduling_register:index"),
                "label": _("Aanmelden voor sessies"),
            },
            {"url": "", "label": self.session.title},
        ]

    @cached_property
    def own_registration(self):
        """The user's own active registration on this occurrence, if any."""
        return next((p.registration for p in self.people if p.is_self), None)

    def get_context_data(self, agenda_item_form=None, **kwargs):
        own = self.own_registration
        return super().get_context_data(
            slot=self.slot,
            session=self.session,
            people=self.people,
            closed_reason=self.slot.registration_closed_reason(),
            own_registration=own,
            **agenda_item_context(self.session, own, form=agenda_item_form),
            **kwargs,
        )

    def get(self, request, session_id, key):
        return self.render_to_response(self.get_context_data())

    def post(self, request, session_id, key):
        allowed = {person.id for person in self.people}
        ticked = set(request.POST.getlist("person"))
        shown_registered = set(request.POST.getlist("registered"))
        if not (ticked | shown_registered) <= allowed:
            messages.error(
                request,
                _(
                    "U kunt alleen uzelf en de mensen uit uw eigen groep aanmelden. "
                    "Er is niets veranderd."
                ),
            )
            return self.render_to_response(self.get_context_data(), status=400)
        reason = self.slot.registration_closed_reason()
        if reason:
            messages.error(request, reason + " " + _("Er is niets veranderd."))
            return self.render_to_response(self.get_context_data(), status=400)
        for person in self.people:
            if person.registration is not None:
                if person.id in shown_registered and person.id not in ticked:
                    self.cancel(request, person)
            elif person.id in ticked:
                self.register(request, person)
        return redirect(request.path)

    def cancel(self, request, person):
        try:
            booking.cancel(person.registration)
        except booking.BookingError as error:
            messages.error(
                request,
                _("%(name)s: %(message)s")
                % {"name": person.name, "message": error.message},
            )
        else:
            messages.success(request, _("%(name)s: afgemeld.") % {"name": person.name})

    def register(self, request, person):
        try:
            registration = booking.register(
                self.slot,
                name=person.name,
                email=person.email,
                attendee=person.attendee,
                registered_by=request.user,
            )
        except booking.BookingError as error:
            messages.error(
                request,
                _("%(name)s: %(message)s")
                % {"name": person.name, "message": error.message},
            )
            return
        if registration.status == Registration.Status.WAITING:
            messages.warning(
                request, _("%(name)s: op de wachtlijst.") % {"name": person.name}
            )
        else:
            messages.success(request, _("%(name)s: aangemeld.") % {"name": person.name})
