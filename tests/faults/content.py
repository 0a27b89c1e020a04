"""Pages and people for the fault tests that commit for real
(``django_db(transaction=True)``): Django empties the database after each such
test, so the site's initial content is there for the first one only. These
helpers build what a test needs on either."""

import time

from django.conf import settings
from wagtail.models import Locale, Page, Site

from home import spam as home_spam
from home.factories import HomePageFactory
from home.forms import FeedbackFormBase
from home.models import FeedbackFormField, FeedbackFormPage, HomePage
from intake.models import RequestPage
from pool.factories import MemberFactory, RosterGroupPageFactory
from pool.models import DeclarationPage, PoolIndexPage, RosterGroupPage
from scheduling.factories import CalendarFactory, SessionFactory
from scheduling.models import AgendaPage
from scheduling.occurrences import find_slot

RICH_TEXT = "<p>Een tekst.</p>"


def default_home() -> HomePage:
    """The default site's home page, built when the database was emptied."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_page.specific
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root")
    )
    home = HomePageFactory(parent=root, slug="voorpagina")
    Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name="OCO"
    )
    return home


def request_page() -> RequestPage:
    return default_home().add_child(
        instance=RequestPage(
            title="Storing: een OCO aanvragen",
            slug="storing-aanvragen",
            intro=RICH_TEXT,
            mee_text=RICH_TEXT,
            thank_you_text=RICH_TEXT,
        )
    )


def feedback_page(to_address="") -> FeedbackFormPage:
    page = default_home().add_child(
        instance=FeedbackFormPage(
            title="Storing: uw ervaring", slug="storing-ervaring", to_address=to_address
        )
    )
    FeedbackFormField.objects.create(
        page=page, label="Wat ging goed?", field_type="multiline", required=True
    )
    return page


def feedback_data(page) -> dict:
    (field,) = page.get_form_fields()
    started = home_spam.new_timestamp(FeedbackFormBase.spam_salt, time.time() - 60)
    return {
        field.clean_name: "Het gesprek ging goed.",
        home_spam.TIMESTAMP_FIELD: started,
    }


def agenda_slot():
    """A public session two weeks ahead and the agenda page that shows it."""
    calendar = CalendarFactory(name="Storing", slug="storing")
    session = SessionFactory(calendar=calendar, title="Training storingen")
    page = AgendaPage(title="Agenda", slug="storing-agenda")
    page.calendars = [calendar]
    default_home().add_child(instance=page)
    return page, find_slot(session, session.start)


def declaration_page() -> DeclarationPage:
    return default_home().add_child(
        instance=DeclarationPage(
            title="Storing: declareren",
            slug="storing-declareren",
            intro=RICH_TEXT,
            declare_text=RICH_TEXT,
            allowance_text=RICH_TEXT,
            payment_text=RICH_TEXT,
        )
    )


def member(email="dina@example.org"):
    """An active member of a group in the pool."""
    pool = PoolIndexPage.objects.first()
    if pool is None:
        pool = (
            default_home()
            .get_parent()
            .add_child(instance=PoolIndexPage(title="OCO-pool", slug="oco-pool"))
        )
    group = RosterGroupPage.objects.filter(title="Groep Storing").first()
    if group is None:
        group = RosterGroupPageFactory(parent=pool, title="Groep Storing")
    return MemberFactory(page=group, name="Dina Storing", email=email)
