"""Admin views and menu items for people who register others or themselves,
and the "participation_summaries" hook through which a site shows how often
its people took part (the pool shows it on a group's roster)."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks

from . import participation
from .access import has_attendees, may_register, may_see_contributions
from .admin_views.contributions import AddAgendaItemView, ContributionsView
from .admin_views.participation import ParticipationView
from .admin_views.register import OccurrenceRegisterView, RegisterIndexView
from .converters import ID
from .menu import AgendaMenuItem, register_menu_items

PARTICIPATION_SUMMARIES = "participation_summaries"

register_urls = [
    path("", RegisterIndexView.as_view(), name="index"),
    path(
        f"<{ID}:session_id>/<str:key>/",
        OccurrenceRegisterView.as_view(),
        name="occurrence",
    ),
    path(
        f"<{ID}:session_id>/<str:key>/agendapunt/",
        AddAgendaItemView.as_view(),
        name="agenda_item",
    ),
]


@hooks.register("register_admin_urls")
def register_attendee_urls():
    return [
        path(
            "agenda/aanmelden/",
            include((register_urls, "scheduling_register")),
        ),
        path(
            "agenda/inbreng/",
            ContributionsView.as_view(),
            name="scheduling_contributions",
        ),
        path(
            "agenda/deelname/",
            ParticipationView.as_view(),
            name="scheduling_participation",
        ),
    ]


register_menu_items(
    AgendaMenuItem(
        gettext_lazy("Aanmelden voor sessies"),
        reverse_lazy("scheduling_register:index"),
        shown_to=may_register,
        name="scheduling-register",
        icon_name="user",
        order=400,
    ),
    AgendaMenuItem(
        gettext_lazy("Inbreng"),
        reverse_lazy("scheduling_contributions"),
        shown_to=may_see_contributions,
        name="scheduling-contributions",
        icon_name="comment",
        order=410,
    ),
    AgendaMenuItem(
        gettext_lazy("Deelname"),
        reverse_lazy("scheduling_participation"),
        shown_to=has_attendees,
        name="scheduling-participation",
        icon_name="group",
        order=420,
    ),
)

# ``{pk: {"attended": n, "last": date or None, "per_calendar": [(name, n)]}}``
hooks.register(PARTICIPATION_SUMMARIES, participation.summaries)
