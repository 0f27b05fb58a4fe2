"""Fixtures of the hostile-input suite: the battery of generated files and a network tripwire.

The battery is written once per session into a pytest temporary folder (nothing is committed);
building it takes about two seconds, the 500 MiB zip bomb and the 1 GiB flate bomb included.
"""

from __future__ import annotations

import socket
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generators  # noqa: E402


class Tripwire:
    """A local TCP listener standing in for "the internet": every connection is recorded.

    Documents that point at remote resources point here, so a test can prove that nothing
    was fetched by checking that no connection ever arrived.
    """

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, addr = self.sock.accept()
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            self.connections.append(addr)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture(scope="session")
def tripwire():
    tw = Tripwire()
    yield tw
    tw.close()


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="session")
def cases(hostile_dir, tripwire) -> dict[str, generators.Case]:
    built = generators.battery(hostile_dir / "battery", template_url=tripwire.url)
    return {c.name: c for c in built}


@pytest.fixture(scope="session")
def warm_parent():
    """Load spaCy and the default pack in this process, so forked workers start warm."""
    from clausecheck.extract import get_nlp
    from clausecheck.pipeline import DEFAULT_PACKS, _packs

    get_nlp()
    _packs(DEFAULT_PACKS)


@pytest.fixture(scope="session", autouse=True)
def _quiet_worker_crashes():
    """pytest turns faulthandler on and forked workers inherit it: a worker that PDFium aborts
    on purpose (the flate bomb) would dump a C stack into the test log.  The pool reports the
    crash itself, so the dump is noise here."""
    import faulthandler

    was = faulthandler.is_enabled()
    faulthandler.disable()
    yield
    if was:
        faulthandler.enable()
