# The English site writes dates day first with the month in full: 11 November 2023.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"

# The site's own named formats (every module in portal/formats defines each of them; Django
# would print the name itself for a language whose module lacks one).
CLOCK_FORMAT = "H:i"  # 09:30, always 24-hour (Django's English TIME_FORMAT is "9:30 a.m.")
DAY_TIME_FORMAT = "j M, H:i"  # 8 Nov, 09:30
MEDIUM_DATETIME_FORMAT = "j M Y, H:i"  # 8 Nov 2023, 09:30
WEEKDAY_DATE_FORMAT = "l j F"  # Wednesday 8 November
YEAR_FORMAT = "Y"  # 2023
MONTH_NAME_FORMAT = "F"  # November
# A range of days, "8–10 November 2023" or "30 October – 2 November 2023": the first day and
# the last are formatted with these and joined by the "date range" strings of the catalogue.
RANGE_SAME_MONTH_START = "j"
RANGE_SAME_MONTH_END = "j F Y"
RANGE_SAME_YEAR_START = "j F"
RANGE_SAME_YEAR_END = "j F Y"
# 100000000000 -> "100 billion": the largest unit that fits, with what follows the number.
NUMBER_SCALES = ((10**12, " trillion"), (10**9, " billion"))
