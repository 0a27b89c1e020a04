from .documents import SiteDocument
from .pages import DocumentIndexPage, HomePage, SearchPage, StandardPage
from .site_settings import ContactSettings

__all__ = [
    "ContactSettings",
    "DocumentIndexPage",
    "HomePage",
    "SearchPage",
    "SiteDocument",
    "StandardPage",
]
