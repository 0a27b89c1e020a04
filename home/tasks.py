"""Background work of the public site: telling the addresses a form page names
that a new response came in.

The mail links to the responses in the admin and does not repeat the answers:
a professional may still have written down more about a resident than asked,
and the admin is where that stays (and can be deleted)."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Page

logger = logging.getLogger(__name__)


def addresses(to_address: str) -> list[str]:
    return [address.strip() for address in to_address.split(",") if address.strip()]


def notification(page) -> tuple[str, str]:
    """The subject and body of the mail about a new response on this page."""
    listing = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailforms:list_submissions", args=[page.pk]
    )
    subject = page.subject or _("Nieuwe reactie via '%(title)s'") % {
        "title": page.title
    }
    body = _(
        "Er is een nieuwe reactie binnengekomen via het formulier "
        "'%(title)s'.\n\n"
        "U leest de reacties in het beheer van de website:\n%(url)s\n\n"
        "De antwoorden staan niet in deze e-mail. Zo blijven ze op één "
        "veilige plek."
    ) % {"title": page.title, "url": listing}
    return subject, body


@task()
def send_form_notification(page_id: int) -> None:
    page = Page.objects.filter(pk=page_id).specific().first()
    recipients = addresses(getattr(page, "to_address", "") or "")
    if not recipients:
        return
    subject, body = notification(page)
    try:
        send_mail(subject, body, page.from_address or None, recipients)
    except Exception as error:
        # The type only: an SMTP message may quote an address. The response
        # itself is saved and in the admin.
        logger.warning(
            "Form notification for page %s failed: %s", page_id, type(error).__name__
        )
        raise


def queue_form_notification(page_id: int) -> None:
    try:
        send_form_notification.enqueue(page_id)
    except Exception:
        # An unreachable task backend must not break the response just saved.
        logger.exception("Could not enqueue the form notification for %s", page_id)
