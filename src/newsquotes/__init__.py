"""newsquotes: who is quoted in the news, what they said, and how they lean toward an entity."""

from .analysis import Analysis, analyse
from .article import DEFAULT_ARTICLE, ArticleError, read_article
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
    "DEFAULT_ARTICLE",
    "ArticleError",
    "headline",
    "mentions_table",
    "overview",
    "paragraphs_table",
    "read_article",
    "sentences_table",
    "top_words",
    "words_table",
]
