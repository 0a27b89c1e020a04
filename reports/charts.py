"""The geometry of the report's charts, drawn as SVG by templates.

Horizontal bars for categories (the label above its bar, so long names are
never cut off) and columns for months. The longest bar fills the width that
bars have; a zero gets no bar at all. Coordinates are in SVG user units; the
chart is drawn at CHART_WIDTH pixels wide and shrinks on narrow screens."""

import math
from dataclasses import dataclass

CHART_WIDTH = 720
FONT_SIZE = 14
CHARACTER_WIDTH = 8.5  # generous for the admin's font at FONT_SIZE
TEXT_GAP = 8

LABEL_LINE = 20  # the category's name above its bar
BAR_HEIGHT = 18
ROW_GAP = 14
MIN_VALUE_SPACE = 48
MAX_VALUE_SPACE = 260

PLOT_HEIGHT = 200
VALUE_LINE = 22  # room above the highest column for its number
LABEL_LINES = 44  # month and year under the columns
COLUMN_FILL = 0.7  # the part of its slot a column fills
MIN_LABEL_SLOT = 44  # horizontal room one month label needs
MIN_VALUE_SLOT = 30  # room a number above a column needs


def text_width(text: str) -> float:
    return len(text) * CHARACTER_WIDTH


def scale(value: float, maximum: float, length: float) -> float:
    """value as a length on a scale where maximum is length."""
    if maximum <= 0 or value <= 0:
        return 0.0
    return round(value / maximum * length, 1)


@dataclass(frozen=True)
class ChartItem:
    """One category or month: its name, its value and how the value reads.
    part is a share of value drawn inside its bar (e.g. "with a VOG")."""

    label: str
    value: float
    text: str
    part: float | None = None
    sublabel: str = ""


@dataclass(frozen=True)
class HorizontalBar:
    label: str
    text: str
    label_y: float
    bar_y: float
    width: float
    part_width: float | None
    text_x: float
    text_y: float


@dataclass(frozen=True)
class BarChart:
    summary: str
    width: int
    height: int
    bar_height: int
    font_size: int
    bar_area: float
    bars: list[HorizontalBar]

    @property
    def has_parts(self) -> bool:
        return any(bar.part_width is not None for bar in self.bars)


def bar_chart(items: list[ChartItem], summary: str) -> BarChart:
    widest_text = max((text_width(item.text) for item in items), default=0)
    value_space = math.ceil(
        min(max(widest_text + TEXT_GAP, MIN_VALUE_SPACE), MAX_VALUE_SPACE)
    )
    bar_area = CHART_WIDTH - value_space
    maximum = max((item.value for item in items), default=0)
    row_height = LABEL_LINE + BAR_HEIGHT + ROW_GAP
    bars = []
    for index, item in enumerate(items):
        top = index * row_height
        width = scale(item.value, maximum, bar_area)
        part_width = None
        if item.part is not None:
            part_width = scale(item.part, maximum, bar_area)
        bar_y = top + LABEL_LINE
        bars.append(
            HorizontalBar(
                label=item.label,
                text=item.text,
                label_y=top + FONT_SIZE,
                bar_y=bar_y,
                width=width,
                part_width=part_width,
                text_x=width + TEXT_GAP,
                text_y=bar_y + BAR_HEIGHT / 2 + FONT_SIZE * 0.35,
            )
        )
    return BarChart(
        summary=summary,
        width=CHART_WIDTH,
        height=max(len(items) * row_height - ROW_GAP, 1),
        bar_height=BAR_HEIGHT,
        font_size=FONT_SIZE,
        bar_area=bar_area,
        bars=bars,
    )


@dataclass(frozen=True)
class Column:
    label: str
    sublabel: str
    text: str
    x: float
    width: float
    y: float
    height: float
    center_x: float
    label_x: float  # the centre, moved inwards where a label would stick out
    text_y: float
    show_label: bool
    show_text: bool


@dataclass(frozen=True)
class ColumnChart:
    summary: str
    width: int
    height: int
    font_size: int
    baseline_y: float
    label_y: float
    sublabel_y: float
    plot_height: float
    columns: list[Column]


def label_step(count: int) -> int:
    """Label every column, or every second, third... when they would touch."""
    room = max(CHART_WIDTH // MIN_LABEL_SLOT, 1)
    return max(math.ceil(count / room), 1)


def column_chart(items: list[ChartItem], summary: str) -> ColumnChart:
    count = max(len(items), 1)
    slot = CHART_WIDTH / count
    column_width = round(slot * COLUMN_FILL, 1)
    baseline_y = VALUE_LINE + PLOT_HEIGHT
    maximum = max((item.value for item in items), default=0)
    step = label_step(len(items))
    columns = []
    for index, item in enumerate(items):
        height = scale(item.value, maximum, PLOT_HEIGHT)
        x = round(index * slot + (slot - column_width) / 2, 1)
        center_x = round(x + column_width / 2, 1)
        half_label = max(text_width(item.label), text_width(item.sublabel)) / 2
        columns.append(
            Column(
                label=item.label,
                sublabel=item.sublabel,
                text=item.text,
                x=x,
                width=column_width,
                y=round(baseline_y - height, 1),
                height=height,
                center_x=center_x,
                label_x=min(max(center_x, half_label), CHART_WIDTH - half_label),
                text_y=round(baseline_y - height - TEXT_GAP / 2, 1),
                show_label=index % step == 0,
                show_text=slot >= MIN_VALUE_SLOT and text_width(item.text) <= slot,
            )
        )
    return ColumnChart(
        summary=summary,
        width=CHART_WIDTH,
        height=int(baseline_y + LABEL_LINES),
        font_size=FONT_SIZE,
        baseline_y=baseline_y,
        label_y=baseline_y + FONT_SIZE + 6,
        sublabel_y=baseline_y + 2 * FONT_SIZE + 10,
        plot_height=PLOT_HEIGHT,
        columns=columns,
    )
