"""Who may post live updates: the roles of the news section. An update is public the moment
it is posted, so it takes what publishing news takes: publish permission on a news index
(Moderators, by portal/roles.py and news/roles.py) or a superuser. Editors, who draft news
for review, get a 403."""

from news.models import NewsIndexPage


def can_post_updates(user):
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    if not user.has_perm("wagtailadmin.access_admin"):
        return False
    return any(
        index.permissions_for_user(user).can_publish() for index in NewsIndexPage.objects.all()
    )
