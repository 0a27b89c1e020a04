"""The site under test: its own database with the initial content,
served by gunicorn on a free local port, mail written to a folder."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60
PUBLIC_PAGE_PATHS = """
from urllib.parse import urlsplit
from wagtail.models import Page
for page in Page.objects.live().public().exclude(depth=1).specific():
    url = page.get_url()
    if url:
        print(urlsplit(url).path)
"""


@dataclass
class SiteUnderTest:
    base_url: str
    mail_dir: Path
    env: dict = field(default_factory=dict, repr=False)

    def url(self, path: str) -> str:
        return self.base_url + path

    def run_python(self, code: str) -> str:
        """Run a short Django snippet in the site's own settings and database;
        returns what it printed."""
        return subprocess.run(
            [sys.executable, "manage.py", "shell", "--no-startup", "-c", code],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def public_page_paths(self) -> list[str]:
        """The path of every live, public page in every locale, from the page
        tree (not the sitemap), so that new pages and translations count."""
        output = self.run_python(PUBLIC_PAGE_PATHS)
        return sorted(line for line in output.splitlines() if line.startswith("/"))

    def mails(self) -> list[EmailMessage]:
        """Every mail the site sent so far, oldest first."""
        files = sorted(
            self.mail_dir.glob("*.log"), key=lambda file: file.stat().st_mtime
        )
        messages = []
        for file in files:
            # The file backend writes each message followed by a line of dashes.
            for chunk in file.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
                if chunk.strip():
                    messages.append(message_from_bytes(chunk, policy=policy.default))
        return messages

    def mails_to(self, address: str) -> list[EmailMessage]:
        return [mail for mail in self.mails() if address in mail["To"]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def wait_until_up(process, url):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The site under test stopped with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"The site under test did not answer on {url}")


def start_site(workdir: Path, database_url: str):
    """Build the database and start gunicorn; returns the site and its process."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    mail_dir = workdir / "mail"
    media_dir = workdir / "media"
    mail_dir.mkdir()
    media_dir.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.e2e.server_settings",
        "DATABASE_URL": database_url,
        "OCO_E2E_MAIL_DIR": str(mail_dir),
        "OCO_E2E_MEDIA_DIR": str(media_dir),
        "OCO_E2E_CACHE_DIR": str(workdir / "cache"),
        "OCO_E2E_BASE_URL": base_url,
    }
    manage(env, "migrate", "--no-input")
    manage(env, "load_initial_data")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_up(process, base_url + "/")
    except Exception:
        process.kill()
        raise
    return SiteUnderTest(base_url=base_url, mail_dir=mail_dir, env=env), process
