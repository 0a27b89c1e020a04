"""Two app servers behind one load balancer: what one of them changes or
counts, the other sees at once (conftest.py starts them)."""

import time
import uuid

from tests.intake.test_form_data import VALID as RESIDENT

from .http import Visitor

PASSWORD = "een-lang-wachtwoord-voor-de-test"
WRONG = "niet-het-goede-wachtwoord"
REQUEST_LIMIT = 5  # INTAKE_RATE_LIMIT: requests per visitor address per hour
LOCKOUT_LIMIT = 10  # AXES_FAILURE_LIMIT
CREATE_ADMIN_USER = """
from django.contrib.auth.models import Permission
from pool.factories import UserFactory
user = UserFactory(username={username!r})
user.set_password({password!r})
user.save()
user.user_permissions.add(Permission.objects.get(codename="access_admin"))
"""
PUBLISH_NEW_TITLE = """
from wagtail.models import Page
page = Page.objects.get(pk={page_id}).specific
page.title = {title!r}
page.save_revision().publish()
"""


def create_admin_user(app_servers) -> str:
    username = f"redactie-{uuid.uuid4().hex[:8]}"
    app_servers.run_python(
        CREATE_ADMIN_USER.format(username=username, password=PASSWORD)
    )
    return username


def test_both_servers_answer_the_health_check(app_servers):
    for base in app_servers.urls:
        answer = Visitor("192.0.2.1").get(base + "/health/")
        assert (answer.status, answer.text) == (200, "ok\n")
        assert answer.headers["Cache-Control"] == "no-store"
        assert "Set-Cookie" not in answer.headers


def test_a_published_page_is_shown_fresh_by_the_other_server(app_servers):
    server_a, server_b = app_servers.urls
    path = app_servers.facts["page_url"]
    visitor = Visitor("192.0.2.2", host="127.0.0.1")
    before = visitor.get(server_b + path)
    assert before.status == 200
    old_title = before.soup().h1.get_text(strip=True)
    # The page cache is shared: what B stored, A serves too.
    for base in (server_b, server_a):
        assert visitor.get(base + path).headers.get("X-Page-Cache") == "hit"

    new_title = f"Wat doet een OCO? Nieuw {uuid.uuid4().hex[:6]}"
    app_servers.run_python(
        PUBLISH_NEW_TITLE.format(page_id=app_servers.facts["page_id"], title=new_title)
    )

    for base in (server_b, server_a):
        after = visitor.get(base + path)
        assert after.status == 200
        assert after.soup().h1.get_text(strip=True) == new_title != old_title


def test_a_session_signed_in_on_one_server_works_on_the_other(app_servers):
    server_a, server_b = app_servers.urls
    username = create_admin_user(app_servers)
    editor = Visitor("192.0.2.3")
    signed_in = editor.sign_in(server_a, username, PASSWORD)
    assert signed_in.status == 302, signed_in.text[:500]
    dashboard = editor.get(server_b + "/admin/")
    assert dashboard.status == 200
    assert 'id="wagtail"' in dashboard.text or "Dashboard" in dashboard.text


def test_the_request_forms_rate_limit_counts_across_both_servers(app_servers):
    servers = app_servers.urls
    path = app_servers.facts["request_url"]
    resident = Visitor("198.51.100.7")
    forms = [
        (base, resident.get(base + path).hidden_fields("form[method=post]"))
        for base in (servers * REQUEST_LIMIT)[: REQUEST_LIMIT + 1]
    ]
    time.sleep(6)  # INTAKE_MIN_FILL_SECONDS: people take time to fill it in
    answers = [
        resident.post(base + path, {**hidden, **RESIDENT}).status
        for base, hidden in forms
    ]
    assert all(status in (200, 302) for status in answers[:REQUEST_LIMIT]), answers
    assert answers[REQUEST_LIMIT] == 429, answers
    # A visitor from another address still gets through.
    other = Visitor("198.51.100.8")
    hidden = other.get(servers[1] + path).hidden_fields("form[method=post]")
    time.sleep(6)
    assert other.post(servers[1] + path, {**hidden, **RESIDENT}).status in (200, 302)


def test_a_sign_in_lockout_counts_across_both_servers_and_can_be_lifted(
    app_servers,
):
    servers = app_servers.urls
    username = create_admin_user(app_servers)
    attacker = Visitor("203.0.113.9")
    statuses = [
        attacker.sign_in(servers[attempt % 2], username, WRONG).status
        for attempt in range(LOCKOUT_LIMIT)
    ]
    assert statuses[: LOCKOUT_LIMIT - 1] == [200] * (LOCKOUT_LIMIT - 1), statuses
    # Locked on both servers, even with the right password.
    for base in servers:
        locked = Visitor("203.0.113.9").sign_in(base, username, PASSWORD)
        assert locked.status == 429
        assert "U heeft het te vaak geprobeerd" in locked.text

    app_servers.manage("axes_reset_username", username)
    assert Visitor("203.0.113.9").sign_in(servers[1], username, PASSWORD).status == 302
