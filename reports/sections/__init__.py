"""The six parts of the coordinators' report, built from the figures; every
text the user reads is here, the figures modules only count."""

from django.utils.functional import cached_property

from ..figures.members import vog_coverage
from ..periods import Period
from ..tables import Section, Table
from .members import training_section, vog_section
from .requests import matching_section, requests_section
from .trajectories import follow_up_section, organisations_section

SECTION_BUILDERS = [
    requests_section,
    matching_section,
    follow_up_section,
    organisations_section,
    vog_section,
    training_section,
]

# Which section holds each table, so that one table can be exported alone.
TABLE_SECTIONS = {
    "aanvragen-per-maand": requests_section,
    "aanvragen-per-domein": requests_section,
    "aanvragen-per-verwijzer": requests_section,
    "tijd-tot-koppeling-kerncijfers": matching_section,
    "tijd-tot-koppeling": matching_section,
    "vervolgondersteuning": follow_up_section,
    "per-organisatie": organisations_section,
    "ocos-een-of-vaker": organisations_section,
    "actieve-ocos-vog": vog_section,
    "opkomst": training_section,
    "deelname-ocos": training_section,
}


class Report:
    def __init__(self, period: Period, valid_years: int):
        self.period = period
        self.valid_years = valid_years

    @cached_property
    def coverage(self):
        return vog_coverage(self.period, self.valid_years)

    def sections(self) -> list[Section]:
        return [build(self) for build in SECTION_BUILDERS]

    def table(self, slug: str) -> Table | None:
        build = TABLE_SECTIONS.get(slug)
        if build is None:
            return None
        return next(table for table in build(self).tables if table.slug == slug)
