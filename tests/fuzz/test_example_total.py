"""The fuzz tests together send at least 10,000 inputs, across every public
form: each file says how many in its EXAMPLES (the sum of its tests'
max_examples). Hypothesis runs exactly that many examples per test unless
one fails; pytest --hypothesis-show-statistics shows the counts and which
answers (method and status) the examples got."""

import importlib
from pathlib import Path

MINIMUM = 10_000
FORMS = [
    "test_request_form",
    "test_agenda_list",
    "test_agenda_registration",
    "test_cancel_link",
    "test_contribution_link",
    "test_session_feeds",
    "test_search",
    "test_feedback_form",
    "test_declaration_link_request",
    "test_declaration_form",
    "test_declaration_withdraw",
]


def test_every_fuzz_file_is_counted():
    files = {path.stem for path in Path(__file__).parent.glob("test_*.py")}
    assert files - {Path(__file__).stem} == set(FORMS)


def test_at_least_ten_thousand_inputs_in_total():
    counts = {
        name: importlib.import_module(f"{__package__}.{name}").EXAMPLES
        for name in FORMS
    }
    assert all(count > 0 for count in counts.values()), counts
    assert sum(counts.values()) >= MINIMUM, counts
