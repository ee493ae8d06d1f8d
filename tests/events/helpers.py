import datetime as dt
import json
import re

from .factories import AgendaSessionFactory, EventPageFactory, PartFigureFactory, shanghai


def json_ld_blocks(html):
    return [
        json.loads(block)
        for block in re.findall(
            r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S
        )
    ]


def json_ld_of_type(html, type_name):
    return next(block for block in json_ld_blocks(html) if block.get("@type") == type_name)


def add_events(edition, count, sessions_each=1):
    """`count` synthetic events under the edition, each with two figures and sessions."""
    events = []
    for number in range(count):
        event = EventPageFactory(
            parent=edition,
            kind="expo" if number % 2 else "special_event",
            start=shanghai(edition.year, 11, 8 + number % 3, 9, 0),
            end=shanghai(edition.year, 11, 8 + number % 3, 12, 0),
        )
        PartFigureFactory(page=event, metric="exhibitors", number=100 + number)
        PartFigureFactory(page=event, metric="exhibitor_countries", number=5)
        for index in range(sessions_each):
            AgendaSessionFactory(
                page=event,
                start=shanghai(edition.year, 11, 8, 9, 0) + dt.timedelta(minutes=30 * index),
                end=shanghai(edition.year, 11, 8, 9, 25) + dt.timedelta(minutes=30 * index),
            )
        events.append(event)
    return events
