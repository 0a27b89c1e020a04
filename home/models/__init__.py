from .documents import SiteDocument
from .feedback import FeedbackFormField, FeedbackFormPage
from .outbox import FormNotificationMail, OutboxMail
from .pages import DocumentIndexPage, HomePage, SearchPage, StandardPage
from .site_settings import ContactSettings

__all__ = [
    "ContactSettings",
    "DocumentIndexPage",
    "FeedbackFormField",
    "FeedbackFormPage",
    "FormNotificationMail",
    "HomePage",
    "OutboxMail",
    "SearchPage",
    "SiteDocument",
    "StandardPage",
]
