"""Fuzzing the site search (/zoeken/): any query, page number or other
parameter, also as raw bytes that are no UTF-8, gives a page without a server
error that shows the query escaped.

The query examples run the search page's own search on its own (the query
cleaning, the full-text query and the page number): many more inputs in the
same time, since a whole page takes far longer."""

from django.test import RequestFactory
from hypothesis import given
from hypothesis import strategies as st

from home.models import SearchPage

from . import strategies as fuzz
from .support import assert_safe_response, fuzz_settings, isolated_example, send

PARAMETERS = 150
RAW_QUERIES = 50
QUERIES = 600
EXAMPLES = PARAMETERS + RAW_QUERIES + QUERIES

# Words that mean something to a full-text engine, and ordinary ones.
SEARCH_WORDS = (
    "oco",
    "OCO Almere",
    "wmo",
    '"oco',
    "oco*",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "oco OR wmo",
    "NOT oco",
    "-oco",
    "'",
    "'-'",
    "_",
    "a-b",
    "oco:wmo",
    "^oco",
)
page_numbers = st.one_of(fuzz.numbers(), st.sampled_from(["1", "2", "last", "999"]))
query_data = fuzz.form_data(
    {
        "q": st.one_of(fuzz.hostile_text(), st.sampled_from(SEARCH_WORDS)),
        "pagina": page_numbers,
        "page": page_numbers,
    }
)
raw_bytes = st.binary(max_size=200).map(
    lambda data: "".join(
        chr(byte) if chr(byte).isalnum() else f"%{byte:02X}" for byte in data
    )
)


def search_path():
    return SearchPage.objects.get().url


@fuzz_settings(PARAMETERS)
@given(
    data=query_data,
    method=st.sampled_from(["GET", "GET", "HEAD", "POST"]),
    headers=fuzz.headers(),
)
def test_any_search_parameters(fuzz_client, data, method, headers):
    path = search_path()
    with isolated_example():
        response = send(fuzz_client, method, path, data, **headers)
        assert_safe_response(response)


@fuzz_settings(RAW_QUERIES)
@given(query=st.one_of(raw_bytes, raw_bytes.map(lambda raw: "q=" + raw)))
def test_any_query_string(fuzz_client, query):
    path = search_path()
    with isolated_example():
        response = fuzz_client.get(path, QUERY_STRING=query)
        assert assert_safe_response(response).status_code == 200


@fuzz_settings(QUERIES)
@given(data=query_data)
def test_the_search_takes_any_query(db, data):
    page = SearchPage.objects.get()
    context = page.get_context(RequestFactory().get(page.url, data))
    results = context.get("results")
    if results is not None:
        assert len(results.object_list) <= page.results_per_page
        assert 1 <= results.number <= results.paginator.num_pages
