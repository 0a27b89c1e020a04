from django import forms
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..converters import ID


class AgendaPage(RoutablePageMixin, Page):
    """Upcoming sessions, filterable by calendar, each with a page to register.

    The routes (the list, one session, its registration form) are in
    scheduling.views.agenda."""

    intro = RichTextField(
        _("introductie"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    calendars = ParentalManyToManyField(
        "schedule.Calendar",
        verbose_name=_("agenda's"),
        blank=True,
        help_text=_("Welke soorten sessies deze pagina toont. Leeg: alle."),
    )
    form_intro = models.TextField(
        _("tekst bij het aanmeldformulier"),
        blank=True,
        max_length=1000,
        help_text=_("Bijvoorbeeld wie zich mag aanmelden en wat u meeneemt."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("calendars", widget=forms.CheckboxSelectMultiple),
        FieldPanel("form_intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = []

    class Meta:
        verbose_name = _("agendapagina")
        verbose_name_plural = _("agendapagina's")

    # Routes: thin wrappers, the views are in scheduling.views.agenda.

    @path("", name="index")
    def index_route(self, request):
        from ..views import agenda

        return agenda.index(self, request)

    @path(f"sessie/<{ID}:session_id>/<str:key>/", name="detail")
    def detail_route(self, request, session_id, key):
        from ..views import agenda

        return agenda.detail(self, request, session_id, key)

    @path(f"sessie/<{ID}:session_id>/<str:key>/aangemeld/", name="registered")
    def registered_route(self, request, session_id, key):
        from ..views import agenda

        return agenda.registered(self, request, session_id, key)

    # What the page shows.

    def shown_calendars(self):
        """The calendars this page shows: the chosen ones, or (none chosen)
        every calendar that has sessions."""
        from schedule.models import Calendar

        chosen = list(self.calendars.all())
        if chosen:
            return sorted(chosen, key=lambda calendar: calendar.name.lower())
        return list(
            Calendar.objects.filter(event__session__isnull=False)
            .distinct()
            .order_by("name")
        )

    def shows_calendar(self, calendar_id):
        chosen = self.calendars.all()
        return not chosen.exists() or chosen.filter(pk=calendar_id).exists()

    def subpage_url(self, base, route, slot):
        """The URL of a slot's page (or its confirmation) below this page's
        URL ``base``."""
        path = self.reverse_subpage(route, args=[slot.session.pk, slot.key])
        return (base if base.endswith("/") else base + "/") + path

    @classmethod
    def for_calendar(cls, calendar_id):
        """The first live, public agenda page that shows a calendar, or None."""
        return (
            cls.objects.live()
            .public()
            .filter(Q(calendars=calendar_id) | Q(calendars__isnull=True))
            .order_by("path")
            .first()
        )

    @classmethod
    def url_for_slot(cls, slot):
        """The URL of a slot's page on the first live agenda page that shows
        its calendar, or None when no page does."""
        page = cls.for_calendar(slot.session.calendar_id)
        if page is None:
            return None
        base = page.get_url()
        if base is None:
            return None
        return page.subpage_url(base, "detail", slot)
