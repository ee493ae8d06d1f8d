import factory

from comments.models import Comment
from tests.news.factories import ArticlePageFactory


class CommentablePageFactory(ArticlePageFactory):
    """An article (the page type that takes comments), open for comments."""

    comments_open = True


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    author_name = factory.Sequence(lambda n: f"Synthetic Reader {n}")
    author_email = factory.Sequence(lambda n: f"reader{n}@example.org")
    body = factory.Sequence(lambda n: f"Synthetic comment number {n} for tests.")
    status = Comment.Status.APPROVED
    reason = Comment.Reason.CLEAN
