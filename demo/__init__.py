"""The demo content: the true 2023 Wuzhen Summit story, told by `manage.py load_demo`.

This is the top layer of the project: it may import every app, and no app imports it. It
is a Django app only so that its management command is found; production can leave it out.
"""
