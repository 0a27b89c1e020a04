"""The approved trajectories: follow-up support and who delivered them."""

from django.utils.translation import gettext as _

from ..figures.counts import LabelledCount
from ..figures.trajectories import follow_up, per_organisation, support_frequency
from ..formatting import Percent, format_value
from ..tables import Section
from .shared import share_table


def follow_up_section(report) -> Section:
    figure = follow_up(report.period)
    counts = [
        LabelledCount("yes", _("Met vervolgondersteuning"), figure.with_follow_up),
        LabelledCount("no", _("Zonder vervolgondersteuning"), figure.without_follow_up),
    ]
    return Section(
        slug="vervolgondersteuning",
        title=_("Vervolgondersteuning"),
        intro=_(
            "Goedgekeurde trajecten die in deze periode begonnen: bleef de OCO "
            "ondersteunen na het eerste gesprek?"
        ),
        summary=_(
            "Met vervolgondersteuning: %(count)s van %(total)s goedgekeurde "
            "trajecten (%(share)s)."
        )
        % {
            "count": format_value(figure.with_follow_up),
            "share": Percent(figure.with_follow_up, figure.trajectories),
            "total": format_value(figure.trajectories),
        },
        empty=figure.trajectories == 0,
        tables=[
            share_table(
                "vervolgondersteuning",
                _("Trajecten met en zonder vervolgondersteuning"),
                _("Vervolgondersteuning"),
                _("Trajecten"),
                counts,
                figure.trajectories,
            )
        ],
    )


def organisations_section(report) -> Section:
    counts = per_organisation(report.period)
    total = sum(row.count for row in counts)
    frequency = support_frequency(report.period)
    frequency_counts = [
        LabelledCount("once", _("Eén keer"), frequency.once),
        LabelledCount("more", _("Vaker dan één keer"), frequency.more_than_once),
    ]
    return Section(
        slug="organisaties",
        title=_("Ondersteuning per organisatie"),
        intro=_(
            "Goedgekeurde trajecten die in deze periode begonnen, naar de "
            "organisatie van de OCO. OCO's die niet bij een organisatie horen, "
            "staan onder \u201cLosse OCO's\u201d."
        ),
        empty=total == 0,
        summary=_("Goedgekeurde trajecten in totaal: %(total)s.")
        % {"total": format_value(total)},
        tables=[
            share_table(
                "per-organisatie",
                _("Goedgekeurde trajecten per organisatie"),
                _("Trajecten per organisatie"),
                _("Organisatie"),
                counts,
                total,
                footer=[_("Totaal"), total, Percent(total, total)],
            ),
            share_table(
                "ocos-een-of-vaker",
                _("Hoe vaak ondersteunde een OCO in deze periode?"),
                _("OCO's een keer of vaker"),
                _("Aantal trajecten per OCO"),
                frequency_counts,
                frequency.members,
                note=_(
                    "Telt de OCO's met minstens één goedgekeurd traject dat in deze "
                    "periode begon. Aantal OCO's: %(members)s."
                )
                % {"members": format_value(frequency.members)},
            ),
        ],
    )
