"""The serve app with a stand-in worker pool: what it says when the queue is
full, when a worker times out or crashes, and when it is open to the network."""
from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from planlint.audit.runner import JobFailed
from planlint.serve.app import Settings, create_app
from planlint.serve.work import error_contract


class FailingPool:
    def __init__(self, reason: str):
        self.reason = reason

    def run(self, job):
        raise JobFailed(self.reason)


def _client(pool, **settings) -> tuple[TestClient, object]:
    app = create_app(Settings(**{"max_upload": 2**20, "jobs": 1, "queue": 1, "public": True, **settings}), pool)
    return TestClient(app), app


@pytest.mark.parametrize("reason", ["timed out after 60 s", "worker crashed"])
def test_a_worker_that_times_out_or_crashes_costs_one_error_answer(reason):
    client, _ = _client(FailingPool(reason))
    api = client.post("/api/lint", files={"file": ("hostile.docx", b"PK")})
    page = client.post("/", files={"file": ("hostile.docx", b"PK")})

    assert api.status_code == 422 and api.json() == error_contract("hostile.docx", reason)
    assert page.status_code == 422 and f"could not read this file: {reason}" in page.text


def test_a_full_queue_answers_503_with_retry_after():
    client, app = _client(FailingPool("unused"))
    app.state["busy"] = 2  # one job running and one waiting fill jobs=1 + queue=1
    answer = client.post("/api/lint", files={"file": ("p.md", b"# Plan\n")})
    assert answer.status_code == 503 and int(answer.headers["retry-after"]) >= 1
    assert "busy" in answer.json()["error"]


def test_the_page_warns_when_it_is_open_to_other_computers():
    public, _ = _client(FailingPool("unused"), public=True)
    assert "should only be used over HTTPS" in public.get("/").text


def test_a_loopback_page_gives_no_network_warning_and_refuses_other_hosts():
    local, _ = _client(FailingPool("unused"), public=False)
    assert local.get("/", headers={"Host": "testserver"}).status_code == 400
    page = local.get("/", headers={"Host": "127.0.0.1:8000"})
    assert page.status_code == 200 and "HTTPS" not in page.text
