"""What the sections share."""

from django.utils.translation import gettext as _

from ..charts import ChartItem, bar_chart
from ..formatting import Percent
from ..tables import Table, count_and_share, list_summary


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
        chart=bar_chart(items, list_summary(title, items)),
        **extra,
    )
