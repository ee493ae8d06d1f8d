# The English site writes dates day first with the month in full: 11 November 2023.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
