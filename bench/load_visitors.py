"""The visitors of the load test, run by locust for bench/load.py (not on its
own): they read the public pages, search, and ask for an OCO through the
request form as a person would.

bench/load.py passes a plan (LOAD_PLAN: the pages found in the page tree, the
search and request pages, the minimum fill time) and a path for the results
(LOAD_RESULTS: figures per kind of request, the errors and the references
that reached the thank-you page).

The site runs with the production settings behind no proxy, so every request
says what the proxy in front would: X-Forwarded-Proto: https, and the
visitor's address in X-Forwarded-For. Each visit has an address of its own,
so the request form's rate limit (per address) counts per visitor. The
addresses come from 198.18.0.0/15, set aside for benchmarks; they are only
ever a header value.

The CSRF and session cookies are Secure, so an HTTP client keeps them but
never sends them back: each request that needs one passes it explicitly."""

import itertools
import json
import os
import random
import re
import time
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import gevent
from locust import FastHttpUser, between, events, task

PLAN = json.loads(Path(os.environ["LOAD_PLAN"]).read_text())
RESULTS_PATH = Path(os.environ["LOAD_RESULTS"])

SEARCH_QUERIES = ["OCO", "Wmo", "jeugd", "aanvragen", "factsheet", "mantelzorg"]
DOMAINS = ["wmo", "jeugd", "werk-en-inkomen", "passend-onderwijs", "wonen", "zorg"]
REFERENCE = re.compile(r'request-reference__code"><strong>([A-Z0-9]{4}-[A-Z0-9]{4})<')
HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
ERROR_SUMMARY = re.compile(
    r'(?s)class="error-summary".*?<li>(?:<a [^>]*>)?([^<]{0,150})'
)

FORM_GET, FORM_POST, THANKS = "request form (GET)", "request form (POST)", "thank-you"
visits = itertools.count(1)
residents = itertools.count(1)
references: list[str] = []
# Form posts that were answered with the thank-you page's address, and those
# that got no answer at all (a connection error, or cut off at the end).
posts = {"redirected": 0, "unanswered": 0}
run_time: dict[str, float] = {}


def new_address() -> str:
    number = next(visits)
    return f"198.{18 + (number >> 16) % 2}.{(number >> 8) & 255}.{number & 255}"


def answers(number: int) -> dict:
    """A valid request of an invented resident."""
    return {
        "submitted_by": "resident",
        "name": f"Bezoeker {number}",
        "phone": f"06 {10_000_000 + number % 90_000_000:08d}",
        "email": f"bezoeker{number}@example.org",
        "contact_way": "either",
        "contact_time": "any",
        "postcode": "1315 AB",
        "domains": random.sample(DOMAINS, random.randint(1, 2)),
        "conversation_subject": "Een gesprek met het wijkteam over hulp in huis.",
        "no_preference": "on",
        "consent": "on",
        "homepage": "",
    }


