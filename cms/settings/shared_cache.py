"""The cache that all web processes share: a table in the database on one
server, Redis (django-redis) when REDIS_URL is set, for several servers.

It holds the public forms' rate limits and one-request-per-form guards, the
page cache (home/page_cache.py) and Wagtail's own small caches. A Redis server
that does not answer must not take the site down with it: each cache call
then gives up within a second, counts as a miss (django-redis'
IGNORE_EXCEPTIONS) and is logged; pages are rendered, the forms keep working
(their rate limits count nothing until Redis is back) and the health check
reports the cache as unavailable."""

DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "oco_cache",
    # The public pages, the rate limits per visitor address and Wagtail's
    # entries; past this, the oldest third is dropped.
    "OPTIONS": {"MAX_ENTRIES": 10_000},
}


def redis_cache(url: str) -> dict:
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
            "IGNORE_EXCEPTIONS": True,
        },
    }


def shared_caches(redis_url: str) -> dict:
    return {"default": redis_cache(redis_url) if redis_url else DATABASE_CACHE}
