"""Background work of the pool: mailing a member their personal link to
declare hours and costs.

The link is made when the mail goes out, so the task's stored arguments hold
no link, only ids. The mail says nothing but the link, how long it works and
whom to ask."""

import logging
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Site

from home.models import ContactSettings
from pool import declaration_links
from pool.models import DeclarationPage, Member

logger = logging.getLogger(__name__)


def personal_url(page, member) -> str:
    path = page.get_url() or "/"
    path = path if path.endswith("/") else path + "/"
    path += page.reverse_subpage("personal", args=[declaration_links.make(member)])
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def contact_settings(page):
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    return ContactSettings.for_site(site) if site else None


@task()
def send_declaration_link(member_id: int, page_id: int) -> bool:
    """Mail the link; False when the member or the page is gone meanwhile."""
    member = Member.objects.active().filter(pk=member_id).first()
    page = DeclarationPage.objects.live().filter(pk=page_id).first()
    if member is None or page is None:
        return False
    body = render_to_string(
        "pool/mail/declaration_link.txt",
        {
            "url": personal_url(page, member),
            "days": declaration_links.valid_days(),
            "contact": contact_settings(page),
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    try:
        send_mail(_("Uw link om te declareren"), body, None, [member.email])
    except Exception as error:
        # The type only: an SMTP message may quote the address.
        logger.warning(
            "Declaration link for member %s failed: %s",
            member_id,
            type(error).__name__,
        )
        raise
    return True


def queue_declaration_link(member_id: int, page_id: int) -> None:
    """Send the link once the current transaction commits."""

    def enqueue():
        try:
            send_declaration_link.enqueue(member_id, page_id)
        except Exception:
            # An unreachable task backend must not break the page: the member
            # may ask again.
            logger.exception("Could not enqueue the declaration link")

    transaction.on_commit(enqueue)
