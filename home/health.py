"""The health check for a load balancer: GET /health/ answers 503 when the
database does not answer, else 200: "ok", or "ok; cache unavailable" when the
shared cache fails. The site still serves without the cache (see
cms/settings/shared_cache.py), and every app server shares the same cache:
taking them all out of the load balancer for it would take the site down.

It is a middleware at the top of MIDDLEWARE, so that it answers before
anything else looks at the request: it does not check the Host header (a
load balancer often calls an app server by its IP address), is not redirected
to HTTPS, opens no session and sets no cookie."""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse

HEALTH_PATH = "/health/"
CACHE_KEY = "health-check"

logger = logging.getLogger(__name__)


def database_works() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.warning("Health check: the database does not answer.", exc_info=True)
        return False


def cache_works() -> bool:
    token = secrets.token_hex(8)
    try:
        cache.set(CACHE_KEY, token, timeout=30)
        return cache.get(CACHE_KEY) == token
    except Exception:
        logger.warning("Health check: the cache does not answer.", exc_info=True)
        return False


def health_response() -> HttpResponse:
    if not database_works():
        body, status = "unavailable: database\n", 503
    elif not cache_works():
        body, status = "ok; cache unavailable\n", 200
    else:
        body, status = "ok\n", 200
    response = HttpResponse(body, status=status, content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)
