from tests.pool.conftest import (  # noqa: F401
    contact_a,
    coordinator,
    editor,
    group_a,
)
