"""No network at run time: the whole check, model load included, runs with sockets blocked."""
from __future__ import annotations

import json
import subprocess
import sys

from .conftest import ROOT, SEEDS

GUARD = """
import socket, sys
def deny(*args, **kwargs):
    raise OSError("network access blocked by the test")
socket.socket.connect = deny
socket.socket.connect_ex = deny
socket.create_connection = deny
socket.getaddrinfo = deny
from checker.cli import main
main(sys.argv[1:], prog_name="wirecheck")
"""


def test_check_runs_with_the_network_blocked(tmp_path):
    out = tmp_path / "out.json"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no HF_HUB_OFFLINE: the code must not need it set outside
    proc = subprocess.run([sys.executable, "-c", GUARD, "check", *map(str, SEEDS), "--json", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr[-2000:]
    errors = [f for f in json.loads(out.read_text())["findings"] if f["severity"] == "error"]
    assert [(f["a"]["value"], f["b"]["value"]) for f in errors] == [("Alexander Grushko", "Sergei Ryabkov")]
