"""Django's SMTP backend, except that opening the connection by hand never
raises: the error comes when a message is sent.

Wagtail sends its own notices (a page submitted for moderation, approved or
rejected; new comments) at once, in the editor's request. It opens the
connection first and handles only a refused connection or a timeout there;
a mail server that answers "421 not available", a host name that does not
resolve or a TLS or login failure would end the editor's action in a server
error. With this backend such an error comes from sending, where Wagtail logs
it per message and goes on. Our own mails are not touched: they are sent
through an outbox, and a failure there is recorded and retried."""

import logging

from django.core.mail.backends.smtp import EmailBackend as SMTPEmailBackend

logger = logging.getLogger(__name__)


class EmailBackend(SMTPEmailBackend):
    sending = False

    def open(self):
        try:
            return super().open()
        except Exception as error:
            if self.sending:
                raise
            logger.warning(
                "Mail server not reachable, sending will fail: %s",
                type(error).__name__,
            )
            return None

    def send_messages(self, email_messages):
        self.sending = True
        try:
            return super().send_messages(email_messages)
        finally:
            self.sending = False
