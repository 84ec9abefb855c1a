"""Tidy pandas tables of an article's structure: paragraphs, sentences, words and target mentions.

Columns and dtypes (offsets index the text the table was built from: ``text[start:end]``):

- paragraphs: paragraph_id int64, start int64, end int64, text str, role str
  (headline | body | byline | caption | related | notice), is_boilerplate bool
- sentences: sentence_id int64, paragraph_id int64, start int64, end int64, text str,
  is_boilerplate bool
- words: start int64, end int64, word str, sentence_id int64, is_content bool
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from pandas.api.internals import create_dataframe_from_blocks

try:  # pandas' block classes: typed_frame knows each block's kind and need not infer it
    from pandas._libs.arrays import NDArrayBacked
    from pandas._libs.internals import BlockPlacement
    from pandas._libs.lib import ensure_string_array
    from pandas.core.internals.blocks import ExtensionBlock, NumpyBlock
    from pandas.core.internals.managers import BlockManager
except ImportError:  # pragma: no cover - another pandas layout: create_dataframe_from_blocks
    BlockManager = None

from . import tokenise
from .targets import find_mentions


def paragraphs_table(text: str) -> pd.DataFrame:
    rows = [
        (p.paragraph_id, p.start, p.end, p.text, p.role, p.is_boilerplate)
        for p in tokenise.paragraphs(text)
    ]
    return typed_frame(rows, {"paragraph_id": "int64", "start": "int64", "end": "int64",
                         "text": "str", "role": "str", "is_boilerplate": "bool"})


def sentences_table(text: str) -> pd.DataFrame:
    rows = [
        (s.sentence_id, s.paragraph_id, s.start, s.end, s.text, s.is_boilerplate)
        for s in tokenise.sentences(text)
    ]
    return typed_frame(rows, {"sentence_id": "int64", "paragraph_id": "int64", "start": "int64",
                         "end": "int64", "text": "str", "is_boilerplate": "bool"})


def words_table(text: str) -> pd.DataFrame:
    """Every word token of the article's sentences; punctuation is left out."""
    rows = []
    for s in tokenise.sentences(text):
        for w in tokenise.words(text, s.start, s.end):
            if w.text[0].isalnum():
                content = w.text.lower() not in tokenise.STOPWORDS and not w.text.isdigit()
                rows.append((w.start, w.end, w.text, s.sentence_id, content))
    return typed_frame(rows, {"start": "int64", "end": "int64", "word": "str",
                         "sentence_id": "int64", "is_content": "bool"})


def top_words(text: str, n: int = 15) -> pd.DataFrame:
    """The ``n`` most frequent content words of the article's prose (boilerplate left out).

    Columns: word str (as most often written), count int64. Ties are broken alphabetically so
    the table is the same on every run.
    """
    words = words_table(text)
    sentences = sentences_table(text)
    prose = set(sentences.loc[~sentences.is_boilerplate, "sentence_id"])
    words = words[words.is_content & words.sentence_id.isin(prose)]
    if words.empty:
        return typed_frame([], {"word": "str", "count": "int64"})
    key = words.word.str.lower()
    counts = key.value_counts()
    shown = words.groupby(key).word.agg(lambda s: s.value_counts().index[0])
    table = pd.DataFrame({"word": shown[counts.index].to_numpy(), "count": counts.to_numpy()})
    table = table.sort_values(["count", "word"], ascending=[False, True], kind="stable")
    return table.head(n).reset_index(drop=True).astype({"word": "str", "count": "int64"})


def mentions_table(text: str, target: str, aliases: list[str] | None = None) -> pd.DataFrame:
    """Where the target is named. Columns: start, end int64, text str, sentence_id int64."""
    sentences = tokenise.sentences(text)
    rows = []
    i = 0
    for start, end in find_mentions(text, target, aliases):
        while i < len(sentences) - 1 and sentences[i].end <= start:
            i += 1
        sid = sentences[i].sentence_id if sentences and sentences[i].start <= start else -1
        rows.append((start, end, text[start:end], sid))
    return typed_frame(rows, {"start": "int64", "end": "int64", "text": "str", "sentence_id": "int64"})


def headline(text: str) -> str | None:
    """The article's headline: its first paragraph in title style, if it has one."""
    for p in tokenise.paragraphs(text):
        if p.role == "headline":
            return p.text
    return None


