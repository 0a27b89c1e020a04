from .documents import SiteDocument
from .feedback import FeedbackFormField, FeedbackFormPage
from .pages import DocumentIndexPage, HomePage, SearchPage, StandardPage
from .site_settings import ContactSettings

__all__ = [
    "ContactSettings",
    "DocumentIndexPage",
    "FeedbackFormField",
    "FeedbackFormPage",
    "HomePage",
    "SearchPage",
    "SiteDocument",
    "StandardPage",
]
