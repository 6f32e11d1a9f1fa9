"""Load on `planlint serve`, loopback only: N clients post sample plans mixed
with hostile files for a fixed time.

    .venv/bin/python bench/bench_serve.py                 # the README's run: 60 s, 20 clients
    .venv/bin/python bench/bench_serve.py --seconds 12    # what tests/test_serve_load.py runs

It starts the server itself (default --jobs and --queue) on a free loopback
port, times a single warm lint, then runs the clients and checks:
  - no request failed other than the expected 4xx (hostile files) and 503 (queue full);
  - the server's memory stayed bounded (its own RSS, and each worker under its cap);
  - p95 latency of answered requests is within 3 x a single warm lint (the mean over about
    40 plans spread evenly over the tuning split, one at a time) x the queue depth.
Clients wait as long as a 503's Retry-After asks before their next request.
Prints the figures (JSON with --json) and exits 1 if a check fails. Only the
tuning split of sample_plans/ is used; only status codes and times are kept.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from pathlib import Path

import httpx2 as httpx

ROOT = Path(__file__).resolve().parents[1]
QUEUE = 8  # serve's default --queue
MAX_UPLOAD_MB = 20  # serve's default --max-upload-mb
WORKER_CAP_MB = 2048  # serve's default --max-memory-mb
_TIMED = 40  # plans timed one at a time for the single warm lint


def sample_plans() -> list[tuple[str, bytes]]:
    plans = []
    for expected in sorted((ROOT / "sample_plans").glob("*.expected.json")):
        if json.loads(expected.read_text(encoding="utf-8")).get("split") != "tune":
            continue
        stem = expected.name.removesuffix(".expected.json")
        for plan in expected.parent.glob(stem + ".*"):
            if plan.suffix in (".docx", ".pdf", ".md", ".txt"):
                plans.append((plan.name, plan.read_bytes()))
    return plans


def hostile_files() -> list[tuple[str, bytes]]:
    """Files a careless or hostile user might send, each answered 4xx."""
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (50 * 2**20))
    rng = random.Random(7)
    return [
        ("bomb.docx", bomb.getvalue()),
        ("corrupt.docx", b"PK\x03\x04" + rng.randbytes(4000)),
        ("random.pdf", b"%PDF-1.7\n" + rng.randbytes(20000)),
        ("program.exe", b"MZ" + rng.randbytes(2000)),
        ("too-big.md", b"# Plan\n" + b"x" * (MAX_UPLOAD_MB * 2**20 + 1)),
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def post(client: httpx.Client, url: str, name: str, data: bytes) -> tuple[int | str, float, float]:
    """(status or error name, seconds taken, seconds the server asked us to wait)."""
    started = time.monotonic()
    try:
        answer = client.post(url, files={"file": (name, data)})
    except httpx.HTTPError as exc:
        return type(exc).__name__, time.monotonic() - started, 0.0
    return answer.status_code, time.monotonic() - started, float(answer.headers.get("retry-after", 0))


def run(seconds: float, clients: int, hostile_share: float) -> dict:
    plans, hostile = sample_plans(), hostile_files()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "planlint", "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/api/lint"
    try:
        with httpx.Client(timeout=120) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    client.get(f"http://127.0.0.1:{port}/static/serve.css")
                    break
                except httpx.TransportError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit(f"server did not start: {server.stderr.read().decode()[-2000:]}")
                    time.sleep(0.2)
            for name, data in plans[:4]:  # a first lint in each worker
                post(client, url, name, data)
            # (an even spread of the plans: posting every one took longer than the load itself)
            single = statistics.fmean(post(client, url, name, data)[1] for name, data in plans[::max(1, len(plans) // _TIMED)])
            idle_rss = rss_mb(server.pid)

        results: list[tuple[str, int | str, float]] = []
        peak = {"server": idle_rss, "worker": 0.0, "total": 0.0}
        stop = time.monotonic() + seconds
        lock = threading.Lock()

        def client_loop(seed: int) -> None:
            rng = random.Random(seed)
            with httpx.Client(timeout=180) as client:
                while time.monotonic() < stop:
                    kind = "hostile" if rng.random() < hostile_share else "plan"
                    name, data = rng.choice(hostile if kind == "hostile" else plans)
                    status, took, retry_after = post(client, url, name, data)
                    with lock:
                        results.append((kind, status, took))
                    time.sleep(min(retry_after, max(0.0, stop - time.monotonic())))  # a polite client

        def watch_memory() -> None:
            while time.monotonic() < stop + 5:
                workers = [rss_mb(p) for p in children(server.pid)]
                server_rss = rss_mb(server.pid)
                peak["server"] = max(peak["server"], server_rss)
                peak["worker"] = max([peak["worker"], *workers])
                peak["total"] = max(peak["total"], server_rss + sum(workers))
                time.sleep(0.25)

        threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(clients)]
        watcher = threading.Thread(target=watch_memory, daemon=True)
        watcher.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        alive = server.poll() is None
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()

    def expected(kind: str, status) -> bool:
        if status == 503:
            return True
        return status == 200 if kind == "plan" else isinstance(status, int) and 400 <= status < 500

    answered = sorted(took for _, status, took in results if status != 503)
    p95 = answered[int(0.95 * (len(answered) - 1))] if answered else 0.0
    bound = 3 * single * max(QUEUE, 1)
    # Requests in the server at once are bounded (jobs + queue), each at most one upload held a few times over.
    jobs = min(os.cpu_count() or 1, 4)  # serve's default --jobs
    server_bound = idle_rss + (jobs + QUEUE) * MAX_UPLOAD_MB * 4 + 200
    figures = {
        "seconds": seconds, "clients": clients, "requests": len(results),
        "per_second": round(len(results) / seconds, 1),
        "plans": sum(k == "plan" for k, _, _ in results), "hostile": sum(k == "hostile" for k, _, _ in results),
        "statuses": {str(s): n for s, n in sorted(Counter(s for _, s, _ in results).items(), key=str)},
        "failed": sum(not expected(k, s) for k, s, _ in results),
        "mean_warm_lint_s": round(single, 3), "p50_s": round(statistics.median(answered), 3) if answered else 0,
        "p95_s": round(p95, 3), "p95_bound_s": round(bound, 3),
        "server_rss_idle_mb": round(idle_rss), "server_rss_peak_mb": round(peak["server"]),
        "worker_rss_peak_mb": round(peak["worker"]), "total_rss_peak_mb": round(peak["total"]),
        "server_rss_bound_mb": round(server_bound), "server_alive": alive,
    }
    figures["ok"] = (figures["failed"] == 0 and alive and p95 <= bound and peak["server"] <= server_bound
                     and peak["worker"] <= WORKER_CAP_MB)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--hostile-share", type=float, default=0.25)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.seconds, args.clients, args.hostile_share)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>22}: {value}")
    sys.exit(0 if figures["ok"] else 1)


if __name__ == "__main__":
    main()
