"""`planlint serve`: the upload page and JSON API (planlint/serve/app.py),
linting in warm audit workers (planlint.audit.runner.WarmPool)."""
from __future__ import annotations

import ipaddress
import os
from functools import partial

import click

LOOPBACK = "127.0.0.1"


@click.command()
@click.option("--host", default=LOOPBACK, show_default=True,
              help="Address to listen on. Anything but loopback needs HTTPS in front (a reverse proxy).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Plans checked at once, each in its own worker [default: CPUs, at most 4].")
@click.option("--queue", type=click.IntRange(min=0), default=8, show_default=True,
              help="Uploads that may wait for a worker; more are answered 503 with Retry-After.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one plan may take before its worker is killed.")
@click.option("--max-memory-mb", type=click.IntRange(min=256), default=2048, show_default=True,
              help="Memory cap of each worker process.")
@click.option("--max-upload-mb", type=click.IntRange(min=1), default=20, show_default=True,
              help="Largest upload accepted.")
@click.option("--token", envvar="PLANLINT_TOKEN", default=None,
              help="Require this access token (API: 'Authorization: Bearer'; page: a sign-in). "
                   "Also read from PLANLINT_TOKEN.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Settings file for every upload instead of the nearest planlint.toml from here.")
def serve(host, port, jobs, queue, timeout, max_memory_mb, max_upload_mb, token, config_file):
    """Run the web page and JSON API for checking plans in a browser."""
    import uvicorn

    from ..audit.runner import Limits, WarmPool
    from ..config_file import settings_for
    from ..errors import UsageError
    from ..sequencer import analyser_for
    from .app import Settings, create_app
    from .work import lint_upload

    try:
        config = settings_for(None, config_file)
    except UsageError as exc:
        raise click.UsageError(str(exc))
    public = not _loopback(host)
    jobs = jobs or min(os.cpu_count() or 1, 4)
    settings = Settings(max_upload_mb * 2**20, jobs, queue, token or None, public)
    analyser_for(config)  # the settings' rule packs too, before the workers fork
    pool = WarmPool(partial(lint_upload, config), Limits(timeout, max_memory_mb), jobs)
    app = create_app(settings, pool)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"planlint serve: open http://{shown}:{port}/ in a browser; Ctrl-C stops it.")
    if public:
        click.echo("planlint serve: warning: this address can be reached from other computers; put it "
                   "behind HTTPS (a reverse proxy) and consider --token.", err=True)
    try:
        uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning", server_header=False,
                    lifespan="off")
    finally:
        pool.close()
        click.echo(f"planlint serve: stopped after {app.state['requests']} request(s).")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
