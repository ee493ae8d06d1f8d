"""How the generator names what it makes, so that `--delete` finds exactly that."""

ARTICLE_SLUG_PREFIX = "bulk-"
ARTICLE_TITLE_PREFIX = "Synthetic article"
SUMMIT_TITLE_PREFIX = "Synthetic summit"
PROGRAMME_SLUG = "bulk-awards"
PERSON_NAME_PREFIX = "Synthetic person"
SOURCE_SLUG_PREFIX = "bulk-outlet-"
CHANNEL_SLUG_PREFIX = "bulk-channel-"
TAG_SLUG_PREFIX = "bulk-topic-"
COLLECTION_NAME = "Synthetic bulk images"
# Ten editions before the real series (2014-): synthetic years never collide with real ones.
FIRST_YEAR = 2004
