"""How many queries a page costs a visitor once Django and Wagtail have warmed
up in this process, with the cache empty (the page cache is off in tests)."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    client.get(url)  # what Django and Wagtail keep in memory per process
    cache.clear()  # the agenda's expanded sessions are computed again
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)
