"""Illustrations drawn by the project itself, so the demo needs no network and no stock photos.

Each image is an abstract composition (water-town bridges and a network of nodes) with a
caption band; the same title always draws the same picture."""

import hashlib
import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

from portal.models import CustomImage

PALETTES = [
    ((11, 79, 138), (8, 58, 102), (179, 38, 30)),
    ((20, 94, 86), (9, 58, 54), (230, 162, 60)),
    ((70, 52, 120), (40, 28, 80), (240, 120, 90)),
    ((24, 72, 110), (12, 40, 70), (90, 190, 200)),
]


def _font(size):
    for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def draw_illustration(title, width=1600, height=900, caption=True):
    seed = int(hashlib.sha256(title.encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    light, dark, accent = PALETTES[seed % len(PALETTES)]
    image = Image.new("RGB", (width, height), dark)
    draw = ImageDraw.Draw(image)
    for y in range(height):  # vertical gradient
        t = y / height
        colour = tuple(int(light[i] * (1 - t) + dark[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    water = int(height * 0.68)
    for k in range(3):  # arched bridges over the canal
        cx = int(width * (0.2 + 0.3 * k)) + rng.randint(-40, 40)
        r = rng.randint(110, 170)
        draw.arc([cx - r, water - r, cx + r, water + r], 180, 360, fill=(235, 240, 245), width=10)
    for i in range(0, width, 24):  # ripples
        y = water + 20 + int(8 * math.sin(i / 37 + seed))
        draw.line([(i, y), (i + 12, y)], fill=(200, 215, 230), width=3)
    nodes = [(rng.randint(60, width - 60), rng.randint(40, water - 160)) for _ in range(14)]
    for a in nodes:
        for b in nodes:
            if a < b and math.dist(a, b) < 360:
                draw.line([a, b], fill=(150, 185, 215), width=2)
    for x, y in nodes:
        draw.ellipse([x - 9, y - 9, x + 9, y + 9], fill=accent, outline=(255, 255, 255), width=3)
    if caption:  # a caption band, except on backgrounds that text is set over (the hero)
        band = int(height * 0.16)
        draw.rectangle([0, height - band, width, height], fill=(15, 18, 24))
        draw.text(
            (48, height - band + band // 2),
            title,
            fill=(255, 255, 255),
            font=_font(int(band * 0.38)),
            anchor="lm",
        )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def get_or_create_demo_image(
    title, alt_text, credit="Illustration: Summit Portal demo", collection=None, caption=True
):
    """Return the demo image with this title, drawing and saving it the first time."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    slug = hashlib.sha1(title.encode()).hexdigest()[:10]
    data = draw_illustration(title, caption=caption)
    image = CustomImage(title=title, alt_text=alt_text, credit=credit)
    if collection is not None:
        image.collection = collection
    image.file = ImageFile(io.BytesIO(data), name=f"demo-{slug}.jpg")
    image.save()
    return image
