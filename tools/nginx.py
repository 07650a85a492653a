"""The web server that ships (deploy/nginx.conf, Debian's nginx) serving a built site on 127.0.0.1.

Shared by the web-server tests and the phone benchmark, so both see the handbook as it is published
(gzip, cache headers, Content-Security-Policy).
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tools.ports import LOCAL_HOST, free_port

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "deploy/nginx.conf"
NGINX = "/usr/sbin/nginx"
# The one line of the shipped config a local run changes: a free port on 127.0.0.1 instead of the container's 8080.
LISTEN = "listen 8080;"


def wait_until_listening(port: int, process: subprocess.Popen, log: Path) -> None:
    """Wait (at most 10 s) for nginx to accept connections; raise with its error log if it stopped or never listened."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx stoppede: {log.read_text()}")
        with socket.socket() as client:
            if client.connect_ex((LOCAL_HOST, port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nginx lyttede ikke på port {port}: {log.read_text()}")


@contextmanager
def serve(site: Path, folder: Path) -> Iterator[str]:
    """Serve site with the shipped config from folder (nginx's prefix, made here); yields the site's address."""
    (folder / "tmp").mkdir(parents=True)
    (folder / "site").symlink_to(site.resolve())
    config = CONFIG.read_text(encoding="utf-8")
    if config.count(LISTEN) != 1:
        raise RuntimeError(f"{CONFIG} skal lytte med '{LISTEN}' præcis én gang")
    port = free_port()
    (folder / "nginx.conf").write_text(config.replace(LISTEN, f"listen {LOCAL_HOST}:{port};"), encoding="utf-8")
    command = [NGINX, "-p", f"{folder}/", "-c", str(folder / "nginx.conf")]
    if os.geteuid() == 0:
        # Started as root, nginx's workers become 'nobody', who cannot read a private temp folder.
        command += ["-g", "user root;"]
    log = folder / "error.log"
    with log.open("w") as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        wait_until_listening(port, process, log)
        yield f"http://{LOCAL_HOST}:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=10)
