"""Schemathesis against the served schema: for each operation, generated requests (valid
and invalid query parameters alike) get an answer that the schema describes, never a
server error. Bounded: at most MAX_EXAMPLES requests per operation, each under DEADLINE_MS.

Schemathesis's pytest plugin does not run under pytest 9 (it reads a private attribute of
pytest's items), so the test drives Hypothesis itself, one operation after another."""

from contextlib import contextmanager

import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

MAX_EXAMPLES = 50
DEADLINE_MS = 5000
# Every check but "schema-valid data is accepted": by design a well-formed value that names
# nothing there (a tag, a summit, a programme, a field) is a 400, which the schema cannot
# say. The opposite check (schema-invalid data is refused) runs.
EXCLUDED_CHECKS = [positive_data_acceptance]


@contextmanager
def _keeping_the_test_connection():
    """The WSGI handler closes the database connection after each request, which on
    PostgreSQL would end the test's transaction; Django's test client holds it the same way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


def test_api_conforms_to_its_schema(content, capsys):
    calls = {}
    with _keeping_the_test_connection():
        api = schemathesis.openapi.from_wsgi("/api/v2/schema/?format=json", get_wsgi_application())
        for result in api.get_all_operations():
            operation = result.ok()
            calls[operation.label] = 0
            _check(operation, calls)
    assert len(calls) == 10
    assert all(count > 0 for count in calls.values()), calls
    with capsys.disabled():
        print(
            f"\nschemathesis: {len(calls)} operations, {sum(calls.values())} requests, 0 failures"
        )


def _check(operation, calls):
    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=DEADLINE_MS,
        derandomize=True,  # the same requests every run: a failure is reproducible
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def conforms(case):
        calls[operation.label] += 1
        # Uncompressed: Schemathesis's WSGI client does not decode brotli or gzip (the site
        # compresses what a client accepts; tests/portal/test_compression.py covers that).
        case.call_and_validate(
            headers={"Accept-Encoding": "identity"}, excluded_checks=EXCLUDED_CHECKS
        )

    conforms()
