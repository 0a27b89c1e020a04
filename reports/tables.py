"""What the page shows and the exports write: sections of tables, each table
with the chart that draws the same numbers."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .charts import BarChart, ChartItem, ColumnChart
from .formatting import Percent, format_value

SUMMARY_ITEMS = 8


@dataclass(frozen=True)
class LegendEntry:
    css_class: str
    label: str


@dataclass
class Table:
    """One figure. rows hold plain values: the first cell names the row, the
    others are numbers (int, Decimal or Percent); footer is a total row."""

    slug: str
    title: str
    sheet_title: str  # at most 31 characters, as spreadsheets want
    headers: list[str]
    rows: list[list]
    chart: BarChart | ColumnChart | None = None
    note: str = ""
    footer: list | None = None
    legend: list[LegendEntry] = field(default_factory=list)

    def __post_init__(self):
        if len(self.sheet_title) > 31:
            raise ValueError(f"Sheet title too long: {self.sheet_title}")

    @property
    def body_rows(self) -> list[list[str]]:
        return [[format_value(value) for value in row] for row in self.rows]

    @property
    def footer_row(self) -> list[str] | None:
        if self.footer is None:
            return None
        return [format_value(value) for value in self.footer]

    @property
    def all_rows(self) -> list[list]:
        return [*self.rows, *([self.footer] if self.footer else [])]

    @property
    def has_bar_chart(self) -> bool:
        return isinstance(self.chart, BarChart)

    @property
    def has_column_chart(self) -> bool:
        return isinstance(self.chart, ColumnChart)


@dataclass
class Section:
    slug: str
    title: str
    intro: str
    tables: list[Table]
    empty: bool = False
    summary: str = ""  # the main numbers in a sentence; not shown when empty


def count_and_share(count: int, whole: int) -> str:
    """'12 (30,0%)'."""
    return _("%(count)s (%(percent)s)") % {
        "count": format_value(count),
        "percent": Percent(count, whole),
    }


def part_of(part: int, whole: int) -> str:
    """'25 van 30'."""
    return _("%(part)s van %(whole)s") % {
        "part": format_value(part),
        "whole": format_value(whole),
    }


def list_summary(title: str, items: list[ChartItem]) -> str:
    """The text a screen reader reads for a chart: its title and the values,
    the first SUMMARY_ITEMS of them when there are more."""
    shown = [f"{item.label}: {item.text}" for item in items[:SUMMARY_ITEMS]]
    hidden = len(items) - len(shown)
    if hidden > 0:
        shown.append(_("en %(count)d meer in de tabel") % {"count": hidden})
    return f"{title}. " + "; ".join(shown) + "."
