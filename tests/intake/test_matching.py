"""Match suggestions: ranking, reasons, and conflicts of interest."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from intake import workflow
from intake.choices import TrajectoryStatus
from intake.factories import RequestFactory, TrajectoryFactory
from intake.matching import conflicting_role, suggest
from pool.factories import MemberFactory, RosterGroupPageFactory
from pool.models import PoolSettings
from pool.models.members import years_before

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(db):
    return RosterGroupPageFactory(title="Groep Matching")


def member(group, name, **fields):
    defaults = {
        "domains": ["wmo"],
        "languages": "Nederlands",
        "lived_experience": [],
    }
    return MemberFactory(page=group, name=name, **{**defaults, **fields})


def in_group(request_obj, group):
    """The suggestions among one group's members: the initial content has
    members of its own."""
    return suggest(request_obj, groups=[group])


def ranked(request_obj, group):
    return [s.member.name for s in in_group(request_obj, group)]


def by_name(request_obj, group, name):
    return next(s for s in in_group(request_obj, group) if s.member.name == name)


def test_domain_and_language_rank_above_a_member_without(group):
    member(group, "Aart Zonder", domains=["jeugd"], languages="Nederlands")
    member(group, "Zeynep Past", domains=["wmo"], languages="Nederlands, Turks")
    request_obj = RequestFactory(domains=["wmo"], wish_language="Turks")
    assert ranked(request_obj, group) == ["Zeynep Past", "Aart Zonder"]
    best = by_name(request_obj, group, "Zeynep Past")
    assert any("Kent het onderwerp" in reason for reason in best.reasons)
    assert "Spreekt Turks" in best.reasons
    assert (
        "Spreekt de gewenste taal niet"
        in by_name(request_obj, group, "Aart Zonder").concerns
    )


def test_no_preference_ignores_the_language_wish(group):
    member(group, "Aart Nederlands")
    request_obj = RequestFactory(wish_language="Turks", no_preference=True)
    assert by_name(request_obj, group, "Aart Nederlands").concerns == []


def test_lived_experience_counts(group):
    member(group, "Aart Zonder")
    member(group, "Zus Ervaren", lived_experience=["schulden"])
    request_obj = RequestFactory(wish_lived_experience=["schulden"])
    assert ranked(request_obj, group) == ["Zus Ervaren", "Aart Zonder"]
    assert "Ervaring met schulden" in by_name(request_obj, group, "Zus Ervaren").reasons


def test_a_valid_vog_counts(group):
    member(group, "Aart Zonder VOG", vog_date=None)
    member(group, "Zus Met VOG")
    request_obj = RequestFactory()
    assert ranked(request_obj, group) == ["Zus Met VOG", "Aart Zonder VOG"]
    assert "Geldige VOG" in by_name(request_obj, group, "Zus Met VOG").reasons
    assert "VOG ontbreekt" in by_name(request_obj, group, "Aart Zonder VOG").concerns


def test_an_expired_vog_is_a_concern(group):
    valid_years = PoolSettings.load().vog_valid_years
    expired = years_before(timezone.localdate(), valid_years) - datetime.timedelta(1)
    member(group, "Aart Verlopen", vog_date=expired)
    member(group, "Zus Met VOG")
    request_obj = RequestFactory()
    assert ranked(request_obj, group) == ["Zus Met VOG", "Aart Verlopen"]
    old = by_name(request_obj, group, "Aart Verlopen")
    assert "VOG is verlopen" in old.concerns
    assert "Geldige VOG" not in old.reasons


def test_the_oco_the_resident_left_ranks_below_the_others(group, coordinator):
    left = member(group, "Aart Eerder", domains=["wmo"])
    member(group, "Zus Nieuw", domains=["jeugd"])
    request_obj = RequestFactory(domains=["wmo"])
    workflow.approve(workflow.propose(request_obj, left, coordinator), coordinator)
    workflow.ask_other_oco(request_obj, coordinator)
    assert ranked(request_obj, group) == ["Zus Nieuw", "Aart Eerder"]
    assert (
        "De inwoner vroeg eerder om een andere OCO dan dit lid"
        in by_name(request_obj, group, "Aart Eerder").concerns
    )


def test_running_trajectories_lower_the_rank(group):
    busy = member(group, "Aart Bezig")
    member(group, "Zus Vrij")
    for _ in range(2):
        TrajectoryFactory(member=busy, status=TrajectoryStatus.RUNNING)
    request_obj = RequestFactory()
    assert ranked(request_obj, group) == ["Zus Vrij", "Aart Bezig"]
    suggestion = by_name(request_obj, group, "Aart Bezig")
    assert suggestion.running == 2
    assert "Heeft nu 2 lopende trajecten" in suggestion.concerns


def test_inactive_and_already_proposed_members_are_left_out(group, coordinator):
    member(group, "Ina Inactief", active=False, left_on="2025-01-01")
    proposed = member(group, "Piet Voorgesteld")
    member(group, "Vera Vrij")
    request_obj = RequestFactory()
    workflow.propose(request_obj, proposed, coordinator)
    assert ranked(request_obj, group) == ["Vera Vrij"]


def test_groups_limit_the_members(group_a, group_b):
    request_obj = RequestFactory()
    assert {s.member.name for s in in_group(request_obj, group_b)} == {"Bert Bravolid"}
    assert len(suggest(request_obj, limit=1, groups=[group_a, group_b])) == 1


@pytest.mark.parametrize(
    ("agency", "role"),
    [
        ("UWV", "UWV Almere"),
        ("UWV Almere", "UWV"),
        ("uwv", "UWV"),
        ("De Schoor", "Zorggroep De Schoor"),
        ("Zorggroep De Schoor", "De Schoor"),
        ("Stichting De Schoor", "Zorggroep De Schoor"),
        ("UWV Almere Stad", "Medewerker UWV"),
        ("Wijkteam Almere Haven", "Vrijwilliger wijkteam"),
        ("Cliëntenraad", "clientenraad"),
        ("Gemeente Almere (Wmo-loket)", "Wmo-loket gemeente"),
    ],
)
def test_a_role_at_the_agency_is_a_conflict(group, agency, role):
    conflicted = member(
        group,
        "Aart Conflict",
        languages="Nederlands, Turks",
        lived_experience=["schulden"],
        other_roles=f"Vrijwilliger bij de voedselbank\n{role}",
    )
    member(group, "Zus Zonder Rol", domains=["jeugd"], vog_date=None)
    request_obj = RequestFactory(
        agency=agency, wish_language="Turks", wish_lived_experience=["schulden"]
    )
    assert conflicting_role(conflicted, agency) == role
    suggestions = in_group(request_obj, group)
    assert [s.member.name for s in suggestions] == ["Zus Zonder Rol", "Aart Conflict"]
    assert suggestions[-1].blocked
    assert "Belangenverstrengeling" in suggestions[-1].conflict
    assert not suggestions[0].blocked


@pytest.mark.parametrize(
    ("agency", "role"),
    [
        ("Gemeente Almere", "Welzijn Almere"),
        ("Welzijn Almere", "Gemeente Almere"),
        ("De Schoor", "De Kern"),
        ("Almere", "Stichting Almere"),
        ("", "UWV"),
    ],
)
def test_no_false_conflict(group, agency, role):
    someone = member(group, "Aart Anders", other_roles=role)
    assert conflicting_role(someone, agency) is None
    assert not in_group(RequestFactory(agency=agency), group)[0].blocked


def test_the_workflow_refuses_a_conflict(group, coordinator):
    conflicted = member(group, "Aart Conflict", other_roles="UWV Almere")
    request_obj = RequestFactory(agency="UWV")
    with pytest.raises(workflow.WorkflowError, match="Belangenverstrengeling"):
        workflow.propose(request_obj, conflicted, coordinator)
    trajectory = TrajectoryFactory(request=request_obj, member=conflicted)
    with pytest.raises(workflow.WorkflowError, match="Belangenverstrengeling"):
        workflow.approve(trajectory, coordinator)
    trajectory.refresh_from_db()
    assert trajectory.status == TrajectoryStatus.PROPOSED


def test_a_role_declared_after_the_proposal_blocks_the_approval(group, coordinator):
    someone = member(group, "Aart Later")
    request_obj = RequestFactory(agency="Zorggroep De Schoor")
    trajectory = workflow.propose(request_obj, someone, coordinator)
    someone.other_roles = "De Schoor"
    someone.save()
    with pytest.raises(workflow.WorkflowError):
        workflow.approve(trajectory, coordinator)


def count_queries(request_obj, group):
    with CaptureQueriesContext(connection) as context:
        suggestions = in_group(request_obj, group)
    return len(context.captured_queries), len(suggestions)


def test_the_number_of_queries_does_not_grow_with_the_members(group):
    request_obj = RequestFactory(wish_lived_experience=["schulden"])
    member(group, "Eerste")
    in_group(request_obj, group)  # a first call fills the caches
    few, shown = count_queries(request_obj, group)
    assert shown == 1
    for number in range(20):
        busy = member(group, f"Lid {number}", other_roles="Werkplein Almere")
        TrajectoryFactory(member=busy, status=TrajectoryStatus.RUNNING)
    many, shown = count_queries(request_obj, group)
    assert shown == 21
    assert many == few


@pytest.mark.parametrize(
    "wish",
    [
        "Turks",
        "Nederlands en Turks",
        "Turks (of Koerdisch)",
        "liever Turks",
        "Turks En Arabisch",
        "turks/arabisch",
    ],
)
def test_language_wishes_as_people_write_them(group, wish):
    member(group, "Aa Alleen Nederlands", languages="Nederlands")
    member(group, "Zz Turks", languages="Nederlands, Turks")
    request_obj = RequestFactory(wish_language=wish)
    best, other = in_group(request_obj, group)
    assert best.member.name == "Zz Turks"
    assert "Spreekt Turks" in best.reasons
    assert "Spreekt de gewenste taal niet" in other.concerns


def test_a_wish_for_dutch_alone_tells_members_nothing_apart(group):
    member(group, "Aa Alleen Nederlands", languages="Nederlands")
    member(group, "Zz Turks", languages="Nederlands, Turks")
    suggestions = in_group(RequestFactory(wish_language="Nederlands"), group)
    assert suggestions[0].score == suggestions[1].score
    for suggestion in suggestions:
        assert not any("taal" in concern for concern in suggestion.concerns)
        assert not any("Spreekt" in reason for reason in suggestion.reasons)
