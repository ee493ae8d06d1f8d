"""Fixtures of the portal tests."""

import pytest
from django.db import transaction

from tests.portal.http_routes import demo_routes, load_demo


@pytest.fixture(scope="module")
def http_demo(django_db_setup, django_db_blocker):
    """The demo loaded once for a test module (a minute on a busy machine), in a transaction
    rolled back at its end; each test runs in a savepoint inside it. The routes' paths."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield demo_routes()
        transaction.set_rollback(True)
