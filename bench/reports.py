"""Benchmark of the coordinators' report ("Monitoring → Cijfers") and its
workbook download: a year with 100 requests against one with 10,000 (or
--requests), each with an approved trajectory. Not part of the test suite; see
bench/README.md.

Runs on a fresh temporary SQLite database with the test settings and prints
the median and 95th percentile time of each, the number of queries, and the
ratio of the large year to the small one."""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAINS = ["wmo", "jeugd", "werk-en-inkomen", "zorg", "wonen"]
REFERRALS = ["school", "internet", "", "municipality", "care"]
ORGANISATIONS = ["Stichting Voorbeeld", "", "Vereniging Proef"]
YEAR = 2015


def set_up_django(database_path):
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = f"sqlite:///{database_path}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def make_members(count):
    from wagtail.models import Page

    from pool.factories import MemberFactory, RosterGroupPageFactory
    from pool.models import PoolIndexPage

    pool_index = PoolIndexPage(title="OCO-pool", slug="oco-pool")
    Page.get_first_root_node().add_child(instance=pool_index)
    groups = [RosterGroupPageFactory(parent=pool_index) for _index in range(3)]
    return [
        MemberFactory(page=groups[index % 3], joined_on=datetime.date(YEAR - 1, 1, 1))
        for index in range(count)
    ]


def add_requests(first, last, members):
    from django.utils import timezone

    from intake.models import Request, Trajectory

    def moment(number):
        naive = datetime.datetime(YEAR, 1 + number % 12, 1 + number % 28, 10)
        return timezone.make_aware(naive)

    requests = Request.objects.bulk_create(
        Request(
            reference=f"B{number:08d}",
            submitted_by="resident",
            name="Inwoner Verzonnen",
            submitted_at=moment(number),
            domains=[DOMAINS[number % 5], DOMAINS[(number + 2) % 5]],
            referral=REFERRALS[number % 5],
            status="completed",
        )
        for number in range(first, last)
    )
    Trajectory.objects.bulk_create(
        Trajectory(
            request=request,
            member=members[index % len(members)],
            status="ended",
            approved_at=request.submitted_at + datetime.timedelta(days=index % 45),
            ended_at=request.submitted_at + datetime.timedelta(days=60),
            organisation_name=ORGANISATIONS[index % 3],
            follow_up=index % 2 == 0,
        )
        for index, request in enumerate(requests)
    )


def measure(client, url, repeats):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # templates and the admin's own caches
    timings, queries = [], set()
    for _repeat in range(repeats):
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
        queries.add(len(captured))
    timings.sort()
    return {
        "median": statistics.median(timings),
        "p95": timings[max(0, int(len(timings) * 0.95) - 1)],
        "queries": sorted(queries),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    period = f"?start={YEAR}-01-01&end={YEAR}-12-31"
    urls = {
        "page": f"/admin/rapportages/{period}",
        "workbook": f"/admin/rapportages/export/rapportage.xlsx{period}",
    }

    with tempfile.TemporaryDirectory(prefix="oco-bench-reports-") as folder:
        set_up_django(str(Path(folder) / "bench.sqlite3"))
        from django.contrib.auth import get_user_model
        from django.test import Client

        coordinator = get_user_model().objects.create_superuser(
            "bench-coordinator", "bench@example.org", "bench-wachtwoord-lang"
        )
        client = Client()
        client.force_login(coordinator)
        members = make_members(args.members)
        results = {}
        add_requests(0, 100, members)
        results["small"] = {
            name: measure(client, url, args.repeats) for name, url in urls.items()
        }
        began = time.perf_counter()
        add_requests(100, args.requests, members)
        filled_in = time.perf_counter() - began
        results["large"] = {
            name: measure(client, url, args.repeats) for name, url in urls.items()
        }

    print(
        f"Report for {YEAR}, {args.repeats} requests per figure; small = 100 "
        f"requests, large = {args.requests:,} (added in {filled_in:.1f} s), each "
        f"with an approved trajectory of one of {args.members} OCO's."
    )
    print(f"{'':16}{'median ms':>10}{'p95 ms':>10}  queries")
    for size in ("small", "large"):
        for name in urls:
            figure = results[size][name]
            print(
                f"{size + ' ' + name:16}{figure['median']:10.1f}"
                f"{figure['p95']:10.1f}  {figure['queries']}"
            )
    for name in urls:
        ratio = results["large"][name]["median"] / results["small"][name]["median"]
        print(f"ratio large/small ({name}): {ratio:.1f}x")


if __name__ == "__main__":
    main()
