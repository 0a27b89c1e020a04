"""Whole public pages kept in the cache for anonymous visitors.

A page goes into the cache only when all of this holds: an anonymous GET
without a query string and without a session or messages cookie; Wagtail
served it (`before_serve_page`, see wagtail_hooks) and it has no view
restriction; the answer is a plain 200 that sets no cookie (so it holds no
form token) and is not marked private, no-store or no-cache.

Every entry carries the cache's generation. Publishing, unpublishing, moving
or deleting a page, and saving any model in PAGE_CACHE_CLEARED_BY, starts a
new generation once the transaction commits, so that all app servers sharing
the cache stop serving the old pages at once. The CSP nonce of a stored page
is swapped for a fresh one on every hit.
"""

import hashlib
import logging
import uuid
from functools import cache

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
NONCE_PLACEHOLDER = b"page-cache-nonce-placeholder"
CACHE_STATUS_HEADER = "X-Page-Cache"
# Cookies that make an anonymous answer personal.
PERSONAL_COOKIES = ("messages",)
# Headers added again on every answer by the middleware in front of the cache.
UNSTORED_HEADERS = {"content-security-policy", "content-length", "set-cookie"}
REFUSED_CACHE_CONTROL = ("private", "no-store", "no-cache")


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def current_generation(cache, stored=None):
    """The generation in the cache, or a new one when it is not there (the
    first request, or the cache dropped it: every entry is then stale)."""
    if stored:
        return stored
    cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
    return cache.get(GENERATION_KEY)


def start_new_generation():
    try:
        page_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:
        # The change is saved; stored pages then expire by PAGE_CACHE_SECONDS.
        logger.exception("The page cache could not be cleared")


def clear_page_cache():
    """Forget every cached page once the current transaction commits; before
    that, a page rendered elsewhere would still show the old content."""
    if cache_seconds():
        transaction.on_commit(start_new_generation)


def allow_for_page(request, page):
    """Called by Wagtail before it serves ``page``: only such answers may be
    stored, and only when the page has no view restriction."""
    if getattr(request, "page_cache_key", None):
        request.page_cache_page_allowed = not page.get_view_restrictions().exists()


def entry_key(request):
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    address = f"{request.scheme}://{host}{request.path}"
    return "page-cache:" + hashlib.sha256(address.encode()).hexdigest()


def may_use_cache(request):
    return (
        cache_seconds() > 0
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and "HTTP_AUTHORIZATION" not in request.META
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def may_store(request, response):
    if not getattr(request, "page_cache_page_allowed", False):
        return False
    # A form token always comes with its CSRF cookie, set by the CSRF
    # middleware before the answer reaches this one.
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in REFUSED_CACHE_CONTROL)


def snapshot(request, response, generation):
    body = response.content
    nonce = getattr(request, "_csp_nonce", None)
    uses_nonce = isinstance(nonce, str)
    if uses_nonce:
        body = body.replace(nonce.encode(), NONCE_PLACEHOLDER)
    headers = [
        (name, value)
        for name, value in response.items()
        if name.lower() not in UNSTORED_HEADERS
    ]
    return (generation, response.status_code, headers, body, uses_nonce)


def replay(request, entry):
    _generation, status, headers, body, uses_nonce = entry
    if uses_nonce:
        body = body.replace(NONCE_PLACEHOLDER, str(request.csp_nonce).encode())
    response = HttpResponse(body, status=status)
    for name, value in headers:
        response[name] = value
    response["Content-Length"] = str(len(body))
    response[CACHE_STATUS_HEADER] = "hit"
    return response


class AnonymousPageCacheMiddleware:
    """Serves stored pages before sessions, sign-in and URL resolving run.

    Goes after the CSP middleware, so that every answer gets its own nonce
    and header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = entry_key(request) if may_use_cache(request) else None
        if key is None:
            return self.get_response(request)
        cache = page_cache()
        try:
            found = cache.get_many([GENERATION_KEY, key])
            generation = current_generation(cache, found.get(GENERATION_KEY))
        except Exception:
            # A page rendered without the cache beats an error page.
            logger.exception("The page cache could not be read")
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            return replay(request, entry)
        request.page_cache_key = key
        response = self.get_response(request)
        if may_store(request, response):
            try:
                cache.set(key, snapshot(request, response, generation), cache_seconds())
            except Exception:
                logger.exception("A page could not be stored in the page cache")
            else:
                response[CACHE_STATUS_HEADER] = "miss"
        return response


@cache
def resolve_models(labels):
    return tuple(apps.get_model(label) for label in labels)


def models_that_clear():
    return resolve_models(tuple(getattr(settings, "PAGE_CACHE_CLEARED_BY", ())))


def clear_on_model_change(sender, **kwargs):
    if issubclass(sender, models_that_clear()):
        clear_page_cache()


def clear_on_page_change(sender, **kwargs):
    if issubclass(sender, Page):
        clear_page_cache()


def connect_signals():
    page_published.connect(clear_on_page_change, dispatch_uid="page-cache-publish")
    page_unpublished.connect(clear_on_page_change, dispatch_uid="page-cache-unpublish")
    post_page_move.connect(clear_on_page_change, dispatch_uid="page-cache-move")
    post_delete.connect(clear_on_page_change, dispatch_uid="page-cache-page-delete")
    post_save.connect(clear_on_model_change, dispatch_uid="page-cache-model-save")
    post_delete.connect(clear_on_model_change, dispatch_uid="page-cache-model-delete")
