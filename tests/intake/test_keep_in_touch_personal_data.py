"""The note of a keep-in-touch moment goes to the member by mail: it is
refused when it holds a part of the resident's or requester's name, the phone
number however written, or a passage of what the request says about the
conversation; the message says what to leave out."""

import datetime

import pytest
from django.utils import timezone

from intake import keep_in_touch
from intake.models import KeepInTouch, Request
from intake.workflow import WorkflowError

pytestmark = pytest.mark.django_db


@pytest.fixture
def trajectory(ended_trajectory):
    Request.objects.filter(pk=ended_trajectory.request_id).update(
        requester_name="Pieter van der Vries-Özkan",
        agency="Werkplein Almere",
        remarks="Ze is slecht ter been en de trap op gaat moeilijk.",
    )
    return ended_trajectory


def plan(trajectory, coordinator, note):
    return keep_in_touch.plan(
        trajectory,
        timezone.localdate() + datetime.timedelta(days=14),
        None,
        note,
        coordinator,
    )


@pytest.mark.parametrize(
    ("note", "left_out"),
    [
        ("Vraag hoe het met mevrouw Waakvlamtest gaat.", "naam"),
        ("Groeten aan roos.", "naam"),
        ("Zoon Ozkan belt misschien terug.", "naam"),
        ("Vries wil graag meeluisteren.", "naam"),
        ("Bel 06-2468-1357 na tienen.", "telefoonnummer"),
        ("Bel (06) 246 813 57.", "telefoonnummer"),
        ("Nummer: +31 6 24681357", "telefoonnummer"),
        ("Hoe ging hulp bij het aanvragen?", "waar het gesprek over gaat"),
        (
            "Vraag of de hulp bij het aanvragen van de scootmobiel lukte.",
            "waar het gesprek over gaat",
        ),
        ("Vraag hoe het bij werkplein   ALMERE ging.", "organisatie"),
        ("Let op: de trap op gaat moeilijk.", "opmerkingen"),
    ],
)
def test_refused(trajectory, coordinator, note, left_out):
    with pytest.raises(WorkflowError, match="geen gegevens") as refused:
        plan(trajectory, coordinator, note)
    assert left_out in str(refused.value)
    assert not KeepInTouch.objects.exists()


@pytest.mark.parametrize(
    "note",
    [
        "Vraag hoe het gaat en of er nieuwe vragen zijn.",
        # Particles of a name and short common words are no name.
        "Vraag van der tevoren hoe het ging, bel in de middag.",
        "Bel op 14-03 om 10.30 uur.",
        # Three words of the subject in a row are not yet a passage.
        "Vraag naar de hulp bij het gesprek.",
        "Alleen over het werkplein, niet over de rest.",
    ],
)
def test_allowed(trajectory, coordinator, note):
    assert plan(trajectory, coordinator, note).note == note
