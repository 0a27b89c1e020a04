import tempfile

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.configuration import set_hypothesis_home_dir

from pool.factories import MemberFactory, RosterGroupPageFactory

from .support import FuzzClient

# The same examples on every run (CI repeats what a developer saw), no example
# database written to disk, and no time limit per example: a page with a long
# text takes longer than hypothesis's default deadline on a busy machine.
# A failure is shrunk to a small example but not explained line by line:
# that phase reruns every failing page hundreds of times.
# The examples share one test's fixtures and undo their own changes
# (support.isolated_example), so function-scoped fixtures are fine here.
# Hypothesis also caches what it reads from the source code; in a temporary
# folder, removed at the end of the run, not in the worktree.
HYPOTHESIS_HOME = tempfile.TemporaryDirectory(prefix="oco-hypothesis-")
set_hypothesis_home_dir(HYPOTHESIS_HOME.name)
settings.register_profile(
    "fuzz",
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def fuzz_client(db):
    return FuzzClient()


@pytest.fixture
def declarant(db):
    """A member of a group of their own, who declares through a personal link."""
    group = RosterGroupPageFactory(title="Groep Fuzz")
    return MemberFactory(page=group, name="Dirk Declarant", email="dirk@example.org")
