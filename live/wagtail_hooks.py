"""The live app's hooks: its saves are page changes for the caches."""

from wagtail import hooks

from portal import extension_points


@hooks.register(extension_points.CACHE_DEPENDENCIES)
def live_cache_dependencies():
    # A posted, corrected or deleted update changes its page and the page's updates
    # endpoint: the foreign key to the page tells portal/invalidation.py which.
    return ["live"]
