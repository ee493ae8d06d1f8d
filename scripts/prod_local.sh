#!/bin/sh
# `make prod-local`: the production stack on this machine, on the embedded defaults:
# Varnish (deploy/varnish.vcl) on $PORT (6081) -> gunicorn (deploy/gunicorn.conf.py) on 8000,
# with the publishing scheduler beside them, on portal.settings.production. Plain HTTP is
# allowed for the trial (no TLS redirect, no HSTS, cookies not marked Secure). Ctrl-C stops all.
set -eu
BIN=.venv/bin
PORT="${PORT:-6081}"
export DJANGO_SETTINGS_MODULE=portal.settings.production
export SECRET_KEY="${SECRET_KEY:-$($BIN/python -c 'import secrets; print(secrets.token_urlsafe(60))')}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 SECURE_COOKIES=false
export VARNISH_URL="http://127.0.0.1:$PORT"
export WAGTAILADMIN_BASE_URL="${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$PORT}"
export GUNICORN_BIND=127.0.0.1:8000 GUNICORN_WORKERS="${GUNICORN_WORKERS:-2}"

VARNISHD="$(command -v varnishd || echo /usr/sbin/varnishd)"
if [ ! -x "$VARNISHD" ]; then
    echo "varnishd not found: install the Debian package varnish (apt-get install varnish)" >&2
    exit 1
fi
$BIN/python manage.py compilemessages --ignore .venv --ignore node_modules --verbosity 0
$BIN/python manage.py collectstatic --noinput --verbosity 0
# Varnish reads its VCL as an unprivileged user: give it a copy it can read.
WORK="$(mktemp -d /tmp/portal-varnish-XXXXXX)"
chmod 755 "$WORK"
cp deploy/varnish.vcl "$WORK/varnish.vcl"
chmod 644 "$WORK/varnish.vcl"

$BIN/gunicorn -c deploy/gunicorn.conf.py portal.wsgi & app=$!
$BIN/python manage.py run_scheduler & scheduler=$!
"$VARNISHD" -F -n "$WORK/work" -a "127.0.0.1:$PORT" -f "$WORK/varnish.vcl" -s malloc,128m & cache=$!
trap 'kill $app $scheduler $cache 2>/dev/null; rm -rf "$WORK"' EXIT INT TERM
echo "Serving through Varnish on http://127.0.0.1:$PORT/ (gunicorn on 8000)"
wait $app
