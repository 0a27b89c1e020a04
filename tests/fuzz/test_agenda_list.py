"""Fuzzing the agenda's list of sessions (scheduling.AgendaPage) and its filter
form: any kind of session (soort), page number (pagina) or other parameter
gives the list without a server error, with the input escaped."""

from hypothesis import given
from hypothesis import strategies as st

from cms.agenda_content import CALENDARS

from . import strategies as fuzz
from .agenda import agenda_page
from .support import assert_safe_response, fuzz_settings, isolated_example, send

LIST = 60
EXAMPLES = LIST

FIELDS = {
    "soort": fuzz.one_of_values([slug for _name, slug in CALENDARS]),
    "pagina": st.one_of(fuzz.numbers(), st.sampled_from(["1", "2", "last"])),
}


@fuzz_settings(LIST)
@given(
    data=fuzz.form_data(FIELDS),
    method=st.sampled_from(["GET", "GET", "HEAD", "POST"]),
    headers=fuzz.headers(),
)
def test_the_list_takes_any_filter(fuzz_client, data, method, headers):
    path = agenda_page().url
    with isolated_example():
        assert_safe_response(send(fuzz_client, method, path, data, **headers))
