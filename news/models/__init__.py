from .article import ArticleAuthor, ArticlePage, ArticleRelatedPage, ArticleTag
from .index import NewsIndexPage
from .snippets import Channel, Source

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "ArticleRelatedPage",
    "ArticleTag",
    "Channel",
    "NewsIndexPage",
    "Source",
]
