"""Limits around declaring through a personal link.

Asking for a link: at most LINKS_PER_ADDRESS mails per email address and
LINKS_PER_CLIENT requests per IP address in PERIOD seconds, counted in the
cache under keyed hashes, so neither address is kept in the clear. Every
request counts, whether the address belongs to a member or not: the counts
say nothing about who is a member.

Sending the declaration form: its one-time token (a hidden field) is claimed
in the cache before the declaration is saved, so a double click or the
browser's resend saves one declaration. Both need a cache that all processes
share, as the request form's limits do."""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from home.visitors import client_address

LINKS_PER_ADDRESS = 3
LINKS_PER_CLIENT = 10
PERIOD = 3600
RATE_PREFIX = "pool:declaration-link:"
FORM_TOKEN_SALT = "pool.declaration-form"
FORM_TOKEN_PREFIX = "pool:declaration-form:"


def keyed_hash(kind: str, value: str) -> str:
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256
    )
    return RATE_PREFIX + kind + ":" + digest.hexdigest()


def client_key(request) -> str:
    return keyed_hash("ip", client_address(request))


def address_key(email: str) -> str:
    return keyed_hash("email", email.strip().lower())


def count(key: str) -> int:
    """Add one to a count that ends PERIOD seconds after its first; the new
    count."""
    cache.add(key, 0, timeout=PERIOD)
    try:
        # None when the shared cache does not answer: nothing counted.
        return cache.incr(key) or 0
    except ValueError:
        # Expired between add and incr: start again.
        cache.set(key, 1, timeout=PERIOD)
        return 1


def client_is_limited(request) -> bool:
    return int(cache.get(client_key(request)) or 0) >= LINKS_PER_CLIENT


def count_link_request(request, email: str) -> bool:
    """Count a request for a link; True when a mail may go to this address."""
    count(client_key(request))
    return count(address_key(email)) <= LINKS_PER_ADDRESS


# One declaration per shown form


def new_form_token(member) -> str:
    return signing.dumps(
        {"m": member.pk, "n": secrets.token_urlsafe(12)}, salt=FORM_TOKEN_SALT
    )


def form_token_lifetime() -> int:
    """Seconds: a shown form outlives the link it came with by a day."""
    days = int(getattr(settings, "POOL_DECLARATION_LINK_DAYS", 14))
    return (days + 1) * 24 * 3600


def form_token_is_valid(token: str, member) -> bool:
    try:
        payload = signing.loads(
            token, salt=FORM_TOKEN_SALT, max_age=form_token_lifetime()
        )
    except signing.BadSignature:
        return False
    return isinstance(payload, dict) and payload.get("m") == member.pk


def form_token_key(token: str) -> str:
    return FORM_TOKEN_PREFIX + hashlib.sha256(token.encode()).hexdigest()


def claim_form_token(token: str) -> bool:
    """True for the first submission of a shown form only, also when two
    arrive at the same moment. The claim lasts as long as the token."""
    # None: the shared cache did not answer; the declaration is saved.
    added = cache.add(form_token_key(token), 1, timeout=form_token_lifetime())
    return added is not False


def release_form_token(token: str) -> None:
    """Give up a claim when the declaration could not be saved."""
    cache.delete(form_token_key(token))


def form_token_used(token: str) -> bool:
    return bool(token) and cache.get(form_token_key(token)) is not None
