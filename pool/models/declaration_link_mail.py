from django.db import models
from django.utils.translation import gettext_lazy as _

from home.models.outbox import OutboxMail


class DeclarationLinkMail(OutboxMail):
    """A member's personal declaration link, waiting in the site's outbox.
    The row holds no link: pool.declaration_mail makes it when it is sent."""

    member = models.ForeignKey(
        "pool.Member", on_delete=models.CASCADE, related_name="+"
    )
    page = models.ForeignKey(
        "pool.DeclarationPage", on_delete=models.CASCADE, related_name="+"
    )

    class Meta(OutboxMail.Meta):
        verbose_name = _("mail met een link om te declareren")
        verbose_name_plural = _("mails met een link om te declareren")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"

    def build_message(self):
        from pool.declaration_mail import link_message

        return link_message(self.member, self.page)
