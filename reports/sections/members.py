"""The pool: active OCO's, their VOG, and who came to training and
intervision."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..charts import ChartItem
from ..figures.training import attendance
from ..formatting import Percent, format_value
from ..tables import Section, part_of
from .shared import part_table


def vog_section(report) -> Section:
    coverage = report.coverage
    day = date_format(coverage.day, "j F Y")
    if coverage.day < report.period.end:
        which_day = _("Dat is vandaag, want de periode is nog niet voorbij.")
    else:
        which_day = _("Dat is de laatste dag van de periode.")
    items = [
        ChartItem(
            group.group,
            group.active,
            part_of(group.valid_vog, group.active),
            part=group.valid_vog,
        )
        for group in coverage.groups
    ]
    title = _("Actieve OCO's en geldige VOG per groep")
    return Section(
        slug="actieve-ocos",
        title=_("Actieve OCO's en VOG"),
        intro=_(
            "OCO's die op minstens één dag van deze periode lid waren van een "
            "groep, ook als zij later stopten. Een VOG is geldig als hij op "
            "%(day)s niet ouder is dan %(years)d jaar. %(which_day)s"
        )
        % {"day": day, "years": report.valid_years, "which_day": which_day},
        summary=_(
            "Actieve OCO's: %(active)s. Met een geldige VOG op %(day)s: "
            "%(valid)s (%(share)s)."
        )
        % {
            "active": format_value(coverage.active),
            "valid": format_value(coverage.valid_vog),
            "share": Percent(coverage.valid_vog, coverage.active),
            "day": day,
        },
        empty=coverage.active == 0,
        tables=[
            part_table(
                "actieve-ocos-vog",
                title,
                _("Actieve OCO's en VOG"),
                [
                    _("Groep"),
                    _("Actieve OCO's"),
                    _("Met geldige VOG op %(day)s") % {"day": day},
                    _("Aandeel met geldige VOG (%)"),
                ],
                [
                    [
                        group.group,
                        group.active,
                        group.valid_vog,
                        Percent(group.valid_vog, group.active),
                    ]
                    for group in coverage.groups
                ],
                items,
                _("Met geldige VOG"),
                _("Zonder geldige VOG"),
                footer=[
                    _("Totaal"),
                    coverage.active,
                    coverage.valid_vog,
                    Percent(coverage.valid_vog, coverage.active),
                ],
            )
        ],
    )


def training_section(report) -> Section:
    rows = attendance(report.period)
    active = report.coverage.active
    attendance_items = [
        ChartItem(
            row.label,
            row.registered,
            _("%(part)s aanwezig") % {"part": part_of(row.attended, row.registered)},
            part=row.attended,
        )
        for row in rows
    ]
    members_items = [
        ChartItem(
            row.label,
            active,
            part_of(row.members_attended, active),
            part=row.members_attended,
        )
        for row in rows
    ]
    attendance_title = _("Aanmeldingen en aanwezigheid")
    members_title = _("Actieve OCO's die minstens één keer aanwezig waren")
    return Section(
        slug="training-intervisie",
        title=_("Training en intervisie"),
        intro=_(
            "Sessies in deze periode die niet zijn afgelast, met de bevestigde "
            "aanmeldingen: niet afgemeld en niet op de wachtlijst. Aanwezig, "
            "afwezig of onbekend is wat de "
            "coördinator na de sessie invulde. De opkomst is het deel aanwezig van "
            "de aanmeldingen waarvan de aanwezigheid is ingevuld."
        ),
        empty=not any(row.registered for row in rows),
        summary=_(
            "Sessies: %(sessions)s. Aanmeldingen: %(registered)s. "
            "Aanwezig: %(attended)s."
        )
        % {
            "sessions": format_value(sum(row.sessions for row in rows)),
            "registered": format_value(sum(row.registered for row in rows)),
            "attended": format_value(sum(row.attended for row in rows)),
        },
        tables=[
            part_table(
                "opkomst",
                attendance_title,
                _("Opkomst"),
                [
                    _("Soort"),
                    _("Sessies"),
                    _("Aangemeld"),
                    _("Aanwezig"),
                    _("Afwezig"),
                    _("Onbekend"),
                    _("Opkomst (%)"),
                ],
                [
                    [
                        row.label,
                        row.sessions,
                        row.registered,
                        row.attended,
                        row.absent,
                        row.unknown,
                        Percent(row.attended, row.recorded),
                    ]
                    for row in rows
                ],
                attendance_items,
                _("Aanwezig"),
                _("Afwezig of nog niet ingevuld"),
            ),
            part_table(
                "deelname-ocos",
                members_title,
                _("Deelname OCO's"),
                [
                    _("Soort"),
                    _("OCO's minstens één keer aanwezig"),
                    _("Actieve OCO's"),
                    _("Aandeel (%)"),
                ],
                [
                    [
                        row.label,
                        row.members_attended,
                        active,
                        Percent(row.members_attended, active),
                    ]
                    for row in rows
                ],
                members_items,
                _("Minstens één keer aanwezig"),
                _("Niet aanwezig geweest"),
            ),
        ],
    )
