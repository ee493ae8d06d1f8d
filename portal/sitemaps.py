"""Sitemaps listed in robots.txt. Domain apps add theirs (e.g. the Google News sitemap)
by URL name in their AppConfig.ready()."""

sitemap_url_names = ["sitemap"]


def register_sitemap(url_name):
    if url_name not in sitemap_url_names:
        sitemap_url_names.append(url_name)
