import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision, Site

from home.initial_content.demo_users import DEMO_PASSWORD
from home.models import ContactSettings, HomePage, SiteDocument

pytestmark = pytest.mark.django_db

EXPECTED_PATHS = {
    "/",
    "/wat-doet-een-oco/",
    "/wat-doet-een-oco/animatie/",
    "/wat-kunt-u-verwachten/",
    "/wie-kan-u-ondersteunen/",
    "/voor-professionals/",
    "/voor-professionals/tralans-model/",
    "/voor-professionals/feedback-geven/",
    "/over-oco-almere/",
    "/documenten/",
    "/contact/",
    "/privacyverklaring/",
    "/toegankelijkheid/",
    "/zoeken/",
    # Built by the agenda's content builder (cms.agenda_content).
    "/voor-ocos/",
    "/voor-ocos/agenda/",
    # Built by the pool's declaration page builder.
    "/voor-ocos/declareren/",
    # Built by the intake's content builder (intake.initial_content).
    "/oco-aanvragen/",
}


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("path", "slug", "title", "live", "numchild")
        ),
        "documents": sorted(SiteDocument.objects.values_list("title", "file_hash")),
        "images": get_image_model().objects.count(),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "sites": list(Site.objects.values_list("hostname", "root_page_id")),
        "settings": ContactSettings.objects.count(),
    }


def run(*args):
    out = io.StringIO()
    call_command("load_initial_data", *args, stdout=out)
    return out.getvalue()


def test_builds_every_page_of_the_site(site):
    paths = {
        page.relative_url(site)
        for page in Page.objects.live().descendant_of(site.root_page, inclusive=True)
    }
    assert paths == EXPECTED_PATHS
    assert Site.objects.get().root_page.specific_class is HomePage


def test_replaces_wagtails_welcome_page():
    assert (
        not Page.objects.filter(depth=2)
        .exclude(content_type__model__in=["homepage", "poolindexpage"])
        .exists()
    )


def test_second_run_changes_nothing_and_duplicates_nothing():
    before = snapshot()
    output = run()
    assert snapshot() == before
    assert "niets veranderd" in output
    assert SiteDocument.objects.count() == 4


def test_creates_real_files_for_the_documents():
    for document in SiteDocument.objects.all():
        document.file.open("rb")
        head = document.file.read(8)
        document.file.close()
        if document.file_extension == "pdf":
            assert head.startswith(b"%PDF-")
        else:
            assert head[4:8] == b"ftyp"  # an MP4 container
        assert document.file_size > 1000


def test_fills_the_contact_settings(site):
    settings = ContactSettings.for_site(site)
    assert settings.oco_phone == "(036) 200 21 58"
    assert settings.mee_email == "info@meeijsseloevers.nl"


def test_demo_users_are_refused_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        run("--demo-users")
    assert not get_user_model().objects.exists()


def test_demo_users_are_made_once_with_the_printed_password(settings, client, home):
    settings.DEBUG = True
    output = run("--demo-users")
    run("--demo-users")
    assert DEMO_PASSWORD in output
    User = get_user_model()
    assert set(User.objects.values_list("username", flat=True)) == {
        "beheerder",
        "redacteur",
        "coordinator",
        "contactpersoon-schakel",
        "contactpersoon-los",
    }
    editor = User.objects.get(username="redacteur")
    assert not editor.is_superuser
    assert editor.has_perm("wagtailadmin.access_admin")
    assert client.login(username="redacteur", password=DEMO_PASSWORD)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{home.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200
    assert client.get("/admin/documents/").status_code == 200
