from .declaration_link_mail import DeclarationLinkMail
from .declaration_page import DeclarationPage
from .declarations import (
    Activity,
    AllowanceYear,
    Declaration,
    DeclarationStatus,
    OtherAllowance,
)
from .members import Member
from .organisations import Organisation
from .pages import PoolIndexPage, RosterGroupPage
from .pool_settings import PoolSettings

__all__ = [
    "Activity",
    "AllowanceYear",
    "Declaration",
    "DeclarationLinkMail",
    "DeclarationPage",
    "DeclarationStatus",
    "Member",
    "Organisation",
    "OtherAllowance",
    "PoolIndexPage",
    "PoolSettings",
    "RosterGroupPage",
]
