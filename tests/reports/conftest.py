from tests.pool.conftest import (  # noqa: F401
    PASSWORD,
    contact_a,
    contact_b,
    coordinator,
    editor,
    group_a,
    group_b,
)
