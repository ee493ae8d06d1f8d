"""Counts the requests that reach Django, for the HTTP benchmarks: one byte appended to
BENCH_COUNT_FILE per request (O_APPEND: safe across workers and threads, no lock, no
database write), before any other middleware, so an answer from the page cache counts."""

import os


class RequestCounter:
    def __init__(self, get_response):
        self.get_response = get_response
        path = os.environ.get("BENCH_COUNT_FILE")
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644) if path else None

    def __call__(self, request):
        if self.fd is not None:
            os.write(self.fd, b".")
        return self.get_response(request)
