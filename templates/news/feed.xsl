{% load i18n static %}<?xml version="1.0" encoding="utf-8"?>
<!-- Shows the news feeds (RSS 2.0 and Atom) as a page when a visitor opens one in a browser;
     feed readers ignore it. Served at /feed.xsl (news/views.py), same origin as the feeds,
     as browsers require. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>

  <xsl:template match="/">{% get_current_language as LANGUAGE_CODE %}
    <html lang="{{ LANGUAGE_CODE }}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> · {% translate "News feed" %}</title>
        <link rel="stylesheet" href="{% static 'news/feed.css' %}"/>
        <link rel="icon" href="{% static 'portal/img/favicon.svg' %}" type="image/svg+xml"/>
      </head>
      <body>
        <main class="feed">
          <p class="feed__notice">
            <strong>{% translate "This is a news feed." %}</strong>
            {% translate "Copy the address of this page into a feed reader to follow the news as it is published. Below is what the feed holds now." %}
          </p>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:apply-templates select="/rss/channel | /atom:feed"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="channel">
    <p class="feed__description"><xsl:value-of select="description"/></p>
    <p><a href="{link}">{% translate "Read the news on the website" %}</a></p>
    <xsl:if test="not(item)"><p>{% translate "No news in this feed yet." %}</p></xsl:if>
    <ol class="feed__items"><xsl:apply-templates select="item"/></ol>
  </xsl:template>

  <xsl:template match="item">
    <li class="feed__item">
      <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
      <p class="feed__meta"><xsl:value-of select="substring(pubDate, 1, 16)"/></p>
      <p><xsl:value-of select="description"/></p>
    </li>
  </xsl:template>

  <xsl:template match="atom:feed">
    <p class="feed__description"><xsl:value-of select="atom:subtitle"/></p>
    <p><a href="{atom:link[@rel='alternate']/@href}">{% translate "Read the news on the website" %}</a></p>
    <xsl:if test="not(atom:entry)"><p>{% translate "No news in this feed yet." %}</p></xsl:if>
    <ol class="feed__items"><xsl:apply-templates select="atom:entry"/></ol>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li class="feed__item">
      <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
      <p class="feed__meta"><xsl:value-of select="substring(atom:published | atom:updated[not(../atom:published)], 1, 10)"/></p>
      <p><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>
</xsl:stylesheet>
