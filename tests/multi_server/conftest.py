"""Two app servers (gunicorn with cms.settings.production) on two free local
ports, sharing one PostgreSQL database, one Redis server and one S3 bucket;
started once for the package and stopped, with the services, at its end."""

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bench.production_site import (
    ROOT,
    free_port,
    production_env,
    start_gunicorn,
    stop,
    wait_until_up,
)

from .services import (
    PostgreSQLDatabase,
    RedisServer,
    S3Server,
    postgresql_server_url,
)

# What the tests need to know of the content, read in the servers' settings.
SITE_FACTS = """
import json
from wagtail.models import Page
from intake.models import RequestPage
page = Page.objects.get(url_path="/home/wat-doet-een-oco/")
print(json.dumps({
    "page_id": page.pk,
    "page_url": page.get_url(),
    "request_url": RequestPage.objects.live().get(locale__language_code="nl").get_url(),
}))
"""


@dataclass
class AppServers:
    urls: list[str]
    env: dict = field(repr=False)
    facts: dict = field(default_factory=dict)

    def manage(self, *args: str) -> str:
        """A management command in a process of its own with the servers'
        settings and database, as a deployment or cron runs it."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def run_python(self, code: str) -> str:
        return self.manage("shell", "--no-startup", "--verbosity", "0", "-c", code)


def server_log(folder: Path) -> str:
    log = folder / "gunicorn.log"
    return log.read_text(errors="replace")[-3000:] if log.exists() else ""


@pytest.fixture(scope="package")
def app_servers(tmp_path_factory):
    server_url = postgresql_server_url()
    folder = tmp_path_factory.mktemp("multi-server")
    database = PostgreSQLDatabase(server_url)
    redis = s3 = None
    processes, folders = [], []
    try:
        redis = RedisServer(folder)
        s3 = S3Server()
        env = production_env(folder) | s3.env()
        env.update(DATABASE_URL=database.url, REDIS_URL=redis.url)
        servers = AppServers(urls=[], env=env)
        servers.manage("migrate", "--no-input", "--verbosity", "0")
        servers.manage("load_initial_data")
        servers.manage("collectstatic", "--no-input", "--verbosity", "0")
        servers.facts = json.loads(servers.run_python(SITE_FACTS))
        for name in ("a", "b"):
            server_folder = folder / name
            server_folder.mkdir()
            port = free_port()
            process = start_gunicorn(env, server_folder, port, workers=2, threads=2)
            processes.append(process)
            folders.append(server_folder)
            url = f"http://127.0.0.1:{port}"
            if not wait_until_up(process, url + "/health/"):
                pytest.fail(
                    f"App server {name} did not start:\n" + server_log(server_folder)
                )
            servers.urls.append(url)
        yield servers
    finally:
        for process in processes:
            stop(process)
        if s3:
            s3.stop()
        if redis:
            redis.stop()
        database.drop()
