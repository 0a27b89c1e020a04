"""The mail with a member's personal link to declare hours and costs.

It goes through the site's outbox (home.outbox): the row holds the member and
the page, never the link. The link is made when the mail goes out, so no
stored row or task argument holds a link that works, and its days count from
the moment it is sent. The mail says nothing but the link, how long it works
and whom to ask."""

from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail.models import Site

from home import outbox
from home.models import ContactSettings
from pool import declaration_links
from pool.models import DeclarationLinkMail


def personal_url(page, member) -> str:
    path = page.get_url() or "/"
    path = path if path.endswith("/") else path + "/"
    path += page.reverse_subpage("personal", args=[declaration_links.make(member)])
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def contact_settings(page):
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    return ContactSettings.for_site(site) if site else None


def link_message(member, page) -> EmailMessage | None:
    """The mail, with a fresh link; None when the member left or the page is
    gone meanwhile."""
    if not member.active or not page.live:
        return None
    body = render_to_string(
        "pool/mail/declaration_link.txt",
        {
            "url": personal_url(page, member),
            "days": declaration_links.valid_days(),
            "contact": contact_settings(page),
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return EmailMessage(_("Uw link om te declareren"), body, None, [member.email])


def queue_declaration_link(member, page) -> DeclarationLinkMail:
    """Store the mail now; it is sent after the current transaction commits."""
    return outbox.queue(DeclarationLinkMail.objects.create(member=member, page=page))
