"""The site search: views, the hits collector and its text helpers."""