def overview(text: str, target: str, aliases: list[str] | None = None) -> dict:
    """What a reader wants first: headline, size, structure and how often the target is named."""
    paragraphs = paragraphs_table(text)
    return {
        "headline": headline(text),
        "target": target,
        "n_characters": len(text),
        "n_words": int(len(words_table(text))),
        "n_sentences": int(len(sentences_table(text))),
        "n_paragraphs": int(len(paragraphs)),
        "n_boilerplate_paragraphs": int(paragraphs.is_boilerplate.sum()),
        "n_target_mentions": int(len(mentions_table(text, target, aliases))),
    }


# pandas' "str" dtype kept in Python objects: the same values and behaviour as with pyarrow
# storage, and five times quicker to build for the small tables of one article.
_STR = pd.StringDtype("python", na_value=np.nan)
_StrArray = _STR.construct_array_type()
_NUMPY = ("int64", "float64", "bool", "object")
# Per column layout: its Index and its blocks, each (column or numpy dtype, dtype, placement):
# the columns of one numpy dtype share one 2-D block.
_LAYOUTS: dict[tuple, tuple[pd.Index, list[tuple[str | int, str, np.ndarray]]]] = {}
_from_mgr = pd.DataFrame._from_mgr


def _layout(dtypes: dict[str, str]) -> tuple[pd.Index, list[tuple[str | int, str, np.ndarray]]]:
    key = tuple(dtypes.items())
    found = _LAYOUTS.get(key)
    if found is None:
        kinds = list(dtypes.values())
        groups: dict[str | int, list[int]] = {}
        for i, dtype in enumerate(kinds):
            groups.setdefault(dtype if dtype in _NUMPY else i, []).append(i)
        found = _LAYOUTS[key] = (
            pd.Index(list(dtypes)),
            [(k, k if isinstance(k, str) else kinds[k], np.array(v, dtype=np.intp))
             for k, v in groups.items()])
    return found


def _str_array(values: tuple) -> pd.api.extensions.ExtensionArray:
    """``_StrArray._from_sequence(values, dtype=_STR)``, less its per-call work on the dtype
    (``pandas_dtype``, an import): the same ``ensure_string_array`` and array."""
    if BlockManager is None:  # pragma: no cover
        return _StrArray._from_sequence(values, dtype=_STR)
    array = _StrArray.__new__(_StrArray)
    NDArrayBacked.__init__(array, ensure_string_array(values, na_value=_STR.na_value,
                                                      copy=False), _STR)
    return array


def typed_frame(rows: list[tuple], dtypes: dict[str, str]) -> pd.DataFrame:
    """A table with exactly these columns and dtypes; missing values in object columns are None.

    An article's tables are small and many, so the frame is put together from finished blocks:
    the general constructor's type inference and checks cost more than the analysis that fills
    the rows, and so do pandas.api.internals' checks of each block's kind, which the layout
    already knows. Supported dtypes: int64, float64, bool, object, str, Int64.
    """
    n = len(rows)
    columns = list(zip(*rows)) if rows else [()] * len(dtypes)
    index, groups = _layout(dtypes)
    blocks = []
    for key, kind, placement in groups:
        if isinstance(key, str):  # numpy columns of one dtype: one 2-D block
            block = np.empty((len(placement), n), dtype=kind)
            for row, i in enumerate(placement):
                block[row] = columns[i]
            blocks.append((block, placement))
            continue
        values = columns[key]
        if kind == "str":
            array = _str_array(values)
        elif kind == "Int64":
            mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
            data = np.fromiter((0 if v is None else v for v in values), dtype="int64", count=n)
            array = pd.arrays.IntegerArray(data, mask)
        else:
            raise ValueError(f"typed_frame: unsupported dtype {kind!r}")
        blocks.append((array, placement))
    if BlockManager is None:  # pragma: no cover
        return create_dataframe_from_blocks(blocks, pd.RangeIndex(n), index)
    # What create_dataframe_from_blocks does, less its checks: 2-D numpy blocks, 1-D
    # extension arrays (none of these kinds is stored 2-D or needs its values coerced).
    mgr = BlockManager([(NumpyBlock if isinstance(values, np.ndarray) else ExtensionBlock)(
                        values, ndim=2, placement=BlockPlacement(placement))
                        for values, placement in blocks],
                       [index, pd.RangeIndex(n)], verify_integrity=False)
    return _from_mgr(mgr, mgr.axes)
