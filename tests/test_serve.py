"""`planlint serve` over HTTP: the API is the `check` JSON contract, the
security headers and refusals hold, and nothing about a plan is logged.
All plans are fictional."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx2 as httpx
import pytest

from serve_server import running

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DOCX = ROOT / "sample_plans" / "b2_hollinvale_cin_stepup_brooks.docx"
NOT_A_PLAN = "# Team minutes\n\nWe talked about the rota and the new printer.\n"


@pytest.fixture(scope="module")
def server():
    with running("--jobs", "2", "--queue", "2", "--max-upload-mb", "1") as (url, process):
        yield url, process


def _post(url: str, name: str, data: bytes, **kwargs) -> httpx.Response:
    return httpx.post(url, files={"file": (name, data)}, timeout=120, **kwargs)


@pytest.mark.parametrize("name, content", [
    ("plan.docx", SAMPLE_DOCX.read_bytes()),
    ("good.md", None),  # conftest's GOOD_MD
    ("minutes.md", NOT_A_PLAN.encode()),
    ("broken.docx", b"PK\x03\x04 not really a zip"),
])
def test_api_lint_returns_exactly_what_check_json_prints(server, tmp_path, good_plan, name, content):
    url, _ = server
    data = content if content is not None else good_plan.read_bytes()
    (tmp_path / name).write_bytes(data)
    cli = subprocess.run([sys.executable, "-m", "planlint", "check", "--format", "json", name],
                         cwd=tmp_path, capture_output=True, text=True)
    answer = _post(url + "/api/lint", name, data)

    assert answer.json() == json.loads(cli.stdout)
    assert answer.status_code == (200 if cli.returncode in (0, 1) else 422)
    assert answer.headers["content-type"] == "application/json"


def test_api_rules_lists_every_rule_with_its_text(server):
    from planlint.registry import all_rules

    answer = httpx.get(server[0] + "/api/rules")
    rules = {r["code"]: r for r in answer.json()["rules"]}
    assert answer.status_code == 200
    assert list(rules) == list(all_rules())
    assert all(r["message"] and r["hint"] and r["dimension"] for r in rules.values())


def test_every_answer_carries_the_security_headers(server):
    url, _ = server
    for answer in (httpx.get(url + "/"), _post(url + "/api/lint", "x.md", b"# Plan\n")):
        csp = answer.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["cache-control"] == "no-store"
    page = httpx.get(url + "/").text
    assert "http://" not in page.replace(url, "") and "https://" not in page  # no external assets


def test_an_upload_over_the_limit_gets_a_clear_message_declared_or_streamed(server):
    url, _ = server
    big = b"# Plan\n" + b"x" * (2 * 2**20)
    api = _post(url + "/api/lint", "big.md", big)
    page = _post(url + "/", "big.md", big)

    def chunks():  # sent without a Content-Length, so only counting stops it
        yield b'--zzz\r\nContent-Disposition: form-data; name="file"; filename="big.md"\r\n\r\n'
        for _ in range(8):
            yield b"y" * 2**18

    streamed = httpx.post(url + "/api/lint", content=chunks(), timeout=60,
                          headers={"content-type": "multipart/form-data; boundary=zzz"})
    assert "content-length" not in streamed.request.headers
    assert api.status_code == page.status_code == streamed.status_code == 413
    assert "larger than the 1 MB limit" in api.json()["error"]
    assert "larger than the 1 MB limit" in page.text
    assert _post(url + "/api/lint", "small.md", b"# Plan\n").status_code == 200  # the server carries on


def test_cross_site_posts_and_foreign_hosts_are_refused(server):
    url, _ = server
    plan = b"# Plan\n## Action plan\n- The SW will visit weekly.\n"
    assert _post(url + "/", "p.md", plan, headers={"Origin": "http://evil.example"}).status_code == 403
    assert _post(url + "/api/lint", "p.md", plan, headers={"Referer": "http://evil.example/x"}).status_code == 403
    assert _post(url + "/", "p.md", plan, headers={"Origin": "null"}).status_code == 403
    assert _post(url + "/", "p.md", plan, headers={"Origin": url}).status_code == 200
    # DNS rebinding: a page on evil.example that resolves to 127.0.0.1 sends its own Host.
    assert httpx.get(url + "/", headers={"Host": "evil.example"}).status_code == 400


def test_only_a_post_lints(server):
    url, _ = server
    assert httpx.get(url + "/api/lint").status_code == 405
    assert httpx.post(url + "/api/rules").status_code == 405
    missing = httpx.post(url + "/api/lint", data={"other": "x"})
    assert missing.status_code == 400 and "No file was sent" in missing.json()["error"]


def test_the_server_logs_neither_plan_text_nor_file_names(tmp_path):
    plan = b"# Child protection plan for Zebedee\n## Action plan\n- Zebedee's mum will attend sessions.\n"
    with running("--jobs", "1") as (url, process):
        assert _post(url + "/", "zebedee-secret.md", plan).status_code == 200
        assert _post(url + "/api/lint", "zebedee-secret.docx", b"PK\x03\x04").status_code == 422
    out, err = process.communicate()
    assert "zebedee" not in (out + err).lower()
    assert "stopped after 3 request(s)" in out  # the readiness probe, then the two uploads


def test_a_token_guards_the_api_and_the_page():
    with running("--jobs", "1", env={"PLANLINT_TOKEN": "s3cret-token"}) as (url, _):
        plan = {"file": ("p.md", b"# Plan\n")}
        assert httpx.post(url + "/api/lint", files=plan).status_code == 401
        assert httpx.post(url + "/api/lint", files=plan, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert httpx.post(url + "/api/lint", files=plan,
                          headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert "Access token" in httpx.get(url + "/").text
        assert httpx.post(url + "/", files=plan).status_code == 401
        with httpx.Client(base_url=url) as browser:
            assert browser.post("/login", data={"token": "nope"}).status_code == 401
            signed_in = browser.post("/login", data={"token": "s3cret-token"}, follow_redirects=True)
            assert 'id="upload"' in signed_in.text
            assert browser.post("/", files=plan).status_code == 200


def test_serve_help_runs_without_a_server():
    done = subprocess.run([sys.executable, "-m", "planlint", "serve", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "--max-upload-mb" in done.stdout and "PLANLINT_TOKEN" in done.stdout



def test_the_page_says_plainly_when_a_file_is_not_a_plan(server):
    page = _post(server[0] + "/", "minutes.md", NOT_A_PLAN.encode())
    assert page.status_code == 200
    assert "No plan found." in page.text and "Plan found: no" in page.text
    assert "out of 100" not in page.text
