from dataclasses import dataclass


@dataclass(frozen=True)
class LabelledCount:
    """One bar of a chart and one row of its table."""

    key: str
    label: str
    count: int
