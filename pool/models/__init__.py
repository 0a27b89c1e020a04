from .members import Member
from .organisations import Organisation
from .pages import PoolIndexPage, RosterGroupPage
from .pool_settings import PoolSettings

__all__ = ["Member", "Organisation", "PoolIndexPage", "PoolSettings", "RosterGroupPage"]
