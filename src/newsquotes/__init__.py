"""newsquotes: who is quoted in the news, what they said, and how they lean toward an entity."""

from .analysis import Analysis, analyse
from .article import DEFAULT_ARTICLE, ArticleError, read_article
from .corpus import CorpusAnalysis, analyse_corpus, read_corpus, write_corpus
from .tables import (
    headline,
    mentions_table,
    overview,
    paragraphs_table,
    sentences_table,
    top_words,
    words_table,
)

__all__ = [
    "Analysis",
    "analyse",
    "analyse_corpus",
    "CorpusAnalysis",
    "DEFAULT_ARTICLE",
    "ArticleError",
    "headline",
    "mentions_table",
    "overview",
    "paragraphs_table",
    "read_article",
    "read_corpus",
    "sentences_table",
    "top_words",
    "words_table",
    "write_corpus",
]
