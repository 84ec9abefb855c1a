from pathlib import Path

import pytest

from newsquotes import DEFAULT_ARTICLE


@pytest.fixture(scope="session")
def seed_text() -> str:
    return Path(DEFAULT_ARTICLE).read_text(encoding="utf-8")
