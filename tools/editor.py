"""The web editor on this machine (make edit): Decap CMS from node_modules, its configuration made from the
handbook (handbook/editor.py), and decap-server, which reads and writes the project's files.

The editor is served on its own port with its own Content-Security-Policy, never from site/: it is not
part of what residents see (not in search, the sitemap, the offline zip or the PDFs).
"""
from __future__ import annotations

import argparse
import functools
import http.server
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

import handbook
from handbook import editor

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "editor"
DECAP = ROOT / "node_modules/decap-cms/dist"
DECAP_SERVER = ROOT / "node_modules/decap-server/dist/index.js"


def policy(backend_port: int) -> str:
    """The editor's Content-Security-Policy: its own files, and its backend on this machine.

    Decap CMS compiles its configuration schema with `new Function` ('unsafe-eval') and styles its
    components with inline <style> ('unsafe-inline'); the handbook's own pages allow neither.
    """
    return (
        "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        f"font-src 'self' data:; connect-src 'self' http://127.0.0.1:{backend_port}; manifest-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


class EditorHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the editor's page, its script, Decap CMS's files and the configuration, each with the policy."""

    project: Path = ROOT
    backend_port = 8081

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", policy(self.backend_port))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def translate_path(self, path: str) -> str:
        """/decap/… from node_modules (scripts only), everything else from editor/."""
        name = path.split("?", 1)[0].lstrip("/")
        if name.startswith("decap/") and name.endswith(".js") and "/" not in name[len("decap/"):]:
            return str(DECAP / name[len("decap/"):])
        return str(PAGE / (name or "index.html")) if "/" not in name else str(PAGE / "missing")

    def do_GET(self) -> None:
        if self.path.split("?", 1)[0] != "/config.yml":
            return super().do_GET()
        try:
            body = yaml.safe_dump(editor.config(handbook.load(self.project, os.environ), editor.local_backend(self.backend_port)),
                                  allow_unicode=True, sort_keys=False).encode("utf-8")
            status = 200
        except handbook.HandbookError as error:  # the editor cannot start on a broken handbook: say where, in Danish
            body, status = str(error).encode("utf-8"), 500
        self.send_response(status)
        self.send_header("Content-Type", "text/yaml; charset=utf-8" if status == 200 else "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the terminal is for the preview's messages."""


@contextmanager
def backend(project: Path, port: int) -> Iterator[subprocess.Popen]:
    """decap-server on 127.0.0.1:port, reading and writing the files of `project` (no git commits: staff save with git)."""
    if not DECAP_SERVER.is_file():
        sys.exit("Redigeringen mangler Decap CMS: kør make edit, så installeres den (npm ci).")
    environment = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs",
                   "GIT_REPO_DIRECTORY": str(project), "LOG_LEVEL": "warn"}
    process = subprocess.Popen(["node", str(DECAP_SERVER)], env=environment)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def server(project: Path, port: int, backend_port: int) -> http.server.ThreadingHTTPServer:
    """The editor's own web server on 127.0.0.1:port."""
    handler = type("Handler", (EditorHandler,), {"project": project, "backend_port": backend_port})
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(PAGE)))


def main() -> None:
    parser = argparse.ArgumentParser(description="Redigér håndbogen i browseren (Decap CMS).")
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--port", type=int, default=8010)
    parser.add_argument("--backend-port", type=int, default=8081)
    args = parser.parse_args()
    with backend(args.project, args.backend_port), server(args.project, args.port, args.backend_port) as web:
        print(f"Redigér håndbogen på http://127.0.0.1:{args.port}/ (forhåndsvisningen er på http://127.0.0.1:8000/)", flush=True)
        try:
            web.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
