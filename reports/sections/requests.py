"""The requests: how many came in, about what, how they found us, and how
long until a coordinator approved a match."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..charts import ChartItem, column_chart
from ..figures.matching import time_to_match
from ..figures.requests import per_domain, per_month, per_referral
from ..formatting import format_value, rounded
from ..tables import Section, Table
from .shared import share_table


def requests_section(report) -> Section:
    months = per_month(report.period)
    domains = per_domain(report.period)
    total = domains.requests
    items = [
        ChartItem(
            date_format(row.month, "b"),
            row.count,
            format_value(row.count),
            sublabel=str(row.month.year) if index == 0 or row.month.month == 1 else "",
        )
        for index, row in enumerate(months)
    ]
    busiest = max(months, key=lambda row: row.count)
    month_title = _("Aanvragen per maand")
    month_summary = _(
        "%(title)s: in totaal %(total)s, de meeste in %(month)s (%(count)s)."
    ) % {
        "title": month_title,
        "total": format_value(total),
        "month": date_format(busiest.month, "F Y"),
        "count": format_value(busiest.count),
    }
    return Section(
        slug="aanvragen",
        title=_("Aanvragen"),
        intro=_(
            "Alle aanvragen die in deze periode binnenkwamen, via het formulier of "
            "de telefoon."
        ),
        summary=_("Aanvragen in totaal: %(total)s.") % {"total": format_value(total)},
        empty=total == 0,
        tables=[
            Table(
                slug="aanvragen-per-maand",
                title=month_title,
                sheet_title=_("Aanvragen per maand"),
                headers=[_("Maand"), _("Aanvragen")],
                rows=[[date_format(row.month, "F Y"), row.count] for row in months],
                chart=column_chart(items, month_summary),
                footer=[_("Totaal"), total],
            ),
            share_table(
                "aanvragen-per-domein",
                _("Aanvragen per domein"),
                _("Aanvragen per domein"),
                _("Domein"),
                domains.domains,
                total,
                note=_(
                    "Een aanvraag over twee domeinen telt bij allebei mee. Daarom "
                    "kunnen de aantallen samen meer zijn dan het aantal aanvragen, "
                    "en de percentages samen meer dan 100%."
                ),
            ),
            share_table(
                "aanvragen-per-verwijzer",
                _("Hoe kwamen aanvragers bij ons?"),
                _("Hoe bij ons gekomen"),
                _("Hoe bij ons gekomen"),
                per_referral(report.period),
                total,
            ),
        ],
    )


def matching_section(report) -> Section:
    figure = time_to_match(report.period)
    return Section(
        slug="tijd-tot-koppeling",
        title=_("Tijd tot een goedgekeurde koppeling"),
        intro=_(
            "Voor de aanvragen uit deze periode waarvoor een coördinator een OCO "
            "heeft goedgekeurd: het aantal dagen van de dag van de aanvraag tot de "
            "dag van de eerste goedkeuring. De mediaan is het middelste getal: de "
            "helft wachtte korter, de helft langer. Het 90e percentiel: 9 van de "
            "10 aanvragen waren binnen dit aantal dagen gekoppeld."
        ),
        empty=figure.requests == 0,
        tables=[
            Table(
                slug="tijd-tot-koppeling-kerncijfers",
                title=_("Kerncijfers tijd tot koppeling"),
                sheet_title=_("Tijd tot koppeling kerncijfers"),
                headers=[_("Kerncijfer"), _("Waarde")],
                rows=[
                    [_("Aantal aanvragen met goedgekeurde koppeling"), figure.requests],
                    [
                        _("Mediaan (dagen)"),
                        None if figure.median is None else rounded(figure.median),
                    ],
                    [_("90e percentiel (dagen)"), figure.percentile_90],
                ],
            ),
            share_table(
                "tijd-tot-koppeling",
                _("Aanvragen naar tijd tot koppeling"),
                _("Tijd tot koppeling"),
                _("Tijd tot goedgekeurde koppeling"),
                figure.buckets,
                figure.requests,
            ),
        ],
    )
