"""Forms of the coordinators' admin: sessions, calendars and moving one occurrence."""

import datetime
from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from schedule.models import Calendar
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from . import conf
from .models import ContributionKind, Session, rule_for
from .occurrences import local

MAX_SESSION_HOURS = 12
MAX_SERIES_YEARS = 2
MAX_DAYS_BACK = 366
DATE_INPUT_FORMATS = ["%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"]


def years_later(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def date_window(today=None):
    """The first and last day a session, a series or a move may fall on: at
    most a year back (to correct a session afterwards) and no further ahead
    than a series may run, plus a year."""
    today = today or timezone.localdate()
    return today - timedelta(days=MAX_DAYS_BACK), years_later(
        today, MAX_SERIES_YEARS + 1
    )


def within_window(value):
    """``value`` (a date, or a datetime in the current time zone) when it lies
    in the date window; a ValidationError otherwise."""
    if value is None:
        return value
    day = value.date() if isinstance(value, datetime.datetime) else value
    first, last = date_window()
    if not first <= day <= last:
        raise ValidationError(
            _("Kies een datum tussen %(first)s en %(last)s.")
            % {
                "first": date_format(first, "j F Y"),
                "last": date_format(last, "j F Y"),
            },
            code="out_of_range",
        )
    return value


def end_of_local_day(day):
    """The last second of ``day`` in the site's time zone, for the end of a series."""
    naive = datetime.datetime.combine(day, datetime.time(23, 59, 59))
    return timezone.make_aware(naive, timezone.get_default_timezone())


def check_session_times(form, start, end):
    """Add the errors of a session or occurrence that does not fit in one day."""
    if not start or not end:
        return
    if end <= start:
        form.add_error("end", _("Het einde moet na het begin liggen."))
        return
    same_day = local(start).date() == local(end).date()
    if not same_day or end - start > timedelta(hours=MAX_SESSION_HOURS):
        message = _(
            "Een sessie begint en eindigt op dezelfde dag en duurt hoogstens 12 uur."
        )
        form.add_error("end", message)


class HttpsURLField(forms.URLField):
    """A link typed without https:// gets it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)


class CalendarForm(WagtailAdminModelForm):
    class Meta:
        model = Calendar
        fields = ["name", "slug"]
        labels = {"name": _("Naam"), "slug": _("Korte naam")}
        help_texts = {
            "slug": _(
                "Kleine letters, cijfers en streepjes; komt in het adres van de "
                "agenda-feed."
            )
        }


class SessionForm(WagtailAdminModelForm):
    audience = forms.ChoiceField(label=_("Voor wie"))
    repeat_until = forms.DateField(
        label=_("Herhalen tot"),
        required=False,
        widget=AdminDateInput,
        input_formats=DATE_INPUT_FORMATS,
        help_text=_(
            "De laatste dag waarop de sessie plaatsvindt; hoogstens twee jaar na "
            "de eerste keer. Alleen nodig bij een herhaling."
        ),
    )

    class Meta:
        model = Session
        fields = [
            "calendar",
            "title",
            "description",
            "place",
            "online_link",
            "start",
            "end",
            "recurrence",
            "repeat_until",
            "capacity",
            "audience",
            "registration_closes_hours",
            "contribution_kind",
        ]
        labels = {
            "calendar": _("Agenda"),
            "title": _("Titel"),
            "description": _("Beschrijving"),
            "start": _("Begin"),
            "end": _("Einde"),
        }
        help_texts = {
            "start": _("Datum en tijd van de (eerste) sessie."),
            "end": _("Een sessie eindigt op dezelfde dag en duurt hoogstens 12 uur."),
        }
        widgets = {"start": AdminDateTimeInput, "end": AdminDateTimeInput}
        field_classes = {"online_link": HttpsURLField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        session = self.instance
        choices = list(conf.audience_choices())
        if session.audience and session.audience not in dict(choices):
            choices.append((session.audience, session.audience))
        self.fields["audience"].choices = choices
        self.fields["audience"].initial = session.audience or conf.default_audience()
        self.fields["contribution_kind"].choices = [
            ("", _("Geen inbreng")),
            *ContributionKind.choices,
        ]
        # What the session was before this edit; the view reports the changes.
        self.previous = None
        if session.pk:
            self.previous = {
                "start": session.start,
                "end": session.end,
                "capacity": session.capacity,
                "recurrence": session.recurrence,
                "end_recurring_period": session.end_recurring_period,
            }
            if session.end_recurring_period and session.recurrence:
                self.initial.setdefault(
                    "repeat_until", local(session.end_recurring_period).date()
                )

    # Dates far in the past or the future are typing errors (and some of them
    # no database or time zone can hold).
    def clean_start(self):
        return within_window(self.cleaned_data["start"])

    def clean_end(self):
        return within_window(self.cleaned_data["end"])

    def clean_repeat_until(self):
        return within_window(self.cleaned_data["repeat_until"])

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        check_session_times(self, start, end)
        if (
            not cleaned.get("place")
            and not cleaned.get("online_link")
            and "online_link" not in self.errors
        ):
            self.add_error(
                "place",
                _("Vul een plaats in of een link voor online deelname (of allebei)."),
            )
        if cleaned.get("recurrence"):
            self.check_repeat_until(start, cleaned.get("repeat_until"))
        return cleaned

    def check_repeat_until(self, start, until):
        if "repeat_until" in self.errors:
            return
        if until is None:
            self.add_error(
                "repeat_until", _("Vul in tot wanneer de sessie zich herhaalt.")
            )
            return
        if start is None:
            return
        first = local(start).date()
        last = years_later(first, MAX_SERIES_YEARS)
        if until < first:
            self.add_error(
                "repeat_until",
                _("De herhaling kan niet eindigen voor de eerste sessie."),
            )
        elif until > last:
            self.add_error(
                "repeat_until",
                _(
                    "Een reeks loopt hoogstens twee jaar. Kies een datum tot en met "
                    "%(date)s."
                )
                % {"date": date_format(last, "j F Y")},
            )

    def save(self, commit=True):
        session = super().save(commit=False)
        session.rule = rule_for(session.recurrence, session.start)
        until = self.cleaned_data.get("repeat_until")
        session.end_recurring_period = (
            end_of_local_day(until) if session.recurrence and until else None
        )
        user = getattr(self, "for_user", None)
        if session.pk is None and getattr(user, "is_authenticated", False):
            session.creator = user
        if commit:
            session.save()
            self.save_m2m()
        return session


class MoveOccurrenceForm(forms.Form):
    start = forms.DateTimeField(label=_("Nieuw begin"), widget=AdminDateTimeInput)
    end = forms.DateTimeField(label=_("Nieuw einde"), widget=AdminDateTimeInput)

    def clean_start(self):
        return within_window(self.cleaned_data["start"])

    def clean_end(self):
        return within_window(self.cleaned_data["end"])

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        check_session_times(self, start, end)
        if start and start <= timezone.now():
            self.add_error("start", _("Kies een nieuw moment in de toekomst."))
        return cleaned
