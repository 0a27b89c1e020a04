"""What the sections share."""

from django.utils.translation import gettext as _

from ..charts import ChartItem, bar_chart
from ..formatting import Percent
from ..tables import LegendEntry, Table, count_and_share, list_summary


def listed_bar_chart(title, items):
    """A bar chart that a screen reader reads as its title and values."""
    return bar_chart(items, list_summary(title, items))


def share_table(slug, title, sheet_title, first_header, counts, whole, **extra):
    """A table and bar chart of labelled counts with their share of whole."""
    items = [
        ChartItem(row.label, row.count, count_and_share(row.count, whole))
        for row in counts
    ]
    return Table(
        slug=slug,
        title=title,
        sheet_title=sheet_title,
        headers=[first_header, _("Aantal"), _("Aandeel (%)")],
        rows=[[row.label, row.count, Percent(row.count, whole)] for row in counts],
        chart=listed_bar_chart(title, items),
        **extra,
    )


def part_table(slug, title, sheet_title, headers, rows, items, part, rest, **extra):
    """A table and bar chart whose bars show a part inside a whole, with a
    legend naming the part and the rest."""
    return Table(
        slug=slug,
        title=title,
        sheet_title=sheet_title,
        headers=headers,
        rows=rows,
        chart=listed_bar_chart(title, items),
        legend=[
            LegendEntry("reports-swatch-part", part),
            LegendEntry("reports-swatch-whole", rest),
        ],
        **extra,
    )