class Visitor(FastHttpUser):
    # Between two pages a visitor reads for a moment; the form takes longer.
    wait_time = between(0.2, 1.0)

    def on_start(self):
        self.new_visit()

    def new_visit(self):
        self.address = new_address()
        self.client.cookiejar.clear()

    def headers(self, **extra) -> dict:
        return {"X-Forwarded-For": self.address, "X-Forwarded-Proto": "https", **extra}

    def cookie(self, name: str) -> str:
        return next((c.value for c in self.client.cookiejar if c.name == name), "")

    def read(self, url: str, kind: str):
        with self.client.get(
            url,
            name=kind,
            headers=self.headers(),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if not 200 <= response.status_code < 400:
                response.failure(f"HTTP {response.status_code}")

    @task(8)
    def read_a_page(self):
        page = random.choice(PLAN["pages"])
        self.read(page["url"], page["kind"])

    @task(2)
    def search(self):
        query = quote(random.choice(SEARCH_QUERIES))
        self.read(f"{PLAN['search_url']}?q={query}", "SearchPage with a query")

    @task(2)
    def ask_for_an_oco(self):
        self.new_visit()
        form = self.show_form()
        if form is None:
            return
        # A person reads and types; the form refuses anything faster.
        gevent.sleep(PLAN["min_fill_seconds"] + random.uniform(1, 4))
        thanks_url = self.send_form(form)
        if thanks_url is not None:
            self.read_thanks(thanks_url)

    def show_form(self) -> dict | None:
        with self.client.get(
            PLAN["request_url"],
            name=FORM_GET,
            headers=self.headers(),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            hidden = dict(HIDDEN_INPUT.findall(response.text or ""))
            csrf_cookie = self.cookie("csrftoken")
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif "csrfmiddlewaretoken" not in hidden or "started" not in hidden:
                response.failure("no CSRF token or start time in the form")
            elif not csrf_cookie:
                response.failure("no CSRF cookie")
            else:
                return {**hidden, "csrftoken": csrf_cookie}
        return None

    def send_form(self, form: dict) -> str | None:
        fields = {
            **answers(next(residents)),
            "csrfmiddlewaretoken": form["csrfmiddlewaretoken"],
            "started": form["started"],
        }
        origin = "https://" + urlsplit(self.host).netloc
        posts["unanswered"] += 1
        with self.client.post(
            PLAN["request_url"],
            name=FORM_POST,
            # Encoded here: the client would not repeat a field for a list.
            data=urlencode(fields, doseq=True),
            headers=self.headers(
                **{"Content-Type": "application/x-www-form-urlencoded"},
                Cookie=f"csrftoken={form['csrftoken']}",
                Origin=origin,
                Referer=origin + PLAN["request_url"],
            ),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code:
                posts["unanswered"] -= 1
            location = response.headers.get("Location", "")
            if response.status_code == 302 and location.endswith("/bedankt/"):
                posts["redirected"] += 1
                return location
            if response.status_code == 200:
                errors = ERROR_SUMMARY.findall(response.text or "")
                response.failure(f"form came back: {errors[:1] or 'no message'}")
            else:
                response.failure(f"HTTP {response.status_code}")
        return None

    def read_thanks(self, url: str):
        with self.client.get(
            url,
            name=THANKS,
            headers=self.headers(Cookie=f"sessionid={self.cookie('sessionid')}"),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            found = REFERENCE.search(response.text or "")
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif found is None:
                response.failure("no reference on the thank-you page")
            else:
                references.append(found.group(1))


@events.test_start.add_listener
def on_test_start(**_kwargs):
    run_time["started"] = time.monotonic()


@events.test_stopping.add_listener
def on_test_stopping(**_kwargs):
    run_time["stopping"] = time.monotonic()


@events.test_stop.add_listener
def on_test_stop(environment, **_kwargs):
    # Requests per second over the run time; the visitors still finishing a
    # form afterwards add a few requests.
    seconds = run_time.get("stopping", time.monotonic()) - run_time["started"]
    kinds = {}
    for (name, _method), entry in environment.stats.entries.items():
        kinds[name] = {
            "requests": entry.num_requests,
            "failures": entry.num_failures,
            "p50": entry.get_response_time_percentile(0.5),
            "p95": entry.get_response_time_percentile(0.95),
        }
    total = environment.stats.total
    errors = [
        {"kind": error.name, "error": str(error.error), "count": error.occurrences}
        for error in environment.stats.errors.values()
    ]
    RESULTS_PATH.write_text(
        json.dumps(
            {
                "seconds": seconds,
                "kinds": kinds,
                "total": {
                    "requests": total.num_requests,
                    "failures": total.num_failures,
                    "p50": total.get_response_time_percentile(0.5),
                    "p95": total.get_response_time_percentile(0.95),
                },
                "errors": errors,
                "references": references,
                "posts": posts,
            }
        )
    )
