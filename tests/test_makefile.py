"""The Makefile's parameters: known ones pass, misspelt ones stop make with one line."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_dry_run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "-n", "help", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_a_target_of_several_words_is_one_parameter():
    assert make_dry_run("TARGET=European Commission").returncode == 0


def test_a_misspelt_parameter_stops_make_naming_it():
    run = make_dry_run("TARGTE=China")
    assert run.returncode != 0
    assert "unknown parameter TARGTE" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
