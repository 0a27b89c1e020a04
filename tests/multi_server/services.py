"""The services that app servers share: a PostgreSQL database of its own on
the server in OCO_TEST_POSTGRESQL_URL, a Redis server and an S3 server (moto)
started here, each on a free local port."""

import os
import shutil
import socket
import subprocess
import time
import uuid

import psycopg
import pytest

from bench.production_site import free_port
from tests.postgresql import ScratchDatabase

POSTGRESQL_URL_VARIABLE = "OCO_TEST_POSTGRESQL_URL"
HOW_TO_START = (
    f"The two-app-server test needs PostgreSQL: set {POSTGRESQL_URL_VARIABLE} "
    "to a server's URL with a role that may create databases, e.g. "
    "postgres://oco:oco@127.0.0.1:5432/oco. `make services` starts PostgreSQL "
    "and Redis and `make test` sets the variable."
)


def postgresql_server_url() -> str:
    url = os.environ.get(POSTGRESQL_URL_VARIABLE, "").strip()
    if not url:
        pytest.fail(HOW_TO_START, pytrace=False)
    return url


class PostgreSQLDatabase(ScratchDatabase):
    """A database with a unique name; a server that cannot be reached fails
    the test with how to start one."""

    def __init__(self, server_url: str):
        super().__init__(server_url, f"oco_multi_server_{uuid.uuid4().hex[:12]}")
        self.create()

    def _execute(self, statement: str):
        try:
            super()._execute(statement)
        except psycopg.OperationalError as error:
            pytest.fail(f"{HOW_TO_START}\n{error}", pytrace=False)


class RedisServer:
    """redis-server on a free port, nothing written to disk."""

    def __init__(self, folder):
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail(
                "redis-server is missing: `apt-get install -y redis-server` "
                "(`make services` does it).",
                pytrace=False,
            )
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        command = [binary, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--dir", str(folder)]
        self.log = (folder / "redis.log").open("w")
        self.process = subprocess.Popen(
            command, cwd=folder, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.wait_until_up()

    def wait_until_up(self, timeout: float = 20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), 1) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.1)
        self.stop()
        pytest.fail("redis-server did not start.", pytrace=False)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


class S3Server:
    """moto's S3 server in a thread of this process, with one private bucket."""

    bucket = "oco-media"
    region = "eu-west-1"

    def __init__(self):
        import boto3
        from moto.server import ThreadedMotoServer

        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
        self.server.start()
        self.credentials = {
            "AWS_ACCESS_KEY_ID": "multi-server-key",
            "AWS_SECRET_ACCESS_KEY": "multi-server-secret",
        }
        boto3.client(
            "s3",
            endpoint_url=self.url,
            region_name=self.region,
            aws_access_key_id=self.credentials["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.credentials["AWS_SECRET_ACCESS_KEY"],
        ).create_bucket(
            Bucket=self.bucket,
            CreateBucketConfiguration={"LocationConstraint": self.region},
        )

    def env(self) -> dict:
        return {
            **self.credentials,
            "AWS_STORAGE_BUCKET_NAME": self.bucket,
            "AWS_S3_ENDPOINT_URL": self.url,
            "AWS_S3_REGION_NAME": self.region,
        }

    def stop(self):
        self.server.stop()
