"""How the permission matrix judges one answer: its status, the data it
shows, and what a refused request wrote."""

from django.urls import reverse

from .matrix_world import FEEDBACK_EMAIL
from .permission_rules import (
    ANSWERS,
    DENIED,
    LOGIN,
    NO_PERSONAL_DATA,
    NOT_FOUND,
    OPENS,
    REFUSED,
    SHOWN,
)

# Outcomes under which the role may see their own side's data.
SEEING = {OPENS, ANSWERS, SHOWN}
# Outcomes under which the view must not have run its action.
REFUSING = {LOGIN, DENIED, REFUSED, NOT_FOUND}
WRITING = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def writes(queries) -> list[str]:
    """The statements of a request that changed something. The session's own
    row is left out: the idle timeout stamps it once a minute on any request
    (accounts.middleware), so on a slow run a refused request may touch it."""
    return [
        query["sql"]
        for query in queries
        if query["sql"].lstrip().upper().startswith(WRITING)
        and '"django_session"' not in query["sql"]
    ]


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def is_login(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(
        reverse("wagtailadmin_login")
    )


def is_refusal_redirect(response) -> bool:
    """Wagtail refuses with a redirect to the dashboard (or to the login)."""
    return response.status_code == 302 and (
        response["Location"] == reverse("wagtailadmin_home") or is_login(response)
    )


def outcome_holds(response, expected) -> bool:
    status = response.status_code
    if expected == LOGIN:
        return is_login(response)
    if expected == DENIED:
        return status in (302, 403, 404, 405)
    if expected == OPENS:
        return status == 200
    if expected == ANSWERS:
        return status in (200, 302, 405) and not is_refusal_redirect(response)
    if expected == NO_PERSONAL_DATA:
        return status < 500
    if expected == SHOWN:
        return status == 200
    if expected == REFUSED:
        return status in (200, 302, 400, 404, 410)
    if expected == NOT_FOUND:
        return status == 404
    raise ValueError(expected)


def forbidden_strings(world, role, expected) -> list[str]:
    """What this answer must not contain. For anyone but a coordinator: any
    resident's data, group B's member data, and group B's name (which the
    editor may see: Wagtail lists the contact persons' groups by name where
    a page is made private). Group A's member data too, except for A's
    contact person (or A's member, through their own link) where the answer
    may show it. The feedback responses are the editor's."""
    if role == "coordinator":
        return []
    forbidden = [*world.a.resident_data, *world.b.resident_data, *world.b.member_data]
    if role != "editor":
        forbidden.append(world.b.group.title)
    if not (role in ("contact_a", "anonymous") and expected in SEEING):
        forbidden += world.a.member_data
    if role != "editor":
        forbidden.append(FEEDBACK_EMAIL)
    return forbidden
