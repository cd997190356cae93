"""Helpers for tests that run liveblog as a real process."""

from __future__ import annotations

import os
import shutil

import pytest


def without_root_powers(*, read: bool = False) -> tuple[str, ...]:
    """A command prefix under which file permissions hold: none needed for a user, setpriv for root (who writes
    anywhere unless it gives up that capability; with ``read``, who reads anywhere too); skips the test where root
    has no setpriv."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("root without setpriv cannot be kept out of a read-only file or folder")
    caps = "-dac_override,-fowner" + (",-dac_read_search" if read else "")
    return ("setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}")
