"""newsquotes: who is quoted in the news, what they said, and how they lean toward an entity."""

from .analysis import Analysis, analyse
from .annotate import annotated_article as annotated_html
from .summary import method_and_limits, summarise, summary_text
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
    "annotated_html",
    "method_and_limits",
    "summarise",
    "summary_text",
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
