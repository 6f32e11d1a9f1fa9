"""A plain `check` imports only what it needs: no audit, web server, templates or PDF reader."""
import json
import subprocess
import sys

_RUN = """
import json, sys
from planlint.cli import main
sys.argv = ["planlint", "check", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def test_check_of_a_markdown_plan_loads_no_audit_web_server_templates_or_pdf_reader(good_plan):
    done = subprocess.run([sys.executable, "-c", _RUN, str(good_plan)], capture_output=True, text=True)
    modules = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert "planlint.sequencer" in modules  # it did lint
    assert not {m for m in modules if m.startswith(("planlint.audit", "pdfplumber", "pdfminer"))}
    assert not {m for m in modules if m.split(".")[0] in ("starlette", "uvicorn", "multipart", "python_multipart",
                                                           "anyio")}
    assert not {m for m in modules if m.startswith("planlint.serve")}
    other_reporters = {m for m in modules if m.startswith("planlint.reporters.")} - {"planlint.reporters.text", "planlint.reporters._shared"}
    assert not other_reporters


def test_a_file_that_cannot_be_read_is_refused_without_loading_spacy(tmp_path):
    broken = tmp_path / "plan.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    done = subprocess.run([sys.executable, "-c", _RUN, str(broken)], capture_output=True, text=True)
    lines = done.stderr.strip().splitlines()
    modules = set(json.loads(lines[-1]))
    assert f"{broken}: cannot read: not a valid .docx file (corrupt zip)" in done.stdout + "\n".join(lines[:-1])
    assert "planlint.sequencer" in modules
    assert not {m for m in modules if m.split(".")[0] in ("spacy", "thinc")}
