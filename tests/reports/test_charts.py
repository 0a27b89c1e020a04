"""The geometry of the charts: the longest bar fills the room for bars, a
zero gets no bar."""

import pytest

from reports.charts import (
    CHARACTER_WIDTH,
    CHART_WIDTH,
    PLOT_HEIGHT,
    ChartItem,
    bar_chart,
    column_chart,
    label_step,
)


def items(*values):
    return [
        ChartItem(f"Rij {index}", value, str(value))
        for index, value in enumerate(values)
    ]


def test_the_longest_bar_is_full_width_and_zero_gives_no_bar():
    chart = bar_chart(items(10, 5, 0), "Samenvatting")

    longest, half, zero = chart.bars
    assert longest.width == chart.bar_area
    assert 0 < chart.bar_area < CHART_WIDTH
    assert half.width == pytest.approx(chart.bar_area / 2, abs=0.1)
    assert zero.width == 0


def test_bars_sit_below_their_labels_and_do_not_overlap():
    chart = bar_chart(items(3, 2, 1), "Samenvatting")

    for bar in chart.bars:
        assert bar.label_y < bar.bar_y
    for upper, lower in zip(chart.bars, chart.bars[1:], strict=False):
        assert upper.bar_y + chart.bar_height < lower.label_y - chart.font_size
    last = chart.bars[-1]
    assert last.bar_y + chart.bar_height <= chart.height


def test_the_value_text_follows_its_bar():
    chart = bar_chart(items(8, 0), "Samenvatting")

    assert chart.bars[0].text_x > chart.bars[0].width
    assert chart.bars[1].text_x > 0


def test_a_part_is_drawn_on_the_same_scale_as_the_whole():
    chart = bar_chart(
        [
            ChartItem("Alfa", 20, "15 van 20", part=15),
            ChartItem("Bravo", 10, "0 van 10", part=0),
        ],
        "Samenvatting",
    )

    alfa, bravo = chart.bars
    assert alfa.width == chart.bar_area
    assert alfa.part_width == pytest.approx(chart.bar_area * 0.75, abs=0.1)
    assert bravo.width == pytest.approx(chart.bar_area / 2, abs=0.1)
    assert bravo.part_width == 0
    assert chart.has_parts


def test_all_zero_gives_no_bars_at_all():
    chart = bar_chart(items(0, 0), "Samenvatting")

    assert [bar.width for bar in chart.bars] == [0, 0]


def test_the_highest_column_is_full_height_and_zero_gives_no_column():
    chart = column_chart(items(4, 0, 2), "Samenvatting")

    highest, zero, half = chart.columns
    assert highest.height == PLOT_HEIGHT
    assert highest.y == chart.baseline_y - PLOT_HEIGHT
    assert zero.height == 0
    assert half.height == PLOT_HEIGHT / 2
    assert highest.x < zero.x < half.x
    assert half.x + half.width <= CHART_WIDTH


def test_twelve_months_all_get_a_label_and_sixty_every_fourth():
    assert label_step(12) == 1
    assert label_step(60) == 4
    chart = column_chart(items(*range(60)), "Samenvatting")
    assert [column.show_label for column in chart.columns[:5]] == [
        True,
        False,
        False,
        False,
        True,
    ]


def test_month_labels_stay_inside_the_chart():
    months = [
        ChartItem("jan", 1, "1", sublabel="2011"),
        *items(*range(58)),
        ChartItem("dec", 1, "1"),
    ]
    chart = column_chart(months, "Samenvatting")

    first, last = chart.columns[0], chart.columns[-1]
    assert first.center_x < first.label_x
    assert first.label_x - len("2011") * CHARACTER_WIDTH / 2 >= 0
    assert last.label_x + len("dec") * CHARACTER_WIDTH / 2 <= CHART_WIDTH
