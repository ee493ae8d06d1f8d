# The Chinese edition writes dates year first: 2023年11月8日; times on the 24-hour clock.
DATE_FORMAT = "Y年n月j日"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "Y年n月j日 H:i"
YEAR_MONTH_FORMAT = "Y年n月"
MONTH_DAY_FORMAT = "n月j日"
SHORT_DATE_FORMAT = "Y年n月j日"
SHORT_DATETIME_FORMAT = "Y年n月j日 H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# The site's own named formats, as in portal/formats/en/formats.py.
CLOCK_FORMAT = "H:i"
DAY_TIME_FORMAT = "n月j日 H:i"  # 11月8日 09:30
MEDIUM_DATETIME_FORMAT = "Y年n月j日 H:i"
WEEKDAY_DATE_FORMAT = "n月j日 l"  # 11月8日 星期三
YEAR_FORMAT = "Y年"  # 2023年
MONTH_NAME_FORMAT = "n月"  # 11月
# 2023年11月8日至10日, 2023年10月30日至11月2日
RANGE_SAME_MONTH_START = "Y年n月j日"
RANGE_SAME_MONTH_END = "j日"
RANGE_SAME_YEAR_START = "Y年n月j日"
RANGE_SAME_YEAR_END = "n月j日"
# 100000000000 -> "1000亿"
NUMBER_SCALES = ((10**12, "万亿"), (10**8, "亿"))
