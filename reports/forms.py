import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from pool.models.members import years_before

from .periods import Period, default_period

EARLIEST = datetime.date(2000, 1, 1)
LATEST = datetime.date(2099, 12, 31)
MAX_YEARS = 5
PERIOD_FIELDS = ("start", "end")


class DayInput(forms.DateInput):
    """The browser's own date picker; it sends the date as YYYY-MM-DD."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class PeriodForm(forms.Form):
    """The period of the report, from the query string. An incomplete or
    impossible period is an error on the form, never a server error."""

    start = forms.DateField(
        label=_("Van"),
        widget=DayInput,
        error_messages={
            "required": _("Vul de eerste dag van de periode in."),
            "invalid": _("Vul een geldige datum in, bijvoorbeeld 01-01-2025."),
        },
    )
    end = forms.DateField(
        label=_("Tot en met"),
        widget=DayInput,
        error_messages={
            "required": _("Vul de laatste dag van de periode in."),
            "invalid": _("Vul een geldige datum in, bijvoorbeeld 31-12-2025."),
        },
    )

    def __init__(self, data=None, **kwargs):
        if data is not None and not any(name in data for name in PERIOD_FIELDS):
            data = None
        if data is None:
            period = default_period()
            kwargs.setdefault("initial", {"start": period.start, "end": period.end})
        super().__init__(data, **kwargs)

    def clean_start(self):
        return self.within_range(self.cleaned_data["start"])

    def clean_end(self):
        return self.within_range(self.cleaned_data["end"])

    def within_range(self, day):
        if not EARLIEST <= day <= LATEST:
            raise forms.ValidationError(
                _("Kies een datum tussen %(earliest)s en %(latest)s."),
                params={"earliest": EARLIEST.year, "latest": LATEST.year},
                code="out_of_range",
            )
        return day

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                self.add_error(
                    "end", _("De laatste dag ligt vóór de eerste dag van de periode.")
                )
            elif start <= years_before(end, MAX_YEARS):
                self.add_error(
                    "end",
                    _("Kies een periode van hoogstens %(years)d jaar.")
                    % {"years": MAX_YEARS},
                )
        return cleaned

    @property
    def period(self) -> Period:
        """The chosen period; this calendar year so far when none was chosen or
        the choice is not valid."""
        if self.is_bound and self.is_valid():
            return Period(self.cleaned_data["start"], self.cleaned_data["end"])
        return default_period()

    @property
    def chose_invalid_period(self) -> bool:
        return self.is_bound and not self.is_valid()
