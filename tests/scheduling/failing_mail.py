"""A mail backend whose server is down, for tests."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class ServerDownBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "Service not available")
