"""Putting finished output in place so that a failed run never leaves a half-written result."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def replace_folder(new: Path, final: Path) -> None:
    """Move the finished folder ``new`` to ``final``, keeping the old ``final`` until then."""
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    new.rename(final)
    shutil.rmtree(old, ignore_errors=True)
