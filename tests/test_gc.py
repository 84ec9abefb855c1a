"""analyse() puts off the cyclic garbage collector while it runs (a speed-up): that is only
right while the analysis makes no reference cycles, and the collector's state is the caller's."""

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsquotes.analysis import analyse

SRC = Path(__file__).resolve().parents[1] / "src"


# Run in a process of its own: other tests leave threads and event loops behind whose cycles
# the collector would find too.
_CHECK = """
import gc
from newsquotes.analysis import analyse
from newsquotes.bench import corpus

articles = list(dict.fromkeys(corpus(1000)))
gc.collect()
gc.disable()
for text, target in articles:
    result = analyse(text, target)
del result
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect(), sorted({type(o).__name__ for o in gc.garbage}))
"""


def test_analysis_leaves_no_cyclic_garbage():
    out = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(SRC)}).stdout
    assert out.strip() == "0 []"


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_state_is_restored(seed_text, enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        analyse(seed_text, "Russia")
        assert gc.isenabled() is enabled
        with pytest.raises(AttributeError):  # not a text
            analyse(None, "Russia")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
