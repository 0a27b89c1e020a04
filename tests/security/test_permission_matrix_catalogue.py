"""The permission matrix covers every URL that takes an argument: the walk
finds the views of every part of the site, each URL is filled and
classified, and a view nobody classified fails with what to add where."""

from .permission_rules import (
    DENIED,
    LOGIN,
    NO_PERSONAL_DATA,
    PUBLIC_RULES,
    ROLES,
    RULES,
    expectation,
    fallback,
)
from .permission_rules import lookup as rule_for
from .url_catalogue import (
    PATTERNS,
    PATTERNS_BY_KEY,
    TARGETS_BY_NAME,
    UrlPattern,
    targets_for,
)


def roles_of(pattern: UrlPattern) -> list[str]:
    return list(ROLES) if pattern.is_admin else ["anonymous"]


def problems(patterns: dict) -> list[str]:
    """What is missing for each URL, and where to add it."""
    found = []
    for key, pattern in patterns.items():
        where = f"{key} ({pattern.route})"
        targets = targets_for(pattern)
        if not targets:
            found.append(
                f"{where}: say which objects fill it in TARGETS_BY_NAME of "
                "tests/security/url_catalogue.py"
            )
            continue
        table = "RULES" if pattern.is_admin else "PUBLIC_RULES"
        for target in targets:
            missing = [
                role
                for role in roles_of(pattern)
                if expectation(key, pattern.is_admin, target, role) is None
            ]
            if missing:
                found.append(
                    f"{where}, {target}: say what {', '.join(missing)} get in "
                    f"{table} of tests/security/permission_rules.py"
                )
    return found


def test_the_walk_finds_every_part_of_the_site():
    names = {pattern.name for pattern in PATTERNS}
    assert len(PATTERNS) >= 180
    assert {
        "wagtailadmin_pages:edit",
        "wagtailadmin_workflows:edit",
        "wagtailadmin_collections:edit",
        "wagtaildocs:edit",
        "wagtailimages:edit",
        "wagtailsnippets_pool_organisation:edit",
        "wagtailusers_users:edit",
        "wagtailusers_groups:edit",
        "wagtailforms:list_submissions",
        "wagtailredirects:edit",
        "wagtailsettings:edit",
        "pool_roster:export_csv",
        "pool_declarations:inspect",
        "pool_other_allowances:history",
        "pool_allowance_years:edit",
        "intake_requests:inspect",
        "intake_shared:detail",
        "intake_outbox:retry",
        "scheduling_session:occurrence",
        "scheduling_registrations:cancel",
        "scheduling_register:occurrence",
        "reports_figures:export_csv",
        "scheduling:cancel",
        "scheduling:personal_feed",
        "wagtaildocs_serve",
        "pool.declarationpage:withdraw",
        "scheduling.agendapage:detail",
    } <= names


def test_every_url_with_an_argument_is_filled_and_classified():
    found = problems(PATTERNS_BY_KEY)
    assert not found, "\n".join(found)


def test_a_new_view_fails_with_what_to_add():
    new = UrlPattern(
        "pool_new:frobnicate", "admin/nieuw/<int:pk>/", ("pk",), False, None
    )
    assert problems({"pool_new:frobnicate": new}) == [
        "pool_new:frobnicate (admin/nieuw/<int:pk>/): say which objects fill it "
        "in TARGETS_BY_NAME of tests/security/url_catalogue.py"
    ]


def test_a_view_without_a_rule_gets_the_safe_expectation():
    """Until it is classified, the matrix still checks a new view."""
    assert rule_for("pool_new:frobnicate", RULES) is None
    assert [fallback(True, role) for role in ROLES] == [
        LOGIN,
        DENIED,
        DENIED,
        NO_PERSONAL_DATA,
    ]
    assert fallback(False, "anonymous") == NO_PERSONAL_DATA


def test_no_entry_is_left_over():
    """An entry that matches no URL any more belongs to a renamed view."""
    keys = PATTERNS_BY_KEY.keys()
    names = {pattern.name for pattern in PATTERNS}

    def used(entry):
        if entry.endswith(":"):
            return any(name.startswith(entry) for name in names)
        return entry in keys or entry in names

    left_over = [
        entry
        for table in (RULES, PUBLIC_RULES, TARGETS_BY_NAME)
        for entry in table
        if not used(entry)
    ]
    assert not left_over, left_over
