from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


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
