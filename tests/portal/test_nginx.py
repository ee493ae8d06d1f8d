"""Media in production, as a visitor meets it: deploy/nginx-portal.conf (the locations of
deploy/nginx.conf, only its paths changed) in a real nginx in front of gunicorn with the
production settings, and the same server without nginx. Only public renditions are
served directly; documents and restricted images only after the permission check,
through X-Accel-Redirect where nginx is in front."""

import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from django.test import override_settings

from tests.network import free_port, wait_for_port
from tests.portal import media_helpers as media
from tests.portal import production_server as server

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
LOCATIONS = Path(server.ROOT, "deploy/nginx-portal.conf")
SENDFILE_URL = "/protected-media/"
MAIN_CONFIG = """
daemon off;
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    upstream portal_app {{ server 127.0.0.1:{upstream}; keepalive 4; }}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        include {root}/nginx-portal.conf;
    }}
}}
"""


@pytest.fixture(scope="module")
def static_root():
    root = server.world_readable_dir("portal-static-")
    server.collect_static(root)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def media_root():
    root = server.world_readable_dir("portal-media-")
    with override_settings(MEDIA_ROOT=root):
        yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def site_media(home_page, media_root):
    public_image = media.make_image()
    private_image = media.make_image(
        media.restricted_collection("Embargoed photos"), title="Embargoed"
    )
    return {
        "public": media.make_document("programme.txt", media.PUBLIC_BYTES),
        "private": media.make_document(
            "minutes.txt", media.PRIVATE_BYTES, media.restricted_collection()
        ),
        "image": public_image,
        "rendition": public_image.get_rendition("fill-60x40"),
        "private_rendition": private_image.get_rendition("fill-60x40"),
        "cookie": server.login_cookie(media.member()),
    }


def start_nginx(workdir, static_root, media_root, upstream):
    text = LOCATIONS.read_text()
    for token, path in (
        ("/srv/portal/static_collected/", static_root),
        ("/srv/portal/media/", media_root),
    ):
        assert token in text
        text = text.replace(token, f"{path}/")
    (workdir / "nginx-portal.conf").write_text(text)
    port = free_port()
    config = workdir / "nginx.conf"
    config.write_text(MAIN_CONFIG.format(root=workdir, upstream=upstream, port=port))
    process = subprocess.Popen(
        [NGINX, "-p", str(workdir), "-c", str(config), "-e", str(workdir / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if not wait_for_port(port, process=process):
        process.kill()
        pytest.fail(f"nginx did not start: {process.stderr.read().decode()[-2000:]}")
    return process, port


@pytest.fixture(params=["nginx", "gunicorn alone"])
def front(request, site_media, static_root, media_root):
    """(port, behind_nginx): where a visitor's browser connects."""
    behind_nginx = request.param == "nginx"
    if behind_nginx and NGINX is None:
        pytest.skip("nginx is not installed (.ci/run installs the Debian package nginx)")
    workdir = server.world_readable_dir("portal-front-")
    env = server.production_env(
        DATABASE_URL=server.database_url(workdir),
        MEDIA_ROOT=str(media_root),
        STATIC_ROOT=str(static_root),
        SENDFILE_URL=SENDFILE_URL if behind_nginx else "",
    )
    try:
        with server.gunicorn(env) as app_port:
            if not behind_nginx:
                yield app_port, False
                return
            process, port = start_nginx(workdir, static_root, media_root, app_port)
            try:
                yield port, True
            finally:
                process.send_signal(signal.SIGQUIT)
                process.wait(timeout=10)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def test_media_files_are_reachable_only_through_the_permission_check(front, site_media):
    port, behind_nginx = front
    public, private = site_media["public"], site_media["private"]
    image, rendition = site_media["image"], site_media["rendition"]
    private_rendition = site_media["private_rendition"]

    # Nothing under /media/ but public renditions, however the path is written.
    for path in (
        "/media/" + public.file.name,
        "/media/" + private.file.name,
        "/media/" + image.file.name,
        "/media/" + private_rendition.file.name,
        "/media/images/../" + private.file.name,
        "/media/images/%2e%2e/" + image.file.name,
        "/media/images/",
        SENDFILE_URL + private.file.name,
    ):
        status, _headers, body = server.get(port, path)
        assert status in (400, 403, 404), path
        assert media.PRIVATE_BYTES not in body and media.PUBLIC_BYTES not in body

    status, headers, body = server.get(port, rendition.url)
    assert status == 200
    assert body == rendition.file.read()
    assert headers["Content-Type"] == "image/jpeg"
    assert headers["ETag"] and headers["Last-Modified"]
    assert "public" in headers["Cache-Control"]

    status, headers, body = server.get(port, public.url)
    assert (status, body) == (200, media.PUBLIC_BYTES)
    assert "X-Accel-Redirect" not in headers
    # nginx sent the bytes itself (its static module offers ranges; the app does not).
    assert (headers.get("Accept-Ranges") == "bytes") is behind_nginx

    for url, expected in ((private.url, media.PRIVATE_BYTES), (private_rendition.url, None)):
        status, headers, body = server.get(port, url)
        assert status == 302, url
        assert headers["Location"].startswith("/login/?next=")
        assert media.PRIVATE_BYTES not in body

        status, headers, body = server.get(port, url, cookie=site_media["cookie"])
        assert status == 200, url
        assert body == (expected or private_rendition.file.read())
        assert "X-Accel-Redirect" not in headers
        assert "nosniff" in headers["X-Content-Type-Options"]
        assert f'filename="{url.rsplit("/", 1)[1]}"' in headers["Content-Disposition"]
