"""The site's own date formats, per language (FORMAT_MODULE_PATH). Templates and code use
the named formats (DATE_FORMAT, YEAR_MONTH_FORMAT...) so that every language gets its own
order and month names; a language without a module here uses Django's formats."""
