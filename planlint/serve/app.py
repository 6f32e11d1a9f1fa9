"""The web app behind `planlint serve`: one page, a JSON API, nothing stored.

Routes (only a POST changes or computes anything):
  GET  /                 the upload page (or the login page when a token is set)
  POST /                 the page with one plan's results
  POST /login            trade the token for a session cookie
  POST /api/lint         the `check --format json` contract for one file ("file" form field)
  GET  /api/rules        every rule's metadata
  GET  /static/<name>    the page's own CSS and script

Privacy: an upload is read into memory (never spooled to disk), handed to a
warm worker and dropped when the response is sent. Nothing about a request
is logged; the server only counts them.

Security: every response carries a strict Content-Security-Policy (own
script and style only, no framing) and no-store caching; a cross-site POST
(Origin or Referer naming another host) is refused; on loopback, a Host
header naming anything but loopback is refused, which stops DNS rebinding;
with a token, the API needs `Authorization: Bearer <token>` and the page a
login. Plan text reaches the page only through Jinja's autoescaping.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import anyio.to_thread
from starlette.applications import Starlette
from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import __version__
from ..audit.dashboard import DIMENSION_LABELS
from ..audit.runner import AuditError, JobFailed
from .work import error_contract

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"), (b"referrer-policy", b"same-origin"), (b"cache-control", b"no-store"),
]
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
SESSION = "planlint_session"
STATIC = {"serve.css": "text/css; charset=utf-8", "serve.js": "text/javascript; charset=utf-8"}
# How much of an over-size upload is read (and thrown away) so the browser
# sees the "too large" answer rather than a reset connection.
DRAIN_FACTOR = 4


@dataclass(frozen=True)
class Settings:
    max_upload: int  # bytes
    jobs: int
    queue: int  # requests that may wait for a worker
    token: str | None = None
    public: bool = False  # bound to an address other computers can reach


class TooLarge(Exception):
    pass


class _Parser(MultiPartParser):
    spool_max_size = 2 ** 62  # keep the upload in memory: it is never written to disk


def create_app(settings: Settings, pool) -> Starlette:
    state = {"requests": 0, "busy": 0, "lint_seconds": 1.0}

    async def page(request: Request) -> Response:
        if not _logged_in(request, settings):
            return _render("login.html.j2", settings, status=200)
        return _render("page.html.j2", settings)

    async def check(request: Request) -> Response:
        if not _logged_in(request, settings):
            return _render("login.html.j2", settings, status=401, message="Enter the access token first.")
        answer = await _lint(request, "page")
        if isinstance(answer, _Refusal):
            return _render("page.html.j2", settings, status=answer.status, error=answer.message,
                           headers=answer.headers)
        file = answer["data"]["files"][0]
        if file["status"] != "ok":
            return _render("page.html.j2", settings, status=422, error=f"planlint could not read this file: "
                           f"{file['error']}. Check it opens in Word or a PDF reader, save it again as .docx, "
                           f".pdf, .md or .txt, and try again.", name=file["path"])
        annotated = answer.get("annotated")
        return _render("page.html.j2", settings, result=file, view=answer.get("view"), name=file["path"],
                       annotate_error=answer.get("annotate_error", ""),
                       download=("data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
                                 "base64," + base64.b64encode(annotated).decode("ascii")) if annotated else None,
                       download_name=PurePosixPath(file["path"]).stem + ".reviewed.docx",
                       dimension_labels=DIMENSION_LABELS)

    async def login(request: Request) -> Response:
        if settings.token is None:
            return RedirectResponse("/", status_code=303)
        async with request.form(max_files=0, max_fields=2, max_part_size=4096) as form:
            given = str(form.get("token", ""))
        if not hmac.compare_digest(given.encode(), settings.token.encode()):
            return _render("login.html.j2", settings, status=401, message="That token is not right. Try again.")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(SESSION, _session(settings.token), httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")
        return response

    async def api_lint(request: Request) -> Response:
        if not _bearer_ok(request, settings):
            return JSONResponse({"error": "send the access token as 'Authorization: Bearer <token>'"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        answer = await _lint(request, "api")
        if isinstance(answer, _Refusal):
            return JSONResponse({"error": answer.message}, status_code=answer.status, headers=answer.headers)
        data = answer["data"]
        return JSONResponse(data, status_code=200 if data["files"][0]["status"] == "ok" else 422)

    async def api_rules(request: Request) -> Response:
        if not _bearer_ok(request, settings):
            return JSONResponse({"error": "send the access token as 'Authorization: Bearer <token>'"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        from ..registry import all_rules

        return JSONResponse({"planlint_version": __version__, "rules": [asdict(r) for r in all_rules().values()]})

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return Response("Not found", status_code=404, media_type="text/plain")
        return Response(_static(name), media_type=STATIC[name])

    async def _lint(request: Request, kind: str) -> dict | _Refusal:
        """The worker's answer for the uploaded file, or why there is none."""
        if state["busy"] >= settings.jobs + settings.queue:
            wait = max(1, round(state["lint_seconds"] * (settings.jobs + settings.queue) / settings.jobs))
            return _Refusal(503, f"planlint is busy checking other plans; try again in {wait} seconds.",
                            {"Retry-After": str(wait)})
        state["busy"] += 1
        try:
            try:
                upload = await _read_upload(request, settings.max_upload)
            except TooLarge:
                return _Refusal(413, f"This file is larger than the {settings.max_upload // 2**20} MB limit. "
                                     f"Save the plan without embedded pictures, or as .docx or .pdf, and try again.")
            if upload is None:
                return _Refusal(400, "No file was sent: choose a plan file (send it as the form field 'file').")
            name, data = upload
            started = time.monotonic()
            try:
                answer = await anyio.to_thread.run_sync(pool.run, (kind, name, data))
            except JobFailed as exc:
                return {"data": error_contract(name, str(exc))}
            except AuditError:
                return _Refusal(503, "planlint could not start a worker to check this plan; ask your IT team "
                                     "to look at the server.", {"Retry-After": "30"})
            state["lint_seconds"] = 0.8 * state["lint_seconds"] + 0.2 * (time.monotonic() - started)
            return answer
        finally:
            state["busy"] -= 1

    routes = [
        Route("/", page, methods=["GET"]), Route("/", check, methods=["POST"]),
        Route("/login", login, methods=["POST"]),
        Route("/api/lint", api_lint, methods=["POST"]), Route("/api/rules", api_rules, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/favicon.ico", lambda request: Response(status_code=204), methods=["GET"]),
    ]
    app = Starlette(routes=routes)
    guarded = _guard(app, settings, state)
    guarded.state = state  # type: ignore[attr-defined]  the request count, read at shutdown
    return guarded


@dataclass
class _Refusal:
    status: int
    message: str
    headers: dict | None = None


async def _read_upload(request: Request, limit: int) -> tuple[str, bytes] | None:
    """(file name, bytes) of the 'file' field, read into memory; TooLarge past `limit` bytes."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return None
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        await _drain(request, limit)
        raise TooLarge
    received = 0

    async def counted():
        nonlocal received
        async for chunk in request.stream():
            received += len(chunk)
            if received > limit:
                raise TooLarge
            yield chunk

    try:
        form = await _Parser(request.headers, counted(), max_files=1, max_fields=4).parse()
    except TooLarge:
        await _drain(request, limit)
        raise
    except MultiPartException:
        return None
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return None
        return _safe_name(upload.filename), await upload.read()
    finally:
        await form.close()


async def _drain(request: Request, limit: int) -> None:
    """Read and drop what is left of an over-size body, up to a bound."""
    drained = 0
    while drained < DRAIN_FACTOR * limit:
        message = await request.receive()
        drained += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


def _safe_name(filename: str) -> str:
    """The last part of the name the browser sent (some send a whole Windows path)."""
    return PurePosixPath(filename.replace("\\", "/")).name or "upload"


def _session(token: str) -> str:
    return hmac.new(token.encode(), b"planlint serve session", hashlib.sha256).hexdigest()


def _logged_in(request: Request, settings: Settings) -> bool:
    if settings.token is None:
        return True
    return hmac.compare_digest(request.cookies.get(SESSION, "").encode(), _session(settings.token).encode())


def _bearer_ok(request: Request, settings: Settings) -> bool:
    if settings.token is None:
        return True
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), settings.token.encode())


def _guard(app, settings: Settings, state: dict):
    """ASGI wrapper: count the request, refuse foreign hosts and cross-site POSTs, add the security
    headers, and answer a bug with a bare 500 (a traceback could quote the plan)."""

    async def guarded(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        state["requests"] += 1
        headers = Headers(scope=scope)
        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        refusal = _refuse(scope, headers, settings)
        if refusal:
            return await Response(refusal, status_code=403 if "cross-site" in refusal else 400,
                                  media_type="text/plain; charset=utf-8")(scope, receive, send_with_headers)
        try:
            await app(scope, receive, send_with_headers)
        except Exception as exc:  # noqa: BLE001
            print(f"planlint serve: internal error ({type(exc).__name__})", flush=True)
            if not started:
                await Response("planlint hit an internal error; try again.", status_code=500,
                               media_type="text/plain; charset=utf-8")(scope, receive, send_with_headers)

    return guarded


def _refuse(scope, headers: Headers, settings: Settings) -> str:
    """Why this request is refused before it reaches the app, or ''."""
    host = headers.get("host", "")
    if not settings.public and urlsplit("//" + host).hostname not in LOOPBACK_NAMES:
        return "This page answers only on its loopback address, e.g. http://127.0.0.1:8000/."
    if scope["method"] == "POST":
        source = headers.get("origin") or headers.get("referer")
        # A browser names the page a POST comes from; a script (curl) names none and is no cross-site risk.
        if source is not None and urlsplit(source).netloc != host:
            return "Refused a cross-site form post: open the planlint page itself and upload the plan there."
    return ""


@lru_cache(maxsize=None)
def _static(name: str) -> bytes:
    return resources.files("planlint.serve").joinpath("static", name).read_bytes()


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("planlint.serve", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _render(template: str, settings: Settings, status: int = 200, headers: dict | None = None, **context) -> Response:
    context = {"result": None, "view": None, "error": "", "name": "", "message": "", "download": None,
               "annotate_error": "", **context}
    html = _env().get_template(template).render(
        settings=settings, max_mb=settings.max_upload // 2**20, version=__version__, **context)
    return HTMLResponse(html, status_code=status, headers=headers)
